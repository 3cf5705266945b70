/**
 * Where a printed table's pages break, chosen by its content rather than left to Excel or Calc: a unit's
 * title never ends a page without its first row, a total never begins one (so the last page is never a
 * lone grand total), and a page ends before a unit's block where that leaves it well filled.
 */

export type SheetRowRole = 'unit' | 'position' | 'total';

export interface SheetRow {
    /** Printed height in points. */
    height: number;
    role: SheetRowRole;
}

/** A page ends at a unit's block only when it is at least this full; otherwise at the last row it holds. */
const BLOCK_BREAK_FILL = 0.6;

/**
 * The indices of the rows that begin a new page (never 0), for rows printed `first` points of room on the
 * first page and `next` on every later one.
 */
export function sheetPageBreaks(rows: readonly SheetRow[], room: { first: number; next: number }): number[] {
    const breaks: number[] = [];
    let start = 0;
    let capacity = room.first;
    let used = 0;
    for (let i = 0; i < rows.length; i++) {
        if (used + rows[i].height > capacity && i > start) {
            const at = breakBefore(rows, start, i, capacity);
            breaks.push(at);
            start = at;
            capacity = room.next;
            used = rows.slice(at, i).reduce((sum, r) => sum + r.height, 0);
        }
        used += rows[i].height;
    }
    return breaks;
}

/** A page may end before row `i` unless that leaves a unit's title last or puts a total first. */
function mayBreakBefore(rows: readonly SheetRow[], i: number): boolean {
    return rows[i].role !== 'total' && rows[i - 1].role !== 'unit';
}

/** The row to begin the next page with, for a page from `start` that cannot also hold row `over`. */
function breakBefore(rows: readonly SheetRow[], start: number, over: number, capacity: number): number {
    let latest: number | undefined;
    let block: number | undefined;
    let used = 0;
    for (let i = start + 1; i <= over; i++) {
        used += rows[i - 1].height;
        if (!mayBreakBefore(rows, i)) continue;
        latest = i;
        if (rows[i].role === 'unit' && used >= BLOCK_BREAK_FILL * capacity) block = i;
    }
    // A chain no break may enter (a page of titles and totals only) is cut where the page ends.
    return block ?? latest ?? over;
}

/**
 * The part of the printable height the page breaks are planned for: Calc and Excel may take a little
 * of it for the footer, and a planned page that runs over would be cut again where they choose.
 */
const PLANNED_SHARE = 0.98;

/** A column's printed width in points: Excel's width unit is a digit of the workbook's Calibri 11 (7 px), plus 5 px of padding. */
export function columnPoints(width: number): number {
    return (width * 7 + 5) * 0.75;
}

/** Calc lays out a column about this much wider than Excel (58 digits: 322 pt against 308, measured). */
const CALC_COLUMN_WIDENING = 1.05;

/**
 * How Folio (8½ × 13 in) landscape prints a sheet whose columns are `columns` wide (Excel's unit): the
 * scale, in percent, that fits its width in both Excel and Calc, and the rows' room on the first page
 * (under `above` points of title and heads) and on later ones (under the `repeated` heads), in the
 * sheet's own points. A fixed scale rather than "fit to one page wide": Excel ignores manual page
 * breaks under Fit To, and the breaks are what keep a total with its rows.
 */
export function folioLandscapePrint(margins: { top: number; bottom: number; left: number; right: number }, columns: readonly number[],
    heads: { above: number; repeated: number }): { scale: number; room: { first: number; next: number } } {
    const width = columns.reduce((sum, w) => sum + columnPoints(w), 0) * CALC_COLUMN_WIDENING;
    const scale = Math.min(100, Math.floor((13 - margins.left - margins.right) * 72 / width * 100));
    const printable = (8.5 - margins.top - margins.bottom) * 72 * PLANNED_SHARE / (scale / 100);
    return { scale, room: { first: printable - heads.above, next: printable - heads.repeated } };
}
