import * as path from 'node:path';
import { writeMatriksPerubahan } from '@sikerja/export';
import { compareOrRefuse } from './diff.js';
import { outputFolder } from './output-model.js';

export interface PerubahanOptions {
    out: string;
    format: 'text' | 'json';
    timpa?: boolean;
    path?: string;
}

/**
 * `sikerja docs --kind perubahan <lama> [<baru>]`: the matriks perubahan (.docx) and the peta jabatan
 * before and after (.xlsx) of two versions, each a folder or a git revision as in `sikerja diff`.
 */
export async function docsPerubahanCommand(paths: string[], options: PerubahanOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
    if (paths.length > 2) {
        err('sikerja: --kind perubahan membandingkan dua versi: sebutkan <lama> dan (bila bukan pohon kerja) <baru>, tidak lebih.');
        return 2;
    }
    const outDir = await outputFolder(options.out, err);
    if (outDir === 2) return 2;
    const comparison = await compareOrRefuse(paths[0], paths[1], options.path, err);
    if (comparison === 2) return 2;
    const report = await writeMatriksPerubahan(comparison.before, comparison.after, comparison.diff,
        { outDir, overwrite: options.timpa, versions: { lama: comparison.lama, baru: comparison.baru } });
    const relative = (f: string) => path.relative(process.cwd(), f);
    if (options.format === 'json') {
        out(JSON.stringify({ files: report.files.map(f => ({ ...f, file: relative(f.file) })), kept: report.kept.map(relative), summary: comparison.diff.summary.counts }, null, 2));
    } else {
        for (const f of report.files) out(`${relative(f.file)}: ${f.changes} perubahan`);
        for (const k of report.kept) out(`${relative(k)}: sudah ada, tidak ditimpa (--timpa untuk menulis ulang)`);
        out(`Ditulis ${report.files.length} dokumen ke ${relative(outDir) || '.'} (perubahan dari ${comparison.lama} ke ${comparison.baru})`
            + `${report.kept.length ? `; ${report.kept.length} yang sudah ada tidak ditimpa` : ''}${comparison.errors ? `; model memiliki ${comparison.errors} galat` : ''}.`);
    }
    return comparison.errors > 0 ? 1 : 0;
}
