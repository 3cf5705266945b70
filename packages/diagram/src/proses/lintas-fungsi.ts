import type { CrossFunctionalMap, Flow, PemdaModel, Process } from '@sikerja/model';
import { elk, type ElkNode } from '../elk.js';
import { lineHeight, TEXT, type Band, type Box, type Connector, type FreeText } from '../scene.js';
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
const GAP = { stack: 30, corridorPad: 8, bandBottom: 12, channelPad: 8, track: 5, exitDrop: 7, minBand: 48 } as const;
const NO_LANE = '(tanpa jalur)';

export interface LintasFungsiLayout {
    width: number;
    height: number;
    boxes: Box[];
    connectors: Connector[];
    bands: Band[];
    notes: FreeText[];
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
async function columnsOf(map: CrossFunctionalMap, laneOf: (n: string) => number): Promise<Map<string, number>> {
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

function labelFor(text: string, metrics: FontMetrics): FreeText {
    const lines = wrapText(text, 70, TEXT.small, metrics, 'regular', 2);
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

export async function layoutLintasFungsi(pemda: PemdaModel, _process: Process, map: CrossFunctionalMap, metrics: FontMetrics): Promise<LintasFungsiLayout> {
    const lanes = map.lanes.map(l => ({ id: l.id, title: l.title, element: l.element ?? l.id }));
    const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
    if (map.nodes.some(n => n.lane === undefined || !laneIndex.has(n.lane))) {
        laneIndex.set(NO_LANE, lanes.length);
        lanes.push({ id: NO_LANE, title: NO_LANE, element: NO_LANE });
    }
    const laneOfNode = new Map(map.nodes.map(n => [n.id, laneIndex.get(n.lane ?? '') ?? laneIndex.get(NO_LANE)!]));
    const columns = await columnsOf(map, id => laneOfNode.get(id)!);
    let connectorNumber = 0;
    const placed: Placed[] = map.nodes.map((node, order) => ({
        ...symbolFor(node, node.kind === 'penghubung' ? ++connectorNumber : 0, notesOf(pemda, map, node), metrics),
        lane: laneOfNode.get(node.id)!, column: columns.get(node.id) ?? 0, order
    }));
    const byId = new Map(placed.map(p => [p.node.id, p]));
    const columnCount = Math.max(1, ...placed.map(p => p.column + 1));

    // Plan every flow's route first: the tracks decide how wide channels and corridors are.
    const channelTracks = new Map<number, number>();
    const corridorTracks = new Map<number, number>();
    const labelRoom = new Map<number, number>();
    const take = (m: Map<number, number>, k: number) => { const t = m.get(k) ?? 0; m.set(k, t + 1); return t; };
    const exits = new Map<string, number>();
    const routes: Route[] = [];
    for (const flow of map.flows) {
        const from = byId.get(flow.from), to = byId.get(flow.to);
        if (!from || !to) continue;
        const exit = exits.get(from.node.id) ?? 0;
        exits.set(from.node.id, exit + 1);
        const out = { channel: from.column, track: take(channelTracks, from.column) };
        const next = to.column === from.column + 1;
        const via = next ? undefined : { corridorTrack: take(corridorTracks, to.lane), channel: to.column - 1, track: 0 };
        if (via) via.track = take(channelTracks, via.channel);
        const label = flow.label ? labelFor(flow.label, metrics) : undefined;
        if (label) labelRoom.set(from.column, Math.max(labelRoom.get(from.column) ?? 0, label.width + 4));
        routes.push({ flow, from, to, exit, out, via, label });
    }

    // Columns and channels across; bands down.
    const channelWidth = (c: number) => GAP.channelPad * 2 + (labelRoom.get(c) ?? 0) + Math.max(1, channelTracks.get(c) ?? 0) * GAP.track;
    const columnWidth = Array.from({ length: columnCount }, (_, c) => Math.max(40, ...placed.filter(p => p.column === c).map(p => p.width)));
    const columnX: number[] = [];
    const channelX = new Map<number, number>();
    let x = HEADER_WIDTH;
    channelX.set(-1, x);
    x += channelWidth(-1);
    for (let c = 0; c < columnCount; c++) {
        columnX.push(x);
        x += columnWidth[c];
        channelX.set(c, x);
        x += channelWidth(c);
    }
    const width = x;
    const trackX = (channel: number, track: number) => channelX.get(channel)! + GAP.channelPad + (labelRoom.get(channel) ?? 0) + track * GAP.track + GAP.track / 2;

    const bands: Band[] = [];
    const corridorY = new Map<number, number>();
    let y = 0;
    lanes.forEach((lane, i) => {
        const corridor = GAP.corridorPad * 2 + (corridorTracks.get(i) ?? 0) * GAP.track;
        corridorY.set(i, y + GAP.corridorPad);
        let tallest = 0;
        for (let c = 0; c < columnCount; c++) {
            const cell = placed.filter(p => p.lane === i && p.column === c).sort((a, b) => a.order - b.order);
            let cy = y + corridor;
            for (const p of cell) {
                placeSymbol(p, columnX[c] + (columnWidth[c] - p.width) / 2, cy);
                cy += p.height + GAP.stack;
            }
            tallest = Math.max(tallest, cell.length ? cy - GAP.stack - (y + corridor) : 0);
        }
        const headerLines = wrapText(lane.title, HEADER_WIDTH - 2 * TEXT.padX, TEXT.body, metrics, 'bold', 6);
        const headerHeight = headerLines.length * lineHeight(TEXT.body);
        const height = Math.max(GAP.minBand, corridor + tallest + GAP.bandBottom, headerHeight + 2 * TEXT.padY);
        bands.push({
            id: `l:${lane.id}`, element: lane.element, x: 0, y, width, height,
            header: { x: 0, y: y + (height - headerHeight) / 2, width: HEADER_WIDTH, height: headerHeight, lines: headerLines, size: TEXT.body, align: 'center' }
        });
        y += height;
    });

    const connectors = routes.map(r => route(r, trackX, corridorY));
    return {
        width, height: y, bands,
        boxes: placed.map(p => p.box),
        notes: placed.flatMap(p => p.note ? [p.note] : []),
        connectors
    };
}

/** Where a flow leaves its symbol: the right, or for a decision's second and third exits, its bottom and top. */
function exitPath(p: Placed, exit: number): Array<[number, number]> {
    const b = p.box;
    const midY = b.y + b.height / 2;
    // Below a decision stands its note, if any: the second exit drops past it.
    const drop = GAP.exitDrop + (p.note ? p.note.height + 4 : 0);
    if (b.shape === 'diamond' && exit === 1) return [[b.x + b.width / 2, b.y + b.height], [b.x + b.width / 2, b.y + b.height + drop]];
    if (b.shape === 'diamond' && exit === 2) return [[b.x + b.width / 2, b.y], [b.x + b.width / 2, b.y - GAP.exitDrop]];
    if (b.shape === 'diamond' || b.shape === 'connector' || exit === 0) return [[b.x + b.width, midY]];
    const spread = b.y + b.height * (0.5 + 0.15 * (exit % 2 === 1 ? 1 : -1) * Math.ceil(exit / 2));
    return [[b.x + b.width, Math.min(b.y + b.height - 2, Math.max(b.y + 2, spread))]];
}

function route(r: Route, trackX: (c: number, t: number) => number, corridorY: Map<number, number>): Connector {
    const start = exitPath(r.from, r.exit);
    const [sx, sy] = start[start.length - 1];
    const target = r.to.box;
    const ty = target.y + target.height / 2;
    const tx = target.x;
    const ax = trackX(r.out.channel, r.out.track);
    const points: Array<[number, number]> = [...start, [ax, sy]];
    if (r.via) {
        const cy = corridorY.get(r.to.lane)! + r.via.corridorTrack * GAP.track + GAP.track / 2;
        const bx = trackX(r.via.channel, r.via.track);
        points.push([ax, cy], [bx, cy], [bx, ty]);
    } else {
        points.push([ax, ty]);
    }
    points.push([tx, ty]);
    // A label rides above its exit, or below it when the exit leaves from a decision's bottom.
    const below = r.from.box.shape === 'diamond' && r.exit === 1;
    const label = r.label ? { ...r.label, x: sx + 2, y: below ? sy + 1 : sy - r.label.height - 1 } : undefined;
    return { points: dedupe(points), arrow: true, label, from: r.from.box.id, to: target.id };
}

function dedupe(points: Array<[number, number]>): Array<[number, number]> {
    return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}
