import { PemdaIndex, type PemdaModel, type RelationEnd, type RelationMap } from '@sikerja/model';
import { absolutePositions, placeAsLaidOut, elk, padding, routedPoints, type ElkNode } from '../elk.js';
import { box, lineHeight, measureCell, row, TEXT, type Box, type Connector, type FreeText } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';

/**
 * Peta relasi: each process, unit or instansi once, and an arrow for each thing handed over,
 * labelled with it. ELK lays it out left to right and routes the arrows orthogonally, labels
 * included (as its own label dummies, so no label sits on a box).
 */
export interface RelasiLayout {
    width: number;
    height: number;
    boxes: Box[];
    connectors: Connector[];
}

const KIND_LABELS: Record<RelationEnd['kind'], string> = { proses: 'Proses', unit: 'Unit', instansi: 'Instansi' };

export function endTitle(pemda: PemdaModel, index: PemdaIndex, end: RelationEnd): { title: string; sub: string } {
    if (end.kind === 'proses') {
        const p = pemda.processes.find(x => x.id === end.id);
        return { title: p?.title ?? end.id, sub: p?.code ? `Proses ${p.code}` : 'Proses' };
    }
    if (end.kind === 'instansi') return { title: pemda.instansi.find(i => i.id === end.id)?.title ?? end.id, sub: KIND_LABELS.instansi };
    return { title: index.unit(end.id)?.title ?? end.id, sub: KIND_LABELS.unit };
}

/**
 * `receiverEach`: each hand-over's receiver a box of its own (one giver's run of hand-overs on a
 * printed page), where otherwise each party is drawn once.
 */
export async function layoutRelasi(pemda: PemdaModel, map: RelationMap, metrics: FontMetrics, options: { receiverEach?: boolean } = {}): Promise<RelasiLayout> {
    const index = new PemdaIndex(pemda);
    const relations = map.relations.filter(r => r.from && r.to && r.from.id !== r.to.id);
    const nodeOf = (i: number, side: 'from' | 'to'): string => options.receiverEach && side === 'to' ? `r:${relations[i].to!.id}#${i}` : `r:${relations[i][side]!.id}`;
    const ends = new Map<string, RelationEnd>();
    relations.forEach((r, i) => { for (const side of ['from', 'to'] as const) if (!ends.has(nodeOf(i, side))) ends.set(nodeOf(i, side), r[side]!); });
    const boxes = [...ends.entries()].map(([id, end]) => {
        const { title, sub } = endTitle(pemda, index, end);
        return box(id, end.kind === 'proses' ? 'unit' : end.kind === 'instansi' ? 'orang-luar' : 'pimpinan', [
            row([measureCell({ text: sub, maxWidth: 150, size: TEXT.small }, metrics)], 'judul'),
            row([measureCell({ text: title, maxWidth: 150, weight: 'bold' }, metrics)])
        ], index.declared(end.id));
    });
    for (const b of boxes) {
        const width = Math.max(b.width, 110);
        for (const r of b.rows) r.cells[0].width = width;
        b.width = width;
    }
    const labels = relations.map(r => {
        const lines = wrapText(r.item, 110, TEXT.small, metrics, 'regular', 3);
        return { lines, width: Math.ceil(Math.max(...lines.map(l => metrics.width(l, TEXT.small)))) + 4, height: lines.length * lineHeight(TEXT.small) + 2 };
    });
    const graph: ElkNode = {
        id: 'relasi',
        layoutOptions: {
            'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL',
            'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
            'elk.edgeLabels.placement': 'CENTER', 'elk.spacing.nodeNode': '24', 'elk.layered.spacing.nodeNodeBetweenLayers': '40',
            'elk.spacing.edgeLabel': '3', 'elk.spacing.edgeEdge': '8', 'elk.layered.spacing.edgeNodeBetweenLayers': '14', 'elk.padding': padding(0, 0, 0, 0)
        },
        children: boxes.map(b => ({ id: b.id, width: b.width, height: b.height })),
        edges: relations.map((r, i) => ({
            id: `e${i}`, sources: [nodeOf(i, 'from')], targets: [nodeOf(i, 'to')],
            labels: [{ id: `e${i}l`, text: r.item, width: labels[i].width, height: labels[i].height }]
        }))
    };
    const laid = await elk().layout(graph);
    const at = absolutePositions(laid);
    placeAsLaidOut(boxes, at);
    const connectors: Connector[] = (laid.edges ?? []).map((e, i) => {
        const points = routedPoints(e);
        const l = e.labels?.[0];
        const label: FreeText | undefined = l ? { x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0, lines: labels[i].lines, size: TEXT.small, align: 'center' } : undefined;
        return { points, arrow: true, label, from: nodeOf(i, 'from'), to: nodeOf(i, 'to') };
    });
    return { width: laid.width ?? 0, height: laid.height ?? 0, boxes, connectors };
}

/** Between the columns of a page of pairs, and between the pairs of a column. */
const PAIRS_GAP = { column: 36, pair: 14 } as const;

/**
 * A printed page of hand-overs: each giver's run of hand-overs laid out on its own (giver left,
 * receivers right), the runs filling columns as tall as the page, column after column. A chain of
 * hand-overs laid out as one would need a layer per link, wider than any page.
 */
export async function layoutHandOvers(pemda: PemdaModel, map: RelationMap, metrics: FontMetrics, columnHeight: number): Promise<RelasiLayout> {
    const relations = map.relations.filter(r => r.from && r.to && r.from.id !== r.to.id);
    const runs: Array<typeof relations> = [];
    for (const r of relations) {
        const last = runs[runs.length - 1];
        if (last && last[0].from!.id === r.from!.id) last.push(r);
        else runs.push([r]);
    }
    const laid = await Promise.all(runs.map(run => layoutRelasi(pemda, { ...map, relations: run }, metrics, { receiverEach: true })));
    const boxes: Box[] = [], connectors: Connector[] = [];
    let [x, y, columnWidth, width, height] = [0, 0, 0, 0, 0];
    laid.forEach((part, k) => {
        if (y > 0 && y + part.height > columnHeight) {
            x += columnWidth + PAIRS_GAP.column;
            [y, columnWidth] = [0, 0];
        }
        // Ids of one run are its own; another run's giver of the same party is another box.
        const own = (id: string) => `${id}@${k}`;
        for (const b of part.boxes) boxes.push({ ...b, id: own(b.id), x: b.x + x, y: b.y + y });
        for (const c of part.connectors) connectors.push({
            ...c, from: own(c.from), to: own(c.to), points: c.points.map(([px, py]) => [px + x, py + y] as [number, number]),
            label: c.label && { ...c.label, x: c.label.x + x, y: c.label.y + y }
        });
        columnWidth = Math.max(columnWidth, part.width);
        width = Math.max(width, x + part.width);
        height = Math.max(height, y + part.height);
        y += part.height + PAIRS_GAP.pair;
    });
    return { width, height, boxes, connectors };
}
