export * from './paper.js';
export * from './png.js';
export * from './pdf.js';
export type { FontPaths } from './fonts.js';
export * from './export-diagrams.js';
export { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, writeDocuments, type DocumentKind, type DocumentReport, type DocumentRequest, type WrittenDocument } from './documents/write-documents.js';
export { petaJabatanWorkbook, PETA_JABATAN_COLUMNS } from './documents/peta-jabatan-xlsx.js';
export { importSpreadsheets, type ImportReport, type ImportRequest, type RowOutcome } from './import/import-sheets.js';
export type { ColumnMapping } from './import/columns.js';
