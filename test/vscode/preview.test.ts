import { describe, expect, it } from 'vitest';
import { parseFromWebview, parseToWebview, type ToWebview } from '../../packages/vscode/src/preview/messages.js';

describe('messages between the extension and the preview', () => {
    it('accepts each message the webview may send, and nothing else', () => {
        expect(parseFromWebview({ type: 'reveal', element: 'Dinkes.Kesmas' })).toEqual({ type: 'reveal', element: 'Dinkes.Kesmas' });
        expect(parseFromWebview({ type: 'kind', kind: 'peta-jabatan' })).toEqual({ type: 'kind', kind: 'peta-jabatan' });
        expect(parseFromWebview({ type: 'export', format: 'pdf' })).toEqual({ type: 'export', format: 'pdf' });
        expect(parseFromWebview({ type: 'ready', extra: '<script>' })).toEqual({ type: 'ready' });
        for (const bad of [null, 'reveal', { type: 'reveal' }, { type: 'kind', kind: 'bagan' }, { type: 'export', format: 'exe' }, { type: 'eval', code: 'x' }, { type: 'reveal', element: 'x'.repeat(5000) }]) {
            expect(parseFromWebview(bad), JSON.stringify(bad)?.slice(0, 40)).toBeUndefined();
        }
    });

    it('checks what reaches the webview', () => {
        // The messages accepted are typed as the extension sends them (`satisfies`): a field the
        // extension does not send, or one of another shape, fails the type check, not only the parse.
        const diagram = { type: 'diagram', requestId: 3, kind: 'struktur', kinds: [{ kind: 'struktur', label: 'Struktur Organisasi', noun: 'struktur organisasi' }, { kind: 'peta-jabatan', label: 'Peta Jabatan', noun: 'peta jabatan' }], element: 'Dinkes', title: 'Dinas', svg: '<svg/>', elements: ['Dinkes', 'Dinkes.Kesmas'], errors: 0 } satisfies ToWebview;
        expect(parseToWebview(diagram)).toEqual(diagram);
        expect(parseToWebview({ ...diagram, kind: 'lain' })).toBeUndefined();
        expect(parseToWebview({ ...diagram, svg: 42 })).toBeUndefined();
        expect(parseToWebview({ ...diagram, kinds: ['struktur'] }), 'each kind comes with its label').toBeUndefined();
        expect(parseToWebview({ ...diagram, elements: [{ element: 'Dinkes', x: 0 }] }), 'the webview is given ids only').toBeUndefined();
        const overview = { ...diagram, kind: 'peta-jabatan', overview: { fullKind: 'peta-jabatan', elements: 3012, limit: 1500 } } satisfies ToWebview;
        expect(parseToWebview(overview)).toEqual(overview);
        expect(parseToWebview({ ...overview, overview: { fullKind: 'peta-jabatan', elements: '3012' } })).toBeUndefined();
        const highlight = { type: 'highlight', element: undefined } satisfies ToWebview;
        expect(parseToWebview(highlight)).toEqual(highlight);
        const notice = { type: 'notice', requestId: 1, message: 'Letakkan kursor' } satisfies ToWebview;
        expect(parseToWebview(notice)).toEqual(notice);
    });
});
