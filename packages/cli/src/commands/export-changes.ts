import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagramMarks, type DiagramMarks } from '@sikerja/model';
import { compareOrRefuse } from './diff.js';

export interface ExportChanges {
    changes: Record<string, DiagramMarks>;
    /** Errors on either side: the exit code is 1, as for `sikerja diff`. */
    errors: number;
    /** The lines already printed (the new version's errors), which the export's own reading need not print again. */
    printed: Set<string>;
}

/**
 * `export --sejak <lama>`: the export's folder compared with `lama` as `sikerja diff` compares them
 * (a folder, or a git revision read for the same folder), as marks for the struktur and peta jabatan.
 * A side that cannot be read is said as `sikerja diff` says it, and is the exit code 2.
 */
export async function exportChanges(paths: readonly string[], lama: string, err: (s: string) => void): Promise<ExportChanges | 2> {
    const folder = paths.length === 1 && fs.statSync(paths[0], { throwIfNoEntry: false })?.isDirectory() ? paths[0] : undefined;
    if (folder === undefined) {
        err(`sikerja: --sejak membandingkan satu folder ruang kerja dengan versi lamanya; sebutkan tepat satu folder (bukan ${paths.join(', ')}).`);
        return 2;
    }
    const printed = new Set<string>();
    const say = (s: string) => { printed.add(s); err(s); };
    // The folder is both the new version and, for a revision, the part of it that is read.
    const comparison = await compareOrRefuse(lama, folder, path.relative(process.cwd(), path.resolve(folder)) || '.', say);
    if (comparison === 2) return 2;
    return { changes: diagramMarks(comparison.diff, comparison.before, comparison.lama), errors: comparison.errors, printed };
}
