import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '../workspace/load.js';
import { isWithinFolder } from '../workspace/file-key.js';
import { publishedModel } from '../model/published-model.js';
import { findRevision, revisionSide, type Revision } from './sides.js';
import { doubtsOf, type Doubts } from './soundness.js';

/** A pemda as an older version of its folder had it. */
export interface OlderVersion {
    /** As the analyst is told: "HEAD (1a2b3c4)". */
    label: string;
    /** Absent when the pemda was not in that version yet. */
    model?: PemdaModel;
    /** What of that version cannot be compared, by the file's path inside the folder. */
    doubts: Doubts;
    /** The (temporary, since removed) folder it was read from: its elements' uris name files in it. */
    folder: string;
}

/** Only Langium's own checks: whether a file parses and its names link decides what can be compared. */
const COMPARABLE = { categories: ['built-in' as const] };
/** Versions kept read: an analyst compares with one or two at a time. */
const KEPT = 4;

/**
 * Older versions of a folder read from git, by commit: reading one (git, parse, link) costs about a
 * second for a kabupaten, and a commit never changes, so each preview redraw reuses it. A revision
 * such as `HEAD` is resolved to its commit each time: a new commit is read anew.
 */
export class OlderVersions {
    private readonly read = new Map<string, Promise<OlderVersion>>();

    /** The pemda `pemda` in `folder` at `revision`; a `SideError` (its message for the analyst) when git cannot give it. */
    async of(revision: string, folder: string, pemda: string): Promise<OlderVersion> {
        const found = await findRevision(revision, undefined, folder, 'revision');
        const key = `${found.commit}\u0000${folder}\u0000${pemda}`;
        let version = this.read.get(key);
        if (!version) {
            version = this.load(revision, found, folder, pemda);
            this.read.set(key, version);
            version.catch(() => this.read.delete(key));
            for (const old of [...this.read.keys()].slice(0, Math.max(0, this.read.size - KEPT))) this.read.delete(old);
        }
        return version;
    }

    private async load(revision: string, found: Revision, folder: string, pemda: string): Promise<OlderVersion> {
        const side = await revisionSide(revision, undefined, folder, found);
        try {
            const workspace = await loadWorkspace([side.folder], { validation: COMPARABLE });
            return {
                label: `${revision} (${found.commit.slice(0, 7)})`,
                model: publishedModel(workspace.services, workspace.requested).pemda.find(p => p.name === pemda),
                doubts: doubtsOf(workspace.documents, uri => relativeIn(side.folder, uri)),
                folder: side.folder
            };
        } finally {
            side.dispose();
        }
    }
}

/** A file's path inside `folder` with forward slashes: the same file in two versions has the same one. */
export function relativeIn(folder: string, uri: string): string {
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    return path.relative(folder, file).split(path.sep).join('/');
}

/** The folder holding every file given (their deepest common folder). */
export function commonFolder(files: readonly string[]): string {
    let folder = path.dirname(files[0]);
    for (const file of files.slice(1)) {
        while (!isWithinFolder(folder, file)) {
            const up = path.dirname(folder);
            if (up === folder) break;
            folder = up;
        }
    }
    return folder;
}
