import { describe, expect, it } from 'vitest';
import type { DiagramElementBox } from '@sikerja/model';
import { parseFromWebview, parseToWebview } from '../../packages/vscode/src/preview/messages.js';
import { elementAtLine, elementAtPoint } from '../../packages/vscode/src/preview/selection.js';

const source = (uri: string, line: number) => ({ uri, range: { start: { line, character: 4 }, end: { line, character: 12 } } });

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
        const diagram = { type: 'diagram', requestId: 3, kind: 'struktur', kinds: ['struktur', 'peta-jabatan'], element: 'Dinkes', title: 'Dinas', svg: '<svg/>', elements: [], errors: 0 };
        expect(parseToWebview(diagram)).toEqual(diagram);
        expect(parseToWebview({ ...diagram, kind: 'lain' })).toBeUndefined();
        expect(parseToWebview({ ...diagram, svg: 42 })).toBeUndefined();
        const overview = { ...diagram, kind: 'peta-jabatan', overview: { fullKind: 'peta-jabatan', elements: 3012, limit: 1500 } };
        expect(parseToWebview(overview)).toEqual(overview);
        expect(parseToWebview({ ...overview, overview: { fullKind: 'peta-jabatan', elements: '3012' } })).toBeUndefined();
        expect(parseToWebview({ type: 'highlight', element: undefined })).toEqual({ type: 'highlight', element: undefined });
        expect(parseToWebview({ type: 'notice', requestId: 1, message: 'Letakkan kursor' })).toEqual({ type: 'notice', requestId: 1, message: 'Letakkan kursor' });
    });
});

describe('the preview\'s element selection', () => {
    const table: DiagramElementBox = { element: 'Dinkes.Kesmas#kelompok', x: 100, y: 100, width: 200, height: 120, source: source('file:///a', 20) };
    const row: DiagramElementBox = { element: 'Dinkes.Kesmas.Nutrisionis', x: 100, y: 140, width: 200, height: 16, source: source('file:///a', 24) };
    const head: DiagramElementBox = { element: 'Dinkes.Kesmas', x: 100, y: 40, width: 150, height: 40, source: source('file:///a', 18) };
    const elements = [head, table, row];

    it('a click means the smallest box under it: the row of a table, not the table', () => {
        expect(elementAtPoint(elements, 150, 145)?.element).toBe('Dinkes.Kesmas.Nutrisionis');
        expect(elementAtPoint(elements, 150, 110)?.element).toBe('Dinkes.Kesmas#kelompok');
        expect(elementAtPoint(elements, 10, 10)).toBeUndefined();
    });

    it('the cursor highlights the declaration it is on, or the nearest one above it in that file', () => {
        expect(elementAtLine(elements, 'file:///a', 24)).toBe('Dinkes.Kesmas.Nutrisionis');
        expect(elementAtLine(elements, 'file:///a', 19)).toBe('Dinkes.Kesmas');
        expect(elementAtLine(elements, 'file:///a', 5)).toBeUndefined();
        expect(elementAtLine(elements, 'file:///b', 24)).toBeUndefined();
    });
});
