import { beforeAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { Organisation, PemdaModel, Position, UnitNode } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, pageBudget, renderDiagram, shippedFonts, type Box, type Scene } from '@sikerja/diagram';
import { buildWorkspace, PEMDA_FILE } from '../helpers.js';
import { buildOrgDrawing } from '../../packages/diagram/src/org/org-tree.js';
import { petaJabatanBoxes } from '../../packages/diagram/src/org/org-boxes.js';
import { layoutOrg, measureOrg, type BlockSizes } from '../../packages/diagram/src/org/org-layout.js';
import { elk } from '../../packages/diagram/src/elk.js';
import { expectAllAttached, expectConnectorsClean, expectNoOverlap, expectTextInsideBoxes } from './geometry.js';

const { metrics } = shippedFonts();
let pemda: Map<string, PemdaModel>;

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/']);
    pemda = new Map(ws.services.model.SemanticModel.semanticModel().pemda.map(p => [p.name, p]));
});

function positionsOf(u: UnitNode): Position[] {
    return [...(u.leader ? [u.leader] : []), ...u.positions, ...u.units.flatMap(positionsOf)];
}

/** The PD and its unit kerja: every organisation whose induk chain reaches it. */
function positionsOfPd(p: PemdaModel, pd: string): Position[] {
    return p.organisations.filter((o: Organisation) => o.perangkatDaerah === pd).flatMap(positionsOf);
}

const rowsOf = (boxes: Box[]) => boxes.flatMap(b => b.rows.map(r => ({ box: b, row: r })));
const cellText = (r: Box['rows'][number], i: number) => r.cells[i].lines.join(' ');

describe('struktur organisasi and peta jabatan of every example Perangkat Daerah', () => {
    it('keep text in its boxes, boxes apart, and lines on their boxes', async () => {
        expect([...pemda.keys()]).toEqual(['Bengkalis', 'Bengkayang', 'Kampar', 'MahakamUlu', 'TanjungJabungTimur']);
        let drawn = 0;
        for (const p of pemda.values()) {
            expect(drawableElements(p, 'struktur').length, `Perangkat Daerah of ${p.name}`).toBeGreaterThan(0);
            for (const { element } of drawableElements(p, 'struktur')) {
                for (const kind of ['struktur', 'peta-jabatan'] as const) {
                    const { scene } = (await diagramScene(p, { kind, element }, metrics))!;
                    expect(scene.boxes.length, `${p.name} ${element} ${kind}`).toBeGreaterThan(1);
                    drawn++;
                    expectTextInsideBoxes(scene, metrics);
                    expectNoOverlap(scene.boxes);
                    expectConnectorsClean(scene);
                    expectAllAttached(scene, `h:${element}`);
                    const aspect = scene.width / scene.height;
                    expect(aspect, `${p.name} ${element} ${kind}`).toBeLessThanOrEqual(3);
                    expect(aspect, `${p.name} ${element} ${kind}`).toBeGreaterThanOrEqual(1 / 3);
                }
            }
        }
        // At least ten Perangkat Daerah, each drawn twice.
        expect(drawn).toBeGreaterThanOrEqual(20);
    });

    it('draw a Dinas as its bagan: head on top, Sekretariat and Bidang below, each kelompok under its PPK, UPTD under the induk', async () => {
        const { scene } = (await diagramScene(pemda.get('Bengkayang')!, { kind: 'struktur', element: 'Dinkes' }, metrics))!;
        const box = (id: string) => scene.boxes.find(b => b.id === id)!;
        const head = box('h:Dinkes');
        expect(head.rows[0].cells[0].lines.join(' ')).toBe('KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA');
        for (const unit of ['h:Dinkes.Sekretariat', 'h:Dinkes.Kesmas', 'h:Dinkes.P2P', 'h:PuskesmasBengkayang', 'h:Labkesda']) {
            expect(box(unit).y, unit).toBeGreaterThan(head.y + head.height);
        }
        expect(box('h:PuskesmasBengkayang').style).toBe('unit-kerja');
        // The Sekretaris is PPK of the Sekretariat's JF; the remaining Kasubbag coordinates them, drawn dashed.
        const kelompok = box('k:Dinkes.Sekretariat');
        expect(kelompok.rows.map(r => r.cells[0].lines.join(' '))).toEqual([
            'KELOMPOK JABATAN FUNGSIONAL DAN PELAKSANA', 'dikoordinasikan Kepala Subbagian Umum dan Kepegawaian (seperti ketua tim)'
        ]);
        const dashed = scene.connectors.filter(c => c.dashed);
        expect(dashed.map(c => [c.from, c.to])).toContainEqual(['h:Dinkes.Sekretariat.UmumKepegawaian', 'k:Dinkes.Sekretariat']);
    });

    it('list every position of the Perangkat Daerah once with its kelas, B, K and ±, and table totals equal the model', async () => {
        for (const [name, element] of [['Bengkayang', 'Dinkes'], ['Bengkayang', 'Setda'], ['TanjungJabungTimur', 'Diskominfo']] as const) {
            const p = pemda.get(name)!;
            const { scene } = (await diagramScene(p, { kind: 'peta-jabatan', element }, metrics))!;
            const model = positionsOfPd(p, element);
            // A row leads to a position, or (a subheading) to the written kelompok whose rows follow.
            const isPosition = (id: string | undefined) => model.some(m => m.id === id);
            const rows = rowsOf(scene.boxes).filter(x => isPosition(x.row.element?.id));
            expect(rows.map(x => x.row.element!.id).sort()).toEqual(model.map(m => m.id).sort());
            for (const { row } of rows) {
                const m = model.find(x => x.id === row.element!.id)!;
                const figures = row.cells.slice(-4).map((_, i) => cellText(row, row.cells.length - 4 + i));
                const selisih = m.bezetting! - m.kebutuhan!;
                expect(figures, m.id).toEqual([String(m.kelas), String(m.bezetting), String(m.kebutuhan), selisih > 0 ? `+${selisih}` : String(selisih)]);
                expect(row.cells[row.cells.length - 1].shortage ?? false, m.id).toBe(selisih < 0);
            }
            for (const table of scene.boxes.filter(b => b.style === 'tabel')) {
                const listed = table.rows.filter(r => isPosition(r.element?.id)).map(r => model.find(m => m.id === r.element!.id)!);
                const total = table.rows[table.rows.length - 1];
                expect(cellText(total, 0)).toBe('Jumlah');
                const b = listed.reduce((s, m) => s + m.bezetting!, 0), k = listed.reduce((s, m) => s + m.kebutuhan!, 0);
                expect([cellText(total, 2), cellText(total, 3)], table.id).toEqual([String(b), String(k)]);
            }
        }
    });

    it('keep each written kelompok\'s name: a subheading over its rows in the peta jabatan, a line in the struktur\'s box', async () => {
        const p = pemda.get('Bengkayang')!;
        const groups = p.organisations.find(o => o.id === 'DPMPTSP')!.groups;
        expect(groups.length).toBeGreaterThan(1);
        const peta = (await diagramScene(p, { kind: 'peta-jabatan', element: 'DPMPTSP' }, metrics))!.scene;
        const table = peta.boxes.find(b => b.id === 'k:DPMPTSP')!;
        const texts = table.rows.map(r => r.cells[0].lines.join(' '));
        for (const g of groups) {
            const at = table.rows.findIndex(r => r.element?.id === g.id);
            expect(texts[at], g.id).toBe(g.title);
            // Under the subheading, the kelompok's own jabatan, in written order.
            const members = p.organisations.find(o => o.id === 'DPMPTSP')!.positions.filter(x => x.group === g.id).map(x => x.id);
            expect(table.rows.slice(at + 1, at + 1 + members.length).map(r => r.element?.id)).toEqual(members);
        }
        const struktur = (await diagramScene(p, { kind: 'struktur', element: 'DPMPTSP' }, metrics))!.scene;
        const box = struktur.boxes.find(b => b.id === 'k:DPMPTSP')!;
        expect(box.rows.slice(1).map(r => r.cells[0].lines.join(' '))).toEqual(groups.map(g => g.title));
    });

    it('head the rows in no written kelompok "Di luar kelompok" where the table has kelompok, so none reads as the first kelompok\'s (Puskesmas Ledo)', async () => {
        const p = pemda.get('Bengkayang')!;
        const { scene } = (await diagramScene(p, { kind: 'peta-jabatan', element: 'Dinkes' }, metrics))!;
        const ledo = p.organisations.find(o => o.id === 'PuskesmasLedo')!;
        const table = scene.boxes.find(b => b.id === 'k:PuskesmasLedo')!;
        const texts = table.rows.map(r => r.cells[0].lines.join(' '));
        const outside = ledo.positions.filter(x => x.group === undefined).map(x => x.id);
        expect(outside.length).toBeGreaterThan(0);
        // The title, the column heads, then the subheading and the rows it heads.
        expect(texts[2]).toBe('Di luar kelompok');
        expect(table.rows.slice(3, 3 + outside.length).map(r => r.element?.id)).toEqual(outside);
        expect(texts[3 + outside.length]).toBe(ledo.groups[0].title);
        // A table of one kelompok only, or of none, has no subheading at all (Bengkalis Dinkes).
        const plain = (await diagramScene(pemda.get('Bengkalis')!, { kind: 'peta-jabatan', element: 'Dinkes' }, metrics))!.scene;
        expect(plain.boxes.flatMap(b => b.rows.map(r => r.cells[0].lines.join(' '))).filter(t => t === 'Di luar kelompok')).toEqual([]);
    });

    it('put a kelompok\'s coordinator under that kelompok\'s subheading, not over rows in no kelompok (Dinkes Sekretariat, one post taken out of its kelompok)', async () => {
        const p = structuredClone(pemda.get('Bengkayang')!);
        const sekretariat = p.organisations.find(o => o.id === 'Dinkes')!.units.find(u => u.id === 'Dinkes.Sekretariat')!;
        const grouped = sekretariat.positions.filter(x => x.group !== undefined);
        expect(grouped.length).toBeGreaterThan(1);
        grouped[0].group = undefined;
        const { scene } = (await diagramScene(p, { kind: 'peta-jabatan', element: 'Dinkes' }, metrics))!;
        const texts = scene.boxes.find(b => b.id === 'k:Dinkes.Sekretariat')!.rows.map(r => r.cells[0].lines.join(' '));
        const note = texts.findIndex(t => t.startsWith('dikoordinasikan'));
        expect(note).toBeGreaterThan(texts.indexOf('Di luar kelompok'));
        expect(texts[note - 1]).toBe(sekretariat.groups.find(g => g.id === grouped[1].group)!.title);
    });

    it('draw a coordinator only where the kelompok names one', async () => {
        const ws = await loadWorkspace(['examples/']);
        const tjt = ws.services.model.SemanticModel.semanticModel().pemda.find(x => x.name === 'TanjungJabungTimur')!;
        // Diskominfo's Kasubbag is marked `seperti-ketua-tim`, but no kelompok names it: nothing is drawn as coordinated.
        const { scene } = (await diagramScene(tjt, { kind: 'struktur', element: 'Diskominfo' }, metrics))!;
        expect(scene.connectors.filter(c => c.dashed)).toEqual([]);
        expect(scene.boxes.flatMap(b => b.rows.map(r => r.cells[0].lines.join(' '))).filter(t => t.startsWith('dikoordinasikan'))).toEqual([]);
    });

    it('writes the same bytes for the same model, with each element named for click-to-source', async () => {
        const p = pemda.get('TanjungJabungTimur')!;
        const a = await renderDiagram(p, { kind: 'peta-jabatan', element: 'Setda' }, metrics);
        const b = await renderDiagram(p, { kind: 'peta-jabatan', element: 'Setda' }, metrics);
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(a.diagram.svg).toBe(b.diagram.svg);
        expect(a.diagram.svg).toContain('data-element="Setda.SekretarisDaerah"');
        expect(a.diagram.svg).not.toContain('foreignObject');
        expect(a.diagram.svg).not.toMatch(/href=|url\(/);
        expect(a.diagram.elements.map(e => e.element)).toContain('Setda.SekretarisDaerah');
    });

    it('answers an unknown element with an Indonesian error value, not an exception', async () => {
        const r = await renderDiagram(pemda.get('Kampar')!, { kind: 'struktur', element: 'Dinkes' }, metrics);
        expect(r).toEqual({ ok: false, error: { code: 'element-not-found', message: '`Dinkes` bukan perangkat daerah di pemda Kampar untuk Struktur Organisasi. Yang ada: `BKPSDM`.' } });
    });
});

describe('names with markup characters', () => {
    it('produce well-formed SVG that shows them as text', async () => {
        const { buildWorkspace } = await import('../helpers.js');
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { nama "Kabupaten <Uji> & \'Coba\'" regulasi "Perbup Bengkayang 5/2024" }',
            'org.sikerja': `pemda Uji
dinas D "Dinas \\"A\\" & <B>" {
    pimpinan Kepala "Kepala <Dinas> & 'Co'" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang B1 "Bidang <x> & \\"y\\"" {
        pimpinan Kabid "Kabid & <z>" administrator kelas 11 bezetting 1 kebutuhan 1
        jabatan Analis "Analis <Kebijakan> & 'Muda'" fungsional keahlian ahli-muda kelas 9 bezetting 0 kebutuhan 1
    }
}`
        });
        const p = ws.services.model.SemanticModel.semanticModel().pemda[0];
        for (const kind of ['struktur', 'peta-jabatan'] as const) {
            const r = await renderDiagram(p, { kind, element: 'D' }, metrics);
            expect(r.ok).toBe(true);
            if (!r.ok) return;
            // resvg parses XML strictly: a stray < or & would fail here.
            expect(() => new Resvg(r.diagram.svg)).not.toThrow();
            expect(r.diagram.svg).toContain(kind === 'struktur' ? 'BIDANG &lt;X&gt; &amp; &quot;Y&quot;' : 'Analis &lt;Kebijakan&gt; &amp; &#39;Muda&#39;');
            expect(r.diagram.svg).toContain('Kabupaten &lt;Uji&gt; &amp; &#39;Coba&#39;');
        }
    });
});

describe('pejabat level marks (Bengkayang Lampiran I figure texts), when asked', () => {
    const levels = async (pemdaName: string, element: string) => {
        const { scene } = (await diagramScene(pemda.get(pemdaName)!, { kind: 'struktur', element, pejabatLevel: true }, metrics))!;
        expectTextInsideBoxes(scene, metrics);
        expectNoOverlap(scene.boxes);
        return new Map(scene.boxes.filter(b => b.id.startsWith('h:')).map(b => [b.id.slice(2), b.rows.slice(1).map(r => r.cells[0].lines.join(' ')).join(' ')]));
    };

    it('a Dinas: Kepala Dinas 1, Sekretaris and Kepala Bidang 2, Kepala Subbagian 3, the head of each unit kerja 1', async () => {
        const dinkes = await levels('Bengkayang', 'Dinkes');
        expect(dinkes.get('Dinkes')).toBe('Pejabat level 1');
        expect(dinkes.get('Dinkes.Sekretariat')).toBe('Pejabat level 2');
        expect(dinkes.get('Dinkes.Kesmas')).toBe('Pejabat level 2');
        expect(dinkes.get('Dinkes.Sekretariat.UmumKepegawaian')).toBe('Pejabat level 3');
        expect(dinkes.get('PuskesmasBengkayang')).toBe('Pejabat level 1');
    });

    it('the Setda: an Asisten under the Sekda keeps level 1, the Kepala Bagian is level 2 (Gambar 6)', async () => {
        const setda = await levels('Bengkayang', 'Setda');
        expect(setda.get('Setda')).toBe('Pejabat level 1');
        expect(setda.get('Setda.AsistenPemerintahan')).toBe('Pejabat level 1');
        expect(setda.get('Setda.AsistenPemerintahan.BagianHukum')).toBe('Pejabat level 2');
        expect(setda.get('Setda.AsistenPemerintahan.BagianPemerintahan.OtonomiDaerah')).toBe('Pejabat level 3');
    });

    it('a Kecamatan: the Kepala Seksi is level 2 (Gambar 8); no marks unless asked', async () => {
        const kecamatan = await levels('Bengkayang', 'KecamatanBengkayang');
        expect(kecamatan.get('KecamatanBengkayang')).toBe('Pejabat level 1');
        expect(kecamatan.get('KecamatanBengkayang.PMD')).toBe('Pejabat level 2');
        const { scene } = (await diagramScene(pemda.get('Bengkayang')!, { kind: 'struktur', element: 'KecamatanBengkayang' }, metrics))!;
        expect(scene.boxes.filter(b => b.id.startsWith('h:')).every(b => b.rows.length === 1)).toBe(true);
    });
});

describe('a peta jabatan printed over pages', () => {
    it('gives the Perangkat Daerah\'s totals in its head box on every page as the whole drawing has them (unit kerja on later pages included)', async () => {
        const p = pemda.get('Bengkayang')!;
        const page = { width: 867, height: 527, turnable: true };
        const drawn = (await diagramScene(p, { kind: 'peta-jabatan', element: 'Disdikbud', page }, metrics))!;
        expect(drawn.pages!.length).toBeGreaterThan(1);
        const totalsIn = (boxes: Box[]) => boxes.find(b => b.id === 'h:Disdikbud')?.rows.map(r => r.cells.map(c => c.lines.join(' ')).join(' ')).find(t => t.startsWith('Jumlah perangkat daerah'));
        const whole = totalsIn(drawn.scene.boxes)!;
        expect(whole).toMatch(/^Jumlah perangkat daerah: 140 jabatan/);
        for (const [i, pg] of drawn.pages!.entries()) {
            const here = totalsIn(pg.boxes);
            if (here) expect(here, `hal. ${i + 1}`).toBe(whole);
        }
    });
});

describe('the Perangkat Daerah\'s totals on paper', () => {
    const printedTotals = (scene: Scene) => [
        ...scene.title.lines.map(l => l.text),
        ...scene.boxes.flatMap(b => b.rows.map(r => r.cells.map(c => c.lines.join(' ')).join(' ')))
    ].map(t => t.replace(/\s+/g, ' ')).filter(t => t.startsWith('Jumlah perangkat daerah'));

    it('are printed once on a peta jabatan of one page: in the head box, not again under the title (Dinkes Bengkalis)', async () => {
        const drawn = (await diagramScene(pemda.get('Bengkalis')!, { kind: 'peta-jabatan', element: 'Dinkes', page: { width: 867, height: 527, turnable: true } }, metrics))!;
        const printed = drawn.pages ?? [drawn.scene];
        expect(printed).toHaveLength(1);
        expect(printedTotals(printed[0])).toEqual(['Jumlah perangkat daerah: 10 jabatan · B 12 · K 12 · ± 0']);
        expect(printed[0].title.lines.map(l => l.text)).toEqual(['PETA JABATAN', 'DINAS KESEHATAN', 'Kabupaten Bengkalis']);
    });

    it('are printed once per page at most over several pages: the head box of the first page, the title of the last (Disdikbud)', async () => {
        const drawn = (await diagramScene(pemda.get('Bengkayang')!, { kind: 'peta-jabatan', element: 'Disdikbud', page: { width: 867, height: 527, turnable: true } }, metrics))!;
        const pages = drawn.pages!;
        expect(pages.length).toBeGreaterThan(2);
        for (const [i, pg] of pages.entries()) expect(printedTotals(pg), `hal. ${i + 1}`).toHaveLength(i === 0 || i === pages.length - 1 ? 1 : 0);
        expect(pages[pages.length - 1].title.lines.at(-1)!.text).toMatch(/^Jumlah perangkat daerah: 140\sjabatan/);
    });
});

describe('a peta jabatan packed page by page', () => {
    const f4 = { width: 867, height: 527, turnable: true };
    const pageOf = (pages: Scene[], id: string) => pages.findIndex(pg => pg.boxes.some(b => b.id === id));

    it('begins the unit after a small Bidang on the Bidang\'s page where that takes fewer pages (Dinkes: PPKB no longer alone, 6 pages not 7)', async () => {
        const drawn = (await diagramScene(pemda.get('Bengkayang')!, { kind: 'peta-jabatan', element: 'Dinkes', page: f4 }, metrics))!;
        const pages = drawn.pages!;
        expect(pages).toHaveLength(6);
        const ppkb = pageOf(pages, 'h:Dinkes.PPKB');
        expect(pages[ppkb].boxes.some(b => /^[hk]:Puskesmas/.test(b.id)), 'a Puskesmas begun on the PPKB page').toBe(true);
    });

    it('keeps each unit kerja whole on a page where beginning it earlier saves no page (Kecamatan Bengkayang: its three Kelurahan)', async () => {
        const drawn = (await diagramScene(pemda.get('Bengkayang')!, { kind: 'peta-jabatan', element: 'KecamatanBengkayang', page: f4 }, metrics))!;
        const pages = drawn.pages!;
        expect(pages).toHaveLength(6);
        for (const kelurahan of ['KelurahanBumiEmas', 'KelurahanSebalo', 'KelurahanBaniAmas']) {
            const on = pages.map((pg, i) => pg.boxes.some(b => b.id.startsWith(`k:${kelurahan}.`) || (b.id.startsWith(`h:${kelurahan}.`))) ? i : -1).filter(i => i >= 0);
            expect(new Set(on).size, kelurahan).toBe(1);
        }
    });
});

describe('measuring a page before drawing it', () => {
    it('gives the size the drawn layout has, with the blocks measured before as single rectangles (Disdikbud, 140 jabatan)', async () => {
        const p = pemda.get('Bengkayang')!;
        const drawing = buildOrgDrawing(p, p.organisations.find(o => o.id === 'Disdikbud')!);
        const boxes = petaJabatanBoxes(metrics);
        const sizes: BlockSizes = new WeakMap();
        for (const aspect of [0.7, 1.6]) {
            const first = await measureOrg(drawing.root, boxes, aspect, sizes);
            // The second measure reads every unit below the root from `sizes`.
            expect(drawing.root.children.every(c => sizes.has(c))).toBe(true);
            const again = await measureOrg(drawing.root, boxes, aspect, sizes);
            const laid = await layoutOrg(drawing.root, boxes, aspect);
            expect(first).toEqual({ width: laid.width, height: laid.height });
            expect(again).toEqual(first);
        }
    });

    it('gives the drawn size for every organisation of the examples, head wider than its rows or not', async () => {
        const boxes = petaJabatanBoxes(metrics);
        let headWider = 0;
        for (const p of pemda.values()) for (const o of p.organisations) {
            const { root } = buildOrgDrawing(p, o);
            // The whole tree, and the head with only its smallest unit (a page holding one unit kerja).
            const smallest = [...root.children].sort((a, b) => a.kelompok.length - b.kelompok.length)[0];
            for (const tree of [root, { ...root, kelompok: [], children: smallest ? [smallest] : [] }, { ...root, kelompok: [], children: [] }]) {
                const laid = await layoutOrg(tree, boxes, 0.7);
                const measured = await measureOrg(tree, boxes, 0.7, new WeakMap());
                expect(measured, o.id).toEqual({ width: laid.width, height: laid.height });
                if (laid.boxes.find(b => b.id === `h:${root.unit.id}`)!.width === laid.width) headWider++;
            }
        }
        expect(headWider).toBeGreaterThan(0);
    });

    it('lays out in-line: no timer between the request and the answer', async () => {
        let answered = false;
        const layout = elk().layout({ id: 'r', layoutOptions: { 'elk.algorithm': 'rectpacking' }, children: [{ id: 'a', width: 10, height: 10 }] }).then(g => { answered = g.width! > 0; });
        // One microtask later the answer is in: elkjs's own API would still be waiting on two timers.
        await Promise.resolve();
        await Promise.resolve();
        expect(answered).toBe(true);
        await layout;
    });
});

describe('a peta jabatan filled page by page', () => {
    it('begins a table too long for a page of its own under a small unit, not on a fresh page, and never with fewer than three rows', async () => {
        const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) =>
            `            jabatan ${prefix}${i} "Pengadministrasi Perkantoran ${prefix} ${i}" pelaksana kelas 5 bezetting 1 kebutuhan 1 pns`).join('\n');
        const ws = await buildWorkspace({
            'pemda.sikerja': PEMDA_FILE,
            'dinas.sikerja': `pemda Uji

dinas Uji "Dinas Uji" {
    urusan "uji"
    pimpinan Kepala "Kepala Dinas Uji" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns
    bidang Kecil "Bidang Kecil" {
        pimpinan Kabid "Kepala Bidang Kecil" administrator kelas 11 bezetting 1 kebutuhan 1 pns
${rows('K', 4)}
    }
    bidang Besar "Bidang Besar" {
        pimpinan Kabid "Kepala Bidang Besar" administrator kelas 11 bezetting 1 kebutuhan 1 pns
${rows('B', 80)}
    }
}
`
        });
        const p = ws.services.model.SemanticModel.semanticModel().pemda.find(x => x.name === 'Uji')!;
        const page = { width: 527, height: 867 };
        const drawn = (await diagramScene(p, { kind: 'peta-jabatan', element: 'Uji', page }, metrics))!;
        const pages = drawn.pages!;
        const tablesOn = (pg: Scene) => pg.boxes.filter(b => b.id.startsWith('k:')).map(b => [b.id, b.rows.filter(r => /^Pengadministrasi/.test(r.cells[0]?.lines.join(' ') ?? '')).length]);
        // The first page holds the small Bidang whole and the first rows of the long table.
        expect(tablesOn(pages[0])).toEqual([['k:Uji.Kecil', 4], ['k:Uji.Besar', expect.any(Number)]]);
        const begun = tablesOn(pages[0])[1][1] as number;
        expect(begun).toBeGreaterThanOrEqual(3);
        // Every row once, over the pages, in written order.
        const all = pages.flatMap(pg => pg.boxes.filter(b => b.id === 'k:Uji.Besar').flatMap(b => b.rows.map(r => r.cells[0]?.lines.join(' ') ?? '').filter(t => t.startsWith('Pengadministrasi'))));
        expect(all).toEqual(Array.from({ length: 80 }, (_, i) => `Pengadministrasi Perkantoran B ${i}`));
    });
});

describe('a peta jabatan on pages that may turn', () => {
    it('puts two unit kerja the portrait page cannot hold together side by side on one landscape page (Disdikbud, UPT Satuan Pendidikan)', async () => {
        const p = pemda.get('Bengkayang')!;
        const portrait = { width: 527, height: 867 };
        const drawn = (await diagramScene(p, { kind: 'peta-jabatan', element: 'Disdikbud', page: { ...portrait, turnable: true } }, metrics))!;
        const unitKerja = new Set(p.organisations.filter(o => o.induk === 'Disdikbud').map(o => `h:${o.id}`));
        const turned = drawn.pages!.filter(pg => pg.width > pageBudget(portrait).width);
        expect(turned.length).toBeGreaterThan(0);
        for (const pg of turned) {
            expect(pg.width).toBeLessThanOrEqual(pageBudget({ width: portrait.height, height: portrait.width }).width);
            const heads = pg.boxes.filter(b => unitKerja.has(b.id));
            expect(heads.length, 'unit kerja on the turned page').toBeGreaterThanOrEqual(2);
            expect(new Set(heads.map(h => Math.round(h.y))).size, 'side by side').toBe(1);
        }
        // Not turned without leave: a page asked portrait stays portrait.
        const fixed = (await diagramScene(p, { kind: 'peta-jabatan', element: 'Disdikbud', page: portrait }, metrics))!;
        expect(fixed.pages!.every(pg => pg.width <= pageBudget(portrait).width)).toBe(true);
    });
});
