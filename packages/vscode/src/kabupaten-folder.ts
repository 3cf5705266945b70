import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file that defines a pemda (`pemda Nama { … }`), not one that only names it in its header. */
const PEMDA_DEFINITION = /^\s*pemda\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{/m;

/**
 * The kabupaten folder `folder` lies in: the nearest folder, itself or above, holding a `.sikerja`
 * file that defines a pemda, with that pemda's name. A new kabupaten belongs beside such a folder,
 * never inside it (its files would be read as part of the other kabupaten's workspace).
 */
export async function kabupatenAround(folder: string): Promise<{ folder: string; pemda: string } | undefined> {
    for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
        const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
        for (const name of names.filter(n => n.endsWith('.sikerja')).sort()) {
            const text = await fs.promises.readFile(path.join(dir, name), 'utf8').catch(() => '');
            const match = PEMDA_DEFINITION.exec(text);
            if (match) return { folder: dir, pemda: match[1] };
        }
        if (path.dirname(dir) === dir) return undefined;
    }
}

/** Where to propose a new kabupaten folder: beside the kabupaten the workspace is, else the workspace itself. */
export async function proposedParent(workspaceFolder: string | undefined): Promise<string | undefined> {
    if (!workspaceFolder) return undefined;
    const around = await kabupatenAround(workspaceFolder);
    return around ? path.dirname(around.folder) : workspaceFolder;
}
