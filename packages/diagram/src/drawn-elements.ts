import type { DrawnElement } from '@sikerja/model';
import type { ElementRef, Scene } from './scene.js';

/** The elements a scene draws (lanes, boxes, their rows, notes), each once with its declaration. */
export function drawnElements(scene: Scene): DrawnElement[] {
    return uniqueElements([
        ...(scene.bands ?? []).map(b => b.element),
        ...scene.boxes.flatMap(b => [b.element, ...b.rows.map(r => r.element)]),
        ...(scene.notes ?? []).map(n => n.element)
    ]);
}

/** Each element once, in drawing order, as the model declares it. */
export function uniqueElements(refs: Array<ElementRef | undefined>): DrawnElement[] {
    const out = new Map<string, DrawnElement>();
    for (const ref of refs) {
        if (ref && !out.has(ref.id)) out.set(ref.id, ref.source ? { element: ref.id, source: ref.source } : { element: ref.id });
    }
    return [...out.values()];
}
