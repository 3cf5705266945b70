export * from './paper.js';
export * from './png.js';
export * from './pdf.js';
export type { FontPaths } from './fonts.js';
export * from './export-diagrams.js';
