import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { LayoutClient, renderDiagram, shippedFonts } from '@sikerja/diagram';

let pemda: PemdaModel;
const client = new LayoutClient();

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/bengkayang']);
    pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
});
afterAll(() => client.dispose());

describe('layout in a worker thread', () => {
    it('draws the same picture as in process', async () => {
        const inProcess = await renderDiagram(pemda, { kind: 'struktur', element: 'Dinkes' }, shippedFonts().metrics);
        const viaWorker = await client.render('panel-1', pemda, { kind: 'struktur', element: 'Dinkes' });
        expect(viaWorker).toEqual(inProcess);
    });

    it('answers only the newest request of a view; other views are not disturbed', async () => {
        const first = client.render('panel-1', pemda, { kind: 'peta-jabatan', element: 'Dinkes' });
        const second = client.render('panel-1', pemda, { kind: 'peta-jabatan', element: 'Setda' });
        const other = client.render('panel-2', pemda, { kind: 'tim', element: 'TimPercepatanPenurunanStunting' });
        const third = client.render('panel-1', pemda, { kind: 'struktur', element: 'Setda' });
        expect(await first).toEqual({ superseded: true });
        expect(await second).toEqual({ superseded: true });
        const last = await third;
        expect('ok' in last && last.ok && last.diagram.kind === 'struktur' && last.diagram.element === 'Setda').toBe(true);
        const kept = await other;
        expect('ok' in kept && kept.ok && kept.diagram.element).toBe('TimPercepatanPenurunanStunting');
    });

    it('answers an unknown element with the error value, through the worker', async () => {
        const r = await client.render('panel-3', pemda, { kind: 'tim', element: 'TidakAda' });
        expect(r).toMatchObject({ ok: false, error: { code: 'element-not-found' } });
    });
});
