import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuzzCases } from '../../scripts/lib/fuzz-cases.js';
import { Pipeline } from '../../scripts/lib/pipeline.js';

const CORPUS = path.resolve(__dirname, '../fuzz-corpus');

describe('the fuzz regression corpus replays clean', () => {
    const files = fs.readdirSync(CORPUS).filter(f => f.endsWith('.json')).sort();

    it('holds inputs of every kind the fuzzer makes', () => {
        const kinds = new Set(files.map(f => f.split('-')[1]));
        for (const k of ['mutasi', 'sup', 'bersarang', 'siklus']) expect(kinds, k).toContain(k);
    });

    it('handles a 10,000-line file well within the hang limit', async () => {
        const text = new FuzzCases(1, []).longFile(10000);
        expect(text.split('\n').length).toBe(10000);
        const result = await new Pipeline().run({ name: 'panjang', files: { 'pemda.sikerja': 'pemda F { }', 'panjang.sikerja': text } });
        expect(result.crash).toBeUndefined();
        expect(result.ms).toBeLessThan(5000);
    }, 60000);

    it('takes a line pasted 10,000 times (a pemda attribute, a position): a hundred findings shown, the rest counted', async () => {
        const pipeline = new Pipeline();
        const pasted = (line: string) => Array.from({ length: 10000 }, () => line).join('\n');
        const attribute = await pipeline.run({ name: 'ulang', files: { 'pemda.sikerja': `pemda F {\n${pasted('    nama "Kabupaten F"')}\n}` } });
        expect(attribute.crash).toBeUndefined();
        // The first `nama` stands; of the 9,999 attribute-repeated copies a hundred are shown and one
        // summary counts the rest (plus regulation-missing).
        expect(attribute.diagnostics).toBe(102);
        const position = await pipeline.run({ name: 'ulang', files: {
            'pemda.sikerja': 'pemda F { regulasi "Perbup Kampar 9/2025" }',
            'd.sikerja': `pemda F\ndinas D "D" {\n    pimpinan K "Kepala" jpt-pratama kelas 14 bezetting 1 kebutuhan 1\n${pasted('    jabatan A "Analis" pelaksana kelas 7 bezetting 1 kebutuhan 1')}\n}`
        } });
        expect(position.crash).toBeUndefined();
        // 10,000 duplicate-name findings: a hundred and one summary.
        expect(position.diagnostics).toBe(101);
    }, 20000);

    it('runs every input through parse, link, model, rules and JSON without a crash or a hang', async () => {
        // A crash is what the fuzzer counts (scripts/lib/crash.ts): `check-failed`, Langium's report of a
        // failure it caught, a logged error, or an exception.
        expect(files.length).toBeGreaterThanOrEqual(15);
        const pipeline = new Pipeline();
        let validated = 0;
        for (const f of files) {
            const input = JSON.parse(fs.readFileSync(path.join(CORPUS, f), 'utf8')) as { name: string; files: Record<string, string> };
            expect(Object.keys(input.files).length, f).toBeGreaterThan(0);
            const result = await pipeline.run({ name: input.name, files: input.files });
            expect(result.crash, f).toBeUndefined();
            expect(result.validated, f).toBe(Object.keys(input.files).length);
            expect(result.ms, f).toBeLessThan(10000);
            validated += result.validated;
        }
        expect(validated).toBeGreaterThanOrEqual(files.length);
    }, 120000);
});
