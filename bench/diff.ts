import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diffModels } from '@sikerja/model';
import { compareSides } from '../packages/cli/src/commands/diff-load.ts';
import { writeKabupaten } from '../scripts/generate.ts';
import { mutateKabupaten, type Mutations } from './diff-mutator.ts';
import { readKabupaten } from './kabupaten.ts';

export interface DiffFigures {
    /**
     * What `sikerja diff lama baru` does once started, in process as `coldBuildMs` is measured (the JIT
     * warm): both versions read from disk, parsed, linked, built into models, and compared. Median.
     */
    diffMs: number;
    /** The same as a user runs it: a new `sikerja diff --format json` process, start-up and printing included. Median of 3. */
    diffCliMs: number;
    /** The comparison alone, in process, on the two semantic models. Median. */
    diffOnlyMs: number;
    diffChanges: number;
    mutations: Mutations;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

/** `sikerja diff` of the scale-1 kabupaten against a later version with a few hundred scattered changes. */
export async function benchDiff(runs = 5): Promise<DiffFigures> {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-bench-diff-'));
    try {
        const lama = path.join(base, 'lama'), baru = path.join(base, 'baru');
        writeKabupaten(lama, 1, 1);
        const { files, done } = mutateKabupaten(readKabupaten(lama));
        for (const f of files) {
            const to = path.join(baru, path.relative(lama, f.file));
            fs.mkdirSync(path.dirname(to), { recursive: true });
            fs.writeFileSync(to, f.text);
        }
        const cli: number[] = [];
        let changes = 0;
        for (let r = 0; r < 3; r++) {
            const start = performance.now();
            const run = spawnSync(process.execPath, [path.resolve('packages/cli/bin/sikerja.js'), 'diff', lama, baru, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
            cli.push(performance.now() - start);
            if (run.status !== 0) throw new Error(`sikerja diff exited ${run.status}: ${run.stderr.slice(0, 500)}`);
            changes = (JSON.parse(run.stdout) as { changes: unknown[] }).changes.length;
        }
        const whole: number[] = [], only: number[] = [];
        // Two warm-up runs, as for coldBuildMs: the figure is about the comparison, not V8's start.
        for (let r = 0; r < runs + 2; r++) {
            const start = performance.now();
            const compared = await compareSides(lama, baru, undefined, () => undefined);
            const end = performance.now();
            if (compared.errors > 0) throw new Error('a version has errors: the mutator broke it');
            if (compared.diff.changes.length !== changes) throw new Error('the CLI and the comparison in process disagree');
            diffModels(compared.before, compared.after);
            if (r >= 2) { whole.push(end - start); only.push(performance.now() - end); }
        }
        return { diffMs: round(median(whole)), diffCliMs: round(median(cli)), diffOnlyMs: round(median(only)), diffChanges: changes, mutations: done };
    } finally {
        fs.rmSync(base, { recursive: true, force: true });
    }
}
