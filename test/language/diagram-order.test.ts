import { describe, expect, it } from 'vitest';
import { Cancellation } from 'langium';
import type { DiagramParams, DiagramRenderer } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { answerDiagram, DrawnViews } from '../../packages/language/src/lsp/diagram-handler.js';
import type { OlderVersion, OlderVersions } from '../../packages/language/src/versions/older-versions.js';

describe('sikerja/diagram requests of one preview', () => {
    it('supersede each other in the order they were sent: one with marks waiting for the older version never lays out after a later one', async () => {
        const ws = await loadWorkspace(['examples/bengkayang']);
        const uri = ws.documents.find(d => d.uri.path.endsWith('dinas-kesehatan.sikerja'))!.uri.toString();
        const drawn: string[] = [];
        const renderer: DiagramRenderer = {
            drawable: (_pemda, name) => ({ element: name, kinds: [{ kind: 'struktur', label: 'Struktur Organisasi', noun: 'struktur organisasi' }] }),
            draw: async (_view, _pemda, request) => {
                drawn.push(request.changes ? 'dengan tanda' : 'tanpa tanda');
                return { ok: true, kind: 'struktur', element: request.element, title: 'Dinkes', svg: '<svg/>', elements: [] } as never;
            }
        };
        // The older version is read from git: here it arrives when the test says so.
        let olderArrives!: (v: OlderVersion) => void;
        const versions = { of: () => new Promise<OlderVersion>(resolve => { olderArrives = resolve; }) } as unknown as OlderVersions;
        const views = new DrawnViews();
        const params: DiagramParams = { uri, element: 'Dinkes', kind: 'struktur', view: 'pratinjau' };
        const none = Cancellation.CancellationToken.None;
        const marked = answerDiagram(ws.services, renderer, views, { ...params, sejak: 'HEAD' }, none, versions);
        await new Promise(r => setTimeout(r, 50));
        const later = await answerDiagram(ws.services, renderer, views, params, none, versions);
        olderArrives({ label: 'HEAD (uji)', doubts: new Map(), folder: '/tidak-ada' });
        const first = await marked;
        expect(later.ok).toBe(true);
        expect(first).toMatchObject({ ok: false, error: { code: 'superseded' } });
        expect(drawn).toEqual(['tanpa tanda']);
    });
});
