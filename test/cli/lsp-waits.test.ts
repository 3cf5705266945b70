import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

/**
 * Requests that wait for the built model (the semantic model, a diagram, the documents command) must
 * be answered once the server has built what it was given: after a burst of typing, and after an
 * update with nothing to build, not when the analyst next types.
 */
describe('requests waiting for the built model', () => {
    let client: LspClient | undefined;
    afterEach(async () => { await client?.stop(); client = undefined; });

    /** A copy of the Bengkayang example with the server started and `file` open. */
    async function openOnExample(file: string): Promise<{ dir: string; path: string; uri: string; client: LspClient }> {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-waits-'));
        fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
        const opened = path.join(dir, file);
        client = await LspClient.start(dir);
        await client.open(opened);
        return { dir, path: opened, uri: client.uriOf(opened), client };
    }

    const within = <T>(p: Promise<T>, what: string) =>
        Promise.race([p, new Promise<string>(resolve => setTimeout(() => resolve(`${what}: no answer within 10 s`), 10000))]);

    it('are answered once the typing stops, with the preview asking after every pause', async () => {
        const { path: file, uri, client } = await openOnExample('dinas-kesehatan.sikerja');
        const original = fs.readFileSync(file, 'utf8');
        const at = original.indexOf('Bidang Kesehatan Masyarakat"') + 'Bidang Kesehatan Masyarakat'.length;
        let version = 1;
        const texts: string[] = [];
        for (let i = 1; i <= 12; i++) texts.push(original.slice(0, at) + 'ABCDEFGHIJKL'.slice(0, i) + original.slice(at));
        for (let i = 11; i >= 0; i--) texts.push(original.slice(0, at) + 'ABCDEFGHIJKL'.slice(0, i) + original.slice(at));
        const diagrams: Array<Promise<unknown>> = [];
        for (const text of texts) {
            await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
            diagrams.push(client.connection.sendRequest('sikerja/diagram', { uri, position: { line: 25, character: 10 }, view: 'preview' }).catch(() => undefined));
            await new Promise(r => setTimeout(r, 30 + (version % 3) * 40));
        }
        await Promise.all(diagrams);
        expect(await within(client.connection.sendRequest('sikerja/semanticModel', { uri, position: { line: 25, character: 10 } }), 'semantic model'))
            .toMatchObject({ ok: true, elementAt: 'Dinkes' });
        expect(await within(client.connection.sendRequest('sikerja/diagram', { uri, position: { line: 25, character: 10 } }), 'diagram')).toMatchObject({ ok: true });
    }, 90_000);

    it('are answered after a workspace file that is no model changes (a PNG exported from the preview)', async () => {
        const { dir, uri, client } = await openOnExample('tim-kerja.sikerja');
        const png = path.join(dir, 'Dinkes-struktur.png');
        fs.writeFileSync(png, 'PNG');
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uriOf(png), type: 1 }] });
        expect(await within(client.connection.sendRequest('sikerja/semanticModel', { uri, position: { line: 9, character: 8 } }), 'semantic model'))
            .toMatchObject({ ok: true, elementAt: 'TimPercepatanPenurunanStunting' });
    }, 60_000);
});
