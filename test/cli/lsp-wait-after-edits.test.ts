import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

/**
 * An analyst types a word into a title and deletes it again while the preview asks for its picture
 * after each pause; a request that waits for the built model afterwards (the semantic model, a
 * diagram, the documents command) must still be answered, not wait for the next edit.
 */
describe('requests after a burst of edits', () => {
    let client: LspClient | undefined;
    afterEach(async () => { await client?.stop(); client = undefined; });

    it('answers the semantic model and a diagram once the typing stops', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-burst-'));
        fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
        const file = path.join(dir, 'dinas-kesehatan.sikerja');
        const original = fs.readFileSync(file, 'utf8');
        client = await LspClient.start(dir);
        await client.open(file);
        const uri = client.uriOf(file);
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
        const timeout = <T>(p: Promise<T>, what: string) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within 15 s`)), 15000))]);
        const model = await timeout(client.connection.sendRequest('sikerja/semanticModel', { uri, position: { line: 25, character: 10 } }), 'semantic model') as { ok: boolean; elementAt?: string };
        expect(model.ok).toBe(true);
        expect(model.elementAt).toBe('Dinkes');
        const diagram = await timeout(client.connection.sendRequest('sikerja/diagram', { uri, position: { line: 25, character: 10 } }), 'diagram') as { ok: boolean };
        expect(diagram.ok).toBe(true);
    }, 90_000);
});
