import { beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { renderDiagram, shippedFonts } from '@sikerja/diagram';
import { printedPage } from '@sikerja/export';
import { buildWorkspace, PEMDA_FILE } from '../helpers.js';
import { KENAIKAN_PANGKAT } from './fixtures/kenaikan-pangkat.js';
import { REKLAME } from './fixtures/izin-reklame.js';
import { CUTI } from './fixtures/izin-cuti.js';
import { REKOMENDASI_TEKNIS } from './fixtures/rekomendasi-teknis.js';
import { LEGALISASI_IJAZAH } from './fixtures/legalisasi-ijazah.js';
import { HIBAH } from './fixtures/hibah.js';
import { IZIN_PENELITIAN } from './fixtures/izin-penelitian.js';
import { PENGADUAN } from './fixtures/pengaduan.js';
import { BLANK, layoutSop, type SopLayout, type SopPage } from '../../packages/diagram/src/proses/sop.js';
import { writeSopPages } from '../../packages/diagram/src/proses/sop-svg.js';
import { labelBox } from '../../packages/diagram/src/proses/sop-labels.js';
import { STRIP } from '../../packages/diagram/src/proses/sop-geometry.js';
import { lineHops } from '../../packages/diagram/src/svg/line-hops.js';
import { marginSlots } from '../../packages/diagram/src/proses/sop-routes.js';

const { metrics } = shippedFonts();
let tjt: PemdaModel;

beforeAll(async () => {
    tjt = (await loadWorkspace(['examples/tanjung-jabung-timur'])).services.model.SemanticModel.semanticModel().pemda[0];
});

function sopOf(element: string, page = { width: 867, height: 525 }, lastRoom?: number): SopLayout {
    const process = tjt.processes.find(p => p.maps.some(m => m.id === element))!;
    return layoutSop(tjt, process, process.maps.find(m => m.id === element)!, page, metrics, { lastRoom });
}

const texts = (page: SopPage) => page.cells.map(c => c.text?.lines.join(' ') ?? '');
type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const segmentCrosses = (a: [number, number], b: [number, number], r: Rect) => {
    const x1 = Math.min(a[0], b[0]), x2 = Math.max(a[0], b[0]), y1 = Math.min(a[1], b[1]), y2 = Math.max(a[1], b[1]);
    return x1 < r.x + r.width - 0.5 && x2 > r.x + 0.5 && y1 < r.y + r.height - 0.5 && y2 > r.y + 0.5;
};

describe('SOP AP from a peta lintas fungsi', () => {
    it('is approved by the Kepala Perangkat Daerah the model names, with room to sign, the pegawai\'s name and NIP', async () => {
        const bengkayang = (await loadWorkspace(['examples/bengkayang'])).services.model.SemanticModel.semanticModel().pemda[0];
        const process = bengkayang.processes.find(p => p.id === 'PenunjukanLintasUnit')!;
        const identity = layoutSop(bengkayang, process, process.maps[0], { width: 867, height: 525 }, metrics).pages[0];
        const cell = identity.cells.find(c => c.text?.lines.join(' ').startsWith('Kepala Dinas Kesehatan'))!;
        const lines = cell.text!.lines;
        expect(lines.join(' ')).toMatch(/^Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana\s+dr\. Maria Lestari Simanjuntak, M\.Kes\. NIP 19760824 200312 2 006$/);
        // Three empty lines between the jabatan and the name: the signature's room.
        const gap = lines.findIndex(l => l === '');
        expect(lines.slice(gap, gap + 3)).toEqual(['', '', '']);
    });

    it('fills the identity block from the model and marks what it does not hold, never inventing it', () => {
        const sop = sopOf('PenerbitanIzinAngkutan.PetaIzinAngkutan');
        const identity = texts(sop.pages[0]);
        expect(identity).toContain('TJT.05.02.01.01');
        // Nama SOP is the SOP's own title (`nama-sop`), not the map's.
        expect(identity[identity.indexOf('Nama SOP') + 1]).toBe('SOP Penerbitan Izin Penyelenggaraan Angkutan Orang');
        expect(identity).not.toContain('Peta Lintas Fungsi Penerbitan Izin Penyelenggaraan Angkutan Orang');
        expect(identity.filter(t => t === BLANK)).toHaveLength(3); // tanggal pembuatan, revisi, efektif
        // Disahkan oleh: the Kepala of the owner's Perangkat Daerah (DPMPTSP); TJT's model names no holder, so the name stays blank.
        expect(identity[identity.indexOf('Disahkan oleh') + 1]).toMatch(/^Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu\s+\(belum diisi\)$/);
        expect(identity.join(' ')).toContain('1. Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan');
        // One list item per line: each numbered item starts a line of its cell.
        const dasar = sop.pages[0].cells.find(c => c.text?.lines.some(l => l.startsWith('1. Undang-Undang')))!.text!.lines;
        const numbered = dasar.filter(l => /^\d+\. /.test(l)).map(l => Number(/^(\d+)\./.exec(l)![1]));
        expect(numbered.length).toBeGreaterThan(1);
        expect(numbered).toEqual(numbered.map((_, i) => i + 1));
        // Keterkaitan: what was written, and the SOPs the map's activities refer to.
        expect(identity.join(' ')).toContain('TJT.05.02.01.01.01 SOP Verifikasi Kelengkapan Berkas Perizinan');
        expect(identity.join(' ')).toContain('PEMERINTAH KABUPATEN TANJUNG JABUNG TIMUR');
    });

    it('prints the name and dates the map writes, and marks as blank the ones it leaves out', async () => {
        const text = (identity: string) => `pemda Uji
proses P "Proses Uji" {
    lintas-fungsi Peta "Peta Lintas Fungsi Uji" kode "U.01" {
${identity}
        jalur A "Pelaksana"
        mulai Mulai "Mulai" di A
        selesai Selesai "Selesai" di A
        alur Mulai -> Selesai
    }
}
`;
        const identityOf = async (identity: string) => {
            const pemda = (await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'uji.sikerja': text(identity) })).services.model.SemanticModel.semanticModel().pemda[0];
            const process = pemda.processes[0];
            const pages = layoutSop(pemda, process, process.maps[0], { width: 867, height: 525 }, metrics).pages;
            const page = texts(pages[0]);
            const read = (label: string) => page[page.indexOf(label) + 1];
            return Object.assign(read, { footer: pages[0].footer.lines.join(' ') });
        };
        const unwritten = await identityOf('');
        for (const label of ['Nama SOP', 'Tanggal Pembuatan', 'Tanggal Revisi', 'Tanggal Efektif']) expect(unwritten(label), label).toBe(BLANK);
        const written = await identityOf('        nama-sop "SOP Uji Coba"\n        tanggal-pembuatan "2 Januari 2026"\n        tanggal-revisi "1 Juli 2026"\n        tanggal-efektif "1 Agustus 2026"');
        expect(['Nama SOP', 'Tanggal Pembuatan', 'Tanggal Revisi', 'Tanggal Efektif'].map(l => written(l))).toEqual(['SOP Uji Coba', '2 Januari 2026', '1 Juli 2026', '1 Agustus 2026']);
        // Each page's foot names the SOP, not the map it was drawn from.
        expect([written.footer, unwritten.footer]).toEqual(['U.01 SOP Uji Coba — halaman 1 dari 2', 'U.01 Peta Lintas Fungsi Uji — halaman 1 dari 2']);
    });

    it('has one row per step in written order, each symbol in its pelaksana\'s column, the header on every page', () => {
        const sop = sopOf('PenerbitanIzinAngkutan.PetaIzinAngkutan');
        const map = tjt.processes.flatMap(p => p.maps).find(m => m.id === 'PenerbitanIzinAngkutan.PetaIzinAngkutan')!;
        const table = sop.pages.slice(1);
        expect(table.length).toBeGreaterThan(1);
        expect(table.flatMap(p => p.rows)).toEqual(map.nodes.map((_, i) => i));
        for (const page of table) {
            const header = texts(page);
            for (const h of ['No', 'Kegiatan', 'Pelaksana', 'Mutu Baku', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan', ...map.lanes.map(l => l.title)]) {
                expect(header, h).toContain(h);
            }
            for (const s of page.symbols.filter(x => x.row >= 0)) {
                const node = map.nodes[s.row];
                const lane = map.lanes.findIndex(l => l.id === node.lane);
                expect(s.column, node.id).toBe(lane);
                const column = page.laneColumns[lane];
                expect(s.x, node.id).toBeGreaterThan(column.x);
                expect(s.x + s.width, node.id).toBeLessThan(column.x + column.width);
                expect(s.symbol).toBe({ mulai: 'terminator', selesai: 'terminator', keputusan: 'keputusan', kegiatan: 'proses', dokumen: 'proses', penghubung: 'penghubung' }[node.kind]);
            }
            for (const l of page.lines) {
                for (let i = 1; i < l.points.length; i++) {
                    for (const s of page.symbols) expect(segmentCrosses(l.points[i - 1], l.points[i], s), `${l.from}→${l.to} through ${s.node}`).toBe(false);
                }
            }
        }
    });

    it('prints a connector strip only where a connector stands in it: the first page\'s rows begin under the header, the last page ends at its last row', () => {
        const sop = sopOf('PenerbitanIzinAngkutan.PetaIzinAngkutan');
        const table = sop.pages.slice(1);
        expect(table.length).toBeGreaterThan(1);
        const headerBottom = (page: SopPage) => Math.max(...page.cells.filter(c => c.fill === 'kepala').map(c => c.y + c.height));
        const stripsOf = (page: SopPage) => page.cells.filter(c => c.height === STRIP && c.x === page.laneColumns[0].x && c.text === undefined);
        for (const [p, page] of table.entries()) {
            const where = `hal. ${p + 2}`;
            const rowTop = Math.min(...page.symbols.filter(s => s.row >= 0).map(s => s.y));
            const rowCells = page.cells.filter(c => c.text && c.fill !== 'kepala');
            const firstRow = Math.min(...rowCells.map(c => c.y)), lastRow = Math.max(...rowCells.map(c => c.y + c.height));
            const connectors = page.symbols.filter(s => s.symbol === 'penghubung' && s.row < 0);
            const above = connectors.some(c => c.y < rowTop), below = connectors.some(c => c.y > rowTop);
            expect(firstRow, `${where}: rows begin under the header or its strip`).toBeCloseTo(headerBottom(page) + (above ? STRIP : 0), 6);
            expect(stripsOf(page).map(c => c.y), where).toEqual([...(above ? [headerBottom(page)] : []), ...(below ? [lastRow] : [])]);
        }
        expect(table[0].symbols.some(s => s.symbol === 'penghubung' && s.row < 0 && s.y < headerBottom(table[0]) + STRIP)).toBe(false);
        expect(stripsOf(table[0]).length, 'the first page keeps only the strip below').toBe(1);
        expect(stripsOf(table[table.length - 1]).length, 'the last page keeps only the strip above').toBe(1);
    });

    it('continues a flow that crosses a page at the one lettered connector above its target, none on another', () => {
        for (const element of ['PenerbitanIzinAngkutan.PetaIzinAngkutan', 'PenunjukanLintasInstansi.PetaLintasInstansi']) {
            const sop = sopOf(element);
            const connectors = sop.pages.flatMap((p, page) => p.symbols.filter(s => s.symbol === 'penghubung' && s.row < 0).map(s => ({ ...s, page })));
            const resumes = connectors.filter(c => c.node.startsWith('->'));
            const leaves = connectors.filter(c => !c.node.startsWith('->'));
            expect(resumes.length, element).toBeGreaterThan(0);
            expect(new Set(resumes.map(r => r.label)).size, 'one letter per target').toBe(resumes.length);
            expect(new Set(resumes.map(r => r.node)).size, 'one connector per target').toBe(resumes.length);
            for (const leave of leaves) {
                const resume = resumes.find(r => r.label === leave.label)!;
                expect(leave.node.endsWith(resume.node), `${leave.node} resumes at ${resume.node}`).toBe(true);
                expect(leave.page).not.toBe(resume.page);
            }
            for (const [p, page] of sop.pages.entries()) {
                const here = connectors.filter(c => c.page === p);
                for (const [i, a] of here.entries()) for (const b of here.slice(i + 1)) expect(overlaps(a, b), `${a.node} on ${b.node}`).toBe(false);
                for (const l of page.lines) {
                    for (let i = 1; i < l.points.length; i++) {
                        for (const s of page.symbols) {
                            if (s.node !== l.from && s.node !== l.to) expect(segmentCrosses(l.points[i - 1], l.points[i], s), `${l.from}→${l.to} through ${s.node}`).toBe(false);
                        }
                    }
                }
            }
        }
        // Three refusals on page 2 end at "Pelibatan tidak dilanjutkan" on page 3: three connectors of one letter, one above it.
        const sop = sopOf('PenunjukanLintasInstansi.PetaLintasInstansi');
        const all = sop.pages.flatMap((p, page) => p.symbols.filter(s => s.symbol === 'penghubung' && s.row < 0).map(s => ({ node: s.node, label: s.label, page })));
        const tidak = all.filter(c => c.node.endsWith('TidakDilanjutkan'));
        expect(tidak.map(c => [c.label, c.page])).toEqual([['A', 1], ['A', 1], ['A', 1], ['A', 2]]);
    });

    it('keeps room under its last steps for what follows (the lampiran\'s signature), moving them to a page of their own where the last page is full', () => {
        const page = { width: 655, height: 391 };
        // PetaLintasInstansi: its last page of seven steps has no room; the last two go on with the room under them.
        const plain = sopOf('PenunjukanLintasInstansi.PetaLintasInstansi', page);
        const kept = sopOf('PenunjukanLintasInstansi.PetaLintasInstansi', page, 150);
        expect(kept.pages.length).toBe(plain.pages.length + 1);
        const last = kept.pages[kept.pages.length - 1];
        expect(last.height).toBeLessThanOrEqual(page.height - 150 + 1e-6);
        expect(last.rows.length).toBe(2);
        // Every step once, in order, over the pages.
        expect(kept.pages.flatMap(p => p.rows)).toEqual(plain.pages.flatMap(p => p.rows));
        expect(kept.pages.slice(0, -1).every(p => p.height === page.height)).toBe(true);
        expect(last.footer.lines[0]).toMatch(new RegExp(`halaman ${kept.pages.length} dari ${kept.pages.length}$`));
    });

    it('is a paged diagram: one SVG per page, sized to the page', async () => {
        const r = await renderDiagram(tjt, { kind: 'sop', element: 'PenerbitanIzinAngkutan.PetaIzinAngkutan', page: { width: 540, height: 780 } }, metrics);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.diagram.pages!.length).toBeGreaterThanOrEqual(2);
        for (const svg of r.diagram.pages!) expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 540 780"/);
        // Portrait with five pelaksana: the table still fits the page's width.
        const process = tjt.processes.find(p => p.id === 'PenerbitanIzinAngkutan')!;
        const layout = layoutSop(tjt, process, process.maps[0], { width: 540, height: 780 }, metrics);
        for (const page of layout.pages) for (const c of page.cells) expect(c.x + c.width).toBeLessThanOrEqual(540 + 1e-6);
        expect(r.diagram.svg).not.toContain('foreignObject');
    });
});

/** Every page of every example SOP AP as the export prints it (F4), with its map and its number. */
async function printedSopPages() {
    const all = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
    const printed = printedPage('sop', { paper: 'f4' })!;
    return all.flatMap(pemda => pemda.processes.flatMap(process => process.maps.flatMap(map =>
        layoutSop(pemda, process, map, printed, metrics).pages.map((page, i) => ({ map, page, number: i + 1 })))));
}

/** A page's vertical runs of line longer than a point, each with its line. */
function verticalRuns(page: ReturnType<typeof layoutSop>['pages'][number]) {
    return page.lines.flatMap(l => l.points.slice(1).map((q, i) => [l.points[i], q] as const)
        .filter(([a, b]) => a[0] === b[0] && Math.abs(a[1] - b[1]) > 1).map(([a, b]) => ({ line: l, x: a[0], y1: Math.min(a[1], b[1]), y2: Math.max(a[1], b[1]) })));
}

/** Horizontal or vertical runs of two lines that lie on one another for more than a point. */
function sharedRuns(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
    const runs = (p: Array<[number, number]>) => p.slice(1).map((q, i) => [p[i], q] as const);
    for (const [a0, a1] of runs(a)) for (const [b0, b1] of runs(b)) {
        if (a0[1] === a1[1] && b0[1] === b1[1] && Math.abs(a0[1] - b0[1]) < 0.5) {
            const lo = Math.max(Math.min(a0[0], a1[0]), Math.min(b0[0], b1[0])), hi = Math.min(Math.max(a0[0], a1[0]), Math.max(b0[0], b1[0]));
            if (hi - lo > 1) return true;
        }
        if (a0[0] === a1[0] && b0[0] === b1[0] && Math.abs(a0[0] - b0[0]) < 0.5) {
            const lo = Math.max(Math.min(a0[1], a1[1]), Math.min(b0[1], b1[1])), hi = Math.min(Math.max(a0[1], a1[1]), Math.max(b0[1], b1[1]));
            if (hi - lo > 1) return true;
        }
    }
    return false;
}

/**
 * The flows, their labels and the symbols of one page as its SVG draws them: a label's box is its
 * letters' (from the baseline: ascenders 0.76, descenders 0.24 of the size), its line the one it names.
 */
function drawnFlows(svg: string) {
    type Line = { from: string; to: string; points: Array<[number, number]> };
    const lines: Line[] = [], labels: Array<{ text: string; box: Rect; line: Line }> = [], symbols: Rect[] = [];
    const num = (v: string) => Number(v);
    for (const m of svg.matchAll(/<(polyline|path|text|rect|polygon)\b([^>]*)>(?:([^<]*)<\/text>)?/g)) {
        const [, tag, attrs, body] = m;
        const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
        if (tag === 'polyline' || tag === 'path') {
            if (!attr('data-from')) continue;
            const coords = tag === 'polyline' ? attr('points')!.trim().split(/\s+/).map(p => p.split(',').map(num) as [number, number])
                : [...attr('d')!.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map(c => [num(c[1]), num(c[2])] as [number, number]);
            lines.push({ from: attr('data-from')!, to: attr('data-to')!, points: coords });
        } else if (tag === 'text') {
            if (attr('class') !== 'flow-label') continue;
            const size = num(attr('font-size')!), x = num(attr('x')!), baseline = num(attr('y')!);
            const text = body.replace(/&amp;/g, '&');
            labels.push({ text, line: lines.find(l => l.from === attr('data-from') && l.to === attr('data-to'))!, box: { x, y: baseline - 0.76 * size, width: metrics.width(text, size), height: size } });
        } else if (attr('stroke-width') === '0.9') {
            if (tag === 'rect') symbols.push({ x: num(attr('x')!), y: num(attr('y')!), width: num(attr('width')!), height: num(attr('height')!) });
            else {
                const pts = attr('points')!.trim().split(/\s+/).map(p => p.split(',').map(num));
                const xs = pts.map(q => q[0]), ys = pts.map(q => q[1]);
                symbols.push({ x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
            }
        }
    }
    return { lines, labels, symbols };
}

describe('SOP AP flows a reader can follow one way only', () => {
    it('gives every off-page connector its own place, and no two flows to different steps share a run of line', async () => {
        const all = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
        let maps = 0;
        // The page the export prints on (F4 at 8 pt) and the preview's page.
        const printed = printedPage('sop', { paper: 'f4' })!;
        for (const pemda of all) for (const process of pemda.processes) for (const map of process.maps) for (const size of [printed, { width: 867, height: 525 }]) {
            if (size === printed) maps++;
            const sop = layoutSop(pemda, process, map, size, metrics);
            sop.pages.forEach((page, p) => {
                const connectors = page.symbols.filter(s => s.symbol === 'penghubung');
                for (let i = 0; i < connectors.length; i++) for (let j = i + 1; j < connectors.length; j++) {
                    expect(overlaps(connectors[i], connectors[j]), `${map.id} hal. ${p + 1}: ${connectors[i].label} on ${connectors[j].label}`).toBe(false);
                }
                // One incoming connector per letter on a page: a letter leads to one step.
                const incoming = connectors.filter(c => c.node.startsWith('->')).map(c => c.label);
                expect(new Set(incoming).size, `${map.id} hal. ${p + 1}`).toBe(incoming.length);
                for (let i = 0; i < page.lines.length; i++) for (let j = i + 1; j < page.lines.length; j++) {
                    const a = page.lines[i], b = page.lines[j];
                    // Two exits of one decision sharing a run are the worst case: the reader cannot tell ya from tidak.
                    if (a.to === b.to) continue;
                    expect(sharedRuns(a.points, b.points), `${map.id} hal. ${p + 1}: ${a.from}→${a.to} and ${b.from}→${b.to}`).toBe(false);
                }
            });
        }
        expect(maps).toBe(6);
    });

    it('keeps every vertical run 2 mm at print size off the pelaksana grid lines and off the other flows\' runs, and every connector inside one column', async () => {
        const clearance = 5.67 * 6.5 / 8 - 0.01;
        let runs = 0;
        for (const { map, page, number } of (await printedSopPages()).filter(x => x.number > 1)) {
            const where = `${map.id} hal. ${number}`;
            const grid = [...page.laneColumns.map(c => c.x), page.laneColumns[page.laneColumns.length - 1].x + page.laneColumns[page.laneColumns.length - 1].width];
            for (const c of page.symbols.filter(s => s.symbol === 'penghubung')) {
                expect(grid.some(x => x > c.x + 0.5 && x < c.x + c.width - 0.5), `${where}: connector ${c.label} across a grid line`).toBe(false);
            }
            const vertical = verticalRuns(page);
            // In the strips where the connectors stand, the runs to and from them keep off the table's grid line too.
            const strips = page.cells.filter(c => c.height === STRIP && c.x === page.laneColumns[0].x);
            for (const l of page.lines) for (const [a, b] of l.points.slice(1).map((q, i) => [l.points[i], q] as const)) {
                if (a[1] !== b[1]) continue;
                for (const strip of strips.filter(c => a[1] > c.y && a[1] < c.y + c.height)) {
                    // The strip above the rows meets the table at its foot, the one below at its head.
                    const above = strip.y + strip.height <= Math.min(...page.symbols.filter(s => s.row >= 0).map(s => s.y));
                    const gridLine = above ? strip.y + strip.height : strip.y;
                    expect(Math.abs(a[1] - gridLine), `${where}: ${l.from}->${l.to} along the strip's grid line`).toBeGreaterThanOrEqual(clearance);
                }
            }
            for (const r of vertical) {
                runs++;
                for (const g of grid) expect(Math.abs(r.x - g), `${where}: ${r.line.from}->${r.line.to} by a grid line`).toBeGreaterThanOrEqual(clearance);
                for (const o of vertical) {
                    if (o.line === r.line || o.line.to === r.line.to || o.x === r.x || o.y1 >= r.y2 || r.y1 >= o.y2) continue;
                    expect(Math.abs(r.x - o.x), `${where}: ${r.line.from}->${r.line.to} beside ${o.line.from}->${o.line.to}`).toBeGreaterThanOrEqual(clearance);
                }
            }
        }
        expect(runs).toBeGreaterThan(50);
    });

    it('runs no flow along a symbol\'s side: every vertical run passing a symbol keeps 1 mm at print size off it (SKPI p4: "tidak" down a Proses box\'s edge)', async () => {
        // 1 mm on paper in the layout's points: a SOP is printed enlarged by 8 / 6.5.
        const oneMm = 2.835 * 6.5 / 8 - 0.01;
        let passed = 0;
        for (const { map, page, number } of await printedSopPages()) {
            for (const r of verticalRuns(page)) for (const s of page.symbols) {
                if (Math.min(r.y2, s.y + s.height) - Math.max(r.y1, s.y) <= 1) continue;
                passed++;
                const gap = r.x < s.x ? s.x - r.x : r.x > s.x + s.width ? r.x - s.x - s.width : -1;
                expect(gap, `${map.id} hal. ${number}: ${r.line.from}->${r.line.to} at x ${r.x.toFixed(1)} beside ${s.node} (${s.x.toFixed(1)}–${(s.x + s.width).toFixed(1)})`).toBeGreaterThanOrEqual(oneMm);
            }
        }
        expect(passed).toBeGreaterThan(20);
    });

    it('joins neighbouring steps in different columns with one elbow, its run 2 mm off the grid line at print size where the row has room', () => {
        const printed = printedPage('sop', { paper: 'f4' })!;
        const sop = sopOf('PengajuanSukarela.PetaSukarela', printed);
        let elbows = 0;
        for (const page of sop.pages) {
            const symbolOf = new Map(page.symbols.map(s => [s.node, s]));
            for (const line of page.lines) {
                const a = symbolOf.get(line.from), b = symbolOf.get(line.to);
                if (!a || !b || b.row !== a.row + 1 || a.column === b.column || line.points[0][1] !== a.y + a.height) continue;
                elbows++;
                expect(line.points, `${line.from} -> ${line.to}`).toHaveLength(4);
                const run = line.points[1][1];
                const cell = page.cells.find(c => c.x <= a.x && c.x + c.width >= a.x + a.width && c.y <= a.y && c.y + c.height >= a.y + a.height)!;
                const rowBottom = cell.y + cell.height, room = rowBottom - (a.y + a.height);
                // 2 mm at print size (the SOP is printed enlarged by 8 / 6.5) off the grid line, unless the symbol leaves less room.
                expect(rowBottom - run).toBeGreaterThanOrEqual(Math.min(5.67 * 6.5 / 8, room - 1.5) - 1e-6);
                expect(run - (a.y + a.height)).toBeGreaterThanOrEqual(1.5 - 1e-6);
            }
        }
        expect(elbows).toBeGreaterThanOrEqual(3);
    });

    it('prints every ya and tidak where no line and no other symbol runs through its letters, as drawn, at the printed and the preview size', async () => {
        const all = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
        let labels = 0;
        for (const pemda of all) for (const process of pemda.processes) for (const map of process.maps) for (const size of [printedPage('sop', { paper: 'f4' })!, { width: 867, height: 525 }]) {
            writeSopPages(layoutSop(pemda, process, map, size, metrics), metrics).forEach((svg, p) => {
                const drawn = drawnFlows(svg);
                for (const label of drawn.labels) {
                    labels++;
                    const where = `${map.id} hal. ${p + 1}: "${label.text}"`;
                    for (const line of drawn.lines) {
                        const pts = line === label.line ? line.points.slice(1) : line.points;
                        expect(pts.slice(1).some((q, i) => segmentCrosses(pts[i], q, label.box)), `${where} crossed by ${line.from}->${line.to}`).toBe(false);
                    }
                    const [sx, sy] = label.line.points[0];
                    for (const s of drawn.symbols) {
                        if (sx >= s.x - 0.5 && sx <= s.x + s.width + 0.5 && sy >= s.y - 0.5 && sy <= s.y + s.height + 0.5) continue;
                        expect(overlaps(s, label.box), `${where} on a symbol at ${s.x},${s.y}`).toBe(false);
                    }
                }
            });
        }
        expect(labels).toBeGreaterThan(20);
    });

    it('stands a label with no place inside one column across the column\'s side, clear of every line, the grid line hidden under its letters (rekomendasi teknis)', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'rekomendasi.sikerja': REKOMENDASI_TEKNIS });
        const pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const process = pemda.processes.find(p => p.id === 'Rekomendasi')!;
        const layout = layoutSop(pemda, process, process.maps[0], printedPage('sop', { paper: 'f4' })!, metrics);
        const svgs = writeSopPages(layout, metrics);
        const p = layout.pages.findIndex(page => page.lines.some(l => l.label?.lines.join(' ') === 'perlu perbaikan'));
        const drawn = drawnFlows(svgs[p]);
        const words = drawn.labels.filter(l => ['perlu', 'perbaikan'].includes(l.text));
        expect(words.map(w => w.text)).toEqual(['perlu', 'perbaikan']);
        for (const word of words) {
            for (const line of drawn.lines) {
                const pts = line === word.line ? line.points.slice(1) : line.points;
                expect(pts.slice(1).some((q, i) => segmentCrosses(pts[i], q, word.box)), `"${word.text}" crossed by ${line.from}->${line.to}`).toBe(false);
            }
            expect(drawn.symbols.filter(s => overlaps(s, word.box) && !(word.line.points[0][0] >= s.x - 0.5 && word.line.points[0][0] <= s.x + s.width + 0.5
                && word.line.points[0][1] >= s.y - 0.5 && word.line.points[0][1] <= s.y + s.height + 0.5)), `"${word.text}" on a symbol`).toEqual([]);
        }
        // Across a pelaksana column's side: white under the label, so the grid line does not run through its letters.
        const page = layout.pages[p];
        const label = page.lines.find(l => l.label?.lines.join(' ') === 'perlu perbaikan')!.label!;
        const box = labelBox(label);
        const sides = page.laneColumns.flatMap(c => [c.x, c.x + c.width]);
        expect(sides.some(x => x > box.x && x < box.x + box.width), 'across a column side').toBe(true);
        expect(svgs[p]).toContain(`<rect x="${Math.round(box.x * 100) / 100}" y="${Math.round(box.y * 100) / 100}" width="${Math.round(box.width * 100) / 100}" height="${Math.round(box.height * 100) / 100}" fill="#ffffff" stroke="none"/>`);
    });

    it('stands every connector of a full strip clear of the others: two flows to one step share its connector, another squeezes in off the grid lines (pengaduan on A4)', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'pengaduan.sikerja': PENGADUAN });
        expect(ws.diagnostics('pengaduan.sikerja')).toEqual([]);
        const pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const process = pemda.processes.find(p => p.id === 'Pengaduan')!;
        const layout = layoutSop(pemda, process, process.maps[0], printedPage('sop', { paper: 'a4' })!, metrics);
        const onOneAnother: string[] = [];
        let connectors = 0;
        layout.pages.forEach((page, p) => {
            const placed = page.symbols.filter(s => s.symbol === 'penghubung');
            connectors += placed.length;
            for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) {
                if (overlaps(placed[i], placed[j])) onOneAnother.push(`hal. ${p + 1}: ${placed[i].label} on ${placed[j].label}`);
            }
            // Every line to a connector ends on one that stands there.
            for (const line of page.lines.filter(l => l.to.includes('->'))) expect(placed.some(s => s.node === line.to), line.to).toBe(true);
        });
        expect(connectors).toBeGreaterThanOrEqual(8);
        expect(onOneAnother).toEqual([]);
    });

    it('puts every label nearer its own line than another step\'s, even where that means standing over a line (izin penelitian, the draft\'s check)', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'penelitian.sikerja': IZIN_PENELITIAN });
        expect(ws.diagnostics('penelitian.sikerja')).toEqual([]);
        const pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const process = pemda.processes.find(p => p.id === 'Penelitian')!;
        const layout = layoutSop(pemda, process, process.maps[0], printedPage('sop', { paper: 'f4' })!, metrics);
        const distance = (points: Array<[number, number]>, r: Rect) => Math.min(...points.slice(1).map((q, i) => {
            const p = points[i];
            return Math.hypot(Math.max(0, r.x - Math.max(p[0], q[0]), Math.min(p[0], q[0]) - (r.x + r.width)), Math.max(0, r.y - Math.max(p[1], q[1]), Math.min(p[1], q[1]) - (r.y + r.height)));
        }));
        const misleading: string[] = [];
        let labels = 0;
        layout.pages.forEach((page, p) => {
            for (const line of page.lines.filter(l => l.label)) {
                labels++;
                const box = labelBox(line.label!);
                const own = distance(line.points, box);
                for (const other of page.lines) {
                    if (other.to === line.to || other.from === line.from) continue;
                    if (distance(other.points, box) + 1 < own) misleading.push(`hal. ${p + 1}: "${line.label!.lines.join(' ')}" of ${line.from} ${own.toFixed(1)} pt from its line, ${distance(other.points, box).toFixed(1)} from ${other.from}→${other.to}`);
                }
            }
        });
        expect(labels).toBeGreaterThanOrEqual(12);
        expect(misleading).toEqual([]);
    });

    it('gives every line down a crowded margin a place of its own, never on another\'s, a track serving again below a line that has left it (hibah evaluation)', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'hibah.sikerja': HIBAH });
        expect(ws.diagnostics('hibah.sikerja')).toEqual([]);
        const pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const process = pemda.processes.find(p => p.id === 'Hibah')!;
        const layout = layoutSop(pemda, process, process.maps[0], printedPage('sop', { paper: 'f4' })!, metrics);
        const onOneAnother: string[] = [];
        let sideBySide = 0;
        layout.pages.forEach((page, p) => {
            const runs = verticalRuns(page);
            for (const r of runs) for (const o of runs) {
                if (o.line === r.line || o.line.to === r.line.to || o.x < r.x || o.y1 >= r.y2 - 1 || r.y1 >= o.y2 - 1) continue;
                if (o.x - r.x < 4.6) sideBySide++;
                if (o.x - r.x < 0.5 && runs.indexOf(o) > runs.indexOf(r)) onOneAnother.push(`hal. ${p + 1}: ${r.line.from}→${r.line.to} on ${o.line.from}→${o.line.to}`);
            }
        });
        // The map crowds one margin with more lines than its two tracks hold: they go between, each apart.
        expect(sideBySide).toBeGreaterThan(0);
        expect(onOneAnother).toEqual([]);
        // A margin's places, in the order lines take them: all different, between the grid line and the symbol.
        const places = marginSlots(4.6, 4.6, 2);
        expect(new Set(places).size).toBe(places.length);
        for (const x of places) expect(x > 0 && x < 4.6 * 2 + 4.6 / 2).toBe(true);
    });

    it('keeps every label in the pelaksana columns or against its own line, never out in the Kelengkapan column, and off the decision\'s diamond (legalisasi ijazah)', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'legalisasi.sikerja': LEGALISASI_IJAZAH });
        expect(ws.diagnostics('legalisasi.sikerja')).toEqual([]);
        const pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const process = pemda.processes.find(p => p.id === 'Legalisasi')!;
        const layout = layoutSop(pemda, process, process.maps[0], printedPage('sop', { paper: 'f4' })!, metrics);
        const svgs = writeSopPages(layout, metrics);
        const p = layout.pages.findIndex(page => page.lines.some(l => l.label?.lines.join(' ') === 'perlu perbaikan'));
        const page = layout.pages[p];
        const [left, right] = [page.laneColumns[0].x, page.laneColumns[page.laneColumns.length - 1].x + page.laneColumns[page.laneColumns.length - 1].width];
        const drawn = drawnFlows(svgs[p]);
        expect(drawn.labels.map(l => l.text).sort()).toEqual(['perbaikan', 'perlu', 'sesuai']);
        const decision = page.symbols.find(s => s.symbol === 'keputusan')!;
        for (const word of drawn.labels) {
            const centre = word.box.x + word.box.width / 2;
            // Across the table's last side only beside its own line, within 1.2 mm printed (3 points).
            const besideOwn = word.line.points.slice(1).some((q, i) => segmentCrosses(word.line.points[i], q, { x: word.box.x - 3, y: word.box.y - 3, width: word.box.width + 6, height: word.box.height + 6 }));
            expect(centre >= left && centre <= right || besideOwn, `"${word.text}" out of the pelaksana columns, away from its line`).toBe(true);
            // On the diamond: the letters inside its four edges.
            const [cx, cy, hw, hh] = [decision.x + decision.width / 2, decision.y + decision.height / 2, decision.width / 2, decision.height / 2];
            const nearest = [Math.min(Math.max(cx, word.box.x), word.box.x + word.box.width), Math.min(Math.max(cy, word.box.y), word.box.y + word.box.height)];
            expect(Math.abs(nearest[0] - cx) / hw + Math.abs(nearest[1] - cy) / hh, `"${word.text}" on the diamond`).toBeGreaterThanOrEqual(1);
        }
    });

    it('hops a flow over another where the two cross, as the lintas fungsi does (TJT pengajuan sukarela, page 2)', async () => {
        const r = await renderDiagram(tjt, { kind: 'sop', element: 'PengajuanSukarela.PetaSukarela', page: printedPage('sop', { paper: 'f4' }) }, metrics);
        if (!r.ok) throw new Error(r.error.message);
        const flows = [...r.diagram.pages![1].matchAll(/<(path d|polyline points)="([^"]+)"[^>]*data-from="([^"]+)" data-to="([^"]+)"/g)];
        const hopping = flows.filter(f => f[1] === 'path d');
        expect(hopping.length).toBeGreaterThan(0);
        // Each hop is a half circle on a horizontal run, over a vertical run of a flow to another step.
        const verticalsX = flows.flatMap(f => {
            const xs = [...f[2].matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map(m => [Number(m[1]), Number(m[2])]);
            return xs.slice(1).filter((q, i) => q[0] === xs[i][0] && q[1] !== xs[i][1]).map(q => ({ x: q[0], to: f[4] }));
        });
        for (const f of hopping) {
            const arcs = [...f[2].matchAll(/L (-?[\d.]+) (-?[\d.]+) A 2\.5 2\.5 0 0 [01] (-?[\d.]+) (-?[\d.]+)/g)];
            expect(arcs.length).toBeGreaterThan(0);
            for (const a of arcs) {
                const centre = (Number(a[1]) + Number(a[3])) / 2;
                expect(Number(a[2])).toBe(Number(a[4]));
                expect(verticalsX.some(v => Math.abs(v.x - centre) < 0.01 && v.to !== f[4]), `hop at x ${centre} of ${f[3]}->${f[4]}`).toBe(true);
            }
        }
    });
});

describe('SOP AP of a map as analysts write it: labels longer than ya/tidak, three exits, loops back into a decision', () => {
    it('keeps every exit of a decision on its own point and every line its own run, every label whole and clear, printed and in the preview', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'kp.sikerja': KENAIKAN_PANGKAT });
        expect(ws.diagnostics('kp.sikerja')).toEqual([]);
        const pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const process = pemda.processes.find(p => p.id === 'KenaikanPangkat')!;
        const map = process.maps[0];
        const faults: string[] = [];
        let labels = 0;
        for (const size of [printedPage('sop', { paper: 'f4' })!, { width: 867, height: 525 }]) {
            const sop = layoutSop(pemda, process, map, size, metrics);
            sop.pages.forEach((page, p) => {
                for (let i = 0; i < page.lines.length; i++) for (let j = i + 1; j < page.lines.length; j++) {
                    const a = page.lines[i], b = page.lines[j];
                    if (a.to !== b.to && sharedRuns(a.points, b.points)) faults.push(`hal. ${p + 1}: ${a.from}→${a.to} and ${b.from}→${b.to} share a run`);
                    // An arrow into a point a line leaves from reads both ways.
                    const ends = (l: typeof a) => [l.points[0], l.points[l.points.length - 1]].map(q => q.join(','));
                    if (a.from !== b.from && a.to !== b.to && ends(a).some(e => ends(b).includes(e))) faults.push(`hal. ${p + 1}: ${a.from}→${a.to} and ${b.from}→${b.to} meet at one point`);
                }
                for (const d of page.symbols.filter(s => s.symbol === 'keputusan')) {
                    const starts = page.lines.filter(l => l.from === d.node).map(l => l.points[0].join(','));
                    if (new Set(starts).size !== starts.length) faults.push(`hal. ${p + 1}: ${d.node} has two exits from one point`);
                }
                for (const l of page.lines.filter(x => x.label)) {
                    const flow = map.flows.find(f => l.from.endsWith(f.from) && l.to.endsWith(f.to))!;
                    expect(l.label!.lines.join(' ')).toBe(flow.label);
                }
            });
            writeSopPages(sop, metrics).forEach((svg, p) => {
                const drawn = drawnFlows(svg);
                for (const label of drawn.labels) {
                    labels++;
                    for (const line of drawn.lines) {
                        const pts = line === label.line ? line.points.slice(1) : line.points;
                        if (pts.slice(1).some((q, i) => segmentCrosses(pts[i], q, label.box))) faults.push(`hal. ${p + 1}: "${label.text}" crossed by ${line.from}->${line.to}`);
                    }
                }
            });
        }
        expect(labels).toBeGreaterThanOrEqual(10);
        expect(faults).toEqual([]);
    });
});

describe('SOP AP continued on the next page', () => {
    /** Each printed F4 page of every SOP AP of the examples and the fixtures that go over pages. */
    async function printedSopPages(each: (page: SopPage, where: string) => void): Promise<void> {
        const all = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'kp.sikerja': KENAIKAN_PANGKAT, 'reklame.sikerja': REKLAME, 'cuti.sikerja': CUTI });
        const printed = printedPage('sop', { paper: 'f4' })!;
        for (const pemda of [...all, ...ws.services.model.SemanticModel.semanticModel().pemda]) for (const process of pemda.processes) for (const map of process.maps) {
            layoutSop(pemda, process, map, printed, metrics).pages.forEach((page, p) => each(page, `${map.id} hal. ${p + 1}`));
        }
    }
    const clearance = 5.67 * 6.5 / 8 - 0.01;

    it('keeps the lines down to the connectors below the table 2 mm apart at print size wherever two run side by side', async () => {
        const close: string[] = [];
        let intoStrip = 0;
        await printedSopPages((page, where) => {
            const down = new Set(page.symbols.filter(x => x.row < 0 && !x.node.startsWith('->')).map(x => x.node));
            const toStrip = page.lines.filter(l => down.has(l.to));
            intoStrip += toStrip.length;
            const vertical = verticalRuns(page).filter(r => toStrip.includes(r.line));
            for (const r of vertical) for (const o of vertical) {
                if (o.line === r.line || o.x <= r.x || o.y1 >= r.y2 || r.y1 >= o.y2) continue;
                if (o.x - r.x < clearance) close.push(`${where}: ${r.line.from}→${r.line.to} beside ${o.line.from}→${o.line.to}, ${(o.x - r.x).toFixed(1)} pt`);
            }
        });
        expect(intoStrip).toBeGreaterThan(10);
        expect(close).toEqual([]);
    });

    it('takes a step with nothing under it straight down to its connector below, and crosses no line to the strip (izin cuti p2)', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'cuti.sikerja': CUTI });
        const pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const process = pemda.processes.find(p => p.id === 'PelayananCuti')!;
        const page = layoutSop(pemda, process, process.maps[0], printedPage('sop', { paper: 'f4' })!, metrics).pages[1];
        const toStrip = page.lines.filter(l => page.symbols.some(s => s.row < 0 && s.node === l.to));
        const konsep = toStrip.find(l => l.from === 'PelayananCuti.PetaIzinCuti.Konsep')!;
        expect(konsep.points.length, 'Konsep straight down').toBe(2);
        expect(konsep.points[0][0]).toBe(konsep.points[1][0]);
        // "tidak" of "Memenuhi syarat cuti besar?" goes to the connector on its own side, across no other line.
        expect([...lineHops(toStrip).keys()].map(l => `${l.from}→${l.to}`)).toEqual([]);
    });

    it('runs the lines along a strip of connectors 2 mm apart at print size wherever two to different steps run one over the other', async () => {
        const close: string[] = [];
        let alongStrips = 0;
        await printedSopPages((page, where) => {
            const strips = page.cells.filter(c => c.height === STRIP && c.x === page.laneColumns[0].x);
            const target = (l: SopPage['lines'][number]) => l.to.split('->').pop();
            const runs = page.lines.flatMap(line => line.points.slice(1).map((q, i) => [line.points[i], q] as const)
                .filter(([a, b]) => a[1] === b[1] && Math.abs(a[0] - b[0]) > 1 && strips.some(c => a[1] > c.y && a[1] < c.y + c.height))
                .map(([a, b]) => ({ line, y: a[1], x1: Math.min(a[0], b[0]), x2: Math.max(a[0], b[0]) })));
            alongStrips += runs.length;
            for (const r of runs) for (const o of runs) {
                if (target(o.line) === target(r.line) || o.y <= r.y || Math.min(r.x2, o.x2) - Math.max(r.x1, o.x1) <= 1) continue;
                if (o.y - r.y < clearance) close.push(`${where}: ${r.line.from}→${r.line.to} over ${o.line.from}→${o.line.to}, ${(o.y - r.y).toFixed(1)} pt`);
            }
        });
        expect(alongStrips).toBeGreaterThan(10);
        expect(close).toEqual([]);
    });
});
