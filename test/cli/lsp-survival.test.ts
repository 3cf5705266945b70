import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuzzCases, loadSeeds } from '../../scripts/lib/fuzz-cases.js';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

/**
 * A long, random editing session against the real server over stdio: mutated files, truncations,
 * odd unicode, and the inputs of the fuzz regression corpus pasted in. At the end the files are put
 * back and the server must still answer diagnostics and hover correctly.
 */
describe('the language server survives a long random edit session', () => {
    let dir: string;
    let client: LspClient;
    const originals = new Map<string, string>();

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-survival-'));
        fs.cpSync(path.join(ROOT, 'examples/tanjung-jabung-timur'), dir, { recursive: true });
        for (const f of fs.readdirSync(dir).filter(x => x.endsWith('.sikerja'))) originals.set(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'));
        expect(originals.size).toBeGreaterThan(5);
        client = await LspClient.start(dir);
        await client.waitForAll([...originals.keys()].map(f => client.uriOf(f)));
        for (const [file, text] of originals) await client.open(file, text);
    }, 120000);

    afterAll(async () => { await client?.stop(); });

    it('answers every edit, then diagnostics and hover are right again', async () => {
        const cases = new FuzzCases(7, loadSeeds(path.join(ROOT, 'examples')));
        const corpusDir = path.join(ROOT, 'test/fuzz-corpus');
        const corpus = fs.readdirSync(corpusDir).map(f => JSON.parse(fs.readFileSync(path.join(corpusDir, f), 'utf8')) as { files: Record<string, string> });
        expect(corpus.length).toBeGreaterThan(0);
        const files = [...originals.keys()];
        const current = new Map(originals);
        for (let i = 0; i < 150; i++) {
            const file = files[i % files.length];
            const text = i % 10 === 9
                ? Object.values(corpus[i % corpus.length].files).pop()!
                : cases.mutate(current.get(file)!);
            current.set(file, text);
            const { diagnostics } = await client.change(file, text);
            expect(Array.isArray(diagnostics)).toBe(true);
        }
        for (const [file, text] of originals) {
            await client.change(file, text);
            await client.quiet(100);
        }
        const team = path.join(dir, 'tim-kerja.sikerja');
        expect(client.diagnostics.get(client.uriOf(team))).toEqual([]);

        const flipped = originals.get(team)!.replace('ketua Diskominfo.Statistik.StatistisiMuda', 'ketua BPKAD.Anggaran.AKPDMuda');
        const { diagnostics } = await client.change(team, flipped);
        expect(diagnostics.map(d => d.code)).toContain('ketua-from-owner-unit');

        const line = flipped.split('\n').findIndex(l => l.includes('ketua BPKAD.Anggaran.AKPDMuda'));
        const hover = await client.hover(team, { line, character: flipped.split('\n')[line].indexOf('AKPDMuda') + 2 });
        const text = (hover!.contents as { value: string }).value;
        expect(text).toContain('Ps 9 ayat (9)');
        expect(text).toContain('**Analis Keuangan Pusat dan Daerah Ahli Muda** `BPKAD.Anggaran.AKPDMuda`');
    }, 180000);
});
