import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { SemanticModel } from '@sikerja/model';
import { countDiagnostics, loadWorkspace, publishedModel } from '@sikerja/language';
import { collectDiagnostics, formatLine } from '../diagnostics.js';

export interface ModelToWrite {
    outDir: string;
    model: SemanticModel;
    /** Errors in the model's files: what is sound is still written, and the exit code says so. */
    errors: number;
}

/** The --out folder, absolute; a file there is a usage error (exit code 2), said once. */
export async function outputFolder(out: string, err: (s: string) => void): Promise<string | 2> {
    const outDir = path.resolve(out);
    const existing = await fs.stat(outDir).catch(() => undefined);
    if (existing && !existing.isDirectory()) {
        err(`sikerja: --out ${out} adalah berkas, bukan folder; tidak ada yang ditulis.`);
        return 2;
    }
    return outDir;
}

/**
 * What `export` and `docs` start from: an output folder that is not a file, and the model of the
 * paths, its errors printed as `validate` prints them. A usage error is the exit code 2.
 */
export async function modelToWrite(paths: string[], out: string, err: (s: string) => void): Promise<ModelToWrite | 2> {
    const outDir = await outputFolder(out, err);
    if (outDir === 2) return 2;
    const workspace = await loadWorkspace(paths, { requireFiles: true });
    for (const d of collectDiagnostics(workspace.requested)) if (d.severity === 'error') err(formatLine(d));
    return { outDir, model: publishedModel(workspace.services, workspace.requested), errors: countDiagnostics(workspace.requested).error };
}

/** Why a file was written under another name than asked: Windows and macOS would take both for one file. */
export function renamedNote(r: { wanted: string; file: string }): string {
    return `Ditulis sebagai ${path.relative(process.cwd(), r.file)}, bukan ${path.basename(r.wanted)}: namanya hanya berbeda huruf besar/kecil `
        + 'dari berkas lain yang ditulis tadi, dan Windows serta macOS menganggap keduanya berkas yang sama.';
}
