import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffModels, withoutUnsound, type ModelDiff, type PemdaModel, type Unsound } from '@sikerja/model';
import { formatLine } from '../diagnostics.js';
import { readVersion, type ReadVersion } from './diff-read.js';
import { doubtCast, isWithinFolder, resolveSide, SideError, type Side } from '@sikerja/language';

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
 * Both sides read and compared: each a folder or a git revision (`resolveSide`); what cannot be read
 * soundly on either side (a file that does not parse, a declaration with a name that does not link)
 * left out of both; the errors printed as `validate` prints them.
 * A side that cannot be read is a `SideError` (exit code 2).
 */
export async function compareSides(lama: string, baru: string | undefined, narrow: string | undefined, err: (s: string) => void): Promise<Comparison> {
    const sides: Side[] = [];
    try {
        sides.push(await resolveSide(lama, narrow));
        sides.push(await resolveSide(baru, narrow));
        // One after the other: a version's workspace is garbage before the next is read.
        const b = readSide(sides[0], await readVersion(sides[0].folder), err);
        const a = readSide(sides[1], await readVersion(sides[1].folder), err);
        const broken = new Set([...b.broken, ...a.broken]);
        const unsound = (read: ReadSide): Unsound => uri => {
            const relative = relativeOf(sides, uri);
            return broken.has(relative) ? 'file' : read.doubtful.get(relative);
        };
        const sound = withoutUnsound(b.model, a.model, unsound(b), unsound(a));
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
    const side = sides.find(s => isWithinFolder(s.folder, file));
    return side ? path.relative(side.folder, file).split(path.sep).join('/') : file;
}

interface ReadSide {
    model: PemdaModel[];
    /** Files that did not parse, by their path inside the side. */
    broken: string[];
    /** Zero-based lines of the names that did not link, by file. */
    doubtful: Map<string, number[]>;
    errors: number;
    skippedFiles: string[];
}

function readSide(side: Side, read: ReadVersion, err: (s: string) => void): ReadSide {
    const shown = (file: string) => side.shownAs?.(path.resolve(file)) ?? file;
    const out: ReadSide = { model: read.model, broken: [], doubtful: new Map(), errors: read.errors.length, skippedFiles: [] };
    for (const d of read.errors) {
        err(formatLine({ ...d, path: shown(d.path) }));
        const relative = path.relative(side.folder, path.resolve(d.path)).split(path.sep).join('/');
        const cast = doubtCast(d.code);
        if (cast === 'file' && !out.broken.includes(relative)) {
            out.broken.push(relative);
            out.skippedFiles.push(`${shown(d.path)} (${side.label}): ${d.code} pada baris ${d.line}`);
        } else if (cast === 'line') {
            out.doubtful.set(relative, [...out.doubtful.get(relative) ?? [], d.line - 1]);
        }
    }
    return out;
}

export { SideError };
