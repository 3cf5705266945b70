import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import { diffModels, type ModelDiff } from '@sikerja/model';
import { writeKabupaten } from '../../scripts/generate.ts';
import { mutateKabupaten, type Mutations } from '../../bench/diff-mutator.ts';
import { readKabupaten } from '../../bench/kabupaten.ts';

async function modelOf(dir: string) {
    const ws = await loadWorkspace([dir], { validation: { categories: ['built-in'] } });
    const errors = ws.requested.flatMap(d => d.diagnostics ?? []).filter(d => d.severity === 1);
    expect(errors.map(e => e.message).slice(0, 3)).toEqual([]);
    return publishedModel(ws.services, ws.requested).pemda;
}

describe('diff of the synthetic kabupaten against the bench mutator\'s later version', () => {
    let diff: ModelDiff;
    let done: Mutations;
    beforeAll(async () => {
        const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-diff-kab-'));
        const lama = path.join(base, 'lama'), baru = path.join(base, 'baru');
        writeKabupaten(lama, 1, 1);
        const mutated = mutateKabupaten(readKabupaten(lama));
        done = mutated.done;
        for (const f of mutated.files) {
            const to = path.join(baru, path.relative(lama, f.file));
            fs.mkdirSync(path.dirname(to), { recursive: true });
            fs.writeFileSync(to, f.text);
        }
        diff = diffModels(await modelOf(lama), await modelOf(baru));
    }, 120_000);

    it('finds every kind the mutator made, a few hundred changes in all', () => {
        expect(done).toEqual({ figures: 160, renames: 50, moves: 50, splits: 5, merges: expect.any(Number) });
        expect(done.merges).toBeGreaterThanOrEqual(3);
        const n = diff.summary.counts;
        expect(n.dipindah).toBeGreaterThanOrEqual(done.moves);
        expect(n['diganti-nama']).toBeGreaterThanOrEqual(40);
        expect(diff.changes.length).toBeGreaterThan(300);
        expect(diff.changes.filter(c => c.kind === 'unit' && c.fields?.dipecah)).toHaveLength(done.splits + diff.changes.filter(c => c.change === 'dihapus' && c.fields?.dipecah).length);
        expect(diff.changes.filter(c => c.kind === 'unit' && c.fields?.digabung).length).toBeGreaterThanOrEqual(done.merges);
    });

    it('a jabatan moved, renamed, or carried by a split or merge is never reported removed or added: only the pimpinan of a removed or new Bidang and Seksi are', () => {
        const addedOrRemoved = diff.changes.filter(c => c.kind === 'jabatan' && (c.change === 'ditambah' || c.change === 'dihapus'));
        expect(addedOrRemoved.length).toBeGreaterThan(0);
        for (const c of addedOrRemoved) expect(c.element, `${c.change} ${c.element}`).toMatch(/\.(Kabid|Kasi)$/);
        expect(addedOrRemoved.filter(c => c.change === 'ditambah')).toHaveLength(done.splits);
    });
});
