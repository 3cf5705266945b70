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

export async function layoutRelasi(pemda: PemdaModel, map: RelationMap, metrics: FontMetrics): Promise<RelasiLayout> {
    const index = new PemdaIndex(pemda);
    const ends = new Map<string, RelationEnd>();
    for (const r of map.relations) for (const e of [r.from, r.to]) if (e && !ends.has(e.id)) ends.set(e.id, e);
    const boxes = [...ends.values()].map(end => {
        const { title, sub } = endTitle(pemda, index, end);
        return box(`r:${end.id}`, end.kind === 'proses' ? 'unit' : end.kind === 'instansi' ? 'orang-luar' : 'pimpinan', [
            row([measureCell({ text: sub, maxWidth: 150, size: TEXT.small }, metrics)], 'judul'),
            row([measureCell({ text: title, maxWidth: 150, weight: 'bold' }, metrics)])
        ], index.declared(end.id));
    });
    for (const b of boxes) {
        const width = Math.max(b.width, 110);
        for (const r of b.rows) r.cells[0].width = width;
        b.width = width;
    }
    const relations = map.relations.filter(r => r.from && r.to && r.from.id !== r.to.id);
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
            id: `e${i}`, sources: [`r:${r.from!.id}`], targets: [`r:${r.to!.id}`],
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
        return { points, arrow: true, label, from: `r:${relations[i].from!.id}`, to: `r:${relations[i].to!.id}` };
    });
    return { width: laid.width ?? 0, height: laid.height ?? 0, boxes, connectors };
}
