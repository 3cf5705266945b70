import { absolutePositions, placeAsLaidOut, elk, padding, type ElkNode } from '../elk.js';
import { box, measureCell, row, TEXT, type Box, type ElementRef, type Row } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';

/**
 * The overview of a map too large for a preview: what it is made of, counted. A peta lintas fungsi
 * or SOP becomes its lanes with the steps in each, a peta proses its categories with their
 * processes, a team the Perangkat Daerah its members come from. Tables of a few dozen rows each,
 * packed for a landscape sheet; each row leads to its element's declaration.
 */
export interface TallyRow {
    /** The element the row leads to (click-to-source), when it is one. */
    element?: ElementRef;
    title: string;
    count: number;
}

export interface TallyColumns {
    /** Header of the names column ("Jalur") and of the counts column ("Langkah"). */
    name: string;
    count: string;
    /** How the rows past the last one drawn are summed up ("jalur lain"). */
    others: string;
}

/** Rows drawn at most: the rest are summed in one last row. */
export const OVERVIEW_TALLY_ROWS = 150;
const ROWS_PER_TABLE = 30;
const NAME_WIDTH = 190;
const COUNT_WIDTH = 52;
const GAP = 14;

/** `rows` cut to the rows drawn, the rest summed in one last row. */
function capped(rows: TallyRow[], columns: TallyColumns): TallyRow[] {
    if (rows.length <= OVERVIEW_TALLY_ROWS) return rows;
    const rest = rows.slice(OVERVIEW_TALLY_ROWS - 1);
    return [...rows.slice(0, OVERVIEW_TALLY_ROWS - 1), { title: `… dan ${rest.length} ${columns.others}`, count: rest.reduce((s, r) => s + r.count, 0) }];
}

function table(id: string, rows: TallyRow[], columns: TallyColumns, m: FontMetrics): Box {
    const out: Row[] = [row([
        measureCell({ text: columns.name, width: NAME_WIDTH, size: TEXT.small, weight: 'bold', align: 'left' }, m),
        measureCell({ text: columns.count, width: COUNT_WIDTH, size: TEXT.small, weight: 'bold' }, m)
    ], 'kepala-kolom')];
    for (const r of rows) {
        out.push(row([
            measureCell({ text: r.title, width: NAME_WIDTH, align: 'left' }, m),
            measureCell({ text: String(r.count), width: COUNT_WIDTH }, m)
        ], 'none', r.element));
    }
    return box(id, 'tabel', out);
}

/** The tallies as tables, packed by ELK like the struktur's rows. */
export async function layoutTally(rows: TallyRow[], columns: TallyColumns, metrics: FontMetrics): Promise<{ width: number; height: number; boxes: Box[] }> {
    const drawn = capped(rows, columns);
    const tables: Box[] = [];
    for (let i = 0; i < Math.max(1, drawn.length); i += ROWS_PER_TABLE) tables.push(table(`t:${tables.length}`, drawn.slice(i, i + ROWS_PER_TABLE), columns, metrics));
    const graph: ElkNode = {
        id: 'ikhtisar',
        layoutOptions: {
            'elk.algorithm': 'rectpacking', 'elk.rectpacking.packing.strategy': 'SIMPLE', 'elk.aspectRatio': '1.6',
            'elk.padding': padding(0, 0, 0, 0), 'elk.spacing.nodeNode': String(GAP)
        },
        children: tables.map(t => ({ id: t.id, width: t.width, height: t.height }))
    };
    const laid = await elk().layout(graph);
    const at = absolutePositions(laid);
    placeAsLaidOut(tables, at);
    return { width: laid.width ?? 0, height: laid.height ?? 0, boxes: tables };
}
