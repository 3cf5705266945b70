import type { DiagramKind, DrawnDiagram, DrawRequest, PemdaModel } from '@sikerja/model';
import { PREVIEW_LIMIT } from '@sikerja/model';
import { drawnElements } from './drawn-elements.js';
import type { TitledScene } from './kinds/kind.js';
import { DIAGRAM_KIND_LABELS, kindEntry } from './kinds/registry.js';
import type { FontMetrics } from './text/fonts.js';
import { writeSvg } from './svg/write-svg.js';
import { smallestText } from './paging.js';

export { DIAGRAM_KINDS, type DiagramKind } from '@sikerja/model';
export { DIAGRAM_KIND_ENTRIES, DIAGRAM_KIND_LABELS, DIAGRAM_KIND_REGISTRY, drawableFor, kindEntry } from './kinds/registry.js';
export type { DiagramKindEntry, TitledScene } from './kinds/kind.js';
export { SOP_PAGE_DEFAULT } from './kinds/sop.js';

export type Diagram = DrawnDiagram;

export interface DiagramError {
    code: 'element-not-found' | 'layout-failed';
    message: string;
}

export type DiagramResult = { ok: true; diagram: Diagram } | { ok: false; error: DiagramError };

/** The elements of a pemda a kind can draw, in source order. */
export function drawableElements(pemda: PemdaModel, kind: DiagramKind): Array<{ element: string; title: string }> {
    return kindEntry(kind).elements(pemda);
}

/**
 * How many elements (boxes, table rows, symbols, arrows) the whole diagram of a request would draw,
 * read from the model before any layout: the size that decides whether a preview can hold it. 0
 * when the request names nothing drawable, which then draws its "not found" answer.
 */
export function drawnElementCount(pemda: PemdaModel, request: Pick<DrawRequest, 'kind' | 'element'>): number {
    return kindEntry(request.kind).count(pemda, request.element);
}

/**
 * The diagram a request asks for; over its `previewLimit` (a preview's request), the overview
 * instead, which draws what the diagram holds summed up and says so in `overview`.
 */
export async function renderDiagram(pemda: PemdaModel, request: DrawRequest, metrics: FontMetrics): Promise<DiagramResult> {
    if (request.previewLimit !== undefined) {
        const elements = drawnElementCount(pemda, request);
        if (elements > request.previewLimit) return drawOverview(pemda, request, elements, metrics);
    }
    try {
        const drawn = await kindEntry(request.kind).draw(pemda, request, metrics);
        if (!drawn) return { ok: false, error: { code: 'element-not-found', message: notFound(pemda, request) } };
        return { ok: true, diagram: 'drawn' in drawn ? drawn.drawn : drawScene(request, drawn, metrics) };
    } catch (e) {
        return layoutFailed(request, e);
    }
}

/**
 * The overview of a diagram however large: an organisation's units with their counts, a map's
 * lanes (or categories, or members' origins) with theirs. What a preview shows of a diagram too
 * large for it; `overview` in the drawing names the diagram it stands for.
 */
export function renderOverview(pemda: PemdaModel, request: DrawRequest, metrics: FontMetrics): Promise<DiagramResult> {
    return drawOverview(pemda, request, drawnElementCount(pemda, request), metrics);
}

async function drawOverview(pemda: PemdaModel, request: DrawRequest, elements: number, metrics: FontMetrics): Promise<DiagramResult> {
    try {
        const scene = await kindEntry(request.kind).overview(pemda, request.element, metrics);
        if (!scene) return { ok: false, error: { code: 'element-not-found', message: notFound(pemda, request) } };
        const overview = { fullKind: request.kind, elements, limit: request.previewLimit ?? PREVIEW_LIMIT };
        return { ok: true, diagram: { ...drawScene(request, scene, metrics), overview } };
    } catch (e) {
        return layoutFailed(request, e);
    }
}

/** The laid-out scene behind a diagram (boxes, rows, connectors), before it is written as SVG; a paged kind (sop) has none. */
export async function diagramScene(pemda: PemdaModel, request: DrawRequest, metrics: FontMetrics): Promise<TitledScene | undefined> {
    const drawn = await kindEntry(request.kind).draw(pemda, request, metrics);
    return drawn && !('drawn' in drawn) ? drawn : undefined;
}

function drawScene(request: DrawRequest, scene: TitledScene, metrics: FontMetrics): Diagram {
    const { svg, width, height } = writeSvg(scene.scene, metrics, request.theme);
    const pages = scene.pages?.map(page => writeSvg(page, metrics, request.theme).svg);
    return {
        kind: request.kind, element: request.element, title: scene.title, svg, width, height, smallestText: smallestText(scene.scene), elements: drawnElements(scene.scene),
        ...(pages ? { pages } : {})
    };
}

function layoutFailed(request: DrawRequest, e: unknown): DiagramResult {
    return { ok: false, error: { code: 'layout-failed', message: `Tata letak diagram \`${request.element}\` gagal: ${e instanceof Error ? e.message : String(e)}` } };
}

function notFound(pemda: PemdaModel, request: DrawRequest): string {
    const entry = kindEntry(request.kind);
    const all = entry.elements(pemda);
    const known = all.slice(0, 5).map(e => `\`${e.element}\``).join(', ');
    return `\`${request.element}\` bukan ${entry.drawnFor} di pemda ${pemda.name} untuk ${DIAGRAM_KIND_LABELS[request.kind]}.`
        + (known ? ` Yang ada: ${known}${all.length > 5 ? ', …' : ''}.` : '');
}

