import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

/**
 * Exporting a PNG into the workspace makes the editor report a watched file that is no model file.
 * Such an update has nothing to build; requests that wait for the built model (the semantic model,
 * a diagram) must still be answered at once, not when the analyst next types.
 */
describe('a workspace file that is no model changes', () => {
    let client: LspClient | undefined;
    afterEach(async () => { await client?.stop(); client = undefined; });

    it('leaves the server answering requests that wait for the built model', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-watched-'));
        fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
        const file = path.join(dir, 'tim-kerja.sikerja');
        client = await LspClient.start(dir);
        await client.open(file);
        const png = path.join(dir, 'Dinkes-struktur.png');
        fs.writeFileSync(png, 'PNG');
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uriOf(png), type: 1 }] });
        const answer = await Promise.race([
            client.connection.sendRequest('sikerja/semanticModel', { uri: client.uriOf(file), position: { line: 9, character: 8 } }),
            new Promise(resolve => setTimeout(() => resolve('no answer within 10 s'), 10000))
        ]);
        expect(answer).toMatchObject({ ok: true, elementAt: 'TimPercepatanPenurunanStunting' });
    }, 60_000);
});
