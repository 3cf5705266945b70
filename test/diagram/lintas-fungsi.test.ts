import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, renderDiagram, shippedFonts, type Band, type Scene } from '@sikerja/diagram';
import { buildWorkspace } from '../helpers.js';
import { expectConnectorsClean, expectNoOverlap, expectTextInsideBoxes } from './geometry.js';

const { metrics } = shippedFonts();
let examples: PemdaModel[];

beforeAll(async () => {
    examples = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
});

type Rect = { x: number; y: number; width: number; height: number };
const inside = (r: Rect, band: Rect) => r.y >= band.y - 1e-6 && r.y + r.height <= band.y + band.height + 1e-6 && r.x >= band.x && r.x + r.width <= band.x + band.width;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Past the lane headers along the flow: right of them for row lanes, below them for column lanes. */
const pastHeader = (p: { x: number; y: number }, band: Band, direction: 'baris' | 'kolom') =>
    direction === 'baris' ? p.x > band.headerArea.x + band.headerArea.width : p.y > band.headerArea.y + band.headerArea.height;

/** Every symbol and its note in its own lane's band; no label on a symbol; lanes in written order. */
function expectSwimlanes(scene: Scene, laneOf: Map<string, string | undefined>, laneOrder: string[], direction: 'baris' | 'kolom' = 'baris'): void {
    const bands = scene.bands!;
    expect(bands.map(b => b.id)).toEqual(laneOrder.map(l => `l:${l}`));
    for (let i = 1; i < bands.length; i++) {
        if (direction === 'baris') expect(bands[i].y).toBeCloseTo(bands[i - 1].y + bands[i - 1].height, 6);
        else expect(bands[i].x).toBeCloseTo(bands[i - 1].x + bands[i - 1].width, 6);
    }
    for (const b of scene.boxes) {
        const band = bands.find(x => x.id === `l:${laneOf.get(b.element!.id)}`)!;
        expect(inside(b, band), `${b.id} in ${band.id}`).toBe(true);
        expect(pastHeader(b, band, direction), `${b.id} past the lane header`).toBe(true);
    }
    for (const n of scene.notes ?? []) {
        const band = bands.find(x => x.id === `l:${laneOf.get(n.element!.id)}`)!;
        expect(inside(n, band), `note of ${n.element?.id}`).toBe(true);
    }
    for (const c of scene.connectors) {
        if (!c.label) continue;
        for (const b of scene.boxes) expect(overlaps(c.label, b), `label "${c.label.lines.join(' ')}" on ${b.id}`).toBe(false);
        for (const n of scene.notes ?? []) expect(overlaps(c.label, n), `label "${c.label.lines.join(' ')}" on the note of ${n.element}`).toBe(false);
    }
    // Flows run past every lane header, never across one.
    for (const c of scene.connectors) {
        for (const [x, y] of c.points) expect(pastHeader({ x, y }, bands[0], direction), `${c.from}→${c.to}`).toBe(true);
    }
}

describe('peta lintas fungsi', () => {
    it('puts every symbol of every example map in its lane, lines clear of symbols and headers, in rows and in columns', async () => {
        let drawn = 0;
        for (const p of examples) {
            for (const { element } of drawableElements(p, 'lintas-fungsi')) for (const lanes of ['baris', 'kolom'] as const) {
                const map = p.processes.flatMap(x => x.maps).find(m => m.id === element)!;
                expect(map.nodes.length, element).toBeGreaterThan(0);
                drawn++;
                const { scene } = (await diagramScene(p, { kind: 'lintas-fungsi', element, lanes }, metrics))!;
                expect(scene.boxes).toHaveLength(map.nodes.length);
                expectSwimlanes(scene, new Map(map.nodes.map(n => [n.id, n.lane])), map.lanes.map(l => l.id), lanes);
                expectTextInsideBoxes(scene, metrics);
                expectNoOverlap([...scene.boxes, ...(scene.notes ?? []).map(n => ({ ...n, id: `note ${n.element}` }))] as never);
                expectConnectorsClean(scene);
                expect(scene.connectors.filter(c => c.arrow)).toHaveLength(map.flows.length);
            }
        }
        // Five example maps (Bengkayang, Kampar, three in Tanjung Jabung Timur), each drawn both ways.
        expect(drawn).toBeGreaterThanOrEqual(10);
    });

    const mapText = (lanes: string) => `pemda Uji
proses P "Proses Uji" {
    kode "U.01"
    level 1
    lintas-fungsi Peta "Peta Uji" {
${lanes}
        mulai Mulai "Mulai" di A
        kegiatan Satu "Kegiatan satu" di A
        keputusan Cek "Lengkap?" di B
        kegiatan Dua "Kegiatan dua" di B
        selesai Selesai "Selesai" di A
        alur Mulai -> Satu -> Cek
        alur Cek -> Dua "ya"
        alur Cek -> Satu "tidak"
        alur Dua -> Selesai
    }
}`;
    const lanesAB = `        jalur A "Lane A"\n        jalur Kosong "Lane kosong"\n        jalur B "Lane B"`;
    const lanesBA = `        jalur B "Lane B"\n        jalur Kosong "Lane kosong"\n        jalur A "Lane A"`;

    async function sceneOf(text: string): Promise<Scene> {
        const ws = await buildWorkspace({ 'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }', 'p.sikerja': text });
        const p = ws.services.model.SemanticModel.semanticModel().pemda[0];
        return (await diagramScene(p, { kind: 'lintas-fungsi', element: 'P.Peta' }, metrics))!.scene;
    }

    it('keeps an empty lane as a band, and swapping two lanes only swaps their bands', async () => {
        const ab = await sceneOf(mapText(lanesAB));
        const ba = await sceneOf(mapText(lanesBA));
        expect(ab.bands!.map(b => b.id)).toEqual(['l:P.Peta.A', 'l:P.Peta.Kosong', 'l:P.Peta.B']);
        expect(ba.bands!.map(b => b.id)).toEqual(['l:P.Peta.B', 'l:P.Peta.Kosong', 'l:P.Peta.A']);
        expect(ab.bands![1].height).toBeGreaterThanOrEqual(40);
        const band = (s: Scene, id: string) => s.bands!.find(b => b.id === id)!;
        for (const box of ab.boxes) {
            const other = ba.boxes.find(b => b.id === box.id)!;
            // Same column, same place inside its band: only the band moved.
            expect(other.x, box.id).toBeCloseTo(box.x, 6);
            const lane = box.id.includes('Cek') || box.id.includes('Dua') ? 'l:P.Peta.B' : 'l:P.Peta.A';
            expect(other.y - band(ba, lane).y, box.id).toBeCloseTo(box.y - band(ab, lane).y, 6);
        }
    });

    it('routes the loop back and labels both exits of the decision', async () => {
        const s = await sceneOf(mapText(lanesAB));
        const labels = s.connectors.filter(c => c.label).map(c => [c.label!.lines.join(' '), c.from, c.to]);
        expect(labels).toEqual([['ya', 'n:P.Peta.Cek', 'n:P.Peta.Dua'], ['tidak', 'n:P.Peta.Cek', 'n:P.Peta.Satu']]);
        const loop = s.connectors.find(c => c.to === 'n:P.Peta.Satu' && c.from === 'n:P.Peta.Cek')!;
        const target = s.boxes.find(b => b.id === 'n:P.Peta.Satu')!;
        // It comes back into the target from its left.
        expect(loop.points[loop.points.length - 1]).toEqual([target.x, target.y + target.height / 2]);
        expect(s.boxes.find(b => b.id === 'n:P.Peta.Cek')!.shape).toBe('diamond');
    });

    it('writes the same bytes twice', async () => {
        const p = examples.find(x => x.name === 'TanjungJabungTimur')!;
        const a = await renderDiagram(p, { kind: 'lintas-fungsi', element: 'PenerbitanIzinAngkutan.PetaIzinAngkutan' }, metrics);
        const b = await renderDiagram(p, { kind: 'lintas-fungsi', element: 'PenerbitanIzinAngkutan.PetaIzinAngkutan' }, metrics);
        expect(a.ok && b.ok && a.diagram.svg === b.diagram.svg).toBe(true);
        expect(a.ok && a.diagram.svg.includes('data-element="PenerbitanIzinAngkutan.PetaIzinAngkutan.Verifikasi"')).toBe(true);
    });
});
