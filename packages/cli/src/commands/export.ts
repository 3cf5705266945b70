import * as path from 'node:path';
import { drawableElements, shippedFontPaths, shippedFonts, type DiagramKind } from '@sikerja/diagram';
import { exportDiagrams, type ExportFormat, type Orientation, type Paper } from '@sikerja/export';
import { exportChanges } from './export-changes.js';
import { modelToWrite, renamedNote } from './output-model.js';

export interface ExportOptions {
    kind: DiagramKind[];
    format: ExportFormat[];
    element?: string;
    paper: Paper;
    orientation?: Orientation;
    theme: 'formal' | 'warna';
    lanes: 'baris' | 'kolom';
    pejabatLevel?: boolean;
    out: string;
    /** The older version (a folder or a git revision) whose changes the struktur and peta jabatan mark. */
    sejak?: string;
}

/** Progress is printed only when there is enough to wait for. */
const PROGRESS_FROM = 6;

/**
 * `sikerja export`: draw the model's diagrams into `--out`. Errors in the model are printed as by
 * `validate` and what can still be drawn is drawn; the exit code says whether the model had errors.
 */
export async function exportCommand(paths: string[], options: ExportOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
    const since = options.sejak === undefined ? undefined : await exportChanges(paths, options.sejak, err);
    if (since === 2) return 2;
    // The new version's errors were printed when it was compared: not twice.
    const loaded = await modelToWrite(paths, options.out, s => { if (!since?.printed.has(s)) err(s); });
    if (loaded === 2) return 2;
    const { outDir, model, errors } = loaded;
    if (options.element !== undefined) {
        const known = model.pemda.some(p => options.kind.some(k => drawableElements(p, k).some(e => e.element === options.element)));
        if (!known) {
            err(`sikerja: \`${options.element}\` tidak dapat digambar sebagai ${options.kind.join(', ')}: bukan perangkat daerah (struktur, peta-jabatan) atau tim kerja (tim) di model ini.`);
            return 2;
        }
    }
    const fonts = { metrics: shippedFonts().metrics, paths: shippedFontPaths() };
    const report = await exportDiagrams(model.pemda, { kinds: options.kind, formats: options.format, element: options.element, paper: options.paper, orientation: options.orientation, theme: options.theme, lanes: options.lanes, pejabatLevel: options.pejabatLevel, outDir, changes: since?.changes }, fonts,
        (done, total, label) => { if (total >= PROGRESS_FROM) err(`[${done}/${total}] ${label}`); });
    for (const s of report.skipped) err(`Dilewati: ${s.pemda} ${s.element} (${s.kind}): ${s.reason}`);
    for (const r of report.renamed) err(renamedNote(r));
    if (report.removed.length > 0) err(`Dihapus ${report.removed.length} berkas halaman dari ekspor sebelumnya yang tidak lagi dihasilkan (diagramnya kini lebih sedikit halaman): ${report.removed.map(f => path.relative(process.cwd(), f)).join(', ')}.`);
    const where = path.relative(process.cwd(), outDir) || '.';
    out(`Diekspor ${report.files.length} berkas ke ${where}${report.skipped.length ? `; ${report.skipped.length} diagram dilewati` : ''}${errors ? `; model memiliki ${errors} galat` : ''}.`);
    return errors > 0 || (since?.errors ?? 0) > 0 || report.skipped.length > 0 ? 1 : 0;
}
