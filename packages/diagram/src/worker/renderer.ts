import type { DiagramRenderer } from '@sikerja/model';
import { DIAGRAM_KIND_REGISTRY, drawableFor } from '../kinds/registry.js';
import { LayoutClient } from './layout-client.js';

/**
 * The language server's diagrams: what can be drawn for a name, read from the kind registry, and
 * the drawings, laid out in a worker thread, a newer request of a view superseding an older one.
 */
export function workerDiagramRenderer(): DiagramRenderer {
    const client = new LayoutClient();
    return {
        drawable(pemda, name) {
            const found = drawableFor(pemda, name);
            return found && { element: found.element, kinds: found.kinds.map(kind => ({ kind, label: DIAGRAM_KIND_REGISTRY[kind].label, noun: DIAGRAM_KIND_REGISTRY[kind].noun })) };
        },
        async draw(view, pemda, request) {
            const answer = await client.render(view, pemda, request);
            if ('superseded' in answer) return { ok: false, error: { code: 'superseded', message: 'Digantikan permintaan yang lebih baru.' } };
            if (!answer.ok) return answer;
            return { ok: true, ...answer.diagram };
        }
    };
}
