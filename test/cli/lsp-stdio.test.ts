import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InlayHintRequest } from 'vscode-languageserver-protocol';
import { SemanticModelRequest, type SemanticModelParams, type SemanticModelResult } from '@sikerja/model';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

describe('sikerja lsp --stdio, driven by a plain LSP client', () => {
    let dir: string;
    let client: LspClient;
    let team: string;

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-lsp-'));
        fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
        team = path.join(dir, 'tim-kerja.sikerja');
        client = await LspClient.start(dir);
        await client.waitForAll(fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).map(f => client.uriOf(path.join(dir, f))));
    });

    afterAll(async () => { await client?.stop(); });

    it('publishes the examples clean, then a rule finding with its code when the ketua moves out of the owner unit', async () => {
        expect(client.diagnostics.get(client.uriOf(team))).toEqual([]);
        await client.open(team);
        const text = fs.readFileSync(team, 'utf8').replace('ketua Dinkes.Kesmas.AdminkesMadya', 'ketua KecamatanBengkayang.PMD.PenggerakSwadaya');
        const { diagnostics } = await client.change(team, text);
        const finding = diagnostics.find(d => d.code === 'ketua-from-owner-unit');
        expect(finding).toBeDefined();
        expect(finding!.severity).toBe(2);
        expect(finding!.message).toContain('[Perbup Bengkayang 5/2024 Ps 9 ayat (3)]');
        const line = text.split('\n').findIndex(l => l.includes('ketua KecamatanBengkayang'));
        expect(finding!.range.start.line).toBe(line);
    });

    it('answers hover with the cited article', async () => {
        const text = fs.readFileSync(team, 'utf8').replace('ketua Dinkes.Kesmas.AdminkesMadya', 'ketua KecamatanBengkayang.PMD.PenggerakSwadaya');
        const line = text.split('\n').findIndex(l => l.includes('ketua KecamatanBengkayang'));
        const hover = await client.hover(team, { line, character: 12 });
        expect((hover!.contents as { value: string }).value).toContain('Perbup Bengkayang 5/2024, Ps 9 ayat (3)');
    });

    it('answers inlay hints with the Perangkat Daerah totals and each position\'s ±', async () => {
        const file = path.join(dir, 'dpmptsp.sikerja');
        const text = await client.open(file).then(() => fs.readFileSync(file, 'utf8'));
        const hints = await client.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: client.uriOf(file) }, range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }
        });
        const dinas = text.split('\n').findIndex(l => l.startsWith('dinas DPMPTSP'));
        expect(hints!.find(h => h.position.line === dinas)?.label).toMatch(/^B \d+ · K \d+ · ± [-+]?\d+/);
        const sekretaris = text.split('\n').findIndex(l => l.includes('pimpinan Sekretaris'));
        expect(hints!.find(h => h.position.line === sekretaris)?.label).toBe('± 0 · PPK: Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
    });

    it('re-publishes the findings of the team file under the new Perbup when the regulation changes in pemda.sikerja', async () => {
        const pemda = path.join(dir, 'pemda.sikerja');
        const original = fs.readFileSync(pemda, 'utf8');
        await client.open(pemda, original);
        const teamUri = client.uriOf(team);
        const teamJudged = client.nextDiagnostics(teamUri);
        await client.change(pemda, original.replace('regulasi "Perbup Bengkayang 5/2024"', 'regulasi "Perbup Kampar 9/2025"'));
        const findings = await teamJudged;
        expect(findings.filter(d => d.code === 'instrument-matches-scope').map(d => d.message)).toContainEqual(expect.stringContaining('[Perbup Kampar 9/2025 Ps 4 ayat (9) huruf'));
        const back = client.nextDiagnostics(teamUri);
        await client.change(pemda, original);
        expect((await back).filter(d => d.code === 'instrument-matches-scope')).toEqual([]);
        // The rest of the pemda is re-judged after the team file; let it finish.
        await client.quiet(200);
    });

    it('tells a file nobody opened that a new file now declares its name too, and takes it back', async () => {
        const dinas = client.uriOf(path.join(dir, 'dpmptsp.sikerja'));
        expect(client.diagnostics.get(dinas)).toEqual([]);
        const baru = path.join(dir, 'baru.sikerja');
        fs.writeFileSync(baru, 'pemda Bengkayang\n');
        await client.open(baru);
        await client.quiet(200);
        const told = client.nextDiagnostics(dinas);
        await client.change(baru, 'pemda Bengkayang\ninstansi DPMPTSP "Dinas lain"\n');
        expect((await told).map(d => [d.code, d.range.start.line])).toEqual([['duplicate-name', 6]]);
        const cleared = client.nextDiagnostics(dinas);
        await client.change(baru, 'pemda Bengkayang\n');
        expect(await cleared).toEqual([]);
    });

    it('answers sikerja/semanticModel with the pemda of a document, and an error value for a file it does not know', async () => {
        const ask = (params: SemanticModelParams) => client.connection.sendRequest<SemanticModelResult>(SemanticModelRequest.method, params);
        const answer = await ask({ uri: client.uriOf(path.join(dir, 'tim-kerja.sikerja')) });
        expect(answer.ok).toBe(true);
        const model = answer.ok ? answer.model : undefined;
        expect(model!.pemda.map(p => [p.name, p.profile?.id])).toEqual([['Bengkayang', 'bengkayang-5-2024']]);
        expect(model!.pemda[0].organisations.map(o => o.id)).toContain('DPMPTSP');
        expect(model!.diagnostics).toBeDefined();
        const unknown = await ask({ uri: client.uriOf(path.join(dir, 'tidak-ada.sikerja')) });
        expect(unknown).toEqual({ ok: false, error: { code: 'unknown-document', message: expect.stringContaining('tidak ada di ruang kerja') } });
    });
});
