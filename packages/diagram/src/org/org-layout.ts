import type { Box, Connector, FreeText } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { absolutePositions, elk, padding, type ElkNode } from '../elk.js';
import type { OrgBoxes } from './org-boxes.js';
import type { OrgBlock } from './org-tree.js';
import { layoutBagan } from './bagan-layout.js';

/** Gaps in points. The root's children wrap into rows joined by a bus; deeper units stack in an indented column. */
export const GAP = { row: 26, stack: 8, indent: 16, rail: 14, coordination: 12, headToRows: 22 } as const;

/**
 * `bagan`: the official chart of a struktur (head, staff branch, one row of Bidang, a row of unit
 * kerja); `rows`: the root's blocks packed into rows for a sheet's shape (a peta jabatan's tables).
 */
export type OrgArrangement = 'bagan' | 'rows';

export interface OrgLayout {
    width: number;
    height: number;
    boxes: Box[];
    connectors: Connector[];
    notes?: FreeText[];
}

/** Between the root's head and its rows, beyond the rows' own top padding (`GAP.row`). */
const HEAD_TO_ROWS = Math.max(GAP.headToRows - GAP.row, 0);

function leaf(b: Box): ElkNode {
    return { id: b.id, width: b.width, height: b.height };
}

/**
 * Children one under another in the order given. ELK's box layout does that at a fifth of the cost
 * of rectangle packing; it places boxes by priority, so each gets one falling with its place, and its
 * row width (from the boxes' area and the aspect ratio) is kept under the widest box by a ratio near 0.
 */
function stackNode(id: string, children: ElkNode[], pad: string): ElkNode {
    return {
        id, children: children.map((c, i) => ({ ...c, layoutOptions: { ...c.layoutOptions, 'elk.priority': String(children.length - i) } })),
        layoutOptions: { 'elk.algorithm': 'box', 'elk.aspectRatio': '1e-12', 'elk.padding': pad, 'elk.spacing.nodeNode': String(GAP.stack) }
    };
}

/**
 * The size of each block below the root as a layout gave it, by the block itself: a block's column
 * does not depend on the page it is drawn on, so a page's size is measured with it as one rectangle.
 */
export type BlockSizes = WeakMap<OrgBlock, { width: number; height: number }>;

export function buildBlock(block: OrgBlock, boxes: OrgBoxes, all: Map<string, Box>, rootAspect: number, sizes?: BlockSizes): ElkNode {
    const known = block.depth > 0 ? sizes?.get(block) : undefined;
    if (known) return { id: `b:${block.unit.id}`, ...known };
    const head = boxes.head(block);
    all.set(head.id, head);
    const kelompok = boxes.kelompok(block);
    const items: ElkNode[] = [];
    if (kelompok) {
        all.set(kelompok.id, kelompok);
        items.push(leaf(kelompok));
    }
    for (const child of block.children) items.push(buildBlock(child, boxes, all, rootAspect, sizes));
    const id = `b:${block.unit.id}`;
    if (block.depth === 0) {
        const children: ElkNode[] = [leaf(head)];
        const edges = [];
        if (items.length > 0) {
            children.push({
                id: `c:${block.unit.id}`, children: items, layoutOptions: {
                    'elk.algorithm': 'rectpacking', 'elk.rectpacking.packing.strategy': 'SIMPLE', 'elk.aspectRatio': String(rootAspect),
                    'elk.padding': padding(GAP.row, GAP.rail, 0, GAP.coordination), 'elk.spacing.nodeNode': String(GAP.row)
                }
            });
            edges.push({ id: `e:${block.unit.id}`, sources: [head.id], targets: [`c:${block.unit.id}`] });
        }
        return {
            id, children, edges, layoutOptions: {
                'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.padding': padding(0, 0, 0, 0),
                'elk.layered.spacing.nodeNodeBetweenLayers': String(HEAD_TO_ROWS),
                'elk.spacing.nodeNode': '0', 'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED'
            }
        };
    }
    const children: ElkNode[] = [leaf(head)];
    if (items.length > 0) children.push(stackNode(`c:${block.unit.id}`, items, padding(0, GAP.indent, 0, GAP.coordination)));
    return stackNode(id, children, padding(0, 0, 0, 0));
}

/** Lay the organisation out with ELK, then join the boxes as a bagan does: bus lines to rows, a spine to a column. */
export async function layoutOrg(root: OrgBlock, boxes: OrgBoxes, rootAspect: number, arrangement: OrgArrangement = 'rows', metrics?: FontMetrics, maxWidth?: number): Promise<OrgLayout> {
    if (arrangement === 'bagan') return layoutBagan(root, boxes, metrics, maxWidth);
    const all = new Map<string, Box>();
    const graph = buildBlock(root, boxes, all, rootAspect);
    const laid = await elk().layout(graph);
    const at = absolutePositions(laid);
    for (const b of all.values()) {
        const p = at.get(b.id)!;
        b.x = p.x;
        b.y = p.y;
    }
    const connectors: Connector[] = [];
    connectBlock(root, all, at, connectors);
    return { width: laid.width ?? 0, height: laid.height ?? 0, boxes: [...all.values()], connectors };
}

/**
 * The size a `rows` layout of the tree would have, without placing its boxes: blocks measured before
 * (`sizes`) are single rectangles, and the blocks laid out now are remembered there. Paginating lays
 * out each candidate page, many times per page; this is what makes that affordable.
 */
export async function measureOrg(root: OrgBlock, boxes: OrgBoxes, rootAspect: number, sizes: BlockSizes): Promise<{ width: number; height: number }> {
    const [head, container] = buildBlock(root, boxes, new Map(), rootAspect, sizes).children!;
    // The root's layered layout stacks the head on the rows, with no padding: its size follows from
    // theirs, and laying out only the rows saves two thirds of each measure.
    const rows = container && await elk().layout(container);
    const at = rows ? absolutePositions(rows) : new Map();
    const remember = (block: OrgBlock) => {
        const node = at.get(`b:${block.unit.id}`);
        if (block.depth > 0 && node?.node.children && !block.stub && !block.part) sizes.set(block, { width: node.width, height: node.height });
        block.children.forEach(remember);
    };
    remember(root);
    return { width: Math.max(head.width ?? 0, rows?.width ?? 0), height: (head.height ?? 0) + (rows ? HEAD_TO_ROWS + (rows.height ?? 0) : 0) };
}

export type Placed = ReturnType<typeof absolutePositions>;

/** The box a line reaches in an item: a block's head, or the kelompok itself. */
function attachBox(item: ElkNode, all: Map<string, Box>): Box {
    if (item.id.startsWith('b:')) return all.get(`h:${item.id.slice(2)}`)!;
    return all.get(item.id)!;
}

export function connectBlock(block: OrgBlock, all: Map<string, Box>, at: Placed, out: Connector[]): void {
    const head = all.get(`h:${block.unit.id}`)!;
    const container = at.get(`c:${block.unit.id}`);
    if (container) {
        const items = container.node.children ?? [];
        if (block.depth === 0) connectRows(head, container, items, all, at, out);
        else connectStack(head, container, items, all, out);
        connectCoordination(block, all, at, out, block.depth === 0);
    }
    for (const child of block.children) connectBlock(child, all, at, out);
}

function connectRows(head: Box, container: Placed extends Map<string, infer V> ? V : never, items: ElkNode[], all: Map<string, Box>, at: Placed, out: Connector[]): void {
    const rows = new Map<number, Box[]>();
    for (const item of items) {
        const y = Math.round(at.get(item.id)!.y);
        const target = attachBox(item, all);
        rows.set(y, [...(rows.get(y) ?? []), target]);
    }
    const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]);
    const headX = head.x + head.width / 2;
    const railX = container.x + GAP.rail / 2;
    ordered.forEach(([y, targets], i) => {
        const busY = y - GAP.row / 2;
        const centres = targets.map(t => t.x + t.width / 2);
        const from = i === 0 ? Math.min(headX, ...centres) : railX;
        const left = ordered.length > 1 ? railX : from;
        const right = Math.max(...centres, i === 0 ? headX : railX);
        if (right > left) out.push({ points: [[left, busY], [right, busY]], from: head.id, to: head.id });
        for (const t of targets) out.push({ points: [[t.x + t.width / 2, busY], [t.x + t.width / 2, t.y]], from: head.id, to: t.id });
    });
    const firstBus = ordered[0][0] - GAP.row / 2;
    out.push({ points: [[headX, head.y + head.height], [headX, firstBus]], from: head.id, to: head.id });
    if (ordered.length > 1) {
        const lastBus = ordered[ordered.length - 1][0] - GAP.row / 2;
        out.push({ points: [[railX, firstBus], [railX, lastBus]], from: head.id, to: head.id });
    }
}

function connectStack(head: Box, container: { x: number }, items: ElkNode[], all: Map<string, Box>, out: Connector[]): void {
    const spineX = container.x + GAP.indent / 2;
    let lastY = head.y + head.height;
    for (const item of items) {
        const t = attachBox(item, all);
        const y = t.y + Math.min(t.height / 2, 12);
        out.push({ points: [[spineX, y], [t.x, y]], from: head.id, to: t.id });
        lastY = Math.max(lastY, y);
    }
    out.push({ points: [[spineX, head.y + head.height], [spineX, lastY]], from: head.id, to: head.id });
}

/** "Seperti ketua tim": a dashed line, right of the column, from the coordinating leader to the kelompok. */
function connectCoordination(block: OrgBlock, all: Map<string, Box>, at: Placed, out: Connector[], inRows: boolean): void {
    const coordinator = block.coordinator && block.children.find(c => c.unit.leader?.id === block.coordinator!.id);
    const kelompok = all.get(`k:${block.unit.id}`);
    if (!coordinator || !kelompok || inRows) return;
    const leaderBox = all.get(`h:${coordinator.unit.id}`)!;
    const kelompokNode = at.get(kelompok.id)!;
    const coordinatorNode = at.get(`b:${coordinator.unit.id}`)!;
    const between = [...(at.get(`c:${block.unit.id}`)!.node.children ?? [])]
        .map(n => at.get(n.id)!)
        .filter(n => n.y >= kelompokNode.y && n.y <= coordinatorNode.y);
    const x = Math.max(...between.map(n => n.x + n.width), kelompok.x + kelompok.width, leaderBox.x + leaderBox.width) + GAP.coordination / 2;
    const ky = kelompok.y + Math.min(kelompok.height / 2, 10);
    const ly = leaderBox.y + leaderBox.height / 2;
    out.push({
        points: [[leaderBox.x + leaderBox.width, ly], [x, ly], [x, ky], [kelompok.x + kelompok.width, ky]],
        dashed: true, from: leaderBox.id, to: kelompok.id
    });
}
