import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkNode };

let engine: InstanceType<typeof ELK> | undefined;

/** One ELK per process: its layout is pure, so sharing it only saves start-up. */
export function elk(): InstanceType<typeof ELK> {
    engine ??= new ELK();
    return engine;
}

/** Absolute top-left corners of every node of a laid-out graph, keyed by id. */
export function absolutePositions(root: ElkNode): Map<string, { x: number; y: number; width: number; height: number; node: ElkNode }> {
    const out = new Map<string, { x: number; y: number; width: number; height: number; node: ElkNode }>();
    const walk = (n: ElkNode, ox: number, oy: number) => {
        const x = ox + (n.x ?? 0), y = oy + (n.y ?? 0);
        out.set(n.id, { x, y, width: n.width ?? 0, height: n.height ?? 0, node: n });
        for (const c of n.children ?? []) walk(c, x, y);
    };
    walk(root, 0, 0);
    return out;
}

/** Moves each box to where the layout put the node of its id. */
export function placeAsLaidOut(boxes: Iterable<{ id: string; x: number; y: number }>, at: ReturnType<typeof absolutePositions>): void {
    for (const b of boxes) {
        const p = at.get(b.id)!;
        b.x = p.x;
        b.y = p.y;
    }
}

export const padding = (top: number, left: number, bottom: number, right: number) =>
    `[top=${top},left=${left},bottom=${bottom},right=${right}]`;

/** The polyline of an edge ELK routed (its first section), in the coordinates of its container. */
export function routedPoints(edge: ElkExtendedEdge): Array<[number, number]> {
    const s = edge.sections?.[0];
    if (!s) return [];
    return [[s.startPoint.x, s.startPoint.y], ...(s.bendPoints ?? []).map(p => [p.x, p.y] as [number, number]), [s.endPoint.x, s.endPoint.y]];
}
