import * as path from 'node:path';
import { countDiagnostics, loadWorkspace } from '@sikerja/language';
import { collectDiagnostics, formatLine } from '../diagnostics.js';

export interface ValidateOptions {
    format: 'text' | 'json';
}

/** `sikerja validate`: print every diagnostic; the exit code is 1 when there is an error. */
export async function validate(paths: string[], options: ValidateOptions, out: (s: string) => void): Promise<number> {
    const workspace = await loadWorkspace(paths, { requireFiles: true });
    const diagnostics = collectDiagnostics(workspace.requested);
    const counts = countDiagnostics(workspace.requested);
    if (options.format === 'json') {
        out(JSON.stringify({ files: workspace.requested.length, summary: counts, diagnostics, skipped: workspace.skipped }, null, 2));
    } else {
        for (const d of diagnostics) out(formatLine(d));
        for (const s of workspace.skipped) out(`Dilewati (.sikerjaignore): ${path.relative(process.cwd(), s) || s}`);
        out(`Diperiksa ${workspace.requested.length} berkas: ${counts.error} galat, ${counts.warning} peringatan, ${counts.info} info.`);
    }
    return counts.error > 0 ? 1 : 0;
}
