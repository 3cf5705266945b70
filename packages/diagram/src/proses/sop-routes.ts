import type { CrossFunctionalMap } from '@sikerja/model';
import { lineHeight, TEXT } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';
import { GRID_CLEARANCE, MARGIN_TRACKS, STRIP, STRIP_EDGE, SYMBOL, SYMBOL_GAP, symbolSize, type Columns } from './sop-geometry.js';
import { lineHops } from '../svg/line-hops.js';
import { clearLabels } from './sop-labels.js';
import { spreadStripRuns, stripLevels, type StripRun } from './sop-strips.js';
import type { SopLine, SopSymbolBox, SopText } from './sop.js';

export interface Routed {
    lines: Array<{ page: number; line: SopLine }>;
    connectors: Array<{ page: number; box: SopSymbolBox }>;
}

/**
 * Flows through the pelaksana columns: down the margins of the columns (never through a symbol,
 * which stands in the middle of its cell), across the pads above and below the symbols, up the right
 * margin for a loop back. A flow to another page ends at an off-page connector below its column and
 * resumes at the one connector above its target: every flow to that target carries its letter, so
 * three refusals ending at one "tidak dilanjutkan" show three A's and one A, not three letters stacked.
 */
export function routeSop(map: CrossFunctionalMap, rowIndex: Map<string, number>, symbols: SopSymbolBox[], heights: number[], rowY: number[],
    pageOf: number[], cols: Columns, bodyTop: number, metrics: FontMetrics): Routed {
    const route = (straightFirst: boolean) => routeWith(map, rowIndex, symbols, heights, rowY, pageOf, cols, bodyTop, metrics, straightFirst);
    // The connectors below the table placed two ways: steps that can go straight down first, or in
    // flow order. Each way crosses lines where the other does not (a side exit that found the place
    // under its own column taken runs back across the step's line; a step whose place a side exit
    // took goes round to the next column across it): the way that crosses fewer.
    const first = route(true), second = route(false);
    return crossings(second) < crossings(first) ? second : first;
}

/** How many times the flows of a routing cross one another, on all its pages. */
function crossings(routed: Routed): number {
    const pages = new Map<number, SopLine[]>();
    for (const { page, line } of routed.lines) pages.set(page, [...(pages.get(page) ?? []), line]);
    let count = 0;
    for (const lines of pages.values()) for (const runs of lineHops(lines).values()) for (const xs of runs.values()) count += xs.length;
    return count;
}

function routeWith(map: CrossFunctionalMap, rowIndex: Map<string, number>, symbols: SopSymbolBox[], heights: number[], rowY: number[],
    pageOf: number[], cols: Columns, bodyTop: number, metrics: FontMetrics, straightFirst: boolean): Routed {
    const out: Routed = { lines: [], connectors: [] };
    const stripRuns: StripRun[] = [];
    /** Notes the run of `points` along a strip (from x `up` across to x `down`) for `spreadStripRuns`. */
    const alongStrip = (points: Array<[number, number]>, page: number, strip: StripRun['strip'], y: number, up: number, down: number, grid: number) => {
        const at = points.findIndex((p, k) => k + 1 < points.length && p[0] === up && p[1] === y && points[k + 1][0] === down && points[k + 1][1] === y);
        if (at >= 0 && up !== down) stripRuns.push({ page, strip, points, at, up, down, levels: stripLevels(grid, strip === 'bottom' ? 1 : -1) });
        return points;
    };
    const exits = new Map<string, number>();
    const sidesTaken = new Map<string, Set<string>>();
    const exitCount = new Map<string, number>();
    for (const f of map.flows) if (f.from !== f.to && rowIndex.has(f.from) && rowIndex.has(f.to)) exitCount.set(f.from, (exitCount.get(f.from) ?? 0) + 1);
    /** The column of each decision's first exit's target. */
    const firstTarget = new Map<string, number>();
    const laneLeft = (c: number) => cols.x.lanes[c] ?? cols.x.kelengkapan;
    // Tracks taken in each margin, per page and column, with the heights each runs between: a track
    // serves again below a line that has left it, and a page's lines start again from the grid line.
    const margin = { left: new Map<string, Array<{ slot: number; from: number; to: number }>>(), right: new Map<string, Array<{ slot: number; from: number; to: number }>>() };
    // Tracks in each margin of a column, between its grid line and its symbols (narrowed for them,
    // symbolSize): 2 mm apart and off the grid line at print size where the column is wide enough; in
    // a narrow one, apart first. A margin with more flows than tracks puts the next between two.
    const spare = (cols.lane - symbolSize('proses', cols.lane)[0]) / 2 - SYMBOL_GAP;
    const spacing = Math.min(GRID_CLEARANCE, Math.max(2.5, spare / 2));
    const base = Math.min(GRID_CLEARANCE, Math.max(2, spare - spacing));
    const tracks = Math.max(MARGIN_TRACKS, Math.floor((spare - base) / spacing) + 1);
    const slots = marginSlots(base, spacing, tracks);
    /**
     * The offset from the grid line of the first track of a margin free between heights y1 and y2; a
     * line going on down into the strip below also keeps off the connectors standing there (`under`:
     * their centres, and how an offset lies on the page), lest it seem to end in one of them.
     */
    const track = (m: typeof margin.left, c: number, page: number, y1: number, y2: number, under?: { xs: number[]; x: (offset: number) => number }) => {
        const [from, to] = [Math.min(y1, y2), Math.max(y1, y2)];
        const used = m.get(`${page}:${c}`) ?? [];
        m.set(`${page}:${c}`, used);
        // Two lines on one track keep a row's clearance between them, so that neither reads as the other's continuation.
        const gap = 2 * GRID_CLEARANCE;
        const free = (t: number) => !used.some(u => u.slot === t && u.from < to + gap && from < u.to + gap);
        // How far the track lies from the nearest connector's arrow below: clear at a connector's half width and 2 mm.
        const offConnector = (t: number) => Math.min(Infinity, ...(under?.xs ?? []).map(x => Math.abs(under!.x(slots[t % slots.length]) - x)));
        const clear = SYMBOL.penghubung[0] / 2 + GRID_CLEARANCE;
        const open = Array.from({ length: slots.length }, (_, t) => t).filter(free);
        // The first free track clear of the connectors; else the free one furthest from them; else one beyond.
        let t = open.find(k => offConnector(k) >= clear) ?? open.sort((a, b) => offConnector(b) - offConnector(a))[0];
        if (t === undefined) for (t = slots.length; !free(t); t++);
        used.push({ slot: t, from, to });
        return slots[t % slots.length];
    };
    // Off-page connectors: the letter of each target's, and where connectors already stand in each page's strips.
    const incoming = new Map<string, string>();
    const placed = new Map<string, number[]>();
    // The column's centre first (where a flow from the symbol above comes straight down), then
    // either side of it while a connector there stays off the grid lines.
    const step = SYMBOL.penghubung[0] + 4;
    const eachSide = Math.max(0, Math.floor((cols.lane / 2 - SYMBOL.penghubung[0] / 2 - 1) / step));
    const places = cols.x.lanes.flatMap(left => Array.from({ length: 2 * eachSide + 1 }, (_, k) => left + cols.lane / 2 + (k - eachSide) * step));
    const squeezedIn = (taken: number[], center: number): number | undefined => {
        const half = SYMBOL.penghubung[0] / 2 + 1;
        const sides = [...cols.x.lanes, laneLeft(cols.x.lanes.length)];
        let best: number | undefined;
        for (let x = sides[0] + half; x <= sides[sides.length - 1] - half; x += 0.5) {
            if (taken.some(t => Math.abs(t - x) < 2 * half) || sides.some(g => Math.abs(g - x) < half)) continue;
            if (best === undefined || Math.abs(x - center) < Math.abs(best - center)) best = x;
        }
        return best;
    };
    /** The places in a page's strip no connector stands in yet. */
    const freePlaces = (page: number, strip: 'top' | 'bottom') => {
        const taken = placed.get(`${page}:${strip}`) ?? [];
        return places.filter(x => taken.every(t => Math.abs(t - x) >= step - 1e-6));
    };
    const stripSlot = (page: number, strip: 'top' | 'bottom', center: number, prefer: -1 | 1 = -1): { x: number; k: number } => {
        // The nearest free place to the flow's own column, then one side, the other, further: as many
        // places in a column as it holds side by side, none across a grid line, two connectors never
        // on one another. A flow that leaves its symbol by the right (or comes down the right margin)
        // takes the right first, so that it crosses none of the centre's.
        const taken = placed.get(`${page}:${strip}`) ?? [];
        placed.set(`${page}:${strip}`, taken);
        const rank = (x: number) => Math.abs(x - center) - (Math.sign(x - center) === prefer ? 0.01 : 0);
        const free = freePlaces(page, strip).sort((a, b) => rank(a) - rank(b));
        // More connectors than places (a strip of many flows in a narrow table): the nearest point where
        // one stands clear of the others and of the grid lines; else beside the last, never past the
        // pelaksana columns.
        const lastPlace = places[places.length - 1];
        const x = free[0] ?? squeezedIn(taken, center) ?? Math.min(lastPlace, Math.max(center, ...taken) + step);
        taken.push(x);
        // `k`: this connector's place among the strip's, for the height its line runs at.
        return { x, k: taken.length - 1 };
    };
    // The connectors above the targets, placed before any flow is drawn: one whose target is the
    // first symbol of its column on the page goes straight down, so it takes the place over that
    // column first; one whose flow must go round a symbol above its target stands aside. Otherwise a
    // connector standing over the column has its line go down where another comes in to it.
    const resumeSlot = new Map<string, { x: number; k: number }>();
    /** The connector below each page's table that flows to a step leave by, per page and step. */
    const leaving = new Map<string, { x: number; k: number; box: SopSymbolBox }>();
    const offPageTargets = [...new Set(map.flows.filter(f => {
        const i = rowIndex.get(f.from), j = rowIndex.get(f.to);
        return i !== undefined && j !== undefined && i !== j && pageOf[i] !== pageOf[j];
    }).map(f => f.to))];
    const straightDown = (j: number) => symbols.every(s => s.column !== symbols[j].column || pageOf[s.row] !== pageOf[j] || s.row >= j);
    for (const to of [...offPageTargets].sort((a, b) => Number(!straightDown(rowIndex.get(a)!)) - Number(!straightDown(rowIndex.get(b)!)))) {
        const b = symbols[rowIndex.get(to)!];
        resumeSlot.set(to, stripSlot(pageOf[b.row], 'top', b.x + b.width / 2));
    }
    // The connectors below the table, likewise when `straightFirst`: a flow that leaves its step by the
    // bottom with nothing under it in its column on the page takes the place right below it first, and
    // goes straight down (izin cuti p2: placed in flow order, a side exit drawn earlier took that place
    // and the step's own flow went round to the next column, across the other's line).
    const leaveSlot = new Map<typeof map.flows[number], { x: number; k: number }>();
    const firstExits = new Set<string>();
    for (const flow of straightFirst ? map.flows : []) {
        const i = rowIndex.get(flow.from), j = rowIndex.get(flow.to);
        if (i === undefined || j === undefined || i === j || firstExits.has(flow.from)) continue;
        firstExits.add(flow.from);
        const a = symbols[i];
        const lastInColumn = symbols.every(s => s.column !== a.column || pageOf[s.row] !== pageOf[i] || s.row <= i);
        if (pageOf[i] !== pageOf[j] && lastInColumn) leaveSlot.set(flow, stripSlot(pageOf[i], 'bottom', a.x + a.width / 2));
    }
    /** Where a flow into row `j` runs above its symbol: 2 mm at print size under the grid line where there is room. */
    const aboveOf = (j: number) => Math.min(symbols[j].y - 1.5, rowY[j] + GRID_CLEARANCE);
    // A label longer than half a column ("perlu perbaikan" beside a drop) goes on lines of that width,
    // so that a place beside its own line holds it.
    const labelWidth = Math.max(24, cols.lane / 2 - 6);
    const label = (s: string | undefined, x: number, y: number): SopText | undefined => {
        if (s === undefined) return undefined;
        // Whole words only: "lengkap" on one line even where the column is narrower.
        const width = Math.max(labelWidth, ...s.split(/\s+/).map(w => metrics.width(w, TEXT.small)));
        const lines = metrics.width(s, TEXT.small) <= width ? [s] : wrapText(s, width, TEXT.small, metrics, 'regular', 4);
        return { x, y, width: Math.max(...lines.map(l => metrics.width(l, TEXT.small))) + 2, lines, size: TEXT.small, weight: 'regular', align: 'left' };
    };
    for (const flow of map.flows) {
        const i = rowIndex.get(flow.from), j = rowIndex.get(flow.to);
        if (i === undefined || j === undefined || i === j) continue;
        const a = symbols[i], b = symbols[j];
        const exit = exits.get(flow.from) ?? 0;
        exits.set(flow.from, exit + 1);
        if (exit === 0) firstTarget.set(flow.from, b.column);
        const acx = a.x + a.width / 2, bcx = b.x + b.width / 2;
        // The second exit leaves by the side towards its target; to a target in the decision's own
        // column, by the side the first exit's line does not turn to, so the two never run together
        // and neither label sits by the other's line.
        const firstTurn = Math.sign((firstTarget.get(flow.from) ?? a.column) - a.column);
        const towards = exit === 0 ? 'bottom'
            : exit === 1 && b.column === a.column && firstTurn !== 0 ? (firstTurn > 0 ? 'left' : 'right')
                : (exit === 1) === (b.column >= a.column) ? 'right' : 'left';
        // A third exit (ya, tidak, ditunda) takes the side the second left free: two exits never share a point.
        const taken = sidesTaken.get(flow.from) ?? new Set<string>();
        sidesTaken.set(flow.from, taken);
        const side = towards !== 'bottom' && taken.has(towards) ? (towards === 'left' ? 'right' : 'left') : towards;
        taken.add(side);
        // A side exit's label stands over its run, its box from the decision's point outwards (labelBox).
        const start: Array<[number, number]> = side === 'bottom' ? [[acx, a.y + a.height]]
            : side === 'right' ? [[a.x + a.width, a.y + a.height / 2]] : [[a.x, a.y + a.height / 2]];
        const lbl = side === 'bottom' ? label(flow.label, acx + 5, a.y + a.height + 1) : sideLabel(label(flow.label, 0, 0), side, a);
        // Runs keep 2 mm at print size off the row's grid line where the row has room under its symbol.
        const below = Math.max(a.y + a.height + 1.5, rowY[i] + heights[i] - GRID_CLEARANCE);
        const colRight = laneLeft(a.column) + cols.lane;
        if (pageOf[i] !== pageOf[j]) {
            // Off the page: down the source column to a connector in the strip below; on again from the
            // one connector above the target, whose letter every flow to that target carries.
            const [cw, ch] = SYMBOL.penghubung;
            let resume = incoming.get(flow.to);
            if (!resume) {
                const tag = String.fromCharCode(65 + (incoming.size % 26));
                const { x: cx, k: slot } = resumeSlot.get(flow.to)!;
                const up: SopSymbolBox = { node: `->${flow.to}`, symbol: 'penghubung', column: b.column, row: -1, x: cx - cw / 2, y: bodyTop - STRIP + STRIP_EDGE, width: cw, height: ch, label: tag };
                const clear = straightDown(j);
                // Drawn at a height of its own, then set on one of the strip's levels with the others (spreadStripRuns).
                const under = bodyTop - GRID_CLEARANCE - (slot % 4);
                const xl = clear ? bcx : laneLeft(b.column) + track(margin.left, b.column, pageOf[j], under, aboveOf(j));
                const onto: Array<[number, number]> = clear ? [[cx, under], [bcx, under], [bcx, b.y]]
                    : [[cx, under], [xl, under], [xl, aboveOf(j)], [bcx, aboveOf(j)], [bcx, b.y]];
                const ontoPoints = alongStrip(dedupe([[cx, up.y + up.height], ...onto]), pageOf[j], 'top', under, cx, clear ? bcx : xl, bodyTop);
                out.lines.push({ page: pageOf[j], line: { points: ontoPoints, arrow: true, from: up.node, to: flow.to } });
                out.connectors.push({ page: pageOf[j], box: up });
                resume = tag;
                incoming.set(flow.to, tag);
            }
            // The strip below is drawn under the page's last row, which may end above the page's body.
            const tableBottom = Math.max(...symbols.filter(s => pageOf[s.row] === pageOf[i]).map(s => rowY[s.row] + heights[s.row]));
            // A strip with no place left (a narrow table, many flows leaving): a flow to a step another flow
            // of this page already leaves for ends in that one's connector, not on top of another connector.
            const own = leaveSlot.get(flow);
            const joined = own === undefined && freePlaces(pageOf[i], 'bottom').length === 0 ? leaving.get(`${pageOf[i]}:${flow.to}`) : undefined;
            const { x: cx, k } = joined ?? own ?? stripSlot(pageOf[i], 'bottom', acx, side === 'right' ? 1 : -1);
            // Drawn at a height of its own, then set on one of the strip's levels with the others (spreadStripRuns).
            const run = tableBottom + GRID_CLEARANCE + 3 - (k % 4);
            const down: SopSymbolBox = joined?.box ?? { node: `${flow.from}->${flow.to}`, symbol: 'penghubung', column: a.column, row: -1, x: cx - cw / 2, y: tableBottom + STRIP - STRIP_EDGE - ch, width: cw, height: ch, label: resume };
            // Nothing below it in its column on this page, and its connector right under it: straight down.
            const straight = side === 'bottom' && Math.abs(cx - acx) < 0.5
                && symbols.every(s => s.column !== a.column || pageOf[s.row] !== pageOf[i] || s.row <= i);
            // A side exit whose connector stands in another column, with nothing under the step in that
            // column on this page: straight across to above it and down (a row holds one symbol only).
            // Only to a connector on its column's centre: the drop then stays clear of that column's margin tracks.
            const connectorColumn = cols.x.lanes.findIndex(left => cx >= left && cx < left + cols.lane);
            const across = side !== 'bottom' && connectorColumn >= 0 && connectorColumn !== a.column && Math.sign(cx - acx) === (side === 'right' ? 1 : -1)
                && Math.abs(cx - (laneLeft(connectorColumn) + cols.lane / 2)) < 0.5
                && symbols.every(s => s.column !== connectorColumn || pageOf[s.row] !== pageOf[i] || s.row <= i);
            const viaMargin = (): Array<[number, number]> => {
                // Down the margin on the side the flow leaves by: a left exit never crosses back under its own
                // symbol; a bottom exit by the side its connector stands, never across the lines of the other side.
                const leftMargin = side === 'left' || (side === 'bottom' && cx < acx);
                const from = side === 'bottom' ? below : start[0][1];
                const others = (placed.get(`${pageOf[i]}:bottom`) ?? []).filter(x => x !== cx);
                const xm = leftMargin ? laneLeft(a.column) + track(margin.left, a.column, pageOf[i], from, run, { xs: others, x: o => laneLeft(a.column) + o })
                    : colRight - track(margin.right, a.column, pageOf[i], from, run, { xs: others, x: o => colRight - o });
                const first: Array<[number, number]> = side === 'bottom' ? [...start, [acx, below], [xm, below]] : [...start, [xm, start[0][1]]];
                return [...first, [xm, run], [cx, run], [cx, down.y]];
            };
            const offPoints: Array<[number, number]> = straight ? [...start, [cx, down.y]]
                : across ? [...start, [cx, start[0][1]], [cx, down.y]] : viaMargin();
            const offLine = dedupe(offPoints);
            if (!straight && !across) {
                const xm = offPoints[offPoints.length - 3][0];
                alongStrip(offLine, pageOf[i], 'bottom', run, xm, cx, tableBottom);
            }
            out.lines.push({ page: pageOf[i], line: { points: offLine, arrow: true, from: flow.from, to: down.node, label: beside(lbl, offPoints) } });
            if (!joined) out.connectors.push({ page: pageOf[i], box: down });
            if (!leaving.has(`${pageOf[i]}:${flow.to}`)) leaving.set(`${pageOf[i]}:${flow.to}`, { x: cx, k, box: down });
            continue;
        }
        let points: Array<[number, number]>;
        if (j > i) {
            // Nothing in the target's column between the two rows: straight down, or down, across
            // under the source and down into the target (the elbow a reader follows at a glance).
            const clearInto = symbols.slice(i + 1, j).every(s => s.column !== b.column);
            if (clearInto && side === 'bottom') {
                points = b.column === a.column ? [...start, [acx, b.y]] : [...start, [acx, below], [bcx, below], [bcx, b.y]];
            } else if (side !== 'bottom') {
                // A side exit goes down its own margin to the target's row: it never runs along the
                // bottom exit of the same decision, which turns at the foot of the decision's row.
                const above = aboveOf(j);
                const xs = side === 'right' ? colRight - track(margin.right, a.column, pageOf[i], start[0][1], above) : laneLeft(a.column) + track(margin.left, a.column, pageOf[i], start[0][1], above);
                points = [...start, [xs, start[0][1]], [xs, above], [bcx, above], [bcx, b.y]];
            } else {
                const xl = laneLeft(b.column) + track(margin.left, b.column, pageOf[j], below, aboveOf(j));
                const first: Array<[number, number]> = side === 'bottom' ? [...start, [acx, below]]
                    : [...start, [side === 'right' ? colRight - 3 : laneLeft(a.column) + 3, start[0][1]], [side === 'right' ? colRight - 3 : laneLeft(a.column) + 3, below]];
                const above = aboveOf(j);
                points = [...first, [xl, first[first.length - 1][1]], [xl, above], [bcx, above], [bcx, b.y]];
            }
        } else {
            // A loop back: up the margin of the source column on the side it leaves by, into the target's
            // side; or its top, where the target leaves by a side itself (a decision, a step of two exits):
            // the arrow coming in and the line going out would meet at one point.
            // Up to the target's row: into its side at its middle, or over it.
            const reach = b.symbol === 'keputusan' || (exitCount.get(flow.to) ?? 0) > 1 ? aboveOf(j) : b.y + b.height / 2;
            const leaves = side === 'bottom' ? below : start[0][1];
            const xr = side === 'left' ? laneLeft(a.column) + track(margin.left, a.column, pageOf[i], reach, leaves) : colRight - track(margin.right, a.column, pageOf[i], reach, leaves);
            const first: Array<[number, number]> = side === 'bottom' ? [...start, [acx, below], [xr, below]] : [...start, [xr, start[0][1]]];
            if (b.symbol === 'keputusan' || (exitCount.get(flow.to) ?? 0) > 1) {
                const above = aboveOf(j);
                points = [...first, [xr, above], [bcx, above], [bcx, b.y]];
            } else {
                const ty = b.y + b.height / 2;
                const entry = b.column <= a.column ? b.x + b.width : b.x;
                points = [...first, [xr, ty], [entry, ty]];
            }
        }
        out.lines.push({ page: pageOf[i], line: { points: dedupe(points), arrow: true, from: flow.from, to: flow.to, label: side === 'bottom' ? beside(lbl, points) : lbl } });
    }
    spreadStripRuns(stripRuns);
    const grid = { columns: [...cols.x.lanes, cols.x.kelengkapan], rows: (page: number) => rowY.flatMap((y, r) => pageOf[r] === page ? [y, y + heights[r]] : []) };
    clearLabels(out.lines, [...out.connectors, ...symbols.map(s => ({ page: pageOf[s.row], box: s }))], grid);
    return out;
}

/**
 * A bottom exit's label. Where the line drops only a little before it turns (a decision at the foot of
 * its row), the label sits above the turn's run, clear of the diamond, on the side the line goes: the
 * decision's other exit leaves by the other side. Where it drops further, the label is beside the drop,
 * on the side it does not turn to.
 */
function beside(label: SopText | undefined, points: Array<[number, number]>): SopText | undefined {
    if (!label) return undefined;
    const path = dedupe(points);
    const turn = path.length > 2 && path[1][1] === path[2][1] ? Math.sign(path[2][0] - path[1][0]) : 0;
    const height = label.lines.length * lineHeight(label.size);
    if (turn !== 0 && path[1][1] - path[0][1] < height + 2) {
        // sop-svg draws a label 3 points up and left of its place.
        const y = path[1][1] - height - 0.5 + 3;
        return turn > 0 ? { ...label, x: path[0][0] + DIAMOND_CLEAR + 3, y } : { ...label, x: path[0][0] - DIAMOND_CLEAR - label.width + 3, y };
    }
    return turn > 0 ? { ...label, x: path[0][0] - 2 - label.width } : label;
}

/** A side exit's label over its run, from the decision's point outwards. */
function sideLabel(label: SopText | undefined, side: 'left' | 'right', a: SopSymbolBox): SopText | undefined {
    if (!label) return undefined;
    const x = side === 'right' ? a.x + a.width + 3 : a.x + 1 - (label.width - 2);
    return { ...label, x, y: a.y + a.height / 2 - label.lines.length * lineHeight(label.size) - 1 };
}

/** How far from a diamond's bottom point a label above the run clears its slanting edge. */
const DIAMOND_CLEAR = 12;

function dedupe(points: Array<[number, number]>): Array<[number, number]> {
    return points.filter((p, i) => i === 0 || Math.abs(p[0] - points[i - 1][0]) > 1e-9 || Math.abs(p[1] - points[i - 1][1]) > 1e-9);
}

/**
 * Where the lines down a margin run, in the order they are taken: its tracks 2 mm apart at print size,
 * then (more lines side by side than tracks) between two tracks, between the first and the grid line,
 * then between those: every line side by side on a place of its own, never on another.
 */
export function marginSlots(base: number, spacing: number, tracks: number): number[] {
    const full = Array.from({ length: tracks }, (_, k) => base + k * spacing);
    const between = (xs: number[]) => {
        const sorted = [...xs].sort((a, b) => a - b);
        return sorted.slice(1).map((x, k) => (sorted[k] + x) / 2);
    };
    const halves = between(full);
    const gridSide = base - spacing / 2 > 0.5 ? [base - spacing / 2] : [];
    const quarters = between([...full, ...halves, ...gridSide]);
    return [...full, ...halves, ...gridSide, ...quarters];
}
