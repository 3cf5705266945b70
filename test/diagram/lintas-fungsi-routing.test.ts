import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, renderDiagram, shippedFonts, TEXT, type Scene } from '@sikerja/diagram';
import { printedPage } from '@sikerja/export';
import { PRINT_MIN_TEXT } from '@sikerja/model';
import { buildWorkspace, PEMDA_FILE } from '../helpers.js';
import { REKLAME } from './fixtures/izin-reklame.js';

/**
 * Routing a reader can follow in a peta lintas fungsi (issue "Diagrams on paper", point 4): two flows
 * to different steps never share a run of line, a label stays off every lane border, and a decision's
 * exits leave from different corners.
 */
const { metrics } = shippedFonts();
const F4 = printedPage('lintas-fungsi', { paper: 'f4' })!;
let examples: PemdaModel[];

beforeAll(async () => {
    examples = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
    // And a map whose steps leave by two flows each (Menandatangani: to the loket and to the archive).
    const reklame = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'reklame.sikerja': REKLAME });
    examples.push(reklame.services.model.SemanticModel.semanticModel().pemda[0]);
});

type Point = [number, number];
const runs = (p: Point[]) => p.slice(1).map((q, i) => [p[i], q] as const);

/** How far two runs lie on one another along their common line (0 when they do not). */
function sharedLength(a: readonly [Point, Point], b: readonly [Point, Point]): number {
    const [a0, a1] = a, [b0, b1] = b;
    const overlap = (p: number, q: number, r: number, s: number) => Math.min(Math.max(p, q), Math.max(r, s)) - Math.max(Math.min(p, q), Math.min(r, s));
    if (a0[1] === a1[1] && b0[1] === b1[1] && Math.abs(a0[1] - b0[1]) < 0.5) return Math.max(0, overlap(a0[0], a1[0], b0[0], b1[0]));
    if (a0[0] === a1[0] && b0[0] === b1[0] && Math.abs(a0[0] - b0[0]) < 0.5) return Math.max(0, overlap(a0[1], a1[1], b0[1], b1[1]));
    return 0;
}

/** How far apart two parallel runs lie where they run side by side (over more than 3 pt), or Infinity. */
function besideDistance(a: readonly [Point, Point], b: readonly [Point, Point]): number {
    const [a0, a1] = a, [b0, b1] = b;
    const overlap = (p: number, q: number, r: number, s: number) => Math.min(Math.max(p, q), Math.max(r, s)) - Math.max(Math.min(p, q), Math.min(r, s));
    if (a0[1] === a1[1] && b0[1] === b1[1] && overlap(a0[0], a1[0], b0[0], b1[0]) > 3) return Math.abs(a0[1] - b0[1]);
    if (a0[0] === a1[0] && b0[0] === b1[0] && overlap(a0[1], a1[1], b0[1], b1[1]) > 3) return Math.abs(a0[0] - b0[0]);
    return Infinity;
}

/** How far a point lies from a symbol's drawn outline (as write-svg draws each shape). */
function outlineMiss(b: { x: number; y: number; width: number; height: number; shape?: string }, x: number, y: number): number {
    const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
    const segment = (p: Point, q: Point) => {
        const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
        const t = Math.max(0, Math.min(1, ((x - p[0]) * dx + (y - p[1]) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x - p[0] - t * dx, y - p[1] - t * dy);
    };
    const polygon = (ps: Point[]) => Math.min(...ps.map((p, i) => segment(p, ps[(i + 1) % ps.length])));
    const { x: l, y: t, width: w, height: h } = b;
    switch (b.shape) {
        case 'diamond': return polygon([[cx, t], [l + w, cy], [cx, t + h], [l, cy]]);
        case 'connector': return Math.abs(Math.hypot(x - cx, y - cy) - w / 2);
        case 'terminator': {
            const r = h / 2;
            if (x >= l + r && x <= l + w - r) return Math.min(Math.abs(y - t), Math.abs(y - t - h));
            return Math.abs(Math.hypot(x - (x < cx ? l + r : l + w - r), y - cy) - r);
        }
        case 'offpage': return polygon([[l, t], [l + w, t], [l + w, t + h * 0.65], [cx, t + h], [l, t + h * 0.65]]);
        // Its straight sides end above the wavy foot (5 pt), where no arrow is meant to arrive.
        case 'document': return polygon([[l, t], [l + w, t], [l + w, t + h - 5], [l, t + h - 5]]);
        default: return polygon([[l, t], [l + w, t], [l + w, t + h], [l, t + h]]);
    }
}

async function eachMap(check: (scene: Scene, element: string) => void): Promise<number> {
    let n = 0;
    for (const p of examples) for (const { element } of drawableElements(p, 'lintas-fungsi')) for (const lanes of ['baris', 'kolom'] as const) {
        const { scene } = (await diagramScene(p, { kind: 'lintas-fungsi', element, lanes }, metrics))!;
        check(scene, `${element} (${lanes})`);
        n++;
        // And each page as printed: a page's part of the map has its own corridors and channels.
        const printed = (await diagramScene(p, { kind: 'lintas-fungsi', element, lanes, page: F4 }, metrics))!;
        for (const [i, page] of (printed.pages ?? []).entries()) check(page, `${element} hal. ${i + 1} (${lanes})`);
    }
    return n;
}

describe('routing in a peta lintas fungsi', () => {
    it('never runs two flows to different steps on one another', async () => {
        const shared: string[] = [];
        const n = await eachMap((scene, element) => {
            const flows = scene.connectors.filter(c => c.arrow);
            for (let i = 0; i < flows.length; i++) for (let j = i + 1; j < flows.length; j++) {
                const a = flows[i], b = flows[j];
                if (a.to === b.to) continue;
                for (const ra of runs(a.points)) for (const rb of runs(b.points)) {
                    if (sharedLength(ra, rb) > 1) shared.push(`${element}: ${a.from}→${a.to} / ${b.from}→${b.to}`);
                }
            }
        });
        expect(n).toBeGreaterThanOrEqual(10);
        expect(shared).toEqual([]);
    });

    it('keeps two flows to different steps 2 mm apart on paper wherever they run side by side, two exits of one step too', async () => {
        // A map prints enlarged by 8 / 6.5 at least (its notes at 8 pt): 2 mm on paper is this much in its points.
        const clearance = 5.67 * TEXT.small / PRINT_MIN_TEXT;
        const close: string[] = [];
        let twoExits = 0;
        await eachMap((scene, element) => {
            const flows = scene.connectors.filter(c => c.arrow);
            for (let i = 0; i < flows.length; i++) for (let j = i + 1; j < flows.length; j++) {
                const a = flows[i], b = flows[j];
                if (a.to === b.to) continue;
                if (a.from === b.from && scene.boxes.find(x => x.id === a.from)?.shape !== 'diamond') twoExits++;
                for (const ra of runs(a.points)) for (const rb of runs(b.points)) {
                    const d = besideDistance(ra, rb);
                    if (d > 0.5 && d < clearance) close.push(`${element}: ${a.from}→${a.to} / ${b.from}→${b.to} ${d.toFixed(1)} pt apart`);
                }
            }
        });
        expect(twoExits).toBeGreaterThan(0);
        expect(close).toEqual([]);
    });

    it('ends every arrow on its step\'s outline: a decision at its point or edge, a terminator on its round end, never in the blank corner of the box', async () => {
        const off: string[] = [];
        let decisions = 0;
        await eachMap((scene, element) => {
            const boxes = new Map(scene.boxes.map(b => [b.id, b]));
            for (const c of scene.connectors.filter(x => x.arrow)) {
                const b = boxes.get(c.to);
                if (!b) continue;
                const [x, y] = c.points[c.points.length - 1];
                const miss = outlineMiss(b, x, y);
                if (b.shape === 'diamond') decisions++;
                if (miss > 0.5) off.push(`${element}: ${c.from}→${c.to} (${b.shape ?? 'rect'}) ${miss.toFixed(1)} pt off`);
            }
        });
        expect(decisions).toBeGreaterThan(5);
        expect(off).toEqual([]);
    });

    it('keeps every ya/tidak label clear of the other flows\' lines', async () => {
        const crossed: string[] = [];
        await eachMap((scene, element) => {
            for (const c of scene.connectors.filter(x => x.label)) {
                const l = c.label!;
                const inside = (x: number, y: number) => x > l.x + 0.5 && x < l.x + l.width - 0.5 && y > l.y + 0.5 && y < l.y + l.height - 0.5;
                for (const o of scene.connectors.filter(x => x !== c && x.arrow)) {
                    for (const [a, b] of runs(o.points)) {
                        // A horizontal or vertical run through the label's box (flows are orthogonal).
                        const through = a[1] === b[1]
                            ? a[1] > l.y + 0.5 && a[1] < l.y + l.height - 0.5 && Math.min(a[0], b[0]) < l.x + l.width - 0.5 && Math.max(a[0], b[0]) > l.x + 0.5
                            : a[0] > l.x + 0.5 && a[0] < l.x + l.width - 0.5 && Math.min(a[1], b[1]) < l.y + l.height - 0.5 && Math.max(a[1], b[1]) > l.y + 0.5;
                        if (through || inside(a[0], a[1])) crossed.push(`${element}: "${l.lines.join(' ')}" of ${c.from}→${c.to} crossed by ${o.from}→${o.to}`);
                    }
                }
            }
        });
        expect(crossed).toEqual([]);
    });

    it('keeps every label off the lane borders', async () => {
        const onBorder: string[] = [];
        await eachMap((scene, element) => {
            for (const c of scene.connectors.filter(x => x.label)) {
                const l = c.label!;
                for (const band of scene.bands ?? []) {
                    // The label's backdrop would cover the border's stroke: it keeps a point clear of it.
                    for (const edge of [band.y, band.y + band.height]) {
                        if (l.y < edge + 1 && l.y + l.height > edge - 1 && l.x < band.x + band.width && l.x + l.width > band.x) onBorder.push(`${element}: "${l.lines.join(' ')}" on ${band.id}`);
                    }
                    // Lanes as columns: their borders run down the page.
                    for (const edge of [band.x, band.x + band.width]) {
                        if (l.x < edge + 1 && l.x + l.width > edge - 1 && l.y < band.y + band.height && l.y + l.height > band.y) onBorder.push(`${element}: "${l.lines.join(' ')}" on ${band.id}`);
                    }
                }
            }
        });
        expect(onBorder).toEqual([]);
    });

    it('lets a decision\'s exits leave from different points of the diamond', async () => {
        await eachMap((scene, element) => {
            for (const d of scene.boxes.filter(b => b.shape === 'diamond')) {
                const starts = scene.connectors.filter(c => c.arrow && c.from === d.id).map(c => c.points[0].join(','));
                expect(new Set(starts).size, `${element}: ${d.id}`).toBe(starts.length);
            }
        });
    });

    it('shows a line hop wherever one flow crosses another', async () => {
        let crossingsSeen = 0;
        for (const p of examples) for (const { element } of drawableElements(p, 'lintas-fungsi')) {
            const { scene } = (await diagramScene(p, { kind: 'lintas-fungsi', element }, metrics))!;
            const flows = scene.connectors.filter(c => c.arrow);
            let crossings = 0;
            for (const h of flows) for (const [a, b] of runs(h.points)) {
                if (a[1] !== b[1]) continue;
                for (const v of flows) if (v !== h && v.to !== h.to) for (const [c, d] of runs(v.points)) {
                    if (c[0] !== d[0]) continue;
                    const strictly = c[0] > Math.min(a[0], b[0]) + 3.5 && c[0] < Math.max(a[0], b[0]) - 3.5 && a[1] > Math.min(c[1], d[1]) + 1 && a[1] < Math.max(c[1], d[1]) - 1;
                    if (strictly) crossings++;
                }
            }
            const result = await renderDiagram(p, { kind: 'lintas-fungsi', element }, metrics);
            if (!result.ok) throw new Error(result.error.message);
            const arcs = (result.diagram.svg.match(/ A 2\.5 2\.5 0 0 [01] /g) ?? []).length;
            expect(arcs, element).toBe(crossings);
            crossingsSeen += crossings;
        }
        // The examples have crossings: the check is not vacuous.
        expect(crossingsSeen).toBeGreaterThan(0);
    });

    it('sends a decision\'s exit to another lane out of the side facing that lane, and the one within its lane downstream', async () => {
        let decisions = 0;
        await eachMap((scene, element) => {
            const box = new Map(scene.boxes.map(b => [b.id, b]));
            const laneOf = (b: { x: number; y: number; width: number; height: number }) => (scene.bands ?? []).findIndex(l => b.y + b.height / 2 >= l.y && b.y + b.height / 2 <= l.y + l.height && b.x + b.width / 2 >= l.x && b.x + b.width / 2 <= l.x + l.width);
            const across = element.endsWith('(baris)') ? 'y' : 'x';
            for (const d of scene.boxes.filter(b => b.shape === 'diamond')) {
                const outs = scene.connectors.filter(c => c.from === d.id && c.arrow && box.has(c.to));
                if (outs.length < 2) continue;
                decisions++;
                // Two exits towards the same side: the second takes a free one.
                const facingTaken = new Set<number>();
                for (const c of outs) {
                    const target = box.get(c.to)!, [sx, sy] = c.points[0];
                    const lane = laneOf(d), to = laneOf(target);
                    const start = across === 'y' ? sy : sx, centre = across === 'y' ? d.y + d.height / 2 : d.x + d.width / 2;
                    // Leaving by the far side of the diamond (across the lanes) towards a lane further on, the near side towards one before, the middle within its lane.
                    const side = Math.sign(Math.round(start - centre));
                    const facing = Math.sign(to - lane);
                    if (!facingTaken.has(facing)) expect(side, `${element}: ${d.id} -> ${c.to}`).toBe(facing);
                    facingTaken.add(facing);
                }
            }
        });
        expect(decisions).toBeGreaterThan(4);
    });
});
