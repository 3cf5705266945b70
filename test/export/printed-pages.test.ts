import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '@sikerja/language';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { DIAGRAM_KINDS, PRINT_MIN_TEXT } from '@sikerja/model';
import { exportDiagrams, mm } from '@sikerja/export';
import { ensurePoppler, pdfWords, type PdfPage } from './pdf-words.js';

/**
 * Every PDF page the examples export, read as the official who signs it reads it: nothing under
 * 8 pt, nothing outside the printable area, no technical header, a page number only when there
 * are several pages.
 */
const MARGIN = mm(12);


let pdfs: Map<string, PdfPage[]>;

beforeAll(async () => {
    ensurePoppler();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-printed-'));
    const ws = await loadWorkspace(['examples/']);
    const report = await exportDiagrams(ws.services.model.SemanticModel.semanticModel().pemda, { kinds: [...DIAGRAM_KINDS], formats: ['pdf'], paper: 'f4', outDir: out },
        { metrics: shippedFonts().metrics, paths: shippedFontPaths() });
    expect(report.skipped).toEqual([]);
    pdfs = new Map(report.files.map(f => [path.relative(out, f.file), pdfWords(f.file)]));
}, 300000);

describe('the examples\' PDF pages at print size', () => {
    it('print no word under 8 pt', () => {
        expect(pdfs.size).toBeGreaterThan(50);
        const small = [...pdfs].flatMap(([file, pages]) => pages.flatMap((p, i) => p.words.filter(w => w.size < PRINT_MIN_TEXT - 0.05).map(w => `${file} hal. ${i + 1}: "${w.text}" ${w.size.toFixed(1)} pt`)));
        expect(small).toEqual([]);
    });

    it('keep every word inside the printable area: no drawing is printed as tiles', () => {
        const cut = [...pdfs].flatMap(([file, pages]) => pages.flatMap((p, i) => p.words
            .filter(w => w.x0 < MARGIN - 1 || w.y0 < MARGIN - 1 || w.x1 > p.width - MARGIN + 1 || w.y1 > p.height - MARGIN + 1)
            .map(w => `${file} hal. ${i + 1}: "${w.text}"`)));
        expect(cut).toEqual([]);
    });

    it('carry no technical header, and a page number only on a document of several pages', () => {
        for (const [file, pages] of pdfs) {
            const text = pages.map(p => p.words.map(w => w.text).join(' '));
            for (const t of text) expect(t, file).not.toMatch(/— (F4|A4|A3) —|halaman \d+\/\d+ *$/);
            // A SOP AP numbers its pages in its own footer, with its code.
            if (file.includes('-sop')) continue;
            text.forEach((t, i) => {
                if (pages.length > 1) expect(t, `${file} hal. ${i + 1}`).toContain(`halaman ${i + 1} dari ${pages.length}`);
                else expect(t, file).not.toContain('halaman');
            });
        }
    });

    it('turn a page that prints the same either way as the pages around it: a set is not turned page by page', () => {
        // Kecamatan Bengkayang: a small seksi block between tall portrait pages of its peta jabatan.
        const pages = pdfs.get(path.join('Bengkayang', 'KecamatanBengkayang-peta-jabatan.pdf'))!;
        expect(pages.length).toBeGreaterThan(3);
        expect(pages.map(p => p.width < p.height ? 'portrait' : 'landscape')).toEqual(pages.map(() => 'portrait'));
    });
});
