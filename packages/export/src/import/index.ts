/**
 * `sikerja import`: peta jabatan sheets (xlsx, csv) read into model text. Its own entry
 * (`@sikerja/export/import`): it reads sheets, depends on the model only, and shares nothing with
 * the writers of this package.
 */
export { importSpreadsheets, type ImportReport, type ImportRequest, type RowOutcome } from './import-sheets.js';
export type { ColumnMapping } from './columns.js';
export { formatSummary, type SheetSummary } from './summary.js';
export { reportText, rowLine, type ReportLink } from './report-text.js';
export { decodeCsv, type CsvEncoding } from './read-sheet.js';
