import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The CLI and git as a test runs them: the built `sikerja` bin, and git with a test identity. */
export const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'packages/cli/bin/sikerja.js');

export function sikerja(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
    if (!fs.existsSync(path.join(ROOT, 'packages/cli/dist/sikerja.js'))) throw new Error('The CLI bundle is missing: run `node scripts/build.mjs` first.');
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const git = (cwd: string, ...args: string[]): string => {
    const r = spawnSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', ...args], { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout;
};
