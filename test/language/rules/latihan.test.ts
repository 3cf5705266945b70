import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '@sikerja/language';

const LATIHAN = path.resolve(__dirname, '../../../examples/latihan');

/** Findings of one teaching folder as [file, line, severity, code]. */
async function findings(region: string): Promise<Array<[string, number, string, string]>> {
    const ws = await loadWorkspace([path.join(LATIHAN, region)]);
    const severity = ['', 'error', 'warning', 'info', 'hint'];
    return ws.requested.flatMap(d => (d.diagnostics ?? []).map(x =>
        [path.basename(d.uri.fsPath), x.range.start.line + 1, severity[x.severity ?? 1], String(x.code)] as [string, number, string, string]))
        .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[3].localeCompare(b[3]));
}

describe('the teaching files (examples/latihan) show each region\'s rules', () => {
    it('Kampar: ketua from another PD is an error, and so are the instrument and the ketua\'s eligibility', async () => {
        expect(await findings('kampar')).toEqual([
            ['tim-kerja.sikerja', 11, 'error', 'ketua-eligibility'],
            ['tim-kerja.sikerja', 11, 'error', 'ketua-from-owner-unit'],
            ['tim-kerja.sikerja', 14, 'error', 'instrument-matches-scope'],
            ['tim-kerja.sikerja', 29, 'error', 'ketua-eligibility']
        ]);
    });

    it('Bengkayang: the same ketua flaw is only a warning ("diutamakan"); permohonan, sukarela and UPTD kelas B', async () => {
        expect(await findings('bengkayang')).toEqual([
            ['tim-kerja.sikerja', 11, 'warning', 'ketua-from-owner-unit'],
            ['tim-kerja.sikerja', 15, 'error', 'permohonan-complete'],
            ['tim-kerja.sikerja', 27, 'error', 'sukarela-not-lintas-instansi'],
            ['uptd.sikerja', 7, 'warning', 'model-conformance']
        ]);
    });

    it('Bengkalis: the ketua must be a JF Madya penyetaraan; lintas PD needs a Keputusan Bupati', async () => {
        expect(await findings('bengkalis')).toEqual([
            ['tim-kerja.sikerja', 10, 'error', 'ketua-eligibility'],
            ['tim-kerja.sikerja', 13, 'error', 'instrument-matches-scope']
        ]);
    });

    it('Tanjung Jabung Timur: the urusan decides the model, and a member from another bidang needs a letter', async () => {
        expect(await findings('tanjung-jabung-timur')).toEqual([
            ['dishub.sikerja', 9, 'warning', 'model-conformance'],
            ['dishub.sikerja', 14, 'warning', 'model-conformance'],
            ['dishub.sikerja', 16, 'warning', 'model-conformance'],
            ['dishub.sikerja', 31, 'error', 'permohonan-complete']
        ]);
    });

    it('Mahakam Ulu: the Tim Koordinasi SPBE lacks its ketua and members', async () => {
        expect(await findings('mahakam-ulu')).toEqual([
            ['tim-spbe.sikerja', 7, 'error', 'spbe-coordination-team'],
            ['tim-spbe.sikerja', 9, 'error', 'spbe-coordination-team']
        ]);
    });

    it('are skipped when examples/ is validated as a whole', async () => {
        const ws = await loadWorkspace([path.resolve(LATIHAN, '..')]);
        expect(ws.skipped).toEqual([LATIHAN]);
        expect(ws.requested.some(d => d.uri.fsPath.startsWith(LATIHAN))).toBe(false);
    });
});
