import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSelisih, PREVIEW_LIMIT, unitTotals, type PemdaModel, type Totals, type UnitNode } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { DIAGRAM_KINDS, drawableElements, drawnElementCount, renderDiagram, renderOverview, shippedFonts } from '@sikerja/diagram';
import { dinasText, lintasFungsiText } from '../../bench/diagrams.js';

/**
 * A preview of a diagram over PREVIEW_LIMIT elements draws its overview: the unit tree with each
 * unit's counts, small whatever the number of positions. The Dinas is the bench's (3,000 positions
 * in a Sekretariat and six Bidang), with a UPTD under it and a jabatan without B and K.
 */
const { metrics } = shippedFonts();
let dir: string;
let big: PemdaModel;
let flows: PemdaModel;
let examples: PemdaModel[];

const UPTD = `pemda Bench
uptd Lab "UPTD Laboratorium Uji" kelas A induk Besar {
    pimpinan Kepala "Kepala UPTD Laboratorium Uji" pengawas kelas 9 bezetting 1 kebutuhan 1
    jabatan Analis "Analis Laboratorium" fungsional keahlian ahli-muda kelas 9 bezetting 2 kebutuhan 4
    jabatan Pengadministrasi "Pengadministrasi Perkantoran" pelaksana kelas 5
}
`;

async function modelOf(files: Record<string, string>): Promise<PemdaModel> {
    const at = fs.mkdtempSync(path.join(dir, 'ws-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(at, name), text);
    return (await loadWorkspace([at])).services.model.SemanticModel.semanticModel().pemda[0];
}

beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-overview-'));
    big = await modelOf({ 'dinas-besar.sikerja': dinasText(2997), 'uptd.sikerja': UPTD });
    flows = await modelOf({ 'peta.sikerja': lintasFungsiText(400, 8, 500) });
    examples = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
}, 60000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The texts of each unit box of an SVG, by the unit it leads to. */
function boxTexts(svg: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [, element, body] of svg.matchAll(/<g data-element="([^"]+)" data-box="h:[^"]+">(.*?)<\/g>/g)) {
        out.set(element, [...body.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(t => t[1]));
    }
    return out;
}

function unitsOf(u: UnitNode): UnitNode[] {
    return [u, ...u.units.flatMap(unitsOf)];
}

const figures = (t: Totals) => [String(t.positions), String(t.bezetting), String(t.kebutuhan), formatSelisih(t.selisih)];

describe('drawnElementCount', () => {
    it('counts a peta jabatan by its positions and a struktur by its boxes, before any layout', () => {
        const positions = big.organisations.flatMap(o => unitsOf(o)).reduce((n, u) => n + (u.leader ? 1 : 0) + u.positions.length, 0);
        expect(positions).toBe(3000);
        const peta = drawnElementCount(big, { kind: 'peta-jabatan', element: 'Besar' });
        expect(peta).toBeGreaterThan(positions);
        expect(peta).toBeLessThan(positions + 30);
        expect(drawnElementCount(big, { kind: 'struktur', element: 'Besar' })).toBeLessThan(30);
        expect(drawnElementCount(big, { kind: 'peta-jabatan', element: 'TidakAda' })).toBe(0);
        expect(drawnElementCount(flows, { kind: 'lintas-fungsi', element: 'Besar.Peta' })).toBe(8 + 400 + 500);
    });

    it('keeps every diagram of the examples under the preview limit', () => {
        expect(examples.map(p => p.name)).toEqual(['Bengkalis', 'Bengkayang', 'Kampar', 'MahakamUlu', 'TanjungJabungTimur']);
        let counted = 0;
        for (const p of examples) {
            for (const kind of DIAGRAM_KINDS) {
                for (const { element } of drawableElements(p, kind)) {
                    const count = drawnElementCount(p, { kind, element });
                    expect(count, `${p.name} ${kind} ${element}`).toBeGreaterThan(0);
                    expect(count, `${p.name} ${kind} ${element}`).toBeLessThanOrEqual(PREVIEW_LIMIT);
                    counted++;
                }
            }
        }
        expect(counted).toBeGreaterThan(50);
    });
});

describe('overview of a Dinas of 3,000 positions', () => {
    it('is what a preview over the limit gets: one box per unit, the UPTD one more, small', async () => {
        const result = await renderDiagram(big, { kind: 'peta-jabatan', element: 'Besar', previewLimit: PREVIEW_LIMIT }, metrics);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { diagram } = result;
        expect(diagram.overview).toEqual({ fullKind: 'peta-jabatan', elements: drawnElementCount(big, { kind: 'peta-jabatan', element: 'Besar' }), limit: PREVIEW_LIMIT });
        expect([diagram.kind, diagram.element]).toEqual(['peta-jabatan', 'Besar']);
        expect(diagram.svg.length).toBeLessThan(200 * 1024);
        const units = [...unitsOf(big.organisations.find(o => o.id === 'Besar')!), big.organisations.find(o => o.id === 'Lab')!].map(u => u.id);
        expect(units).toHaveLength(11);
        expect(diagram.elements.map(e => e.element).sort()).toEqual([...units].sort());
        for (const id of units) expect(diagram.svg).toContain(`data-element="${id}"`);
        // No position is drawn: the overview's size follows the units.
        expect(diagram.svg).not.toContain('Analis Kebijakan Pelayanan');
    });

    it('writes each unit\'s counts from the model\'s totals, the Dinas with its UPTD', async () => {
        const result = await renderOverview(big, { kind: 'peta-jabatan', element: 'Besar' }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        const boxes = boxTexts(result.diagram.svg);
        const besar = big.organisations.find(o => o.id === 'Besar')!;
        const lab = big.organisations.find(o => o.id === 'Lab')!;
        for (const unit of unitsOf(besar).slice(1)) {
            expect(boxes.get(unit.id), unit.id).toEqual([unit.title, 'Jabatan', 'B', 'K', '±', ...figures(unitTotals(unit))]);
        }
        const d = unitTotals(besar), u = unitTotals(lab);
        const whole = { positions: d.positions + u.positions, bezetting: d.bezetting + u.bezetting, kebutuhan: d.kebutuhan + u.kebutuhan, selisih: d.selisih + u.selisih, incomplete: 1 };
        expect(whole.positions).toBe(3000);
        // The note wraps to its box's width: read as one text.
        const withNote = (texts: string[]) => [...texts.slice(0, 9), texts.slice(9).join(' ')];
        expect(withNote(boxes.get('Besar')!)).toEqual([besar.title, 'Jabatan', 'B', 'K', '±', ...figures(whole), '1 jabatan tanpa B atau K (tidak ikut dijumlah)']);
        expect(withNote(boxes.get('Lab')!)).toEqual([lab.title, 'Jabatan', 'B', 'K', '±', ...figures(u), '1 jabatan tanpa B atau K (tidak ikut dijumlah)']);
    });

    it('says in its title that it is an overview and that the export has the whole diagram', async () => {
        const result = await renderOverview(big, { kind: 'peta-jabatan', element: 'Besar' }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        const title = [...result.diagram.svg.matchAll(/<text [^>]*text-anchor="middle" fill="[^"]+">([^<]*)<\/text>/g)].map(t => t[1]).slice(0, 7).join(' ');
        expect(title).toContain('IKHTISAR PETA JABATAN DINAS BESAR UJI PETA JABATAN');
        expect(title).toContain('Jumlah perangkat daerah: 3000 jabatan');
        expect(title).toContain('Ini ikhtisar: Peta Jabatan lengkap (3000 jabatan) terlalu besar untuk pratinjau. Diagram lengkap ada di ekspor');
    });

    it('is drawn whole without a preview limit (an export), every position in it', async () => {
        const result = await renderDiagram(big, { kind: 'peta-jabatan', element: 'Besar' }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.diagram.overview).toBeUndefined();
        const drawn = new Set(result.diagram.elements.map(e => e.element));
        const positions = big.organisations.flatMap(o => unitsOf(o)).flatMap(u => [...(u.leader ? [u.leader] : []), ...u.positions]);
        expect(positions.filter(p => !drawn.has(p.id))).toEqual([]);
    });
});

describe('overview of other large diagrams', () => {
    it('folds the deepest units of a tree of more than 150 units into the boxes above them', async () => {
        const bidang = Array.from({ length: 20 }, (_, i) => [
            `    bidang B${i} "Bidang ${i + 1}" {`, `        pimpinan Kepala "Kepala Bidang ${i + 1}" administrator kelas 11 bezetting 1 kebutuhan 1`,
            ...Array.from({ length: 10 }, (_, j) => `        seksi S${j} "Seksi ${j + 1}" { pimpinan Kepala "Kepala Seksi ${i + 1}.${j + 1}" pengawas kelas 9 bezetting 1 kebutuhan 1 }`),
            '    }'
        ].join('\n'));
        const text = ['pemda Lebar { nama "Kabupaten Lebar" regulasi "Perbup Bengkayang 5/2024" }', 'dinas Lebar "Dinas Lebar" {',
            '    pimpinan Kepala "Kepala Dinas Lebar" jpt-pratama kelas 14 bezetting 1 kebutuhan 1', ...bidang, '}', ''].join('\n');
        const wide = await modelOf({ 'lebar.sikerja': text });
        const result = await renderOverview(wide, { kind: 'struktur', element: 'Lebar' }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        const boxes = boxTexts(result.diagram.svg);
        expect(boxes.size).toBe(21);
        expect(boxes.get('Lebar.B3')).toEqual(['Bidang 4', 'Jabatan', 'B', 'K', '±', '11', '11', '11', '0', '10 unit di bawahnya tidak digambar']);
        expect(result.diagram.svg).toContain('IKHTISAR STRUKTUR ORGANISASI');
    });

    it('draws a peta lintas fungsi over the limit as its lanes with the steps in each', async () => {
        const result = await renderDiagram(flows, { kind: 'lintas-fungsi', element: 'Besar.Peta', previewLimit: PREVIEW_LIMIT }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.diagram.overview?.elements).toBe(908);
        const map = flows.processes[0].maps[0];
        const rows = [...result.diagram.svg.matchAll(/<g data-element="([^"]+)">(.*?)<\/g>/g)].map(([, element, body]) => [element, ...[...body.matchAll(/>([^<]+)<\/text>/g)].map(t => t[1])]);
        expect(rows).toEqual(map.lanes.map(l => [l.element ?? l.id, l.title, String(map.nodes.filter(n => n.lane === l.id).length)]));
        expect(rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(400);
        expect(result.diagram.svg).toContain('IKHTISAR PETA LINTAS FUNGSI');
        const sop = await renderDiagram(flows, { kind: 'sop', element: 'Besar.Peta', previewLimit: PREVIEW_LIMIT }, metrics);
        expect(sop.ok && [sop.diagram.kind, sop.diagram.overview?.fullKind, sop.diagram.pages]).toEqual(['sop', 'sop', undefined]);
    });
});
