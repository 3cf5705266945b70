import { PRINT_MIN_TEXT } from '@sikerja/model';
import { TEXT } from '../scene.js';
import type { SopSymbol } from './sop.js';

/** The SOP AP's measures, shared by its table (sop.ts) and its flows (sop-routes.ts), in layout points. */
export const SYMBOL: Record<SopSymbol, [number, number]> = { terminator: [34, 14], proses: [34, 18], keputusan: [30, 22], penghubung: [18, 16] };
/** The strip above and below a page's rows where off-page connectors stand. */
export const STRIP = 26;
/** 2 mm on paper in the layout's points: a SOP is printed enlarged by PRINT_MIN_TEXT / TEXT.small. */
export const GRID_CLEARANCE = 5.67 * TEXT.small / PRINT_MIN_TEXT;

/** The table's column widths and where each begins. */
export interface Columns {
    no: number; kegiatan: number; lane: number; kelengkapan: number; waktu: number; output: number; keterangan: number;
    x: { no: number; kegiatan: number; lanes: number[]; kelengkapan: number; waktu: number; output: number; keterangan: number; end: number };
}
