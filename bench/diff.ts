import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countDiagnostics, loadWorkspace, publishedModel } from '@sikerja/language';
import { diffModels } from '@sikerja/model';
import { writeKabupaten } from '../scripts/generate.ts';
import { mutateKabupaten, type Mutations } from './diff-mutator.ts';
import { readKabupaten } from './kabupaten.ts';

export interface DiffFigures {
    /** Both versions read from disk, parsed, linked and built into models, and compared: what `sikerja diff` does after start-up. Median. */
    diffMs: number;
    /** The comparison alone, on the two semantic models. Median. */
    diffOnlyMs: number;
    diffChanges: number;
    mutations: Mutations;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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
        const load = async (dir: string) => {
            // As `sikerja diff` reads a version: parsed and linked, without the Perbup rules (diff-load.ts).
            const ws = await loadWorkspace([dir], { validation: { categories: ['built-in'] } });
            if (countDiagnostics(ws.requested).error > 0) throw new Error(`${dir}: the version has errors; the mutator broke it`);
            return publishedModel(ws.services, ws.requested).pemda;
        };
        const whole: number[] = [], only: number[] = [];
        let changes = 0;
        // One warm-up, as the other figures: the JIT, not the comparison, would otherwise be measured.
        for (let r = 0; r <= runs; r++) {
            const start = performance.now();
            const before = await load(lama), after = await load(baru);
            const compared = performance.now();
            const diff = diffModels(before, after);
            const end = performance.now();
            changes = diff.changes.length;
            if (r > 0) { whole.push(end - start); only.push(end - compared); }
        }
        const round = (x: number) => Math.round(x * 10) / 10;
        return { diffMs: round(median(whole)), diffOnlyMs: round(median(only)), diffChanges: changes, mutations: done };
    } finally {
        fs.rmSync(base, { recursive: true, force: true });
    }
}
