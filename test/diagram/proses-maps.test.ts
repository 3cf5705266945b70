import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, shippedFonts } from '@sikerja/diagram';
import { expectConnectorsClean, expectNoOverlap, expectTextInsideBoxes } from './geometry.js';

const { metrics } = shippedFonts();
let tjt: PemdaModel;
let all: PemdaModel[];

beforeAll(async () => {
    all = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
    tjt = all.find(p => p.name === 'TanjungJabungTimur')!;
});

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const text = (b: { rows: Array<{ cells: Array<{ lines: string[] }> }> }) => b.rows.map(r => r.cells.map(c => c.lines.join(' ')).join(' | '));

describe('peta relasi', () => {
    it('draws each party once and each hand-over as a labelled arrow clear of the boxes', async () => {
        const { scene } = (await diagramScene(tjt, { kind: 'relasi', element: 'RelasiPerizinan' }, metrics))!;
        expect(scene.boxes.map(b => b.element?.id).sort()).toEqual(['DPMPTSP', 'Diskominfo', 'PenerbitanIzinAngkutan', 'PertimbanganTeknisAngkutan']);
        expect(scene.connectors.map(c => [c.from, c.to, c.label!.lines.join(' ')])).toEqual([
            ['r:PenerbitanIzinAngkutan', 'r:PertimbanganTeknisAngkutan', 'Permohonan pertimbangan teknis'],
            ['r:PertimbanganTeknisAngkutan', 'r:PenerbitanIzinAngkutan', 'Rekomendasi teknis'],
            ['r:DPMPTSP', 'r:Diskominfo', 'Data izin terbit']
        ]);
        expect(text(scene.boxes.find(b => b.element?.id === 'PenerbitanIzinAngkutan')!)).toEqual(['Proses TJT.05.02.01', 'Penerbitan Izin Penyelenggaraan Angkutan Orang']);
        expectTextInsideBoxes(scene, metrics);
        expectNoOverlap(scene.boxes);
        expectConnectorsClean(scene);
        for (const c of scene.connectors) for (const b of scene.boxes) expect(overlaps(c.label!, b), `label on ${b.id}`).toBe(false);
    });
});

describe('peta proses level 0 … n', () => {
    it('groups the level-1 processes by kategori between the stakeholders\' input and output', async () => {
        const { scene } = (await diagramScene(tjt, { kind: 'level', element: 'PetaProsesTJT' }, metrics))!;
        expect(scene.title.lines[0].text).toBe('PETA PROSES LEVEL 0');
        const band = (title: string) => scene.bands!.find(b => b.header.lines.join(' ') === title)!;
        const inside = (r: Rect, b: Rect) => r.x >= b.x && r.x + r.width <= b.x + b.width && r.y >= b.y && r.y + r.height <= b.y + b.height;
        for (const p of tjt.processes.filter(x => x.parent === 'PetaProsesTJT')) {
            const b = scene.boxes.find(x => x.element?.id === p.id)!;
            expect(inside(b, band(`PROSES ${p.category!.toLocaleUpperCase('id-ID')}`)), p.id).toBe(true);
        }
        // The level-0 process names no input of its own: its level-1 processes' inputs stand in.
        expect(text(scene.boxes.find(b => b.id === 'in')!)).toEqual(['Pemangku kepentingan: masukan', 'Permohonan perizinan dan nonperizinan']);
        expect(text(scene.boxes.find(b => b.id === 'out')!)).toEqual(['Pemangku kepentingan: keluaran', 'Pelayanan publik dan tata kelola pemerintahan daerah']);
        expectNoOverlap(scene.boxes);
    });

    it('draws the three level-0 bands of every example, a category with no process a visible blank', async () => {
        let blanks = 0, maps = 0;
        for (const p of all) {
            for (const root of p.processes.filter(x => x.level === 0)) {
                const { scene } = (await diagramScene(p, { kind: 'level', element: root.id }, metrics))!;
                maps++;
                const headers = scene.bands!.map(b => b.header.lines.join(' '));
                for (const category of ['PROSES MANAJEMEN', 'PROSES INTI', 'PROSES PENDUKUNG']) expect(headers, `${p.name} ${root.id}`).toContain(category);
                for (const band of scene.bands!) {
                    const inside = scene.boxes.filter(b => b.y >= band.y && b.y + b.height <= band.y + band.height && b.x >= band.x);
                    expect(inside.length, band.id).toBeGreaterThan(0);
                    const category = band.header.lines.join(' ').toLocaleLowerCase('id-ID');
                    const held = p.processes.filter(x => x.parent === root.id && `proses ${x.category}` === category).length;
                    if (held === 0) {
                        blanks++;
                        expect(inside.map(text), band.id).toEqual([[`(belum ada ${category} ditulis)`]]);
                    }
                }
            }
        }
        expect(maps).toBeGreaterThanOrEqual(3);
        expect(blanks).toBeGreaterThan(0);
    });

    it('decomposes a process into its sub-processes with their codes, each saying where it leads', async () => {
        const { scene } = (await diagramScene(tjt, { kind: 'level', element: 'PerizinanBerusaha' }, metrics))!;
        expect(scene.title.lines.map(l => l.text).slice(0, 2)).toEqual(['PETA PROSES LEVEL 3', 'TJT.05.02 Pelayanan Perizinan Berusaha Berbasis Risiko']);
        const process = tjt.processes.find(p => p.id === 'PerizinanBerusaha')!;
        const listed = (items: string[]) => items.length > 0 ? items : ['(belum ditulis)'];
        // The masukan left of the decomposition and the keluaran right of it, as the model holds them.
        expect(scene.boxes.map(text)).toEqual([
            ['Masukan', ...listed(process.inputs)],
            ['TJT.05.02', 'Pelayanan Perizinan Berusaha Berbasis Risiko', '» 1 subproses'],
            ['TJT.05.02.01', 'Penerbitan Izin Penyelenggaraan Angkutan Orang', '» peta lintas fungsi: TJT.05.02.01.01'],
            ['Keluaran', ...listed(process.outputs)]
        ]);
        expect(process.inputs.length + process.outputs.length).toBeGreaterThan(0);
        expectConnectorsClean(scene);
        expect(scene.connectors.map(c => [c.from, c.to])).toEqual([['p:PerizinanBerusaha', 'p:PenerbitanIzinAngkutan'], ['in', 'p:PerizinanBerusaha'], ['p:PerizinanBerusaha', 'out']]);
    });

    it('is drawn for every example that has processes, cleanly', async () => {
        let n = 0;
        for (const p of all) {
            for (const kind of ['relasi', 'level'] as const) {
                for (const { element } of drawableElements(p, kind)) {
                    const { scene } = (await diagramScene(p, { kind, element }, metrics))!;
                    expect(scene.boxes.length, `${p.name} ${kind} ${element}`).toBeGreaterThan(0);
                    expectTextInsideBoxes(scene, metrics);
                    expectNoOverlap(scene.boxes);
                    expectConnectorsClean(scene);
                    n++;
                }
            }
        }
        expect(n).toBeGreaterThan(5);
    });
});
