import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { LangiumDocument, ValidationOptions } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSiKerjaServices, type SiKerjaServices } from '../sikerja-module.js';
import { fileKey } from './file-key.js';

export const FILE_EXTENSION = '.sikerja';

export interface LoadedWorkspace {
    services: SiKerjaServices;
    /** Every document loaded, including the neighbours of named files (for cross-file references). */
    documents: LangiumDocument[];
    /** The documents the caller asked about. */
    requested: LangiumDocument[];
    /** Paths a `.sikerjaignore` told the folder walk to skip. */
    skipped: string[];
}

/** A path given on the command line that SiKerja cannot read as a model: the command was wrong, not the model. */
export class PathNotFoundError extends Error {
    constructor(readonly path: string, message = `Berkas atau folder tidak ditemukan: ${path}`) {
        super(message);
    }
}

/** A file named on the command line that is not a `.sikerja` file (a .txt, a .docx, the wrong file dragged in). */
export class NotAModelFileError extends PathNotFoundError {
    constructor(path: string) {
        super(path, `Bukan berkas ${FILE_EXTENSION}: ${path}. Sebutkan berkas ${FILE_EXTENSION} atau folder yang memuatnya.`);
    }
}

export const IGNORE_FILE = '.sikerjaignore';

/** Folder and file paths (relative to the ignore file's folder) that a folder walk skips. */
async function readIgnore(dir: string): Promise<string[]> {
    const text = await fs.readFile(path.join(dir, IGNORE_FILE), 'utf8').catch(() => '');
    return text.split(/\r?\n/).map(l => l.trim()).filter(l => l && !l.startsWith('#')).map(l => l.replace(/\/+$/, ''));
}

/**
 * Every `.sikerja` file under `dir`. A `.sikerjaignore` in a folder names sub-paths to skip
 * (e.g. deliberately flawed teaching files); a path given on the command line is never skipped.
 */
async function collectFiles(dir: string, into: Set<string>, skipped: string[] = [], ignored: string[] = []): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const local = (await readIgnore(dir)).map(p => path.resolve(dir, p));
    const ignore = [...ignored, ...local];
    for (const e of entries) {
        const full = path.resolve(dir, e.name);
        if (ignore.includes(full)) {
            skipped.push(full);
        } else if (e.isDirectory()) {
            if (e.name !== 'node_modules' && !e.name.startsWith('.')) await collectFiles(full, into, skipped, ignore);
        } else if (e.isFile() && e.name.endsWith(FILE_EXTENSION)) {
            into.add(full);
        }
    }
}

/**
 * Load `.sikerja` files and folders from disk and build them (parse, link, validate). With
 * `requireFiles`, a folder without any `.sikerja` file is refused as a path that holds no model.
 * A single file is loaded with the other files of its folder, so that its references
 * to positions in other files resolve as they do in the editor.
 */
export async function loadWorkspace(paths: readonly string[], options: { validation?: boolean | ValidationOptions; requireFiles?: boolean } = {}): Promise<LoadedWorkspace> {
    const requestedFiles = new Set<string>();
    const allFiles = new Set<string>();
    const skipped: string[] = [];
    for (const p of paths) {
        const stat = await fs.stat(p).catch(() => undefined);
        if (!stat) throw new PathNotFoundError(p);
        if (stat.isDirectory()) {
            const before = requestedFiles.size;
            await collectFiles(p, requestedFiles, skipped);
            // A folder named by the analyst holds a model: the wrong folder would otherwise pass as "0 berkas,
            // 0 galat". (An older version's folder may well be empty: a kabupaten added since.)
            if (options.requireFiles && requestedFiles.size === before) throw new PathNotFoundError(p, `Tidak ada berkas ${FILE_EXTENSION} di folder ${p}.`);
            for (const f of requestedFiles) allFiles.add(f);
        } else {
            if (!p.endsWith(FILE_EXTENSION)) throw new NotAModelFileError(p);
            requestedFiles.add(path.resolve(p));
            await collectFiles(path.dirname(p), allFiles);
            allFiles.add(path.resolve(p));
        }
    }
    // A file is loaded once however its path was spelled (the folder walk's and the command line's).
    const byKey = new Map<string, string>();
    for (const file of [...allFiles].sort()) if (!byKey.has(fileKey(file))) byKey.set(fileKey(file), file);
    const { SiKerja: services } = createSiKerjaServices(NodeFileSystem);
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: LangiumDocument[] = [];
    for (const file of byKey.values()) {
        documents.push(await langiumDocuments.getOrCreateDocument(URI.file(file)));
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: options.validation ?? true });
    // Compared as keys: on Windows a document's fsPath has a lower-case drive letter, path.resolve an upper-case one.
    const requestedKeys = new Set([...requestedFiles].map(fileKey));
    const requested = documents.filter(d => requestedKeys.has(fileKey(d.uri.fsPath)));
    return { services, documents, requested, skipped: [...new Set(skipped)] };
}
