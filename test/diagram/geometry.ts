import { expect } from 'vitest';
import { TEXT, type Box, type FontMetrics, type Scene } from '@sikerja/diagram';

type Rect = { x: number; y: number; width: number; height: number };

const EPS = 0.01;

/** Every line of every cell fits its cell, and the rows fit the box. */
export function expectTextInsideBoxes(scene: Scene, metrics: FontMetrics): void {
    for (const b of scene.boxes) {
        expect(b.rows.reduce((s, r) => s + r.height, 0), b.id).toBeCloseTo(b.height, 5);
        for (const r of b.rows) {
            expect(r.cells.reduce((s, c) => s + c.width, 0), b.id).toBeCloseTo(b.width, 5);
            for (const c of r.cells) {
                expect(c.lines.length * c.size * TEXT.lineGap, `${b.id}: ${c.lines.join(' ')}`).toBeLessThanOrEqual(r.height + EPS);
                for (const line of c.lines) {
                    expect(metrics.width(line, c.size, c.weight), `${b.id}: "${line}"`).toBeLessThanOrEqual(c.width - 2 * TEXT.padX + EPS);
                }
            }
        }
    }
}

function overlaps(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

export function expectNoOverlap(boxes: Box[]): void {
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            expect(overlaps(boxes[i], boxes[j]), `${boxes[i].id} overlaps ${boxes[j].id}`).toBe(false);
        }
    }
}

/** An axis-parallel segment crossing the inside of a box (touching its border is allowed). */
function segmentCrosses(a: [number, number], b: [number, number], r: Rect): boolean {
    const inner = { x: r.x + 0.5, y: r.y + 0.5, width: r.width - 1, height: r.height - 1 };
    const x1 = Math.min(a[0], b[0]), x2 = Math.max(a[0], b[0]), y1 = Math.min(a[1], b[1]), y2 = Math.max(a[1], b[1]);
    return x1 < inner.x + inner.width && x2 > inner.x && y1 < inner.y + inner.height && y2 > inner.y;
}

function onBorder(p: [number, number], r: Rect): boolean {
    const [x, y] = p;
    const withinX = x >= r.x - EPS && x <= r.x + r.width + EPS, withinY = y >= r.y - EPS && y <= r.y + r.height + EPS;
    return (withinX && (Math.abs(y - r.y) < EPS || Math.abs(y - r.y - r.height) < EPS))
        || (withinY && (Math.abs(x - r.x) < EPS || Math.abs(x - r.x - r.width) < EPS));
}

/** Lines never pass through a box; every line to a box ends on that box's border. */
const LEGEND = 'legend';

export function expectConnectorsClean(scene: Scene): void {
    const byId = new Map<string, Rect>([...scene.boxes.map(b => [b.id, b] as const), ...(scene.bands ?? []).map(b => [b.id, b] as const)]);
    // The keterangan's sample lines stand alone: they join no box.
    for (const c of scene.connectors.filter(x => x.from !== LEGEND)) {
        for (let i = 1; i < c.points.length; i++) {
            for (const b of scene.boxes) {
                expect(segmentCrosses(c.points[i - 1], c.points[i], b), `line ${c.from}→${c.to} crosses ${b.id}`).toBe(false);
            }
        }
        if (c.to !== c.from) expect(onBorder(c.points[c.points.length - 1], byId.get(c.to)!), `line to ${c.to} ends on it`).toBe(true);
        expect(byId.has(c.from), c.from).toBe(true);
    }
}

/** Every box but the top one is reached by a line: one ending on it, or one leaving from its border. */
export function expectAllAttached(scene: Scene, rootId: string): void {
    const byId = new Map(scene.boxes.map(b => [b.id, b]));
    const lines = scene.connectors.filter(c => c.from !== LEGEND);
    const reached = new Set(lines.filter(c => c.to !== c.from).map(c => c.to));
    for (const c of lines) if (onBorder(c.points[0], byId.get(c.from)!)) reached.add(c.from);
    // The keterangan's sample box stands for a border, not a unit.
    for (const b of scene.boxes) if (b.id !== rootId && !b.id.startsWith(`${LEGEND}:`)) expect(reached.has(b.id), `${b.id} is connected`).toBe(true);
}
