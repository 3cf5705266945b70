export * from './paper.js';
export * from './png.js';
export * from './pdf.js';
export type { FontPaths } from './fonts.js';
export * from './export-diagrams.js';
export { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, documentSubjects, writeDocuments, type DocumentKind, type DocumentReport, type DocumentRequest, type WrittenDocument } from './documents/write-documents.js';
export { petaJabatanWorkbook, PETA_JABATAN_COLUMNS } from './documents/peta-jabatan-xlsx.js';
export { RasterPool } from './raster/raster-pool.js';
export { fontsFor, rasterFonts, type RasterFonts } from './raster/raster-fonts.js';
