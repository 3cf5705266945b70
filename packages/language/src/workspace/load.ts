import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSiKerjaServices, type SiKerjaServices } from '../sikerja-module.js';

export const FILE_EXTENSION = '.sikerja';

export interface LoadedWorkspace {
    services: SiKerjaServices;
    /** Every document loaded, including the neighbours of named files (for cross-file references). */
    documents: LangiumDocument[];
    /** The documents the caller asked about. */
    requested: LangiumDocument[];
}

export class PathNotFoundError extends Error {
    constructor(readonly path: string) {
        super(`Berkas atau folder tidak ditemukan: ${path}`);
    }
}

async function collectFiles(dir: string, into: Set<string>): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
            if (e.name !== 'node_modules' && !e.name.startsWith('.')) await collectFiles(full, into);
        } else if (e.isFile() && e.name.endsWith(FILE_EXTENSION)) {
            into.add(path.resolve(full));
        }
    }
}

/**
 * Load `.sikerja` files and folders from disk and build them (parse, link, validate).
 * A single file is loaded with the other files of its folder, so that its references
 * to positions in other files resolve as they do in the editor.
 */
export async function loadWorkspace(paths: readonly string[], options: { validation?: boolean } = {}): Promise<LoadedWorkspace> {
    const requestedFiles = new Set<string>();
    const allFiles = new Set<string>();
    for (const p of paths) {
        const stat = await fs.stat(p).catch(() => undefined);
        if (!stat) throw new PathNotFoundError(p);
        if (stat.isDirectory()) {
            await collectFiles(p, requestedFiles);
            await collectFiles(p, allFiles);
        } else {
            requestedFiles.add(path.resolve(p));
            await collectFiles(path.dirname(p), allFiles);
            allFiles.add(path.resolve(p));
        }
    }
    const { SiKerja: services } = createSiKerjaServices(NodeFileSystem);
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: LangiumDocument[] = [];
    for (const file of [...allFiles].sort()) {
        documents.push(await langiumDocuments.getOrCreateDocument(URI.file(file)));
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: options.validation ?? true });
    const requested = documents.filter(d => requestedFiles.has(d.uri.fsPath));
    return { services, documents, requested };
}
