import { PRINT_MIN_TEXT } from '@sikerja/model';
import { TEXT } from '../scene.js';
import type { SopSymbol } from './sop.js';

/** The SOP AP's measures, shared by its table (sop.ts) and its flows (sop-routes.ts), in layout points. */
export const SYMBOL: Record<SopSymbol, [number, number]> = { terminator: [34, 14], proses: [34, 18], keputusan: [30, 22], penghubung: [18, 16] };
/**
 * The strip above and below a page's rows where off-page connectors stand: a connector at its outer
 * edge (STRIP_EDGE), the runs to and from it between the connector and the grid line, 2 mm off the
 * grid line at print size.
 */
export const STRIP = 30;
export const STRIP_EDGE = 2;
/** 2 mm on paper in the layout's points: a SOP is printed enlarged by PRINT_MIN_TEXT / TEXT.small. */
export const GRID_CLEARANCE = 5.67 * TEXT.small / PRINT_MIN_TEXT;

/** The table's column widths and where each begins. */
export interface Columns {
    no: number; kegiatan: number; lane: number; kelengkapan: number; waktu: number; output: number; keterangan: number;
    x: { no: number; kegiatan: number; lanes: number[]; kelengkapan: number; waktu: number; output: number; keterangan: number; end: number };
}

/** Flow tracks each margin of a pelaksana column keeps free beside its symbols, 2 mm apart at print size. */
export const MARGIN_TRACKS = 2;
/**
 * Between a track and the symbol beside it: 1 mm on paper. Less (1.5 points, 0.6 mm printed) read as
 * the symbol's own edge where a flow ran down beside a Proses box.
 */
export const SYMBOL_GAP = GRID_CLEARANCE / 2;
/** A symbol is never drawn narrower than this, whatever its column. */
const MIN_SYMBOL_WIDTH = 16;

/**
 * A symbol's size in a pelaksana column `lane` wide: its own, or narrower where the column could not
 * otherwise keep its margin tracks 2 mm apart and off the grid line (six pelaksana on an F4 page).
 * The symbols carry no text in an SOP AP, so a narrower box says the same.
 */
export function symbolSize(symbol: SopSymbol, lane: number): [number, number] {
    const [w, h] = SYMBOL[symbol];
    if (symbol === 'penghubung') return [w, h];
    const room = lane - 2 * (MARGIN_TRACKS * GRID_CLEARANCE + SYMBOL_GAP);
    const width = Math.max(MIN_SYMBOL_WIDTH, Math.min(w, room));
    // A decision keeps the look of a diamond: it loses some of its height with its width.
    return [width, symbol === 'keputusan' ? h * Math.max(0.8, width / w) : h];
}
