import ELK from 'elkjs/lib/elk.bundled.js';
import * as ElkWorkerModule from 'elkjs/lib/elk-worker.min.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';

export type { ElkNode };

/** What the diagrams ask of ELK. */
export interface LayoutEngine {
    layout(graph: ElkNode): Promise<ElkNode>;
}

let engine: LayoutEngine | undefined;

/** One ELK per process: its layout is pure, so sharing it only saves start-up. */
export function elk(): LayoutEngine {
    engine ??= InlineElk.create() ?? new ELK();
    return engine;
}

/** ELK's worker as its module defines it: a dispatcher answering one message at a time through `onmessage`. */
interface GwtWorker {
    onmessage: (message: { data: { data?: unknown; error?: unknown } }) => void;
    dispatcher?: { saveDispatch(message: { data: Record<string, unknown> }): void };
}

/**
 * ELK's own layout code called in-line. elkjs's API passes each request to its in-process worker
 * and each answer back through a zero timer: two waits of 1 ms or more per layout in Node, more than
 * a small layout costs, and a paginated peta jabatan asks for hundreds. The worker's dispatcher
 * answers synchronously; where a later elkjs no longer has it, the API is used as it is.
 */
class InlineElk implements LayoutEngine {
    private answer: { data?: unknown; error?: unknown } | undefined;
    private id = 0;

    static create(): InlineElk | undefined {
        const module = ElkWorkerModule as unknown as { Worker?: new () => GwtWorker; default?: { Worker?: new () => GwtWorker } };
        const Worker = module.Worker ?? module.default?.Worker;
        const worker = Worker ? new Worker() : undefined;
        if (!worker || typeof worker.dispatcher?.saveDispatch !== 'function') return undefined;
        const inline = new InlineElk(worker);
        inline.send({ cmd: 'register', algorithms: ['layered', 'rectpacking', 'fixed'] });
        return inline;
    }

    private constructor(private readonly worker: GwtWorker) {
        worker.onmessage = message => { this.answer = message.data; };
    }

    private send(message: Record<string, unknown>): unknown {
        this.answer = undefined;
        this.worker.dispatcher!.saveDispatch({ data: { ...message, id: this.id++ } });
        const answer = this.answer as { data?: unknown; error?: unknown } | undefined;
        if (!answer) throw new Error('ELK tidak menjawab permintaan tata letak.');
        if (answer.error !== undefined) throw answer.error instanceof Error ? answer.error : new Error(String((answer.error as { message?: unknown }).message ?? answer.error));
        return answer.data;
    }

    layout(graph: ElkNode): Promise<ElkNode> {
        try {
            return Promise.resolve(this.send({ cmd: 'layout', graph, layoutOptions: {}, options: {} }) as ElkNode);
        } catch (e) {
            return Promise.reject(e instanceof Error ? e : new Error(String(e)));
        }
    }
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
