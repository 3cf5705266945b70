import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** One side of a comparison, as a folder on disk: the user's own folder, or a revision read into a temporary one. */
export interface Side {
    /** How the side is named in messages: the folder as given, `HEAD~1 (examples/bengkayang)`, or `pohon kerja`. */
    label: string;
    folder: string;
    /** For a revision: how its files are named in messages (`HEAD~1:examples/...`), instead of the temporary folder. */
    shownAs?: (file: string) => string;
    /** Removes the temporary folder of a revision; nothing for a folder of the user's. */
    dispose(): void;
}

/** A side that cannot be read: the message, in Indonesian, for exit code 2. */
export class SideError extends Error {}

const git = (cwd: string, args: string[]) => spawnSync('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 2 ** 20 });

/**
 * `spec` as a folder when one exists there, else as a git revision of the repository around the
 * current folder (`HEAD~1`, a tag, a commit), narrowed to `narrow` (`--path`); no spec is the working
 * tree. A revision is read with `git archive` into a temporary folder: the working tree is never touched.
 */
export function resolveSide(spec: string | undefined, narrow: string | undefined): Side {
    if (spec === undefined) {
        const folder = path.resolve(narrow ?? '.');
        if (!fs.existsSync(folder)) throw new SideError(`folder ${narrow} tidak ada.`);
        return workspaceSide(`pohon kerja${narrow ? ` (${narrow})` : ''}`, folder, () => undefined);
    }
    const stat = fs.statSync(spec, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return workspaceSide(spec, path.resolve(spec), () => undefined);
    if (stat) throw new SideError(`${spec} adalah berkas; sebutkan folder ruang kerja SiKerja atau revisi git.`);
    return revisionSide(spec, narrow);
}

function revisionSide(revision: string, narrow: string | undefined): Side {
    const cwd = process.cwd();
    const top = git(cwd, ['rev-parse', '--show-toplevel']);
    if (top.error) throw new SideError(`${revision} bukan folder, dan git tidak dapat dijalankan untuk membacanya sebagai revisi.`);
    if (top.status !== 0) throw new SideError(`${revision} bukan folder, dan ${cwd} bukan repositori git: tidak ada revisi yang dapat dibaca.`);
    const root = top.stdout.toString().trim();
    const commit = git(cwd, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    if (commit.status !== 0) throw new SideError(`${revision} bukan folder dan bukan revisi yang dikenal git (cabang, tag atau commit).`);
    // The folder may be gone from the working tree and still be in the revision: only the current folder is resolved.
    const relative = path.relative(fs.realpathSync(root), path.resolve(fs.realpathSync(cwd), narrow ?? '.')).split(path.sep).join('/');
    if (relative.startsWith('..')) throw new SideError(`--path ${narrow} berada di luar repositori git ${root}.`);
    const hash = commit.stdout.toString().trim();
    const archive = git(root, ['archive', '--format=tar', hash, '--', relative || '.']);
    if (archive.status !== 0) throw new SideError(`${relative || 'repositori'} tidak ada di revisi ${revision}.`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-diff-'));
    const dispose = () => fs.rmSync(tmp, { recursive: true, force: true });
    const untar = spawnSync('tar', ['-x', '-C', tmp], { input: archive.stdout });
    if (untar.status !== 0) {
        dispose();
        throw new SideError(`revisi ${revision} tidak dapat dibuka ke folder sementara (tar: ${untar.stderr?.toString().trim() || 'gagal'}).`);
    }
    const label = `${revision}${narrow ? ` (${relative})` : ''}`;
    const folder = path.join(tmp, relative);
    return workspaceSide(label, folder, dispose, file => `${revision}:${path.relative(tmp, file).split(path.sep).join('/')}`);
}

/** A side only when it holds `.sikerja` files (`.sikerjaignore` aside, as the loader reads it). */
function workspaceSide(label: string, folder: string, dispose: () => void, shownAs?: (file: string) => string): Side {
    if (!holdsModel(folder)) {
        dispose();
        throw new SideError(`${label} bukan ruang kerja SiKerja: tidak ada berkas .sikerja di dalamnya.`);
    }
    return { label, folder, shownAs, dispose };
}

function holdsModel(folder: string): boolean {
    const entries = fs.readdirSync(folder, { withFileTypes: true });
    return entries.some(e => (e.isFile() && e.name.endsWith('.sikerja'))
        || (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.') && holdsModel(path.join(folder, e.name))));
}
