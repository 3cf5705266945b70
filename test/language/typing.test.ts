import { describe, expect, it } from 'vitest';
import { DocumentState } from 'langium';
import { rng } from '../../scripts/lib/synthetic.js';
import { buildWorkspace, readExamples, type Finding, type Workspace } from '../helpers.js';

/**
 * What an analyst sees while typing: the language server gets every keystroke, starts a build for
 * each and cancels the one still running. Once the typing stops, every file's published diagnostics
 * must be what a fresh start on the same files gives (the CLI's answer) — none left stale in a file
 * the typing did not touch.
 */
const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** The line's text removed from its end, key by key, then typed back from its start. */
function keystrokesClearingAndRetyping(text: string, lineIndex: number, keySize: () => number): string[] {
    const lines = text.split('\n');
    const line = lines[lineIndex];
    const at = (content: string) => [...lines.slice(0, lineIndex), content, ...lines.slice(lineIndex + 1)].join('\n');
    const states: string[] = [];
    for (let n = line.length; n > 0;) { n = Math.max(0, n - keySize()); states.push(at(line.slice(0, n))); }
    for (let n = 0; n < line.length;) { n = Math.min(line.length, n + keySize()); states.push(at(line.slice(0, n))); }
    return states;
}

async function typeEach(ws: Workspace, file: string, states: string[], delay: () => number): Promise<void> {
    for (const state of states) {
        ws.type(file, state);
        await pause(delay());
    }
    await ws.settled();
}

function publishedEverywhere(ws: Workspace, files: string[]): Record<string, Finding[]> {
    return Object.fromEntries(files.map(f => [f, ws.published(f)]));
}

async function expectAsAFreshStart(ws: Workspace, files: Record<string, string>, history: string): Promise<void> {
    const names = Object.keys(files);
    const behind = names.filter(f => ws.docs[f].state < DocumentState.Validated);
    expect(behind, `files left unvalidated after: ${history}`).toEqual([]);
    const fresh = await buildWorkspace(files);
    expect(publishedEverywhere(ws, names), history).toEqual(Object.fromEntries(names.map(f => [f, fresh.diagnostics(f)])));
}

describe('typing: every file shows what a fresh start shows once the typing stops', () => {
    it('the head of Dinkes cleared key by key and typed back: no pegawai is told its own NIP is taken', async () => {
        const files = readExamples(['bengkayang']);
        const ws = await buildWorkspace(files);
        const dinkes = 'bengkayang/dinas-kesehatan.sikerja';
        const head = files[dinkes].split('\n').findIndex(l => l.trimStart().startsWith('pimpinan KepalaDinas'));
        await typeEach(ws, dinkes, keystrokesClearingAndRetyping(files[dinkes], head, () => 1), () => 30);
        expect(ws.published('bengkayang/pegawai-contoh.sikerja').filter(f => f.code === 'nip-duplicate')).toEqual([]);
        await expectAsAFreshStart(ws, files, `${dinkes}: line ${head + 1} cleared and typed back`);
    }, 120_000);

    it('lines of posts, pegawai, teams and processes cleared and typed back across files, at random', async () => {
        const files = readExamples(['bengkayang', 'tanjung-jabung-timur']);
        const ws = await buildWorkspace(files);
        const random = rng(Number(process.env.SIKERJA_TYPING_SEED ?? 20261203));
        const steps = Number(process.env.SIKERJA_TYPING_STEPS ?? 10);
        const worthTyping = /^\s*(pimpinan|jabatan|pegawai|nip|menduduki|ketua|anggota|sekretaris|pemilik-kinerja|penanggung-jawab|langkah|alur|pelaksana|isi)\b/;
        const history: string[] = [];
        for (let step = 0; step < steps; step++) {
            const candidates = Object.entries(files).flatMap(([file, text]) => text.split('\n').flatMap((line, i) => worthTyping.test(line) ? [{ file, i, line }] : []));
            const { file, i, line } = candidates[Math.floor(random() * candidates.length)];
            history.push(`${file}:${i + 1} cleared and retyped: ${line.trim()}`);
            await typeEach(ws, file, keystrokesClearingAndRetyping(files[file], i, () => 1 + Math.floor(random() * 6)), () => Math.floor(random() * 40));
            await expectAsAFreshStart(ws, files, history.join('\n'));
        }
    }, 300_000);
});
