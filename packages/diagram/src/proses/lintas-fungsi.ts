import { PemdaIndex, type CrossFunctionalMap, type Flow, type LaneDirection, type PemdaModel, type Process } from '@sikerja/model';
import { elk, type ElkNode } from '../elk.js';
import { lineHeight, TEXT, type Band, type Box, type Connector, type ElementRef, type FreeText } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';
import { placeSymbol, symbolFor, type Symbol } from './symbols.js';

/**
 * Peta lintas fungsi with true swimlanes. ELK decides the columns (the layering of the flow, cycles
 * broken in written order, lanes kept in written order within a layer); the bands are ours, one per
 * lane in the order written, so every symbol lies in its lane by construction. Flows run right out of
 * a symbol and into the left of the next, through channels between columns and corridors along the
 * top of each band, where no symbol stands: no flow crosses a symbol or a lane header.
 */

const HEADER_WIDTH = 96;
const GAP = { stack: 18, corridorPad: 8, bandBottom: 12, channelPad: 8, track: 5, exitDrop: 7, minBand: 48, labelClear: 2 } as const;
const NO_LANE = '(tanpa jalur)';
/** The depth of a document symbol's wavy foot (write-svg's `wave`). */
const DOCUMENT_WAVE = 5;

export interface LintasFungsiLayout {
    width: number;
    height: number;
    boxes: Box[];
    connectors: Connector[];
    bands: Band[];
    notes: FreeText[];
    /** Each node's column: what a page break between columns follows. */
    columns: Map<string, number>;
    /** Along the flow: where the first column starts, and where each column with the channel after it begins and ends. */
    extent: { lead: number; columns: Array<{ from: number; to: number }> };
}

interface Placed extends Symbol {
    lane: number;
    column: number;
    order: number;
}

interface Route {
    flow: Flow;
    from: Placed;
    to: Placed;
    exit: number;
    /** Channel index right of a column; -1 is left of the first column. */
    out: { channel: number; track: number };
    /** Through the corridor of the target's lane and the channel before the target, when not next door. */
    via?: { corridorTrack: number; channel: number; track: number };
    label?: FreeText;
}

/** Columns from ELK's layering, with lanes in written order inside each layer. */
export async function columnsOf(map: CrossFunctionalMap, laneOf: (n: string) => number): Promise<Map<string, number>> {
    const ids = new Set(map.nodes.map(n => n.id));
    const graph: ElkNode = {
        id: 'ordering',
        layoutOptions: {
            'elk.algorithm': 'layered', 'elk.direction': 'RIGHT',
            'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
            'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
            'elk.layered.crossingMinimization.semiInteractive': 'true',
            'elk.separateConnectedComponents': 'false',
            'elk.spacing.nodeNode': '10', 'elk.layered.spacing.nodeNodeBetweenLayers': '20'
        },
        // Equal sizes: every node of a layer then has the same x, which is the column.
        children: map.nodes.map((n, i) => ({ id: n.id, width: 40, height: 20, layoutOptions: { 'elk.position': `(0, ${laneOf(n.id) * 100000 + i})` } })),
        edges: map.flows.filter(f => ids.has(f.from) && ids.has(f.to) && f.from !== f.to)
            .map((f, i) => ({ id: `f${i}`, sources: [f.from], targets: [f.to] }))
    };
    const laid = await elk().layout(graph);
    const xs = [...new Set((laid.children ?? []).map(c => Math.round(c.x ?? 0)))].sort((a, b) => a - b);
    return new Map((laid.children ?? []).map(c => [c.id, xs.indexOf(Math.round(c.x ?? 0))]));
}

/**
 * A flow's label, whole: on two lines, widened for a long one; or, where it stands beside a line
 * across the flow (`across`, a decision's exit in columns), wrapped to the room before the next line.
 */
function labelFor(text: string, metrics: FontMetrics, across?: number): FreeText {
    const lines = across === undefined
        ? wrapText(text, Math.max(70, metrics.width(text, TEXT.small) / 2 + 12), TEXT.small, metrics, 'regular', 2)
        : wrapText(text, across, TEXT.small, metrics, 'regular', 8);
    const width = Math.ceil(Math.max(...lines.map(l => metrics.width(l, TEXT.small)))) + 2;
    return { x: 0, y: 0, width, height: lines.length * lineHeight(TEXT.small), lines, size: TEXT.small, align: 'left' };
}

function notesOf(pemda: PemdaModel, map: CrossFunctionalMap, node: CrossFunctionalMap['nodes'][number]): string[] {
    const notes: string[] = [];
    if (node.duration) notes.push(`Waktu: ${node.duration}`);
    if (node.output) notes.push(`Keluaran: ${node.output}`);
    const sop = node.sop && map.sops.find(s => s.id === node.sop || s.name === node.sop);
    if (node.sop) notes.push(`SOP: ${sop ? `${sop.code} ${sop.title}` : node.sop}`);
    if (node.kind === 'penghubung') {
        const target = node.target && pemda.processes.find(p => p.id === node.target);
        notes.push(target ? `${node.title}, ke ${target.code ? `${target.code} ` : ''}${target.title}` : node.title);
    }
    return notes;
}

/** `baris`: lanes as horizontal bands, flow left to right (the default); `kolom`: lanes as columns, flow downwards. */
export type { LaneDirection } from '@sikerja/model';

/**
 * The layout is computed along two axes, u (the flow) and v (across the lanes), and mapped to x and y
 * at the end, so both directions are the same code.
 */
interface Axes {
    u(r: { x: number; y: number }): number;
    v(r: { x: number; y: number }): number;
    us(r: { width: number; height: number }): number;
    vs(r: { width: number; height: number }): number;
    pt(u: number, v: number): [number, number];
    rect(u: number, v: number, us: number, vs: number): { x: number; y: number; width: number; height: number };
}

function axes(direction: LaneDirection): Axes {
    const h = direction === 'baris';
    return {
        u: r => h ? r.x : r.y, v: r => h ? r.y : r.x,
        us: r => h ? r.width : r.height, vs: r => h ? r.height : r.width,
        pt: (u, v) => h ? [u, v] : [v, u],
        rect: (u, v, us, vs) => h ? { x: u, y: v, width: us, height: vs } : { x: v, y: u, width: vs, height: us }
    };
}

/** How a part of a map is drawn on one page (see lintas-fungsi-pages.ts). */
export interface MapPartOptions {
    /** Each node's column, fixed by the whole map's layering rather than the part's own. */
    columns?: Map<string, number>;
    /** The number a penghubung carries in the whole map. */
    numbers?: Map<string, number>;
    /** Off-page connectors (synthetic nodes) by id, with their number. */
    offPage?: Map<string, number>;
}

export async function layoutLintasFungsi(pemda: PemdaModel, _process: Process, map: CrossFunctionalMap, metrics: FontMetrics, direction: LaneDirection = 'baris', part: MapPartOptions = {}): Promise<LintasFungsiLayout> {
    const A = axes(direction);
    const index = new PemdaIndex(pemda);
    // A lane header leads to the unit or jabatan it stands for, or to the lane where it names no one.
    const lanes: Array<{ id: string; title: string; element?: ElementRef }> = map.lanes.map(l => ({ id: l.id, title: l.title, element: index.declared(l.element) ?? l }));
    const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
    if (map.nodes.some(n => n.lane === undefined || !laneIndex.has(n.lane))) {
        laneIndex.set(NO_LANE, lanes.length);
        lanes.push({ id: NO_LANE, title: NO_LANE });
    }
    const laneOfNode = new Map(map.nodes.map(n => [n.id, laneIndex.get(n.lane ?? '') ?? laneIndex.get(NO_LANE)!]));
    const columns = part.columns ?? await columnsOf(map, id => laneOfNode.get(id)!);
    let connectorNumber = 0;
    const side = direction === 'baris' ? 'below' : 'right';
    const placed: Placed[] = map.nodes.map((node, order) => {
        const offPage = part.offPage?.get(node.id);
        const number = node.kind === 'penghubung' ? part.numbers?.get(node.id) ?? ++connectorNumber : 0;
        const symbol = offPage === undefined
            ? symbolFor(node, number, notesOf(pemda, map, node), metrics, side)
            : symbolFor(node, offPage, [], metrics, side, 'offpage');
        // An off-page connector stands for no element of the model.
        if (offPage !== undefined) symbol.box.element = undefined;
        return { ...symbol, lane: laneOfNode.get(node.id)!, column: columns.get(node.id) ?? 0, order };
    });
    const byId = new Map(placed.map(p => [p.node.id, p]));
    const columnCount = Math.max(1, ...placed.map(p => p.column + 1));

    // Plan every flow's route first: the tracks decide how wide channels and corridors are.
    const channelTracks = new Map<number, number>();
    const corridorTracks = new Map<number, number>();
    const labelRoom = new Map<number, number>();
    const take = (m: Map<number, number>, k: number) => { const t = m.get(k) ?? 0; m.set(k, t + 1); return t; };
    const exitOf = exitSlots(map.flows, byId);
    const routes: Route[] = [];
    for (const flow of map.flows) {
        const from = byId.get(flow.from), to = byId.get(flow.to);
        if (!from || !to) continue;
        const exit = exitOf.get(flow)!;
        const out = { channel: from.column, track: take(channelTracks, from.column) };
        const next = to.column === from.column + 1;
        // Straight on along its own lane where no step stands between: the corridor is for passing over steps.
        const along = to.lane === from.lane && to.column > from.column && !placed.some(p => p.lane === to.lane && p.column > from.column && p.column < to.column);
        const via = next || along ? undefined : { corridorTrack: take(corridorTracks, to.lane), channel: to.column - 1, track: 0 };
        if (via) via.track = take(channelTracks, via.channel);
        // In columns a decision's first exit drops from its lower point with the label beside it, under
        // the diamond: no wider than half the diamond and the drop of the exit to the side.
        const across = direction === 'kolom' && exit === 0 && leavesByPoints(from.box) ? A.vs(from.box) / 2 + GAP.exitDrop - GAP.labelClear - 1 : undefined;
        const label = flow.label ? labelFor(flow.label, metrics, across) : undefined;
        if (label) labelRoom.set(from.column, Math.max(labelRoom.get(from.column) ?? 0, A.us(label) + 4));
        routes.push({ flow, from, to, exit, out, via, label });
    }

    // Across the lanes: each lane's corridor, then its cells' stacks; along the flow: header, channels and columns.
    const laneExtent = lanes.map((_, i) => {
        // A decision's exit rising into the corridor has its label above it: room for both, clear of the lane's
        // border. Kept for an exit across the lanes either way, so that reordering lanes moves no step in its band.
        const riseLabel = Math.max(0, ...routes.filter(r => r.label && r.from.lane === i && leavesByPoints(r.from.box) && r.exit > 0).map(r => GAP.exitDrop + A.vs(r.label!) + 1 + GAP.labelClear));
        // The label rises below the corridor's tracks, not across them.
        const tracks = (corridorTracks.get(i) ?? 0) * GAP.track;
        const corridor = Math.max(GAP.corridorPad * 2 + tracks, riseLabel > 0 ? (tracks > 0 ? GAP.corridorPad + tracks : 0) + riseLabel : 0);
        let widest = 0;
        for (let c = 0; c < columnCount; c++) {
            const cell = placed.filter(p => p.lane === i && p.column === c);
            widest = Math.max(widest, cell.reduce((s, p) => s + A.vs(p), 0) + GAP.stack * Math.max(0, cell.length - 1));
        }
        // A decision's second exit drops below it with its label past the drop: room for it inside the band.
        const dropLabel = Math.max(0, ...routes.filter(r => r.label && r.from.lane === i && leavesByPoints(r.from.box) && r.exit === 1).map(r => A.vs(r.label!) + 2));
        return { corridor, content: corridor + widest + GAP.bandBottom + dropLabel };
    });
    const headers = lanes.map((lane, i) => {
        // Rows: a fixed header width, text wrapped to it. Columns: wrapped to the lane's width.
        const wrapWidth = direction === 'baris' ? HEADER_WIDTH - 2 * TEXT.padX : Math.max(GAP.minBand, laneExtent[i].content) - 2 * TEXT.padX;
        const lines = wrapText(lane.title, wrapWidth, TEXT.body, metrics, 'bold', 6);
        return { lines, height: lines.length * lineHeight(TEXT.body), width: Math.max(...lines.map(l => metrics.width(l, TEXT.body, 'bold'))) };
    });
    const laneSize = lanes.map((_, i) => Math.max(GAP.minBand, laneExtent[i].content,
        direction === 'baris' ? headers[i].height + 2 * TEXT.padY : headers[i].width + 2 * TEXT.padX));
    const headerU = direction === 'baris' ? HEADER_WIDTH : Math.max(...headers.map(h => h.height)) + 2 * TEXT.padY + 4;

    const channelSize = (c: number) => GAP.channelPad * 2 + (labelRoom.get(c) ?? 0) + Math.max(1, channelTracks.get(c) ?? 0) * GAP.track;
    // An off-page connector's column is only as wide as the connector: it is page furniture, not a step.
    const columnSize = Array.from({ length: columnCount }, (_, c) => {
        const here = placed.filter(p => p.column === c);
        return Math.max(here.some(p => p.box.shape !== 'offpage') ? 40 : 0, ...here.map(p => A.us(p)));
    });
    const columnU: number[] = [];
    const channelU = new Map<number, number>();
    let u = headerU;
    channelU.set(-1, u);
    u += channelSize(-1);
    for (let c = 0; c < columnCount; c++) {
        columnU.push(u);
        u += columnSize[c];
        channelU.set(c, u);
        u += channelSize(c);
    }
    const totalU = u;
    const trackU = (channel: number, track: number) => channelU.get(channel)! + GAP.channelPad + (labelRoom.get(channel) ?? 0) + track * GAP.track + GAP.track / 2;

    const bands: Band[] = [];
    const corridorV = new Map<number, number>();
    let v = 0;
    lanes.forEach((lane, i) => {
        corridorV.set(i, v + GAP.corridorPad);
        for (let c = 0; c < columnCount; c++) {
            const cell = placed.filter(p => p.lane === i && p.column === c).sort((a, b) => a.order - b.order);
            let cv = v + laneExtent[i].corridor;
            for (const p of cell) {
                const pu = columnU[c] + (columnSize[c] - A.us(p)) / 2;
                const [x, y] = A.pt(pu, cv);
                placeSymbol(p, x, y);
                cv += A.vs(p) + GAP.stack;
            }
        }
        const size = laneSize[i];
        const band = A.rect(0, v, totalU, size);
        const head = A.rect(0, v, headerU, size);
        const h = headers[i];
        bands.push({
            id: `l:${lane.id}`, element: lane.element, ...band, headerArea: head,
            header: { x: head.x, y: head.y + (head.height - h.height) / 2, width: head.width, height: h.height, lines: h.lines, size: TEXT.body, align: 'center' }
        });
        v += size;
    });

    // Where each flow crosses into its channel, across the flow: a flow entering a step must not run
    // along another's exit at the same height in the channel before it.
    const exitsIn = new Map<number, Array<{ v: number; route: Route }>>();
    for (const r of routes) {
        const start = exitPath(r.from, r.exit, A);
        const last = start[start.length - 1];
        exitsIn.set(r.out.channel, [...(exitsIn.get(r.out.channel) ?? []), { v: A.v({ x: last[0], y: last[1] }), route: r }]);
    }
    const connectors = routes.map(r => route(r, A, trackU, corridorV, exitsIn));
    const size = A.rect(0, 0, totalU, v);
    return {
        width: size.width, height: size.height, bands,
        boxes: placed.map(p => p.box),
        notes: placed.flatMap(p => p.note ? [p.note] : []),
        connectors, columns,
        extent: { lead: columnU[0], columns: columnU.map((from, c) => ({ from, to: columnU[c + 1] ?? totalU })) }
    };
}

/**
 * Which side each flow leaves its symbol by (`exitPath`): in written order, except that a decision's
 * exits go the way their targets lie: to a lane further across by the side facing it (1, 2), within
 * its own lane downstream (0). Two exits never leave towards each other's target and cross.
 */
function exitSlots(flows: readonly Flow[], byId: Map<string, Placed>): Map<Flow, number> {
    const out = new Map<Flow, number>();
    const taken = new Map<string, Set<number>>();
    for (const flow of flows) {
        const from = byId.get(flow.from), to = byId.get(flow.to);
        if (!from || !to) continue;
        const used = taken.get(from.node.id) ?? new Set<number>();
        taken.set(from.node.id, used);
        let exit: number;
        if (leavesByPoints(from.box)) {
            const facing = to.lane > from.lane ? 1 : to.lane < from.lane ? 2 : 0;
            exit = [facing, 0, 1, 2].find(e => !used.has(e)) ?? used.size;
        } else {
            exit = used.size;
        }
        used.add(exit);
        out.set(flow, exit);
    }
    return out;
}

/**
 * A decision, or a penghubung, leaves by its points: downstream first, then across the flow either
 * way. (Two flows out of one point of a penghubung would run as one line before they part.)
 */
function leavesByPoints(box: Box): boolean {
    return box.shape === 'diamond' || box.shape === 'connector';
}

/** Where a flow leaves its symbol: its downstream end, or for a decision's second and third exits, its sides across the flow. */
function exitPath(p: Placed, exit: number, A: Axes): Array<[number, number]> {
    const b = p.box;
    const u0 = A.u(b), v0 = A.v(b), us = A.us(b), vs = A.vs(b);
    const midV = v0 + vs / 2, midU = u0 + us / 2;
    // Beside a decision stands its note, if any: the second exit passes it.
    const drop = GAP.exitDrop + (p.note ? A.vs(p.note) + 4 : 0);
    if (leavesByPoints(b) && exit === 1) return [A.pt(midU, v0 + vs), A.pt(midU, v0 + vs + drop)];
    if (leavesByPoints(b) && exit === 2) return [A.pt(midU, v0), A.pt(midU, v0 - GAP.exitDrop)];
    if (leavesByPoints(b) || b.shape === 'offpage' || exit === 0) return [A.pt(u0 + us, midV)];
    // Exits a track apart at least: 2 mm on paper (a map prints enlarged by 8 / 6.5 at least), not 1 mm on a low box.
    const step = Math.max(GAP.track, vs * 0.15);
    const spread = midV + step * (exit % 2 === 1 ? 1 : -1) * Math.ceil(exit / 2);
    const foot = b.shape === 'document' ? DOCUMENT_WAVE + 1 : 2;
    return [A.pt(u0 + us, Math.min(v0 + vs - foot, Math.max(v0 + 2, spread)))];
}

function route(r: Route, A: Axes, trackU: (c: number, t: number) => number, corridorV: Map<number, number>, exitsIn: Map<number, Array<{ v: number; route: Route }>>): Connector {
    const start = exitPath(r.from, r.exit, A);
    const last = start[start.length - 1];
    const su = A.u({ x: last[0], y: last[1] }), sv = A.v({ x: last[0], y: last[1] });
    const target = r.to.box;
    const tv = entryV(r, target, A, exitsIn, sv);
    const tu = A.u(target) + outlineInset(target, tv, A);
    const au = trackU(r.out.channel, r.out.track);
    const points: Array<[number, number]> = [...start, A.pt(au, sv)];
    if (r.via) {
        const cv = corridorV.get(r.to.lane)! + r.via.corridorTrack * GAP.track + GAP.track / 2;
        const bu = trackU(r.via.channel, r.via.track);
        points.push(A.pt(au, cv), A.pt(bu, cv), A.pt(bu, tv));
    } else {
        points.push(A.pt(au, tv));
    }
    points.push(A.pt(tu, tv));
    // A label rides beside its exit: before the line across the flow, or past it for a decision's second exit.
    const beyond = leavesByPoints(r.from.box) && r.exit === 1;
    const label = r.label ? (() => {
        const lu = su + 2, lv = beyond ? sv + 1 : sv - A.vs(r.label) - 1;
        const rect = A.rect(lu, lv, A.us(r.label), A.vs(r.label));
        return { ...r.label, x: rect.x, y: rect.y };
    })() : undefined;
    return { points: dedupe(points), arrow: true, label, from: r.from.box.id, to: target.id };
}

/**
 * Where a flow enters its step, across the flow: straight on from where it left (`from`) when that
 * meets the step's side, else the middle of its side; unless another flow leaves the column before at
 * that height (it would run along that flow's exit): then a little off the middle, still on the side.
 */
function entryV(r: Route, target: Box, A: Axes, exitsIn: Map<number, Array<{ v: number; route: Route }>>, from: number): number {
    const middle = A.v(target) + A.vs(target) / 2;
    const channel = r.via ? r.via.channel : r.out.channel;
    const crossing = (v: number) => (exitsIn.get(channel) ?? []).some(e => e.route !== r && e.route.to !== r.to && Math.abs(e.v - v) < GAP.track);
    // A document's side ends above its wavy foot.
    const room = A.vs(target) / 2 - 3 - (target.shape === 'document' ? DOCUMENT_WAVE : 0);
    // Straight on only into a straight side: a decision is entered at its point, a terminator at its middle.
    const straightSide = target.shape === undefined || target.shape === 'rect' || target.shape === 'document';
    if (straightSide && !r.via && Math.abs(from - middle) <= room && !crossing(from)) return from;
    if (!crossing(middle)) return middle;
    for (const shift of [GAP.track + 1, -(GAP.track + 1), room, -room]) {
        if (Math.abs(shift) <= room && !crossing(middle + shift)) return middle + shift;
    }
    return middle;
}

/**
 * How far in from its bounding box a symbol's outline lies on the side a flow enters (the left in
 * rows, the top in columns) at `v` across the flow: the arrow ends on the outline, never in the
 * blank corner of a diamond's or a terminator's box.
 */
function outlineInset(box: Box, v: number, A: Axes): number {
    const us = A.us(box), vs = A.vs(box);
    const dv = Math.abs(v - (A.v(box) + vs / 2));
    const rows = A.pt(1, 0)[0] === 1;
    const circle = (r: number, d: number) => r - Math.sqrt(Math.max(0, r * r - d * d));
    switch (box.shape) {
        case 'diamond': return us / 2 * Math.min(1, dv / (vs / 2));
        case 'connector': return circle(us / 2, dv);
        // Rounded at its left and right ends: entered from the left across the whole round end, from the top only near it.
        case 'terminator': return rows ? circle(vs / 2, dv) : circle(us / 2, Math.max(0, dv - (vs / 2 - us / 2)));
        // A pentagon pointing down: its left side slants below the straight part, its top is straight.
        case 'offpage': {
            const tip = box.height * 0.35;
            const below = v - (A.v(box) + vs - tip);
            return rows && below > 0 ? us / 2 * Math.min(1, below / tip) : 0;
        }
        default: return 0;
    }
}

function dedupe(points: Array<[number, number]>): Array<[number, number]> {
    return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}
