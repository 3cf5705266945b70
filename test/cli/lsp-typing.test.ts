import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

/**
 * The Problems panel while a line is typed at 30 ms a key: the half-typed states (a name that is a
 * prefix of a known one, a string not yet closed) are real errors for a moment, and must not make the
 * count swing. A fixed error clears at once; a new one appears once the typing pauses.
 */
describe('diagnostics while typing (sikerja lsp --stdio)', () => {
    let dir: string;
    let client: LspClient;
    let file: string;
    const published: Array<{ at: number; uri: string; diagnostics: Diagnostic[] }> = [];

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-lsp-typing-'));
        fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
        client = await LspClient.start(dir);
        await client.waitForAll(fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).map(f => client.uriOf(path.join(dir, f))));
        file = path.join(dir, 'dinas-kesehatan.sikerja');
        await client.open(file);
        await client.quiet(400);
        client.onPublish((uri, diagnostics) => published.push({ at: performance.now(), uri, diagnostics }));
    });

    afterAll(async () => { await client?.stop(); });

    const errors = (ds: Diagnostic[]) => ds.filter(d => d.severity === 1);

    it('shows no error of a line\'s unfinished states, and the finished line clean', async () => {
        const original = fs.readFileSync(file, 'utf8');
        const lines = original.split('\n');
        const at = lines.findIndex(l => l.includes('jabatan NutrisionisMuda')) + 1;
        const typed = '        jabatan PenyuluhKesehatan "Penyuluh Kesehatan Masyarakat Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 2';
        const start = performance.now();
        for (let n = 1; n <= typed.length; n++) {
            await client.type(file, [...lines.slice(0, at), typed.slice(0, n), ...lines.slice(at)].join('\n'));
            await new Promise(r => setTimeout(r, 30));
        }
        const typingEnded = performance.now();
        await client.quiet(600);
        const duringTyping = published.filter(p => p.at >= start && p.at <= typingEnded);
        expect(duringTyping.filter(p => errors(p.diagnostics).length > 0).map(p => `${path.basename(p.uri)}: ${errors(p.diagnostics).map(d => d.code).join(', ')}`)).toEqual([]);
        expect(errors(client.diagnostics.get(client.uriOf(file)) ?? [])).toEqual([]);
    }, 60_000);

    it('shows a real error once the typing pauses, and clears it as soon as it is fixed', async () => {
        const text = fs.readFileSync(file, 'utf8');
        const broken = text.replace('jabatan NutrisionisMuda', 'jabatan NutrisionisMuda kelas kelas');
        const t0 = performance.now();
        const shown = await client.change(file, broken);
        const error = errors(shown.diagnostics)[0] ?? errors(await client.nextDiagnostics(client.uriOf(file)))[0];
        expect(error).toBeDefined();
        expect(performance.now() - t0, 'after the pause, not before').toBeGreaterThanOrEqual(250);
        const fixed = await client.change(file, text);
        expect(errors(fixed.diagnostics)).toEqual([]);
    }, 60_000);
});
