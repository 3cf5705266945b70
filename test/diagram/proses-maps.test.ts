import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, fitsPage, shippedFonts } from '@sikerja/diagram';
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

describe('peta proses on paper', () => {
    /** A kabupaten's level-0 map of 31 processes (16 inti, 10 pendukung, 5 manajemen), one of them decomposed into 14. */
    async function largeKabupaten(): Promise<PemdaModel> {
        const { buildWorkspace } = await import('../helpers.js');
        const kinds: Array<[string, number]> = [['inti', 16], ['pendukung', 10], ['manajemen', 5]];
        let n = 0;
        const level1 = kinds.flatMap(([category, count]) => Array.from({ length: count }, () => {
            n++;
            return `proses P${n} "Penyelenggaraan Urusan Pemerintahan Nomor ${n}" {\n    kode "UJI.${String(n).padStart(2, '0')}"\n    level 1\n    induk Peta0\n    kategori ${category}\n    pemilik D\n    masukan "Kebutuhan layanan urusan ${n}"\n    keluaran "Layanan urusan ${n} terselenggara"\n}`;
        }));
        const level2 = Array.from({ length: 14 }, (_, k) => `proses P1x${k + 1} "Subproses Pelayanan Nomor ${k + 1}" {\n    kode "UJI.01.${String(k + 1).padStart(2, '0')}"\n    level 2\n    induk P1\n    kategori inti\n    pemilik D\n}`);
        // 24 hand-overs among the first 14 processes, each handing over its own keluaran.
        const relations = Array.from({ length: 24 }, (_, k) => {
            const from = k % 14 + 1, to = (k * 5 + 3) % 14 + 1 === from ? from % 14 + 1 : (k * 5 + 3) % 14 + 1;
            return `    relasi P${from} -> P${to} "Layanan urusan ${from} terselenggara"`;
        });
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
            'p.sikerja': ['pemda Uji', 'dinas D "Dinas Uji" {\n    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1\n}',
                'proses Peta0 "Peta Proses Bisnis Pemerintah Kabupaten Uji" {\n    kode "UJI"\n    level 0\n    pemilik D\n}', ...level1, ...level2,
                `peta-relasi Relasi "Peta Relasi Antarproses Kabupaten Uji" {\n${relations.join('\n')}\n}`].join('\n')
        });
        expect(ws.diagnostics('p.sikerja')).toEqual([]);
        return ws.services.model.SemanticModel.semanticModel().pemda[0];
    }

    it('goes over pages by whole rows of processes when it is too large for one, never tiled: every process once, every page at 8 pt', async () => {
        const p = await largeKabupaten();
        const { printedPage } = await import('@sikerja/export');
        const page = printedPage('level', { paper: 'f4' })!;
        const sheets = [{ width: page.width, height: page.height }, page.turned!];
        for (const [element, count, heading] of [['Peta0', 31, 'PETA PROSES LEVEL 0'], ['P1', 14, 'PETA PROSES LEVEL 2']] as const) {
            const pages = (await diagramScene(p, { kind: 'level', element, page }, metrics))!.pages!;
            expect(pages.length, element).toBeGreaterThan(1);
            const shown: string[] = [];
            pages.forEach((pg, i) => {
                expect(sheets.some(sheet => fitsPage(pg, sheet, metrics)), `${element} hal. ${i + 1} at 8 pt`).toBe(true);
                expect(pg.title.lines[0].text).toBe(i === 0 ? heading : `${heading} (LANJUTAN)`);
                const processes = pg.boxes.filter(b => b.id.startsWith('p:') && b.id !== `p:${element}`);
                shown.push(...processes.map(b => b.id));
                // Masukan and keluaran on every page, and what each page shows of them is what its processes take and give.
                expect(pg.boxes.filter(b => b.id === 'in' || b.id === 'out')).toHaveLength(2);
                expectNoOverlap(pg.boxes);
                expectTextInsideBoxes(pg, metrics);
            });
            expect(shown.length, element).toBe(count);
            expect(new Set(shown).size, element).toBe(count);
        }
        // The level-0 bands in their order on every page: manajemen, inti, pendukung.
        const zero = (await diagramScene(p, { kind: 'level', element: 'Peta0', page }, metrics))!.pages!;
        const order = zero.flatMap(pg => pg.bands!.map(b => b.id));
        expect(order.filter((b, i) => b !== order[i - 1])).toEqual(['g:Proses Manajemen', 'g:Proses Inti', 'g:Proses Pendukung']);
    });

    it('puts a peta relasi too large for one page over pages by its hand-overs, giver beside receiver, never tiled', async () => {
        const p = await largeKabupaten();
        const { printedPage } = await import('@sikerja/export');
        const page = printedPage('relasi', { paper: 'f4' })!;
        const sheets = [{ width: page.width, height: page.height }, page.turned!];
        const pages = (await diagramScene(p, { kind: 'relasi', element: 'Relasi', page }, metrics))!.pages!;
        expect(pages.length).toBeGreaterThan(1);
        const handed: string[] = [];
        pages.forEach((pg, i) => {
            expect(sheets.some(sheet => fitsPage(pg, sheet, metrics)), `hal. ${i + 1} at 8 pt`).toBe(true);
            expect(pg.title.lines[0].text).toBe(i === 0 ? 'PETA RELASI' : 'PETA RELASI (LANJUTAN)');
            const boxOf = new Map(pg.boxes.map(b => [b.id, b]));
            for (const c of pg.connectors) {
                const [from, to] = [boxOf.get(c.from)!, boxOf.get(c.to)!];
                // The giver left of its receiver, the arrow from one to the other.
                expect(from.x + from.width).toBeLessThan(to.x);
                handed.push(`${(from.element as { id: string }).id}->${(to.element as { id: string }).id}: ${c.label!.lines.join(' ')}`);
            }
            expectNoOverlap(pg.boxes);
            expectTextInsideBoxes(pg, metrics);
        });
        const map = p.relationMaps[0];
        expect(handed).toEqual(map.relations.map(r => `${r.from!.id}->${r.to!.id}: ${r.item}`));
    });

    it('keeps a category the model holds no process of as a visible blank on paper too', async () => {
        const { buildWorkspace } = await import('../helpers.js');
        const inti = Array.from({ length: 30 }, (_, i) => `proses P${i + 1} "Penyelenggaraan Urusan Pemerintahan Nomor ${i + 1}" {\n    kode "UJI.${String(i + 1).padStart(2, '0')}"\n    level 1\n    induk Peta0\n    kategori inti\n    pemilik D\n}`);
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
            'p.sikerja': ['pemda Uji', 'dinas D "Dinas Uji" {\n    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1\n}',
                'proses Peta0 "Peta Proses Bisnis Pemerintah Kabupaten Uji" {\n    kode "UJI"\n    level 0\n    pemilik D\n}', ...inti].join('\n')
        });
        const { printedPage } = await import('@sikerja/export');
        const pages = (await diagramScene(ws.services.model.SemanticModel.semanticModel().pemda[0], { kind: 'level', element: 'Peta0', page: printedPage('level', { paper: 'f4' }) }, metrics))!.pages!;
        expect(pages.length).toBeGreaterThan(1);
        const blanks = pages.flatMap(pg => pg.boxes.filter(b => b.id.startsWith('kosong:')).map(b => text(b).join(' ')));
        expect(blanks).toEqual(['(belum ada proses manajemen ditulis)', '(belum ada proses pendukung ditulis)']);
    });
});
