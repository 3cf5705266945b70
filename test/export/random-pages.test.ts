import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '@sikerja/language';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { PRINT_MIN_TEXT } from '@sikerja/model';
import { exportDiagrams, mm } from '@sikerja/export';
import { ensurePoppler, pdfWords } from './pdf-words.js';
import { randomDinas } from './fixtures/random-dinas.js';

/**
 * The examples cannot hold every shape a Perangkat Daerah takes: Dinas of random shape, each
 * exported as struktur and peta jabatan on F4, every page read as it is printed. (Seeds 20261213
 * and 20261230 printed their bagan at 6.2 and 6.9 pt on F4 before the PDF chose its paper by each
 * page's own smallest text.)
 */
const SEEDS = [...Array.from({ length: 12 }, (_, i) => 20261205 + i), 20261230];
const MARGIN = mm(12);
const fonts = { metrics: shippedFonts().metrics, paths: shippedFontPaths() };

describe('struktur and peta jabatan of Dinas of random shape, on paper', () => {
    beforeAll(() => ensurePoppler());

    it.each(SEEDS)('seed %i: nothing under 8 pt, nothing outside the printable area', async seed => {
        const { text, shape } = randomDinas(seed);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-random-'));
        fs.writeFileSync(path.join(dir, 'pemda.sikerja'), 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }\n');
        fs.writeFileSync(path.join(dir, 'dinas.sikerja'), text);
        const ws = await loadWorkspace([dir]);
        const report = await exportDiagrams(ws.services.model.SemanticModel.semanticModel().pemda,
            { kinds: ['struktur', 'peta-jabatan'], formats: ['pdf'], paper: 'f4', outDir: path.join(dir, 'out') }, fonts);
        expect(report.skipped, shape).toEqual([]);
        expect(report.files.map(f => path.basename(f.file)).sort(), shape).toEqual(['D-peta-jabatan.pdf', 'D-struktur.pdf']);
        const faults = report.files.flatMap(f => pdfWords(f.file).flatMap((p, n) => p.words.flatMap(w => [
            ...(w.size < PRINT_MIN_TEXT - 0.05 ? [`${path.basename(f.file)} hal. ${n + 1}: "${w.text}" ${w.size.toFixed(1)} pt`] : []),
            ...(w.x0 < MARGIN - 1 || w.y0 < MARGIN - 1 || w.x1 > p.width - MARGIN + 1 || w.y1 > p.height - MARGIN + 1 ? [`${path.basename(f.file)} hal. ${n + 1}: "${w.text}" di luar`] : [])
        ])));
        expect(faults, shape).toEqual([]);
        fs.rmSync(dir, { recursive: true, force: true });
    }, 60000);
});
