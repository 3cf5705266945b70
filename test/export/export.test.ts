import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel, UnitNode } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { renderDiagram, shippedFontPaths, shippedFonts, TEXT, type Diagram } from '@sikerja/diagram';
import { Resvg } from '@resvg/resvg-js';
import { diagramPdf, exportDiagrams, mm, pngResolution, printedPage, svgToPdf, svgToPng } from '@sikerja/export';
import { decodePng } from './png-reader.js';

const ROOT = path.resolve(__dirname, '../..');
const { metrics } = shippedFonts();
const fonts = shippedFontPaths();
let pemda: Map<string, PemdaModel>;

async function diagram(name: string, kind: 'struktur' | 'peta-jabatan' | 'tim', element: string): Promise<Diagram> {
    const r = await renderDiagram(pemda.get(name)!, { kind, element }, metrics);
    if (!r.ok) throw new Error(r.error.message);
    return r.diagram;
}

/** Page sizes and embedded fonts, read from the PDF's own objects. */
function pdfFacts(pdf: Buffer): { pages: Array<[number, number]>; fonts: string[]; embedded: number } {
    const text = pdf.toString('latin1');
    const pages = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(m => [Number(m[1]), Number(m[2])] as [number, number]);
    const fontNames = [...new Set([...text.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map(m => m[1].slice(7)))];
    return { pages, fonts: fontNames.sort(), embedded: (text.match(/\/FontFile2/g) ?? []).length };
}

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/']);
    pemda = new Map(ws.services.model.SemanticModel.semanticModel().pemda.map(p => [p.name, p]));
});

describe('PNG', () => {
    it('is 300 dpi, stated in the file, at the drawing\'s true size', async () => {
        const d = await diagram('Bengkayang', 'struktur', 'Dinkes');
        const png = svgToPng(d.svg, fonts);
        expect(pngResolution(png)).toBe(300);
        const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
        expect(width).toBe(Math.round(d.width * 300 / 72));
        expect(height).toBe(Math.round(d.height * 300 / 72));
    });
});

describe('PDF', () => {
    it('fits a small drawing on one F4 landscape page with Noto Sans embedded, larger when there is room, never under 8 pt', async () => {
        const d = await diagram('Bengkayang', 'struktur', 'Inspektorat');
        const r = await svgToPdf(d.svg, d, fonts, { paper: 'f4', title: 'Uji', smallestText: d.smallestText });
        const facts = pdfFacts(r.pdf);
        expect(r.pages).toBe(1);
        expect(d.smallestText * r.scale).toBeGreaterThanOrEqual(8);
        expect(TEXT.body * r.scale).toBeLessThanOrEqual(11 + 1e-9);
        expect(facts.pages.map(([w, h]) => [Math.round(w * 10) / 10, Math.round(h * 10) / 10])).toEqual([[Math.round(mm(330) * 10) / 10, Math.round(mm(215) * 10) / 10]]);
        expect(facts.fonts).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
        expect(facts.embedded).toBe(2);
    });

    it('draws a large peta jabatan page by page by its content, each position on one page, on the paper asked for', async () => {
        const p = pemda.get('Bengkayang')!;
        const page = printedPage('peta-jabatan', { paper: 'a4', orientation: 'portrait' })!;
        const result = await renderDiagram(p, { kind: 'peta-jabatan', element: 'Dinkes', page }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        const d = result.diagram;
        expect(d.pages!.length).toBeGreaterThan(1);
        // Each jabatan of a kelompok is one row of one page: a table is cut between rows, never repeated.
        const jabatan = p.organisations.filter(o => o.perangkatDaerah === 'Dinkes').flatMap(function rows(u: UnitNode): string[] {
            return [...u.positions.map(x => x.id), ...u.units.flatMap(rows)];
        });
        const rowsOf = (svg: string) => [...svg.matchAll(/<g data-element="([^"]+)">/g)].map(m => m[1]);
        const drawn = d.pages!.flatMap(rowsOf).filter(id => jabatan.includes(id));
        expect(drawn.sort(), JSON.stringify([...jabatan].filter(j => !drawn.includes(j)))).toEqual([...jabatan].sort());
        expect(d.pages![0]).not.toContain('(LANJUTAN)');
        for (const svg of d.pages!.slice(1)) expect(svg).toContain('PETA JABATAN (LANJUTAN)');
        const r = await diagramPdf(d, fonts, { paper: 'a4', orientation: 'portrait', title: 'Uji' });
        expect(r.pages).toBe(d.pages!.length);
        const facts = pdfFacts(r.pdf);
        for (const [w, h] of facts.pages) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    });
});

describe('a struktur on paper', () => {
    it('is one A3 page where F4 cannot hold its row of Bidang at 8 pt and A3 holds the whole bagan (Bengkayang Dinkes), never cut into branches', async () => {
        const p = pemda.get('Bengkayang')!;
        const page = printedPage('struktur', { paper: 'f4' })!;
        const result = await renderDiagram(p, { kind: 'struktur', element: 'Dinkes', page }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        const d = result.diagram;
        expect(d.pages).toHaveLength(1);
        // The whole bagan: every Bidang and every unit kerja on the one page.
        for (const id of ['Dinkes.Kesmas', 'Dinkes.P2P', 'PuskesmasBengkayang', 'Labkesda']) expect(d.pages![0], id).toContain(`data-element="${id}"`);
        const r = await diagramPdf(d, fonts, { paper: 'f4', title: 'Uji' });
        const facts = pdfFacts(r.pdf);
        expect(facts.pages.map(([w, h]) => [Math.round(w), Math.round(h)])).toEqual([[1191, 842]]);
        expect(d.smallestText * r.scale).toBeGreaterThanOrEqual(8 - 1e-9);
        // Where F4 holds the row, the struktur stays on F4 (Inspektorat: one page).
        const small = await renderDiagram(p, { kind: 'struktur', element: 'Inspektorat', page }, metrics);
        expect(small.ok && small.diagram.pages).toBeUndefined();
    });

    it('is on A3 with nothing under 8 pt where its boxes hold no small text (a Dinas PUPR of five Bidang without named kelompok)', async () => {
        const seksi = (id: string, title: string) => `        seksi ${id} "${title}" {\n            pimpinan Kasi "Kepala ${title}" pengawas kelas 9 bezetting 1 kebutuhan 1 pns\n        }`;
        const bidang = (id: string, title: string, units: string[]) => [
            `    bidang ${id} "${title}" {`,
            `        pimpinan Kabid "Kepala ${title}" administrator kelas 11 bezetting 1 kebutuhan 1 pns`,
            ...units.map((t, i) => seksi(`S${i}`, t)),
            `        kelompok JF "Kelompok JF dan Pelaksana ${title.slice('Bidang '.length)}" dibawah Kabid {`,
            '            jabatan TeknikJalan "Teknik Jalan dan Jembatan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 2 pns',
            '        }',
            '    }'
        ].join('\n');
        const { buildWorkspace } = await import('../helpers.js');
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
            'pupr.sikerja': ['pemda Uji', 'dinas PUPR "Dinas Pekerjaan Umum dan Penataan Ruang" {',
                '    pimpinan Kepala "Kepala Dinas Pekerjaan Umum dan Penataan Ruang" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns',
                '    sekretariat Sekretariat "Sekretariat" {',
                '        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1 pns',
                seksi('Umum', 'Subbagian Umum dan Kepegawaian').replace('seksi', 'subbagian'),
                '    }',
                bidang('BinaMarga', 'Bidang Bina Marga', ['Seksi Pembangunan dan Peningkatan Jalan dan Jembatan', 'Seksi Pemeliharaan Jalan dan Jembatan', 'Seksi Perencanaan Teknis dan Pengendalian Jalan']),
                bidang('SDA', 'Bidang Sumber Daya Air', ['Seksi Irigasi dan Rawa', 'Seksi Sungai, Danau dan Pantai', 'Seksi Air Baku dan Pengendalian Banjir']),
                bidang('CiptaKarya', 'Bidang Cipta Karya', ['Seksi Air Minum dan Penyehatan Lingkungan', 'Seksi Bangunan Gedung dan Penataan Bangunan', 'Seksi Pengembangan Kawasan Permukiman']),
                bidang('TataRuang', 'Bidang Penataan Ruang', ['Seksi Perencanaan Tata Ruang', 'Seksi Pemanfaatan dan Pengendalian Pemanfaatan Ruang']),
                bidang('JasaKonstruksi', 'Bidang Jasa Konstruksi dan Peralatan', ['Seksi Pembinaan Jasa Konstruksi', 'Seksi Pengelolaan Peralatan dan Perbekalan', 'Seksi Pengujian Mutu dan Laboratorium']),
                '}'].join('\n')
        });
        expect(ws.errors('pupr.sikerja')).toEqual([]);
        const page = printedPage('struktur', { paper: 'f4' })!;
        const result = await renderDiagram(ws.services.model.SemanticModel.semanticModel().pemda[0], { kind: 'struktur', element: 'PUPR', page }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        const d = result.diagram;
        // Its smallest text is the boxes' 7.5 pt, not the notes' size: the paper is chosen for that.
        expect(d.smallestText).toBeGreaterThan(TEXT.small);
        const r = await diagramPdf(d, fonts, { paper: 'f4', title: 'Uji' });
        expect(pdfFacts(r.pdf).pages.map(([w, h]) => [Math.round(w), Math.round(h)])).toEqual([[1191, 842]]);
        expect(d.smallestText * r.scale).toBeGreaterThanOrEqual(8 - 1e-9);
    });
});

describe('exportDiagrams', () => {
    it('reports a file it cannot write with its reason and writes the others', async () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-export-'));
        // A folder where the PNG should go: the rename over it fails.
        fs.mkdirSync(path.join(out, 'Bengkayang', 'Inspektorat-struktur.png'), { recursive: true });
        const report = await exportDiagrams([pemda.get('Bengkayang')!], { kinds: ['struktur'], formats: ['svg', 'png'], element: 'Inspektorat', paper: 'f4', outDir: out }, { metrics, paths: fonts });
        expect(report.files.map(f => path.basename(f.file))).toEqual(['Inspektorat-struktur.svg']);
        expect(report.skipped).toEqual([{ pemda: 'Bengkayang', kind: 'struktur', element: 'Inspektorat', reason: expect.stringMatching(/^PNG: tidak dapat menulis .*Inspektorat-struktur\.png: sudah ada folder dengan nama berkas itu \(EISDIR\)$/) }]);
        expect(fs.readdirSync(path.join(out, 'Bengkayang')).sort()).toEqual(['Inspektorat-struktur.png', 'Inspektorat-struktur.svg']);
        expect(fs.statSync(path.join(out, 'Bengkayang', 'Inspektorat-struktur.png')).isDirectory()).toBe(true);
    });
});

describe('sikerja export', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/sikerja.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

    it('writes each element of each kind, named by qualified name, and says where', () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-export-'));
        const r = run(['export', 'examples/kampar', '--format', 'svg', 'pdf', '--out', out]);
        // Seven diagrams: enough for progress lines on stderr, and nothing else there.
        expect(r.stderr.trim().split('\n')).toEqual(Array.from({ length: 7 }, (_, i) => expect.stringMatching(new RegExp(`^\\[${i + 1}/7\\] Kampar `))));
        expect(r.status).toBe(0);
        // A page is the unit: a SOP AP, and any drawing printed over several pages, is one SVG per
        // page (one PDF of all pages); every other diagram one file per format.
        const pdfs = ['BKPSDM-peta-jabatan', 'BKPSDM-struktur', 'TimPenilaianKinerja-tim', 'TahapanMekanismeKerja.PetaMekanismeKerja-lintas-fungsi',
            'TahapanMekanismeKerja.PetaMekanismeKerja-sop', 'PetaProsesKampar-level', 'PengelolaanKinerja-level'];
        const pagesOf = (base: string) => pdfFacts(fs.readFileSync(path.join(out, 'Kampar', `${base}.pdf`))).pages.length;
        expect(pagesOf('TahapanMekanismeKerja.PetaMekanismeKerja-sop')).toBeGreaterThan(1);
        expect(pagesOf('TahapanMekanismeKerja.PetaMekanismeKerja-lintas-fungsi')).toBeGreaterThan(1);
        const svgsOf = (base: string) => base.endsWith('-sop') || pagesOf(base) > 1
            ? Array.from({ length: pagesOf(base) }, (_, i) => `${base}-${i + 1}.svg`) : [`${base}.svg`];
        const expected = pdfs.flatMap(base => [`${base}.pdf`, ...svgsOf(base)]);
        expect(fs.readdirSync(path.join(out, 'Kampar')).sort()).toEqual(expected.sort());
        expect(r.stdout).toContain(`Diekspor ${expected.length} berkas ke`);
        expect(fs.readdirSync(path.join(out, 'Kampar')).some(f => f.endsWith('.tmp'))).toBe(false);
    });

    it('rasterises every PNG in its workers: 300 dpi, the picture of the SVG written beside it (its text as outlines)', () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-export-'));
        const r = run(['export', 'examples/kampar', '--kind', 'struktur', 'sop', '--format', 'svg', 'png', '--out', out]);
        expect(r.status).toBe(0);
        const pngs = fs.readdirSync(path.join(out, 'Kampar')).filter(f => f.endsWith('.png')).sort();
        expect(pngs[0]).toBe('BKPSDM-struktur.png');
        expect(pngs.slice(1)).toEqual(pngs.slice(1).map((_, i) => `TahapanMekanismeKerja.PetaMekanismeKerja-sop-${i + 1}.png`));
        expect(pngs.length).toBeGreaterThan(2);
        for (const file of pngs) {
            const png = fs.readFileSync(path.join(out, 'Kampar', file));
            expect(pngResolution(png), file).toBe(300);
            const svg = fs.readFileSync(path.join(out, 'Kampar', file.replace(/\.png$/, '.svg')), 'utf8');
            const reference = new Resvg(svg, { dpi: 300, font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }, shapeRendering: 2, textRendering: 1, imageRendering: 0 }).render();
            const decoded = decodePng(png);
            expect([decoded.width, decoded.height], file).toEqual([reference.width, reference.height]);
            // The SVG carries its text as glyph outlines, the PNG was drawn from the font: the same
            // glyphs at the same places, so they differ only in anti-aliasing at the glyphs' edges.
            const pixels = reference.pixels;
            let inked = 0, shaded = 0, moved = 0;
            for (let i = 0; i < pixels.length; i += 4) {
                const difference = Math.abs(pixels[i] - decoded.rgba[i]);
                if (pixels[i] < 128) inked++;
                if (difference > 0) shaded++;
                if (difference > 128) moved++;
            }
            expect(shaded / inked, `${file}: pixels shaded differently, of those inked`).toBeLessThan(0.1);
            expect(moved, `${file}: pixels drawn in one and not the other`).toBeLessThanOrEqual(10);
        }
    });

    it('writes two Perangkat Daerah whose names differ only in letter case to two files, as Windows and macOS keep them apart, and says so', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-export-case-'));
        fs.cpSync(path.join(ROOT, 'examples/kampar'), path.join(dir, 'kampar'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'kampar', 'salinan.sikerja'), `pemda Kampar

badan BkpSDM "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (salinan)" {
    urusan "kepegawaian"
    pimpinan Kepala "Kepala Badan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns
}
`);
        const out = path.join(dir, 'keluaran');
        const r = run(['export', path.join(dir, 'kampar'), '--kind', 'struktur', '--format', 'svg', '--out', out]);
        expect(r.status).toBe(0);
        expect(fs.readdirSync(path.join(out, 'Kampar')).sort()).toEqual(['BKPSDM-struktur.svg', 'BkpSDM-struktur (2).svg']);
        expect(fs.readFileSync(path.join(out, 'Kampar', 'BkpSDM-struktur (2).svg'), 'utf8')).toContain('(SALINAN)');
        expect(r.stderr).toContain('BkpSDM-struktur (2).svg, bukan BkpSDM-struktur.svg: namanya hanya berbeda huruf besar/kecil');
        expect(r.stdout).toContain('Diekspor 2 berkas');
    });

    it('refuses an unknown element and an --out that is a file, writing nothing', () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-export-'));
        const unknown = run(['export', 'examples/kampar', '--element', 'Dinkes', '--out', out]);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('`Dinkes` tidak dapat digambar');
        const model = path.join(out, 'model.sikerja');
        fs.writeFileSync(model, 'pemda X\n');
        const onFile = run(['export', 'examples/kampar', '--out', model]);
        expect(onFile.status).toBe(2);
        expect(onFile.stderr).toContain('adalah berkas, bukan folder');
        expect(fs.readFileSync(model, 'utf8')).toBe('pemda X\n');
        expect(fs.readdirSync(out)).toEqual(['model.sikerja']);
    });
});

describe('the paper a peta jabatan is printed on', () => {
    const printed = async (name: string, element: string) => {
        const page = printedPage('peta-jabatan', { paper: 'f4' });
        const r = await renderDiagram(pemda.get(name)!, { kind: 'peta-jabatan', element, page }, metrics);
        if (!r.ok) throw new Error(r.error.message);
        return pdfFacts((await diagramPdf(r.diagram, fonts, { paper: 'f4', title: element })).pdf).pages;
    };

    it('stays F4 where its pages were drawn for F4 turned: a turned page is the portrait page as printed, its page number taking height', async () => {
        // Bengkayang Dinkes: its pages were drawn to F4 landscape's sides swapped, 14 pt taller than a
        // numbered portrait page, and the whole document went to A3.
        const pages = await printed('Bengkayang', 'Dinkes');
        expect(pages.length).toBeGreaterThan(1);
        for (const [w, h] of pages) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([Math.round(mm(215)), Math.round(mm(330))]);
    });

    it('takes one page, without a page number, where its tables laid out for the page fit there', async () => {
        expect(await printed('MahakamUlu', 'BPKAD')).toHaveLength(1);
    });
});

describe('exporting again into the same folder', () => {
    it('removes the pages of an earlier export the drawing no longer has, and nothing else', async () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-again-'));
        const folder = path.join(outDir, 'TanjungJabungTimur');
        fs.mkdirSync(folder);
        // Left by an earlier export (five pages; before that, one picture), and the analyst's own files beside them.
        const older = ['PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi-4.png', 'PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi-5.png', 'PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi.png'];
        const own = ['PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi-revisi.png', 'PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi-4.svg', 'catatan.png'];
        for (const f of [...older, ...own]) fs.writeFileSync(path.join(folder, f), 'lama');
        const report = await exportDiagrams([pemda.get('TanjungJabungTimur')!], { kinds: ['lintas-fungsi'], formats: ['png'], element: 'PenerbitanIzinAngkutan.PetaIzinAngkutan', paper: 'f4', outDir }, { metrics, paths: fonts });
        const written = report.files.map(f => path.basename(f.file));
        expect(written).toEqual(['PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi-1.png', 'PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi-2.png', 'PenerbitanIzinAngkutan.PetaIzinAngkutan-lintas-fungsi-3.png']);
        expect(report.removed.map(f => path.basename(f)).sort()).toEqual([...older].sort());
        expect(fs.readdirSync(folder).sort()).toEqual([...written, ...own].sort());
        fs.rmSync(outDir, { recursive: true, force: true });
    });
});
