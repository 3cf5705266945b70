import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareRequest, DiagramRequest, type CompareParams, type CompareResult, type DiagramAnswer, type DiagramParams } from '@sikerja/model';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';
import { git } from './run-cli.js';

/**
 * "Bandingkan dengan Versi Sebelumnya" as the editor asks the real server: the analyst's pemda, with
 * the edits not yet saved, against the last commit of its folder.
 */
let repo: string;
let client: LspClient;
let dinkes: string;
let edited: string;

const compare = (params: CompareParams) => client.connection.sendRequest<CompareResult>(CompareRequest.method, params);
const draw = (params: DiagramParams) => client.connection.sendRequest<DiagramAnswer>(DiagramRequest.method, params);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle));

beforeAll(async () => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-banding-'));
    fs.cpSync(path.join(ROOT, 'examples/bengkayang'), path.join(repo, 'bengkayang'), { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'Peta jabatan 2025');
    client = await LspClient.start(path.join(repo, 'bengkayang'));
    dinkes = path.join(repo, 'bengkayang', 'dinas-kesehatan.sikerja');
    await client.open(dinkes);
    // The analyst's edits, not saved: a kelas raised, a jabatan added, one removed.
    edited = fs.readFileSync(dinkes, 'utf8')
        .replace('jabatan PerencanaMuda "Perencana Ahli Muda" fungsional keahlian ahli-muda kelas 9', 'jabatan PerencanaMuda "Perencana Ahli Muda" fungsional keahlian ahli-muda kelas 10')
        .replace(/\n\s*jabatan AKPDMuda [^\n]*/, '\n            jabatan PranataKomputerPertama "Pranata Komputer Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 0 kebutuhan 1 pns');
    expect(edited).not.toBe(fs.readFileSync(dinkes, 'utf8'));
    await client.change(dinkes, edited);
}, 120000);
afterAll(async () => {
    await client?.stop();
    fs.rmSync(repo, { recursive: true, force: true });
});

describe('sikerja/compare', () => {
    it('lists what changed since the last commit, the unsaved edits included, each leading to its declaration', async () => {
        const answer = await compare({ uri: client.uriOf(dinkes) });
        expect(answer.ok).toBe(true);
        if (!answer.ok) return;
        expect(answer.sejak).toMatch(/^HEAD \([0-9a-f]{7}\)$/);
        expect(answer.skipped).toBe(0);
        const rows = answer.changes.map(c => [c.change, c.label, c.detail]);
        expect(rows).toEqual(expect.arrayContaining([
            ['diubah', 'Diubah: Perencana Ahli Muda', 'Kelas 9 → 10'],
            ['ditambah', 'Ditambah: Pranata Komputer Ahli Pertama', 'Jabatan ditambah'],
            ['dihapus', 'Dihapus: Analis Keuangan Pusat dan Daerah Ahli Muda', 'Jabatan dihapus']
        ]));
        expect(answer.changes).toHaveLength(3);
        expect(new Set(answer.changes.map(c => c.group))).toEqual(new Set(['Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana']));
        const at = (label: string) => answer.changes.find(c => c.label === label)!.source!;
        expect(at('Diubah: Perencana Ahli Muda')).toMatchObject({ uri: client.uriOf(dinkes), range: { start: { line: lineOf(edited, 'jabatan PerencanaMuda') } } });
        expect(at('Ditambah: Pranata Komputer Ahli Pertama').range.start.line).toBe(lineOf(edited, 'jabatan PranataKomputerPertama'));
        // A removed jabatan leads to the unit it was in.
        expect(at('Dihapus: Analis Keuangan Pusat dan Daerah Ahli Muda').range.start.line).toBe(lineOf(edited, 'sekretariat Sekretariat'));
    });

    it('marks the peta jabatan of the Perangkat Daerah against it, and says so', async () => {
        const answer = await draw({ uri: client.uriOf(dinkes), element: 'Dinkes', kind: 'peta-jabatan', sejak: 'HEAD', full: true });
        expect(answer.ok).toBe(true);
        if (!answer.ok) return;
        expect(answer.comparison).toEqual({ sejak: expect.stringMatching(/^HEAD \([0-9a-f]{7}\)$/), changes: 3 });
        expect(answer.svg).toContain('9 -&gt; 10');
        expect(answer.svg).toMatch(/>[^<]*baru[^<]*</);
        expect(answer.svg).toContain('dihapus');
        const plain = await draw({ uri: client.uriOf(dinkes), element: 'Dinkes', kind: 'peta-jabatan', full: true });
        expect(plain.ok && [plain.comparison, plain.svg.includes('-&gt;')]).toEqual([undefined, false]);
    });

    it('a revision git does not know, and a folder outside git: the reason, in words, and a drawing without marks', async () => {
        const unknown = await compare({ uri: client.uriOf(dinkes), sejak: 'versi-tidak-ada' });
        expect(unknown).toEqual({ ok: false, error: { code: 'no-version', message: 'versi-tidak-ada bukan revisi yang dikenal git (cabang, tag atau commit).' } });
        const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-tanpa-git-'));
        fs.cpSync(path.join(ROOT, 'examples/kampar'), outside, { recursive: true });
        const other = await LspClient.start(outside);
        try {
            const file = path.join(outside, fs.readdirSync(outside).find(f => f.endsWith('.sikerja'))!);
            await other.open(file);
            const answer = await other.connection.sendRequest<CompareResult>(CompareRequest.method, { uri: other.uriOf(file) });
            expect(answer.ok || answer.error.message).toMatch(/bukan repositori git: tidak ada versi sebelumnya yang dapat dibaca\.$/);
        } finally {
            await other.stop();
            fs.rmSync(outside, { recursive: true, force: true });
        }
    });
});
