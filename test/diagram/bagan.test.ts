import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, fitsPage, shippedFonts, type Box, type Scene } from '@sikerja/diagram';
import { printedPage } from '@sikerja/export';
import { buildWorkspace, PEMDA_FILE } from '../helpers.js';
import { KECAMATAN_KOTA } from './fixtures/kecamatan-kota.js';

/**
 * The struktur as the official bagan draws it (the figures of the Perbup lampiran): the head on top,
 * the Sekretariat on a staff branch beside the main line, all Bidang in one row, unit kerja in their
 * own row below, a keterangan for every convention used.
 */
const { metrics } = shippedFonts();
let pemda: Map<string, PemdaModel>;

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/']);
    pemda = new Map(ws.services.model.SemanticModel.semanticModel().pemda.map(p => [p.name, p]));
});

async function bagan(kabupaten: string, element: string): Promise<{ scene: Scene; box: (id: string) => Box }> {
    const { scene } = (await diagramScene(pemda.get(kabupaten)!, { kind: 'struktur', element }, metrics))!;
    return { scene, box: (id: string) => scene.boxes.find(b => b.id === id)! };
}

const centre = (b: Box) => b.x + b.width / 2;
const legendText = (scene: Scene) => (scene.notes ?? []).map(n => n.lines.join(' '));

describe('the struktur as a bagan', () => {
    it('TJT BPKAD: the four Bidang in one row under the Sekretariat, which hangs beside the main line', async () => {
        const { scene, box } = await bagan('TanjungJabungTimur', 'BPKAD');
        const head = box('h:BPKAD'), sekretariat = box('h:BPKAD.Sekretariat');
        const bidang = ['Anggaran', 'Perbendaharaan', 'Akuntansi', 'Aset'].map(b => box(`h:BPKAD.${b}`));
        expect(bidang.every(b => b !== undefined)).toBe(true);
        // One row, in written order.
        expect(new Set(bidang.map(b => b.y)).size).toBe(1);
        expect(bidang.map(b => b.x)).toEqual([...bidang.map(b => b.x)].sort((a, b) => a - b));
        // The staff branch: right of the main line, between the head and the row of Bidang.
        const mainX = centre(head);
        expect(sekretariat.x).toBeGreaterThan(mainX);
        expect(sekretariat.y).toBeGreaterThan(head.y + head.height);
        expect(sekretariat.y + sekretariat.height).toBeLessThan(bidang[0].y);
        const branch = scene.connectors.find(c => c.from === head.id && c.to === sekretariat.id)!;
        expect(branch.points).toHaveLength(2);
        expect(branch.points[0][0]).toBeCloseTo(mainX, 6);
        expect(branch.points[0][1]).toBeCloseTo(branch.points[1][1], 6);
        // Every Subbagian stays under its Sekretariat, above the row of Bidang.
        const subbagian = scene.boxes.filter(b => b.id.startsWith('h:BPKAD.Sekretariat.'));
        expect(subbagian.length).toBeGreaterThan(0);
        for (const s of subbagian) expect(s.y + s.height, s.id).toBeLessThan(bidang[0].y);
        expect(legendText(scene)).toEqual(['Keterangan:', 'garis komando']);
    });

    it('a Dinas of one Bidang (as an imported peta jabatan gives it): the Bidang hangs straight below the main line, no jog', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinsos.sikerja': `pemda Uji
dinas Dinsos "Dinas Sosial" {
    urusan "sosial"
    pimpinan Kepala "Kepala Dinas Sosial" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1
    }
    bidang Rehsos "Bidang Rehabilitasi Sosial" {
        pimpinan Kepala "Kepala Bidang Rehabilitasi Sosial" administrator kelas 11 bezetting 1 kebutuhan 1
        jabatan PekerjaSosialMuda "Pekerja Sosial Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 2
    }
}
` });
        const uji = ws.services.model.SemanticModel.semanticModel().pemda.find(p => p.name === 'Uji')!;
        const { scene } = (await diagramScene(uji, { kind: 'struktur', element: 'Dinsos' }, metrics))!;
        const head = scene.boxes.find(b => b.id === 'h:Dinsos')!, bidang = scene.boxes.find(b => b.id === 'h:Dinsos.Rehsos')!;
        expect(centre(bidang)).toBeCloseTo(centre(head), 6);
        // From the main line into the Bidang's top: every line to it is vertical, on the head's centre.
        const toBidang = scene.connectors.filter(c => c.from === head.id && c.to === bidang.id);
        expect(toBidang.length).toBeGreaterThan(0);
        for (const c of toBidang) for (const [x] of c.points) expect(x).toBeCloseTo(centre(head), 6);
    });

    it('Bengkayang DPMPTSP, with no Bidang: the main line ends at its lowest branch, not at the middle of the tall kelompok box', async () => {
        const { scene, box } = await bagan('Bengkayang', 'DPMPTSP');
        const head = box('h:DPMPTSP');
        const main = scene.connectors.find(c => c.from === head.id && c.to === head.id && c.points[0][0] === centre(head) && c.points[1][0] === centre(head))!;
        const branches = scene.connectors.filter(c => c.from === head.id && c.to !== head.id && c.points[0][0] === centre(head));
        expect(branches.length).toBe(2);
        expect(main.points[1][1]).toBe(Math.max(...branches.map(b => b.points[0][1])));
    });

    it('Bengkayang Dinkes: the UPTD and Puskesmas in their own row below the Bidang, each unit kerja border and the dashed coordination explained', async () => {
        const { scene, box } = await bagan('Bengkayang', 'Dinkes');
        const bidang = ['Kesmas', 'P2P'].map(b => box(`h:Dinkes.${b}`));
        const unitKerja = ['h:PuskesmasBengkayang', 'h:Labkesda'].map(box);
        expect(new Set(bidang.map(b => b.y)).size).toBe(1);
        expect(new Set(unitKerja.map(b => b.y)).size).toBe(1);
        const lowestOfLine = Math.max(...scene.boxes.filter(b => b.id.startsWith('h:Dinkes.') || b.id.startsWith('k:Dinkes.')).map(b => b.y + b.height));
        for (const u of unitKerja) {
            expect(u.style).toBe('unit-kerja');
            expect(u.y, u.id).toBeGreaterThan(lowestOfLine);
        }
        expect(legendText(scene)).toEqual(['Keterangan:', 'garis komando', 'garis koordinasi (seperti ketua tim)', 'unit kerja']);
        // The keterangan sits below every box of the bagan.
        const legendTop = Math.min(...(scene.notes ?? []).map(n => n.y));
        for (const b of scene.boxes.filter(x => !x.id.startsWith('legend:'))) expect(b.y + b.height, b.id).toBeLessThan(legendTop);
    });

    it('the Setda: the Asisten in one row, each Bagian stacked under its Asisten, no staff branch where there is no Sekretariat', async () => {
        const { scene, box } = await bagan('Bengkayang', 'Setda');
        const asisten = scene.boxes.filter(b => /^h:Setda\.[A-Za-z]+$/.test(b.id));
        expect(asisten.length).toBe(3);
        expect(new Set(asisten.map(b => b.y)).size).toBe(1);
        for (const a of asisten) {
            const bagian = scene.boxes.filter(b => b.id.startsWith(`${a.id}.`) && /^h:/.test(b.id));
            expect(bagian.length, a.id).toBeGreaterThan(0);
            for (const b of bagian) {
                expect(b.y, b.id).toBeGreaterThan(a.y);
                expect(b.x, b.id).toBeGreaterThan(a.x);
            }
        }
        expect(box('h:Setda').y).toBeLessThan(Math.min(...asisten.map(a => a.y)));
    });

    it('every example struktur drawn whole: one row of top-level units of the line and one of unit kerja, never wrapped', async () => {
        for (const p of pemda.values()) for (const { element } of drawableElements(p, 'struktur')) {
            const { scene } = (await diagramScene(p, { kind: 'struktur', element }, metrics))!;
            const organisation = p.organisations.find(o => o.id === element)!;
            const topIds = new Set(organisation.units.filter(u => u.kind !== 'sekretariat').map(u => `h:${u.id}`));
            const rowsOfLine = new Set(scene.boxes.filter(b => topIds.has(b.id)).map(b => b.y));
            expect(rowsOfLine.size, `${p.name} ${element}`).toBeLessThanOrEqual(1);
            const ukIds = new Set(p.organisations.filter(o => o.induk === element).map(o => `h:${o.id}`));
            const rowsOfUk = new Set(scene.boxes.filter(b => ukIds.has(b.id)).map(b => b.y));
            expect(rowsOfUk.size, `${p.name} ${element} unit kerja`).toBeLessThanOrEqual(1);
        }
    });
    it('Bengkayang Disdikbud on F4: the page of unit kerja holds them in rows hung from one rail, in written order, each reached by its own line', async () => {
        const p = pemda.get('Bengkayang')!;
        const { pages } = (await diagramScene(p, { kind: 'struktur', element: 'Disdikbud', page: printedPage('struktur', { paper: 'f4' })! }, metrics))!;
        // Five pages when the unit kerja had to stand in one row: the last two held three and two.
        expect(pages).toHaveLength(4);
        const written = p.organisations.filter(o => o.induk === 'Disdikbud').map(o => `h:${o.id}`);
        const last = pages![pages!.length - 1];
        const heads = last.boxes.filter(b => written.includes(b.id));
        const rows = [...new Set(heads.map(b => b.y))].sort((a, b) => a - b);
        expect(rows.length).toBe(2);
        const read = [...heads].sort((a, b) => a.y - b.y || a.x - b.x).map(b => b.id);
        expect(read).toEqual(written.filter(id => read.includes(id)));
        // Each head is reached from above at its centre; the rows' buses meet one rail at the left edge.
        for (const h of heads) {
            const into = last.connectors.find(c => c.to === h.id && c.points[c.points.length - 1][1] === h.y);
            expect(into?.points[into.points.length - 1][0], h.id).toBeCloseTo(centre(h), 5);
        }
        const rail = last.connectors.find(c => c.points.length === 3 && c.points[1][0] === c.points[2][0] && c.points[2][1] > c.points[1][1] + 50);
        expect(rail, 'the rail down to the second row').toBeDefined();
        expect(rail!.points[2][0]).toBeLessThan(Math.min(...heads.map(b => b.x)));
    });

    it('a town Kecamatan of five Seksi and fourteen Kelurahan: the five Seksi stay in one row on the first page, on A3 where F4 cannot hold them at 8 pt', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'kec.sikerja': KECAMATAN_KOTA });
        const p = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const page = printedPage('struktur', { paper: 'f4' })!;
        const { pages } = (await diagramScene(p, { kind: 'struktur', element: 'KecamatanKota', page }, metrics))!;
        const seksi = ['Pemerintahan', 'PMD', 'Trantib', 'Kesra', 'Pelayanan'].map(s => `h:KecamatanKota.${s}`);
        const first = pages![0].boxes.filter(b => seksi.includes(b.id));
        // The fifth Seksi stood alone on the second F4 page.
        expect(first.map(b => b.id)).toEqual(seksi);
        expect(new Set(first.map(b => b.y)).size).toBe(1);
        for (const [i, pg] of pages!.entries()) {
            expect(pg.boxes.filter(b => seksi.includes(b.id)).length, `hal. ${i + 1}`).toBe(i === 0 ? 5 : 0);
            expect([page.larger!, page.larger!.turned!].some(sheet => fitsPage(pg, sheet, metrics)), `hal. ${i + 1} on A3 at 8 pt`).toBe(true);
        }
        // Every Kelurahan once.
        const kelurahan = pages!.flatMap(pg => pg.boxes.filter(b => /^h:Kel[A-Za-z]+$/.test(b.id)).map(b => b.id));
        expect(kelurahan).toHaveLength(14);
        expect(new Set(kelurahan).size).toBe(14);
    });
});
