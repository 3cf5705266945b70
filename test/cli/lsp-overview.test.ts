import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagramRequest, PREVIEW_LIMIT, type DiagramAnswer, type DiagramParams } from '@sikerja/model';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';
import { dinasText } from '../../bench/diagrams.js';

/**
 * `sikerja/diagram` of a Dinas of 3,000 positions from the real server over stdio: a preview gets
 * the overview, an export (`full`) the whole diagram; an example's Perangkat Daerah is drawn whole.
 */
let client: LspClient;
let dir: string;
let big: string;
let dinkes: string;

beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-overview-lsp-'));
    fs.cpSync(path.join(ROOT, 'examples/bengkayang'), path.join(dir, 'bengkayang'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'besar'));
    big = path.join(dir, 'besar', 'dinas-besar.sikerja');
    fs.writeFileSync(big, dinasText(3000));
    dinkes = path.join(dir, 'bengkayang', 'dinas-kesehatan.sikerja');
    client = await LspClient.start(dir);
    await client.open(big);
    await client.open(dinkes);
}, 120000);
afterAll(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

const ask = (params: DiagramParams) => client.connection.sendRequest<DiagramAnswer>(DiagramRequest.method, params);

describe('sikerja/diagram over the preview limit', () => {
    it('answers a preview of a 3,000-position peta jabatan with its overview, each unit leading to its declaration', async () => {
        const answer = await ask({ uri: client.uriOf(big), element: 'Besar', kind: 'peta-jabatan', view: 'pratinjau' });
        if (!answer.ok) throw new Error(answer.error.message);
        expect(answer.overview).toEqual({ fullKind: 'peta-jabatan', elements: expect.any(Number), limit: PREVIEW_LIMIT });
        expect(answer.overview!.elements).toBeGreaterThan(3000);
        expect([answer.kind, answer.element, answer.kinds.map(k => k.kind)]).toEqual(['peta-jabatan', 'Besar', ['struktur', 'peta-jabatan']]);
        expect(answer.svg.length).toBeLessThan(200 * 1024);
        expect(answer.svg).toContain('IKHTISAR PETA JABATAN');
        const units = ['Besar', 'Besar.Sekretariat', 'Besar.Sekretariat.Umum', 'Besar.Sekretariat.Keuangan', ...[1, 2, 3, 4, 5, 6].map(i => `Besar.Bidang${i}`)];
        expect(answer.elements.map(e => e.element).sort()).toEqual([...units].sort());
        const lines = fs.readFileSync(big, 'utf8').split('\n');
        const bidang3 = answer.elements.find(e => e.element === 'Besar.Bidang3')!;
        expect(bidang3.source?.uri).toBe(client.uriOf(big));
        expect(lines[bidang3.source!.range.start.line]).toContain('bidang Bidang3 ');
    });

    it('draws the whole peta jabatan, every position in it, when the export asks for it in full', async () => {
        const answer = await ask({ uri: client.uriOf(big), element: 'Besar', kind: 'peta-jabatan', full: true });
        if (!answer.ok) throw new Error(answer.error.message);
        expect(answer.overview).toBeUndefined();
        const positions = fs.readFileSync(big, 'utf8').split('\n').filter(l => /^\s*(pimpinan|jabatan) /.test(l));
        expect(positions).toHaveLength(3000);
        const drawn = new Set(answer.elements.map(e => e.element));
        expect(answer.elements.filter(e => /\.(Jf|Pl)\d+$|\.Kepala$/.test(e.element))).toHaveLength(3000);
        expect(drawn.has('Besar.Bidang6.Jf0')).toBe(true);
    });

    it('draws an example\'s Dinkes whole in a preview', async () => {
        for (const kind of ['struktur', 'peta-jabatan'] as const) {
            const answer = await ask({ uri: client.uriOf(dinkes), element: 'Dinkes', kind, view: 'pratinjau-dinkes' });
            if (!answer.ok) throw new Error(answer.error.message);
            expect(answer.overview, kind).toBeUndefined();
            expect(answer.svg).not.toContain('IKHTISAR');
        }
    });
});
