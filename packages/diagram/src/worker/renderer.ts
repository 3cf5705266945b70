import type { DiagramRenderer } from '@sikerja/model';
import { LayoutClient } from './layout-client.js';

/** The language server's diagrams: laid out in a worker thread, a newer request of a view superseding an older one. */
export function workerDiagramRenderer(): DiagramRenderer {
    const client = new LayoutClient();
    return async (view, pemda, request) => {
        const answer = await client.render(view, pemda, request);
        if ('superseded' in answer) return { ok: false, error: { code: 'superseded', message: 'Digantikan permintaan yang lebih baru.' } };
        if (!answer.ok) return answer;
        return { ok: true, ...answer.diagram };
    };
}
