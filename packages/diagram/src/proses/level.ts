import { hasLevelMap, type PemdaModel, type Process, type ProcessCategory } from '@sikerja/model';
import { absolutePositions, placeAsLaidOut, elk, padding, routedPoints, type ElkNode } from '../elk.js';
import { box, lineHeight, measureCell, row, TEXT, type Band, type Box, type Connector } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';

/**
 * Peta proses level 0 (the instansi's processes grouped as manajemen, inti and pendukung between the
 * stakeholders who give input and receive output) and level 1 … n (a process and the sub-processes
 * it decomposes into, with their codes). Each process box names where it leads: its own
 * decomposition, or its peta lintas fungsi.
 */
export interface LevelLayout {
    width: number;
    height: number;
    boxes: Box[];
    connectors: Connector[];
    bands: Band[];
}

export const CATEGORIES: Array<{ key: ProcessCategory | undefined; title: string }> = [
    { key: 'manajemen', title: 'Proses Manajemen' }, { key: 'inti', title: 'Proses Inti' },
    { key: 'pendukung', title: 'Proses Pendukung' }, { key: undefined, title: 'Tanpa Kategori' }
];
export const BAND_HEADER = 78;
export const BOX_WIDTH = 150;
/** Between the masukan or keluaran and the decomposition. */
export const IO_GAP = 30;

/** Processes a level map can be drawn for: the level-0 map, and every process that is decomposed. */
export function levelElements(pemda: PemdaModel): Process[] {
    return pemda.processes.filter(hasLevelMap);
}

export function processBox(p: Process, metrics: FontMetrics, style: Box['style'] = 'unit'): Box {
    const leads = p.children.length > 0 ? `» ${p.children.length} subproses` : p.maps.length > 0 ? `» peta lintas fungsi: ${p.maps.map(m => m.code ?? m.title).join(', ')}` : '';
    const rows = [
        row([measureCell({ text: p.code ?? '(tanpa kode)', width: BOX_WIDTH, size: TEXT.small }, metrics)], 'judul'),
        row([measureCell({ text: p.title, width: BOX_WIDTH, weight: 'bold' }, metrics)])
    ];
    if (leads) rows.push(row([measureCell({ text: leads, width: BOX_WIDTH, size: TEXT.small }, metrics)], 'jumlah'));
    return box(`p:${p.id}`, style, rows, p);
}

export function blankBox(id: string, text: string, metrics: FontMetrics): Box {
    const b = box(id, 'kelompok', [row([measureCell({ text, width: BOX_WIDTH, size: TEXT.small }, metrics)])]);
    b.dashed = true;
    return b;
}

function listBox(id: string, title: string, items: string[], metrics: FontMetrics, width = 130): Box {
    const rows = [row([measureCell({ text: title, width, size: TEXT.small, weight: 'bold' }, metrics)], 'judul')];
    for (const item of items.length ? items : ['(belum ditulis)']) rows.push(row([measureCell({ text: item, width, size: TEXT.small, align: 'left' }, metrics)]));
    return box(id, 'kelompok', rows);
}

export function childrenOf(pemda: PemdaModel, p: Process): Process[] {
    const byId = new Map(pemda.processes.map(x => [x.id, x]));
    return p.children.map(id => byId.get(id)!).filter(Boolean);
}

export async function layoutLevel(pemda: PemdaModel, process: Process, metrics: FontMetrics): Promise<LevelLayout> {
    return process.level === 0 || process.parent === undefined ? levelZero(pemda, process, metrics) : decomposition(pemda, process, metrics);
}

/**
 * The bands of a level-0 map: the three categories of a peta proses level 0 are always drawn, one the
 * model holds no process of a visible blank, not a band left out; processes without a category get a band of their own.
 */
export function levelGroups(children: Process[]): Array<{ key: ProcessCategory | undefined; title: string; processes: Process[] }> {
    return CATEGORIES.map(c => ({ ...c, processes: children.filter(p => p.category === c.key) })).filter(g => g.key !== undefined || g.processes.length > 0);
}

/**
 * A level-0 map's stakeholders: the masukan and keluaran the root names, else those of the processes
 * `shown`; a decomposition's are its process's own. `width`: the lists' width (narrower on paper).
 */
export function stakeholderLists(process: Process, shown: Process[], metrics: FontMetrics, width?: number): { inBox: Box; outBox: Box } {
    const zero = process.level === 0 || process.parent === undefined;
    const own = (key: 'inputs' | 'outputs') => !zero || process[key].length > 0 ? process[key] : [...new Set(shown.flatMap(p => p[key]))];
    return {
        inBox: listBox('in', zero ? 'Pemangku kepentingan: masukan' : 'Masukan', own('inputs'), metrics, width),
        outBox: listBox('out', zero ? 'Pemangku kepentingan: keluaran' : 'Keluaran', own('outputs'), metrics, width)
    };
}

async function levelZero(pemda: PemdaModel, root: Process, metrics: FontMetrics): Promise<LevelLayout> {
    const children = childrenOf(pemda, root);
    const { inBox, outBox } = stakeholderLists(root, children, metrics);
    const groups = levelGroups(children);
    const boxes = new Map<string, Box>();
    const bandNodes: ElkNode[] = groups.map(g => ({
        id: `g:${g.title}`,
        children: g.processes.length > 0
            ? g.processes.map(p => { const b = processBox(p, metrics); boxes.set(b.id, b); return { id: b.id, width: b.width, height: b.height }; })
            : [(b => { boxes.set(b.id, b); return { id: b.id, width: b.width, height: b.height }; })(blankBox(`kosong:${g.title}`, `(belum ada ${g.title.toLocaleLowerCase('id-ID')} ditulis)`, metrics))],
        layoutOptions: {
            'elk.algorithm': 'rectpacking', 'elk.rectpacking.packing.strategy': 'SIMPLE', 'elk.aspectRatio': '1.6',
            'elk.padding': padding(10, BAND_HEADER + 10, 10, 10), 'elk.spacing.nodeNode': '12'
        }
    }));
    const graph: ElkNode = {
        id: 'level0',
        layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.padding': padding(0, 0, 0, 0), 'elk.layered.spacing.nodeNodeBetweenLayers': '36', 'elk.spacing.nodeNode': '12' },
        children: [
            { id: inBox.id, width: inBox.width, height: inBox.height },
            { id: 'bands', children: bandNodes, layoutOptions: { 'elk.algorithm': 'rectpacking', 'elk.rectpacking.packing.strategy': 'SIMPLE', 'elk.aspectRatio': '0.001', 'elk.spacing.nodeNode': '0', 'elk.padding': padding(0, 0, 0, 0) } },
            { id: outBox.id, width: outBox.width, height: outBox.height }
        ],
        edges: [{ id: 'a', sources: [inBox.id], targets: ['bands'] }, { id: 'b', sources: ['bands'], targets: [outBox.id] }]
    };
    const laid = await elk().layout(graph);
    const at = absolutePositions(laid);
    const all = [inBox, outBox, ...boxes.values()];
    placeAsLaidOut(all, at);
    const bandsArea = at.get('bands')!;
    // Bands span the full width of the middle, one under another.
    const bands: Band[] = groups.map(g => {
        const n = at.get(`g:${g.title}`)!;
        const lines = wrapText(g.title.toLocaleUpperCase('id-ID'), BAND_HEADER - 8, TEXT.body, metrics, 'bold', 4);
        const h = lines.length * lineHeight(TEXT.body);
        return { id: `g:${g.title}`, x: bandsArea.x, y: n.y, width: bandsArea.width, height: n.height, headerArea: { x: bandsArea.x, y: n.y, width: BAND_HEADER, height: n.height }, header: { x: bandsArea.x, y: n.y + (n.height - h) / 2, width: BAND_HEADER, height: h, lines, size: TEXT.body, align: 'center' } };
    });
    const midIn = inBox.y + inBox.height / 2, midOut = outBox.y + outBox.height / 2;
    // The arrows meet the band they reach at that height.
    const bandAt = (y: number) => (bands.find(b => y >= b.y && y <= b.y + b.height) ?? bands[0])?.id ?? 'bands';
    const connectors: Connector[] = [
        { points: [[inBox.x + inBox.width, midIn], [bandsArea.x, midIn]], arrow: true, from: inBox.id, to: bandAt(midIn) },
        { points: [[bandsArea.x + bandsArea.width, midOut], [outBox.x, midOut]], arrow: true, from: bandAt(midOut), to: outBox.id }
    ];
    return { width: laid.width ?? 0, height: laid.height ?? 0, boxes: all, connectors, bands };
}

async function decomposition(pemda: PemdaModel, process: Process, metrics: FontMetrics): Promise<LevelLayout> {
    const top = processBox(process, metrics, 'pimpinan');
    const children = childrenOf(pemda, process).map(c => processBox(c, metrics));
    const graph: ElkNode = {
        id: 'level',
        layoutOptions: {
            'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.padding': padding(0, 0, 0, 0),
            'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.spacing.nodeNode': '16', 'elk.layered.spacing.nodeNodeBetweenLayers': '30'
        },
        children: [top, ...children].map(b => ({ id: b.id, width: b.width, height: b.height })),
        edges: children.map((c, i) => ({ id: `e${i}`, sources: [top.id], targets: [c.id] }))
    };
    const laid = await elk().layout(graph);
    const at = absolutePositions(laid);
    placeAsLaidOut([top, ...children], at);
    const connectors: Connector[] = (laid.edges ?? []).map((e, i) => {
        return { points: routedPoints(e), arrow: true, from: top.id, to: children[i].id };
    });
    // The process's masukan on the left and keluaran on the right, as the level-0 map draws its stakeholders'.
    const { inBox, outBox } = stakeholderLists(process, [], metrics);
    const width = laid.width ?? 0, height = laid.height ?? 0;
    const shift = inBox.width + IO_GAP;
    for (const b of [top, ...children]) b.x += shift;
    for (const c of connectors) c.points = c.points.map(([x, y]) => [x + shift, y]);
    const middle = top.y + top.height / 2;
    inBox.x = 0;
    inBox.y = Math.max(0, middle - inBox.height / 2);
    outBox.x = shift + width + IO_GAP;
    outBox.y = Math.max(0, middle - outBox.height / 2);
    connectors.push(
        { points: [[inBox.width, middle], [top.x, middle]], arrow: true, from: inBox.id, to: top.id },
        { points: [[top.x + top.width, middle], [outBox.x, middle]], arrow: true, from: top.id, to: outBox.id }
    );
    return {
        width: outBox.x + outBox.width, height: Math.max(height, inBox.y + inBox.height, outBox.y + outBox.height),
        boxes: [inBox, top, ...children, outBox], connectors, bands: []
    };
}
