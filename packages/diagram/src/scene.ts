import type { Declared } from '@sikerja/model';
import type { FontMetrics, FontWeight } from './text/fonts.js';
import { wrapText } from './text/wrap.js';

/**
 * What a diagram draws, in points (1/72 inch): boxes made of rows of cells, and connectors. Boxes
 * are measured before layout; ELK places them; the SVG writer only paints.
 */
/**
 * The model element a drawn thing stands for. Scenes are given the model's own nodes (every unit,
 * position, team, map and node has its id and source), so identity travels from the model through
 * the layout to the preview without a second lookup.
 */
export type ElementRef = Declared;

export type BoxStyle = 'pimpinan' | 'unit' | 'unit-kerja' | 'kelompok' | 'tabel' | 'orang' | 'orang-luar' | 'simbol';
export type RowFill = 'judul' | 'kepala-kolom' | 'jumlah' | 'none';

export interface Cell {
    width: number;
    lines: string[];
    weight: FontWeight;
    size: number;
    align: 'left' | 'center' | 'right';
    /** A shortage (negative ±), drawn so it is seen on a black-and-white print. */
    shortage?: boolean;
}

export interface Row {
    height: number;
    cells: Cell[];
    fill: RowFill;
    /** The position the row stands for, for click-to-source. */
    element?: ElementRef;
}

/**
 * Flowchart symbols (SOP AP and peta lintas fungsi); boxes of the organisation charts are `rect`.
 * `connector` joins within a page (a circle), `offpage` continues a flow on another page (a pentagon
 * pointing down, PermenPANRB 19/2018 penghubung antarhalaman).
 */
export type Shape = 'rect' | 'terminator' | 'diamond' | 'document' | 'connector' | 'offpage';

export interface Box {
    id: string;
    element?: ElementRef;
    style: BoxStyle;
    shape?: Shape;
    width: number;
    height: number;
    rows: Row[];
    dashed?: boolean;
    x: number;
    y: number;
}

export interface Connector {
    /** Polyline points, absolute. */
    points: Array<[number, number]>;
    dashed?: boolean;
    /** An arrowhead at the last point (flows); organisation lines have none. */
    arrow?: boolean;
    label?: FreeText;
    from: string;
    to: string;
}

/** Text placed on its own: a flow's label, an annotation under a symbol. `x`, `y` is the top-left corner. */
export interface FreeText {
    x: number;
    y: number;
    width: number;
    height: number;
    lines: string[];
    size: number;
    align: 'left' | 'center';
    element?: ElementRef;
}

/** A swimlane: a full-width band with its header. */
export interface Band {
    id: string;
    element?: ElementRef;
    x: number;
    y: number;
    width: number;
    height: number;
    /** The header's cell: left of a row lane, on top of a column lane. */
    headerArea: { x: number; y: number; width: number; height: number };
    header: FreeText;
}

export interface TitleBlock {
    lines: Array<{ text: string; size: number; weight: FontWeight }>;
}

export interface Scene {
    width: number;
    height: number;
    title: TitleBlock;
    boxes: Box[];
    connectors: Connector[];
    bands?: Band[];
    notes?: FreeText[];
}

export const TEXT = { body: 7.5, title: 8, small: 6.5, lineGap: 1.25, padX: 4, padY: 3 } as const;

export interface CellSpec {
    text: string;
    /** Fixed width; without it, the cell takes `maxWidth` and wraps within it. */
    width?: number;
    maxWidth?: number;
    weight?: FontWeight;
    size?: number;
    align?: Cell['align'];
    shortage?: boolean;
}

export function lineHeight(size: number): number {
    return size * TEXT.lineGap;
}

/** Wrapped lines and natural width by text and setting, per font: a peta jabatan repeats its titles and figures on every row. */
const measured = new WeakMap<FontMetrics, Map<string, { lines: readonly string[]; natural: number }>>();
const MEASURED_KEPT = 20_000;

function wrapped(text: string, inner: number, size: number, weight: FontWeight, metrics: FontMetrics): { lines: readonly string[]; natural: number } {
    let cache = measured.get(metrics);
    if (!cache) measured.set(metrics, cache = new Map());
    const key = `${size}|${weight}|${inner}|${text}`;
    let found = cache.get(key);
    if (!found) {
        const lines = wrapText(text, inner, size, metrics, weight);
        found = { lines, natural: Math.max(...lines.map(l => metrics.width(l, size, weight))) };
        if (cache.size >= MEASURED_KEPT) cache.clear();
        cache.set(key, found);
    }
    return found;
}

/** A cell measured with the font: wrapped to its width, tall enough for every line. */
export function measureCell(spec: CellSpec, metrics: FontMetrics): Cell {
    const size = spec.size ?? TEXT.body;
    const weight = spec.weight ?? 'regular';
    const inner = (spec.width ?? spec.maxWidth ?? 160) - 2 * TEXT.padX;
    const text = wrapped(spec.text, inner, size, weight, metrics);
    const natural = text.natural + 2 * TEXT.padX;
    const width = spec.width ?? Math.min(spec.maxWidth ?? natural, Math.max(natural, 24));
    return { width: Math.ceil(width), lines: [...text.lines], weight, size, align: spec.align ?? 'center', shortage: spec.shortage };
}

export function cellHeight(cell: Cell): number {
    return cell.lines.length * lineHeight(cell.size) + 2 * TEXT.padY;
}

export function row(cells: Cell[], fill: RowFill = 'none', element?: ElementRef): Row {
    return { height: Math.ceil(Math.max(...cells.map(cellHeight))), cells, fill, element };
}

/** A box of rows; every row is stretched to the widest, the last cell of a row taking the slack. */
export function box(id: string, style: BoxStyle, rows: Row[], element?: ElementRef): Box {
    const width = Math.max(...rows.map(r => r.cells.reduce((s, c) => s + c.width, 0)));
    for (const r of rows) {
        const used = r.cells.reduce((s, c) => s + c.width, 0);
        if (used < width) {
            if (r.cells.length === 1) r.cells[0].width = width;
            else r.cells[0].width += width - used;
        }
    }
    return { id, element, style, width, height: rows.reduce((s, r) => s + r.height, 0), rows, x: 0, y: 0 };
}
