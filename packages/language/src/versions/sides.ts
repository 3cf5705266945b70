import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isWithinFolder } from '../workspace/file-key.js';

/** One side of a comparison, as a folder on disk: the user's own folder, or a revision read into a temporary one. */
export interface Side {
    /** How the side is named in messages: the folder as given, `HEAD~1 (examples/bengkayang; commit 5 Desember 2026)`, or `pohon kerja`. */
    label: string;
    folder: string;
    /** For a revision: how its files are named in messages (`HEAD~1:examples/...`), instead of the temporary folder. */
    shownAs?: (file: string) => string;
    /** Removes the temporary folder of a revision; nothing for a folder of the user's. */
    dispose(): void;
}

/** A side that cannot be read: the message, in Indonesian, for exit code 2. */
export class SideError extends Error {}

interface GitRun {
    status: number | null;
    stdout: Buffer;
    stderr: Buffer;
    /** Set when git could not be started at all (not installed, not on PATH). */
    error?: Error;
}

/**
 * git, run without blocking: the language server reads revisions while the analyst types, and a
 * synchronous child process would hold every request behind it.
 */
function git(cwd: string, args: string[], input?: Buffer): Promise<GitRun> {
    return new Promise(resolve => {
        const failed = (error: Error) => resolve({ status: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error });
        try {
            const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
            const out: Buffer[] = [], err: Buffer[] = [];
            let size = 0;
            child.stdout.on('data', (b: Buffer) => {
                size += b.length;
                if (size <= GIT_OUTPUT_LIMIT) out.push(b);
                else child.kill();
            });
            child.stderr.on('data', (b: Buffer) => err.push(b));
            child.on('error', failed);
            child.on('close', status => size > GIT_OUTPUT_LIMIT
                ? failed(new Error(`keluaran git melebihi ${GIT_OUTPUT_LIMIT / 2 ** 20} MB`))
                : resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
            child.stdin.on('error', () => { /* git exited before reading its input: its status says why */ });
            child.stdin.end(input);
        } catch (e) {
            // Out of file handles or processes: the same answer as git missing, never a thrown error in the server.
            failed(e instanceof Error ? e : new Error(String(e)));
        }
    });
}

/** What git may write for one request (the model files of a revision): beyond it the revision is not read. */
const GIT_OUTPUT_LIMIT = 1024 * 2 ** 20;

/**
 * `spec` as a folder when one exists there, else as a git revision of the repository around the
 * current folder (`HEAD~1`, a tag, a commit), narrowed to `narrow` (`--path`); no spec is the working
 * tree. A revision is read from git into a temporary folder: the working tree is never touched.
 */
export async function resolveSide(spec: string | undefined, narrow: string | undefined): Promise<Side> {
    if (spec === undefined) {
        const folder = path.resolve(narrow ?? '.');
        if (!fs.existsSync(folder)) throw new SideError(`folder ${narrow} tidak ada.`);
        return workspaceSide(`pohon kerja${narrow && path.normalize(narrow) !== '.' ? ` (${narrow})` : ''}`, folder, () => undefined);
    }
    const stat = fs.statSync(spec, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return workspaceSide(spec, path.resolve(spec), () => undefined);
    if (stat) throw new SideError(`${spec} adalah berkas; sebutkan folder ruang kerja SiKerja atau revisi git.`);
    return revisionSide(spec, narrow);
}

/** A revision as git names it: the repository's top folder, the commit, and the folder asked for inside the repository. */
export interface Revision {
    root: string;
    commit: string;
    /** `narrow` (or the current folder) relative to `root`, with forward slashes; empty for the top. */
    relative: string;
}

/**
 * The commit `revision` names in the repository around `cwd`, and where `narrow` (relative to `cwd`)
 * lies in it. A `SideError` when git cannot run, there is no repository, or it does not know the
 * revision; `spec` says whether the user's word could also have been a folder (the CLI's sides).
 */
export async function findRevision(revision: string, narrow: string | undefined, cwd: string = process.cwd(), spec: 'folder-or-revision' | 'revision' = 'folder-or-revision'): Promise<Revision> {
    const either = spec === 'folder-or-revision';
    const top = await git(cwd, ['rev-parse', '--show-toplevel']);
    if (top.error) throw new SideError(either ? `${revision} bukan folder, dan git tidak dapat dijalankan untuk membacanya sebagai revisi.` : `git tidak dapat dijalankan untuk membaca revisi ${revision}.`);
    if (top.status !== 0) throw new SideError(either ? `${revision} bukan folder, dan ${cwd} bukan repositori git: tidak ada revisi yang dapat dibaca.` : `${cwd} bukan repositori git: tidak ada versi sebelumnya yang dapat dibaca.`);
    const root = top.stdout.toString().trim();
    const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    if (commit.status !== 0) {
        if (either) throw new SideError(`${revision} bukan folder dan bukan revisi yang dikenal git (cabang, tag atau commit).`);
        const empty = (await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD'])).status !== 0;
        throw new SideError(empty ? `Repositori git ${root} belum punya commit: belum ada versi sebelumnya untuk dibandingkan.` : `${revision} bukan revisi yang dikenal git (cabang, tag atau commit).`);
    }
    // The folder may be gone from the working tree and still be in the revision: only the current folder is resolved.
    const asked = path.resolve(fs.realpathSync(cwd), narrow ?? '.');
    const realRoot = fs.realpathSync(root);
    const relative = path.relative(realRoot, asked).split(path.sep).join('/');
    if (!isWithinFolder(realRoot, asked)) throw new SideError(`--path ${narrow} berada di luar repositori git ${root}.`);
    return { root, commit: commit.stdout.toString().trim(), relative };
}

/** A revision's copy of a folder (its model files), read from git into a temporary folder; the working tree is never touched. */
export async function revisionSide(revision: string, narrow: string | undefined, cwd: string = process.cwd(), given?: Revision): Promise<Side> {
    const found = given ?? await findRevision(revision, narrow, cwd);
    const { root, relative } = found;
    const hash = found.commit;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-diff-'));
    // On Windows an antivirus or indexer may still hold a file just read: retry, and leave the temporary
    // copy behind rather than fail a comparison that has already been shown.
    const dispose = () => {
        try {
            fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
        } catch {
            // Left in the system's temporary folder, which the system clears.
        }
    };
    try {
        await copyOut(root, hash, relative, tmp, revision);
    } catch (e) {
        dispose();
        throw e;
    }
    // What a reader of the matriks or a marked drawing can place: the folder compared and the commit's date.
    const dated = await git(root, ['log', '-1', '--format=%cs', hash]);
    const day = dated.status === 0 ? indonesianDate(dated.stdout.toString().trim()) : undefined;
    const label = `${revision} (${[narrow ? relative || undefined : undefined, day ? `commit ${day}` : undefined].filter(Boolean).join('; ')})`.replace(/ \(\)$/, '');
    const folder = path.join(tmp, ...relative.split('/').filter(Boolean));
    fs.mkdirSync(folder, { recursive: true });
    return workspaceSide(label, folder, dispose, file => `${revision}:${path.relative(tmp, file).split(path.sep).join('/')}`);
}

/** What a version of a workspace is read from: its models and the files that tell the folder walk what to skip. */
const MODEL_FILE = /(^|\/)([^/]+\.sikerja|\.sikerjaignore)$/;

/**
 * The model files of `relative` at `commit`, written under `into` at their paths in the repository.
 * Read with git's own plumbing (`ls-tree`, `cat-file --batch`), no archive tool: the same on Windows.
 */
async function copyOut(root: string, commit: string, relative: string, into: string, revision: string): Promise<void> {
    const listed = await git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', relative || '.']);
    if (listed.status !== 0) throw new SideError(`${relative || 'repositori'} tidak ada di revisi ${revision}.`);
    const blobs = listed.stdout.toString('utf8').split('\0').filter(Boolean).map(entry => {
        const [meta, file] = entry.split('\t');
        const [, type, hash] = meta.split(' ');
        return { type, hash, file };
    }).filter(e => e.type === 'blob' && MODEL_FILE.test(e.file));
    if (blobs.length === 0) {
        const exists = relative === '' || (await git(root, ['cat-file', '-e', `${commit}:${relative}`])).status === 0;
        if (!exists) throw new SideError(`${relative || 'repositori'} tidak ada di revisi ${revision}.`);
        return;
    }
    const read = await git(root, ['cat-file', '--batch'], Buffer.from(blobs.map(b => b.hash).join('\n') + '\n'));
    if (read.status !== 0) throw new SideError(`revisi ${revision} tidak dapat dibaca (git cat-file: ${read.stderr?.toString().trim() || read.error?.message || 'gagal'}).`);
    let at = 0;
    for (const blob of blobs) {
        const header = read.stdout.indexOf(0x0a, at);
        const size = Number(read.stdout.subarray(at, header).toString('latin1').split(' ')[2]);
        const body = read.stdout.subarray(header + 1, header + 1 + size);
        at = header + 1 + size + 1;
        const target = path.join(into, ...blob.file.split('/'));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, body);
    }
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

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-12-05" as a letter writes it: "5 Desember 2026". */
function indonesianDate(isoDay: string): string | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
    return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : undefined;
}
