import * as path from 'node:path';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { DOCUMENT_KIND_LABELS, documentSubjects, writeDocuments, type DocumentKind } from '@sikerja/export';
import { modelToWrite, renamedNote } from './output-model.js';

export interface DocsOptions {
    kind: DocumentKind[];
    element?: string;
    format: 'text' | 'json';
    out: string;
    timpa?: boolean;
}

/**
 * `sikerja docs`: write the official documents of the model (surat permohonan, surat tugas, SK tim
 * kerja, peta jabatan .xlsx, lampiran) into `--out`, each in its region's form, and list per document
 * the blanks it leaves — what the model does not hold and the analyst fills in Word.
 */
export async function docsCommand(paths: string[], options: DocsOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
    const loaded = await modelToWrite(paths, options.out, err);
    if (loaded === 2) return 2;
    const { outDir, model, errors } = loaded;
    if (options.element !== undefined) {
        const known = model.pemda.some(p => {
            const { works, perangkatDaerah } = documentSubjects(p);
            return [...works, ...perangkatDaerah].some(e => e.id === options.element);
        });
        if (!known) {
            err(`sikerja: \`${options.element}\` bukan tim kerja, penugasan atau perangkat daerah di model ini; tidak ada dokumen yang ditulis.`);
            return 2;
        }
    }
    const fonts = { metrics: shippedFonts().metrics, paths: shippedFontPaths() };
    const report = await writeDocuments(model.pemda, { kinds: options.kind, element: options.element, outDir, overwrite: options.timpa }, fonts,
        (done, total, label) => { if (total >= 6) err(`[${done}/${total}] ${label}`); });
    const where = path.relative(process.cwd(), outDir) || '.';
    if (options.format === 'json') {
        out(JSON.stringify({ files: report.files.map(f => ({ ...f, file: path.relative(process.cwd(), f.file) })), skipped: report.skipped, kept: report.kept.map(f => path.relative(process.cwd(), f)),
            renamed: report.renamed.map(r => ({ wanted: path.relative(process.cwd(), r.wanted), file: path.relative(process.cwd(), r.file) })) }, null, 2));
    } else {
        for (const f of report.files) {
            const file = path.relative(process.cwd(), f.file);
            out(f.missing.length === 0 ? `${file}: lengkap` : `${file}: ${f.missing.length} isian kosong — ${f.missing.join('; ')}`);
        }
        for (const r of report.renamed) err(renamedNote(r));
        for (const k of report.kept) out(`${path.relative(process.cwd(), k)}: sudah ada, tidak ditimpa (isiannya mungkin sudah dilengkapi; --timpa untuk menulis ulang)`);
        for (const s of report.skipped) err(`Dilewati: ${s.pemda} ${s.element} (${DOCUMENT_KIND_LABELS[s.kind]}): ${s.reason}`);
        const blanks = report.files.filter(f => f.missing.length > 0).length;
        out(`Ditulis ${report.files.length} dokumen ke ${where}${blanks ? `; ${blanks} dokumen masih punya isian kosong bertanda kuning` : ''}`
            + `${report.kept.length ? `; ${report.kept.length} yang sudah ada tidak ditimpa` : ''}`
            + `${report.skipped.length ? `; ${report.skipped.length} dilewati` : ''}${errors ? `; model memiliki ${errors} galat` : ''}.`);
    }
    return errors > 0 || report.skipped.length > 0 ? 1 : 0;
}
