import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { SettledDiagnostics, SETTLE_MS } from '../../packages/language/src/lsp/settled-diagnostics.js';

/** The publisher alone, on a fake clock: what reaches the editor, and when. */
function publisher() {
    vi.useFakeTimers();
    const sent: Array<{ at: number; uri: string; codes: string[] }> = [];
    const settled = new SettledDiagnostics({
        send: p => sent.push({ at: Date.now(), uri: p.uri, codes: p.diagnostics.map(d => String(d.code)) }),
        idle: () => Promise.resolve(), now: () => Date.now()
    });
    return { settled, sent };
}

const finding = (code: string, line = 3): Diagnostic => ({ code, message: `temuan ${code}`, severity: 1, range: { start: { line, character: 4 }, end: { line, character: 9 } } });
const params = (uri: string, ...diagnostics: Diagnostic[]): PublishDiagnosticsParams => ({ uri, diagnostics });

afterEach(() => { vi.useRealTimers(); });

describe('diagnostics published while the analyst types', () => {
    it('a finding of a half-typed state waits for the pause, and is replaced by the state typed last', async () => {
        const { settled, sent } = publisher();
        const t0 = Date.now();
        settled.edited();
        settled.publish(params('file:///a.sikerja', finding('syntax-error')));
        await vi.advanceTimersByTimeAsync(30);
        settled.edited();
        settled.publish(params('file:///a.sikerja', finding('linking-error')));
        expect(sent).toEqual([]);
        await vi.advanceTimersByTimeAsync(SETTLE_MS);
        expect(sent).toEqual([{ at: t0 + 30 + SETTLE_MS, uri: 'file:///a.sikerja', codes: ['linking-error'] }]);
    });

    it('a finding that goes away goes at once, while the typing goes on', async () => {
        const { settled, sent } = publisher();
        settled.publish(params('file:///a.sikerja', finding('kelas-range'), finding('nip-duplicate', 9)));
        settled.edited();
        settled.publish(params('file:///a.sikerja', finding('nip-duplicate', 9)));
        expect(sent.map(s => s.codes)).toEqual([['kelas-range', 'nip-duplicate'], ['nip-duplicate']]);
    });

    it('with no edit for a while, findings are published as the build gives them, for every file', () => {
        const { settled, sent } = publisher();
        settled.publish(params('file:///a.sikerja', finding('duplicate-name')));
        settled.publish(params('file:///b.sikerja'));
        expect(sent.map(s => [s.uri, s.codes])).toEqual([['file:///a.sikerja', ['duplicate-name']], ['file:///b.sikerja', []]]);
    });

    it('held findings of other files come out together once the typing pauses and the build has ended', async () => {
        vi.useFakeTimers();
        const sent: string[] = [];
        let buildEnds: () => void = () => undefined;
        const settled = new SettledDiagnostics({
            send: p => sent.push(p.uri), now: () => Date.now(),
            idle: () => new Promise<void>(resolve => { buildEnds = resolve; })
        });
        settled.edited();
        settled.publish(params('file:///tim.sikerja', finding('linking-error')));
        settled.publish(params('file:///pegawai.sikerja', finding('pegawai-on-vacant-post')));
        await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
        expect(sent, 'a build still running will publish again').toEqual([]);
        buildEnds();
        await vi.advanceTimersByTimeAsync(0);
        expect(sent).toEqual(['file:///tim.sikerja', 'file:///pegawai.sikerja']);
    });
});
