import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, fitsPage, shippedFonts } from '@sikerja/diagram';
import { printedPage } from '@sikerja/export';
import { expectAllAttached, expectConnectorsClean, expectNoOverlap, expectTextInsideBoxes } from './geometry.js';

const { metrics } = shippedFonts();
let pemda: PemdaModel[];

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/']);
    pemda = ws.services.model.SemanticModel.semanticModel().pemda;
});

describe('susunan tim kerja', () => {
    it('draws every example team cleanly, each member once', async () => {
        expect(pemda.map(p => p.name)).toEqual(['Bengkalis', 'Bengkayang', 'Kampar', 'MahakamUlu', 'TanjungJabungTimur']);
        let drawn = 0;
        for (const p of pemda) {
            expect(drawableElements(p, 'tim').length, `teams of ${p.name}`).toBeGreaterThan(0);
            for (const { element } of drawableElements(p, 'tim')) {
                const { scene } = (await diagramScene(p, { kind: 'tim', element }, metrics))!;
                const team = p.teams.find(t => t.id === element)!;
                expect(team.members.length, element).toBeGreaterThan(0);
                expect(scene.boxes.length, element).toBe(team.members.length);
                expectTextInsideBoxes(scene, metrics);
                expectNoOverlap(scene.boxes);
                expectConnectorsClean(scene);
                expectAllAttached(scene, scene.boxes.reduce((top, b) => b.y < top.y ? b : top).id);
                drawn++;
            }
        }
        expect(drawn).toBeGreaterThanOrEqual(9);
    });

    it('shows roles top-down, each member with home unit and Perangkat Daerah, outsiders marked, and the title block', async () => {
        const p = pemda.find(x => x.name === 'Bengkayang')!;
        const { scene } = (await diagramScene(p, { kind: 'tim', element: 'TimPercepatanPenurunanStunting' }, metrics))!;
        const text = (i: number) => scene.boxes[i].rows.map(r => r.cells[0].lines.join(' '));
        // The pegawai under the jabatan where the model names the holder (pegawai-contoh.sikerja).
        expect(text(0)).toEqual(['PENGARAH', 'Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana', 'dr. Maria Lestari Simanjuntak, M.Kes.', 'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana']);
        const roles = scene.boxes.map(b => b.rows[0].cells[0].lines.join(' '));
        const ys = (role: string) => scene.boxes.filter((_, i) => roles[i] === role).map(b => b.y);
        expect(Math.max(...ys('PENGARAH'))).toBeLessThan(Math.min(...ys('PENANGGUNG JAWAB')));
        expect(Math.max(...ys('KETUA'))).toBeLessThan(Math.min(...ys('ANGGOTA')));
        // The sekretaris beside the ketua on a staff line: no line from above reaches it, none runs down from it.
        const ketua = scene.boxes.find(b => b.rows[0].cells[0].lines.join(' ') === 'KETUA')!;
        const sekretaris = scene.boxes.find(b => b.rows[0].cells[0].lines.join(' ') === 'SEKRETARIS')!;
        expect(scene.connectors.filter(c => c.to === sekretaris.id).map(c => [c.from, c.points.every(([, y]) => y === c.points[0][1])])).toEqual([[ketua.id, true]]);
        expect(scene.connectors.filter(c => c.from === sekretaris.id)).toEqual([]);
        expect(scene.connectors.filter(c => c.to.startsWith('m:') && roles[scene.boxes.findIndex(b => b.id === c.to)] === 'ANGGOTA').every(c => c.from === ketua.id)).toBe(true);
        const outsider = scene.boxes.find(b => b.element?.id === 'PuskesmasBengkayang.NutrisionisTerampil')!;
        expect(outsider.dashed).toBe(true);
        expect(outsider.rows.map(r => r.cells[0].lines.join(' '))).toContain('dari luar unit pemilik kinerja');
        expect(scene.title.lines.map(l => l.text)).toEqual([
            'SUSUNAN TIM KERJA', 'Tim Kerja Percepatan Penurunan Stunting', 'Pemilik kinerja: Bidang Kesehatan Masyarakat',
            'Lingkup: lintas perangkat daerah · cara: penunjukan · ditetapkan dengan: Keputusan Kepala Perangkat Daerah', 'Kabupaten Bengkayang'
        ]);
    });

    it('names the owner instansi of another instansi\'s team', async () => {
        const p = pemda.find(x => x.name === 'Bengkayang')!;
        const { scene } = (await diagramScene(p, { kind: 'tim', element: 'TimSurveilansKLBProvinsi' }, metrics))!;
        expect(scene.title.lines[2].text).toBe('Pemilik kinerja: Bidang Pencegahan dan Pengendalian Penyakit (Dinas Kesehatan Provinsi Kalimantan Barat)');
        const ketua = scene.boxes.find(b => b.rows[0].cells[0].lines.join(' ') === 'KETUA')!;
        expect(ketua.rows[2].cells[0].lines.join(' ')).toBe('Instansi: Dinas Kesehatan Provinsi Kalimantan Barat');
        expect(ketua.dashed).toBe(false);
    });

    it('heads a single anggota table on paper "ANGGOTA", without a range', async () => {
        const p = pemda.find(x => x.name === 'Bengkayang')!;
        const page = printedPage('tim', { paper: 'f4' })!;
        const { scene } = (await diagramScene(p, { kind: 'tim', element: 'TimPercepatanPenurunanStunting', page }, metrics))!;
        const tables = scene.boxes.filter(b => b.style === 'tabel');
        expect(tables.map(t => t.rows[0].cells[0].lines.join(' '))).toEqual(['ANGGOTA']);
        expect(tables[0].rows.filter(r => r.element)).toHaveLength(4);
    });

    it('lists a large team\'s anggota in numbered tables, each member once', async () => {
        const { buildWorkspace } = await import('../helpers.js');
        const jf = Array.from({ length: 40 }, (_, i) => `        jabatan Jf${i} "Analis Ahli Pertama ${i + 1}" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1`).join('\n');
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
            'org.sikerja': `pemda Uji\ndinas D "Dinas D" {\n    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1\n    bidang B "Bidang B" {\n        pimpinan Kabid "Kepala Bidang B" administrator kelas 11 bezetting 1 kebutuhan 1\n${jf}\n    }\n}`,
            'tim.sikerja': `pemda Uji\ntim Besar "Tim Besar" {\n    pemilik-kinerja D.B\n    ketua D.B.Jf0\n${Array.from({ length: 39 }, (_, i) => `    anggota D.B.Jf${i + 1}`).join('\n')}\n}`
        });
        const p = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const { scene } = (await diagramScene(p, { kind: 'tim', element: 'Besar' }, metrics))!;
        const tables = scene.boxes.filter(b => b.style === 'tabel');
        expect(tables.map(t => t.rows[0].cells[0].lines.join(' '))).toEqual(['ANGGOTA 1–30 dari 39', 'ANGGOTA 31–39 dari 39']);
        const listed = tables.flatMap(t => t.rows.filter(r => r.element).map(r => r.element!.id));
        expect(listed).toEqual(Array.from({ length: 39 }, (_, i) => `D.B.Jf${i + 1}`));
        expectTextInsideBoxes(scene, metrics);
        expectNoOverlap(scene.boxes);
        expectConnectorsClean(scene);
    });

    it('prints a team longer than a page over pages by its rows, never tiled: leaders and the first rows, then the list continued', async () => {
        const { buildWorkspace } = await import('../helpers.js');
        const jf = Array.from({ length: 70 }, (_, i) => `            jabatan Jf${i} "Penyuluh Kesehatan Masyarakat Ahli Pertama ${i + 1}" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1`).join('\n');
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
            'org.sikerja': `pemda Uji\ndinas D "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana" {\n    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1\n    bidang B "Bidang Kesehatan Masyarakat" {\n        pimpinan Kabid "Kepala Bidang Kesehatan Masyarakat" administrator kelas 11 bezetting 1 kebutuhan 1\n        seksi S "Seksi Promosi Kesehatan dan Pemberdayaan Masyarakat" {\n            pimpinan Kasi "Kepala Seksi Promosi Kesehatan" pengawas kelas 9 bezetting 1 kebutuhan 1\n${jf}\n        }\n    }\n}`,
            'tim.sikerja': `pemda Uji\ntim Besar "Tim Kerja Kampanye Gizi Seimbang" {\n    pemilik-kinerja D.B\n    penanggung-jawab D.B.Kabid\n    ketua D.B.S.Jf0\n${Array.from({ length: 69 }, (_, i) => `    anggota D.B.S.Jf${i + 1}`).join('\n')}\n}`
        });
        const p = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const page = printedPage('tim', { paper: 'f4' })!;
        const drawn = (await diagramScene(p, { kind: 'tim', element: 'Besar', page }, metrics))!;
        const pages = drawn.pages!;
        expect(pages.length).toBeGreaterThanOrEqual(2);
        const sheets = [{ width: page.width, height: page.height }, page.turned ?? { width: page.height, height: page.width }];
        const listed: string[] = [];
        pages.forEach((pg, i) => {
            expect(sheets.some(sheet => fitsPage(pg, sheet, metrics)), `hal. ${i + 1} at 8 pt`).toBe(true);
            expect(pg.title!.lines[0].text).toBe(i === 0 ? 'SUSUNAN TIM KERJA' : 'SUSUNAN TIM KERJA (LANJUTAN)');
            const tables = pg.boxes.filter(b => b.style === 'tabel');
            // The leaders on the first page only; every table with its column heads.
            expect(pg.boxes.some(b => b.style !== 'tabel'), `hal. ${i + 1}`).toBe(i === 0);
            for (const t of tables) expect(t.rows[1].cells.map(c => c.lines.join(' '))).toEqual(['No', 'Jabatan', 'Asal (* dari luar unit pemilik kinerja)']);
            listed.push(...tables.flatMap(t => t.rows.filter(r => r.element).map(r => r.element!.id)));
            expectNoOverlap(pg.boxes);
            expectTextInsideBoxes(pg, metrics);
        });
        expect(listed).toEqual(Array.from({ length: 69 }, (_, i) => `D.B.S.Jf${i + 1}`));
    });
});
