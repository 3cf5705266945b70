import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffModels, withoutFiles, type ModelDiff, type PemdaModel } from '@sikerja/model';
import { formatLine } from '../diagnostics.js';
import { readVersion, type ReadVersion } from './diff-read.js';
import { resolveSide, SideError, type Side } from './diff-sides.js';

/** Findings that leave a file's model unsound: what it declares is partly unread or unlinked. */
const UNSOUND = new Set(['lexing-error', 'unterminated-string', 'parsing-error', 'syntax-errors-truncated', 'duplicate-name', 'linking-error',
    'pemda-header-missing', 'pemda-undefined', 'pemda-defined-twice']);

export interface Comparison {
    before: PemdaModel[];
    after: PemdaModel[];
    diff: ModelDiff;
    lama: string;
    baru: string;
    /** Errors on both sides together (the text does not parse or a name does not link): the exit code is 1 when there is one. */
    errors: number;
    /** Files left out, as the user names them (`HEAD~1:examples/...`), each with its first unsound finding. */
    skippedFiles: string[];
}

/**
 * Both sides read and compared: each a folder or a git revision (`resolveSide`), the files whose
 * text does not parse or link left out of both, the errors printed as `validate` prints them.
 * A side that cannot be read is a `SideError` (exit code 2).
 */
export async function compareSides(lama: string, baru: string | undefined, narrow: string | undefined, err: (s: string) => void): Promise<Comparison> {
    const sides: Side[] = [];
    try {
        sides.push(resolveSide(lama, narrow));
        sides.push(resolveSide(baru, narrow));
        // One after the other: a version's workspace is garbage before the next is read.
        const b = readSide(sides[0], await readVersion(sides[0].folder), err);
        const a = readSide(sides[1], await readVersion(sides[1].folder), err);
        const broken = new Set([...b.broken, ...a.broken]);
        const sound = withoutFiles(b.model, a.model, uri => broken.has(relativeOf(sides, uri)));
        const diff = diffModels(sound.before, sound.after);
        if (sound.skipped.length > 0) diff.skipped = sound.skipped;
        return {
            before: sound.before, after: sound.after, diff, lama: sides[0].label, baru: sides[1].label,
            errors: b.errors + a.errors, skippedFiles: [...b.skippedFiles, ...a.skippedFiles]
        };
    } finally {
        for (const s of sides) s.dispose();
    }
}

/** A file's path inside its side: the same file on both sides has the same one. */
function relativeOf(sides: readonly Side[], uri: string): string {
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    const side = sides.find(s => !path.relative(s.folder, file).startsWith('..'));
    return side ? path.relative(side.folder, file).split(path.sep).join('/') : file;
}

function readSide(side: Side, read: ReadVersion, err: (s: string) => void): { model: PemdaModel[]; broken: string[]; errors: number; skippedFiles: string[] } {
    const shown = (file: string) => side.shownAs?.(path.resolve(file)) ?? file;
    const broken: string[] = [];
    const skippedFiles: string[] = [];
    for (const d of read.errors) {
        err(formatLine({ ...d, path: shown(d.path) }));
        const relative = path.relative(side.folder, path.resolve(d.path)).split(path.sep).join('/');
        if (UNSOUND.has(d.code) && !broken.includes(relative)) {
            broken.push(relative);
            skippedFiles.push(`${shown(d.path)} (${side.label}): ${d.code} pada baris ${d.line}`);
        }
    }
    return { model: read.model, broken, errors: read.errors.length, skippedFiles };
}

export { SideError };
