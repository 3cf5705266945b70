import { lineHeight } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import type { SopLine, SopSymbolBox, SopText } from './sop.js';

type Rect = { x: number; y: number; width: number; height: number };
type Point = [number, number];

/** How far up and left of its place a flow's label's box begins. */
const DRAWN_OFFSET = 3;

/** The box a flow's label is kept clear in and drawn in: 3 points up and left of its place, a line high per line. */
export function labelBox(label: SopText): Rect {
    return { x: label.x - DRAWN_OFFSET, y: label.y - DRAWN_OFFSET, width: label.width, height: label.lines.length * lineHeight(label.size) };
}

/** Where sop-svg writes each line of a label: its letters, ascenders and descenders, centred in the line's part of `labelBox`. */
export function labelBaselines(label: SopText, metrics: FontMetrics): Array<{ x: number; y: number; text: string }> {
    const box = labelBox(label), line = lineHeight(label.size);
    const glyphs = (metrics.ascent + metrics.descent) * label.size;
    return label.lines.map((text, k) => ({ x: box.x + 1, y: box.y + k * line + (line - glyphs) / 2 + metrics.ascent * label.size, text }));
}

/** The table's grid lines a label must not sit on: the pelaksana columns' sides, and each page's row lines. */
export interface TableGrid {
    /** The pelaksana columns' sides, left to right: the first and last bound the flows' part of the table. */
    columns: readonly number[];
    rows: (page: number) => readonly number[];
}

/**
 * Every "ya"/"tidak" of a page where no line, no symbol and no grid line crosses it: a label a line
 * runs through can be read as the label of that line, one on a grid line as the next cell's. A label
 * crossed where routing put it moves to the other side of its own first run, beside the drop that
 * follows, then along the run; where every place is crossed it stays.
 */
export function clearLabels(lines: Array<{ page: number; line: SopLine }>, symbols: Array<{ page: number; box: SopSymbolBox }>, grid: TableGrid): void {
    const pages = new Set(lines.map(l => l.page));
    for (const page of pages) {
        const here = lines.filter(l => l.page === page).map(l => l.line);
        const boxes = symbols.filter(s => s.page === page).map(s => s.box);
        const placed: Rect[] = [];
        // Past the pelaksana columns a label would read as the Kegiatan's text or the Kelengkapan's: it
        // stays inside them, or, where it may stand across a column's side, with half of it inside at least.
        const [left, right] = [grid.columns[0], grid.columns[grid.columns.length - 1]];
        const inside = (r: Rect) => r.x >= left + GRID_GAP && r.x + r.width <= right - GRID_GAP;
        const halfInside = (r: Rect) => r.x + r.width / 2 >= left && r.x + r.width / 2 <= right;
        for (const line of here) {
            if (!line.label) continue;
            // The symbol the line leaves is not an obstacle: its label is placed against it.
            const [sx, sy] = line.points[0];
            const source = boxes.find(b => sx >= b.x - 0.5 && sx <= b.x + b.width + 0.5 && sy >= b.y - 0.5 && sy <= b.y + b.height + 0.5);
            const others = boxes.filter(b => b !== source);
            // Across the table's outer side only against its own line: a narrow last column's loop back.
            const placeable = (r: Rect, acrossSide: boolean) => inside(r) || acrossSide && (halfInside(r) || besideLine(line.points, r));
            // Another flow passing close by would read as the label's own: it keeps a halo off them.
            // Where no place keeps every rule, the one that breaks the fewer, in this order of badness.
            // A label nearer another step's line than its own reads as that line's.
            const strangers = here.filter(o => o !== line && o.to !== line.to && o.from !== line.from);
            const nearerAnother = (r: Rect) => {
                const own = distance(line.points, r);
                return strangers.some(o => distance(o.points, r) + NEARER < own);
            };
            const crossedBy = (r: Rect, rules: { halo: boolean; rows: boolean; columns?: false }) => !placeable(r, rules.columns === false) || nearerAnother(r)
                || (source !== undefined && onShape(source, r))
                || here.some(other => other === line ? crosses(other.points, grown(r, -0.5)) : crosses(other.points, rules.halo ? grown(r, HALO) : r))
                || others.some(b => overlaps(b, r)) || placed.some(p => overlaps(p, r))
                || (rules.columns !== false && grid.columns.some(x => x > r.x - GRID_GAP && x < r.x + r.width + GRID_GAP))
                || (rules.rows && grid.rows(page).some(y => y > r.y && y < r.y + r.height));
            const beside = source ? besideTurn(line.label, line.points, source).filter(c => !overlaps(source, rectOf(c))) : [];
            const [atRouting, ...near] = candidates(line.label, line.points);
            // A bottom exit's label stands on the side of its drop away from the decision's other exit,
            // whose label is on its own side: "ya | tidak" between the two lines reads either way.
            const otherExit = here.find(o => o !== line && o.from === line.from);
            const [p, q] = line.points;
            const awayFirst = otherExit && q && p[0] === q[0] && near.length > 0
                && Math.sign(labelCentre(atRouting) - p[0]) === Math.sign(otherExit.points[0][0] - p[0]);
            const first = awayFirst ? [near[0], atRouting, ...beside, ...near.slice(1)] : [atRouting, ...near.slice(0, 1), ...beside, ...near.slice(1)];
            // Then further along its own line, nearest the decision first: a long "perlu perbaikan" in a
            // crowded page still stands by its line rather than under another.
            const places = [...first, ...alongLine(line.label, line.points).filter(c => !source || !overlaps(source, rectOf(c)))];
            let choice: SopText | undefined;
            // Last, over a pelaksana column's side: a label across a grid line still reads as its line's,
            // one a line runs through does not (a narrow column's "perlu perbaikan" by a loop back).
            for (const rules of [{ halo: true, rows: true }, { halo: false, rows: true }, { halo: false, rows: false }, { halo: false, rows: true, columns: false as const }, { halo: false, rows: false, columns: false as const }]) {
                const found = places.find(c => !crossedBy(rectOf(c), rules));
                if (found) { choice = rules.columns === false ? { ...found, overGrid: true } : found; break; }
            }
            // No clear place: the one inside the table the fewest others' lines run through, on no symbol or label.
            choice ??= leastCrossed(places.filter(c => placeable(rectOf(c), true) && !(source && onShape(source, rectOf(c)))), here, [...others, ...placed], nearerAnother) ?? line.label;
            line.label = choice;
            placed.push(rectOf(choice));
        }
    }
}

const rectOf = labelBox;

/** Whether the label's box lies on the symbol itself: a decision's diamond, not the corners of its box. */
function onShape(symbol: SopSymbolBox, box: Rect): boolean {
    // The letters, not the room kept around them: "ya" under a diamond's corner stands clear of its edges.
    const r = grown(box, -LETTER_INSET);
    if (!overlaps(symbol, r)) return false;
    if (symbol.symbol !== 'keputusan') return true;
    const [cx, cy, hw, hh] = [symbol.x + symbol.width / 2, symbol.y + symbol.height / 2, symbol.width / 2, symbol.height / 2];
    // The box's point nearest the centre is inside the diamond when the box meets it.
    const dx = Math.abs(Math.min(Math.max(cx, r.x), r.x + r.width) - cx), dy = Math.abs(Math.min(Math.max(cy, r.y), r.y + r.height) - cy);
    return dx / hw + dy / hh < 1;
}

/** Whether the label's box stands against its own line: within a few points of one of its runs. */
function besideLine(points: Point[], r: Rect): boolean {
    return crosses(points, grown(r, BESIDE));
}

/** How far inside its box a label's letters begin: the box keeps a little room around them. */
const LETTER_INSET = 1.5;

/** How near its own line a label standing across the table's outer side keeps (about 1.2 mm printed). */
const BESIDE = 3;

/**
 * Of `places`, the one fewest of `lines` run through, on none of `taken` where one is, and by its own
 * line rather than another's (which misleads more than a line passing under its letters, drawn white).
 */
function leastCrossed(places: SopText[], lines: SopLine[], taken: Rect[], nearerAnother: (r: Rect) => boolean): SopText | undefined {
    let best: { place: SopText; cost: number } | undefined;
    for (const place of places) {
        const r = rectOf(place);
        const cost = lines.filter(l => crosses(l.points, r)).length + 3 * Number(nearerAnother(r)) + 100 * taken.filter(t => overlaps(t, r)).length;
        if (!best || cost < best.cost) best = { place, cost };
    }
    return best && { ...best.place, overGrid: true };
}
const labelCentre = (label: SopText) => labelBox(label).x + label.width / 2;

/** The label where routing put it, mirrored across its line's first run, then moved along that run. */
function candidates(label: SopText, points: Point[]): SopText[] {
    const [p, q] = points;
    const height = labelBox(label).height;
    const out = [label];
    if (!q) return out;
    if (p[1] === q[1]) {
        // A side exit: above or below its run, near the symbol or further along.
        const below = { ...label, y: p[1] + DRAWN_OFFSET + 1 };
        const dir = Math.sign(q[0] - p[0]);
        out.push(below, { ...label, x: label.x + dir * label.width }, { ...below, x: label.x + dir * label.width });
    } else {
        // A bottom exit: either side of its drop.
        const x = p[0];
        const mirrored = label.x - DRAWN_OFFSET >= x ? { ...label, x: x - 2 - label.width + DRAWN_OFFSET } : { ...label, x: x + 2 + DRAWN_OFFSET };
        out.push(mirrored, { ...label, y: label.y + height }, { ...mirrored, y: label.y + height });
    }
    return out;
}

/** Places beside each run of a line, a few points apart along it, in the order the line runs. */
function alongLine(label: SopText, points: Point[]): SopText[] {
    const { width, height } = labelBox(label);
    const out: SopText[] = [];
    const at = (x: number, y: number) => ({ ...label, x: x + DRAWN_OFFSET, y: y + DRAWN_OFFSET });
    for (let i = 1; i < points.length && out.length < ALONG_MAX; i++) {
        const [p, q] = [points[i - 1], points[i]];
        const length = Math.abs(q[0] - p[0]) + Math.abs(q[1] - p[1]);
        for (let t = 0; t <= length && out.length < ALONG_MAX; t += ALONG_STEP) {
            const f = length === 0 ? 0 : t / length;
            const [x, y] = [p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f];
            if (p[1] === q[1]) {
                // Along a run across: above it or below, the label's near end at this point.
                const left = q[0] >= p[0] ? x : x - width;
                out.push(at(left, y - height - 1), at(left, y + 1));
            } else {
                const top = q[1] >= p[1] ? y : y - height;
                out.push(at(x + 2, top), at(x - 2 - width, top));
            }
        }
    }
    return out;
}

/** How far apart the places along a line are tried, and how many at most. */
const ALONG_STEP = 4;
const ALONG_MAX = 160;

/**
 * A side exit's label beside the run that turns from its short first run, down under the symbol or
 * up over it: where the first run is too short to hold it (a decision by a narrow column's margin),
 * the label still stands by its own line.
 */
function besideTurn(label: SopText, points: Point[], source: Rect): SopText[] {
    const [p, q, r] = points;
    if (!q || !r || p[1] !== q[1] || q[0] !== r[0] || r[1] === q[1]) return [];
    const height = labelBox(label).height;
    const down = r[1] > q[1];
    const out: SopText[] = [];
    for (let k = 0; k < 4; k++) {
        const top = down ? Math.max(q[1], source.y + source.height) + 1 + k * height : Math.min(q[1], source.y) - 1 - (k + 1) * height;
        if (down ? top + height > r[1] : top < r[1]) break;
        const y = top + DRAWN_OFFSET;
        out.push({ ...label, x: q[0] + 1 + DRAWN_OFFSET, y }, { ...label, x: q[0] - 1 - label.width + DRAWN_OFFSET, y });
    }
    return out;
}

/** How much nearer another step's line may pass a label than its own, in points. */
const NEARER = 1;

/** How far the polyline passes from the rectangle (0 where it touches or crosses it). */
function distance(points: Point[], r: Rect): number {
    let nearest = Infinity;
    for (let i = 1; i < points.length; i++) {
        const [p, q] = [points[i - 1], points[i]];
        const dx = Math.max(0, r.x - Math.max(p[0], q[0]), Math.min(p[0], q[0]) - (r.x + r.width));
        const dy = Math.max(0, r.y - Math.max(p[1], q[1]), Math.min(p[1], q[1]) - (r.y + r.height));
        nearest = Math.min(nearest, Math.hypot(dx, dy));
    }
    return nearest;
}

/** How far a label's box stays from a column's grid line: its letters never touch it. */
const GRID_GAP = 1;

/** How far another flow stays from a label, in layout points (about 0.6 mm at print size). */
const HALO = 1.5;

const grown = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

function overlaps(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a polyline passes through the rectangle. */
function crosses(points: Point[], r: Rect): boolean {
    return points.slice(1).some((q, i) => {
        const p = points[i];
        const x1 = Math.min(p[0], q[0]), x2 = Math.max(p[0], q[0]), y1 = Math.min(p[1], q[1]), y2 = Math.max(p[1], q[1]);
        return x1 <= r.x + r.width && x2 >= r.x && y1 <= r.y + r.height && y2 >= r.y;
    });
}
