import type { DiagramKind, DrawnDiagram, DrawnElement, DrawRequest, PemdaModel } from '@sikerja/model';
import { PREVIEW_LIMIT } from '@sikerja/model';
import type { ElementRef, Scene } from './scene.js';
import { blockTotals, petaJabatanBoxes, strukturBoxes, totalsLine } from './org/org-boxes.js';
import { orgScene } from './org/org-scene.js';
import { buildOrgDrawing, drawableOrganisations } from './org/org-tree.js';
import { drawnElementCount } from './overview/estimate.js';
import { overviewScene } from './overview/overview-scene.js';
import { wrapTitle } from './scene-title.js';
import { layoutTeam } from './tim/tim-layout.js';
import { layoutLintasFungsi } from './proses/lintas-fungsi.js';
import { layoutSop } from './proses/sop.js';
import { layoutRelasi } from './proses/relasi.js';
import { layoutLevel, levelElements } from './proses/level.js';
import { writeSopPages, writeSopSheet } from './proses/sop-svg.js';
import { TEXT } from './scene.js';
import type { FontMetrics } from './text/fonts.js';
import { writeSvg } from './svg/write-svg.js';

export { DIAGRAM_KINDS, type DiagramKind } from '@sikerja/model';
export { drawnElementCount } from './overview/estimate.js';

export const DIAGRAM_KIND_LABELS: Record<DiagramKind, string> = {
    struktur: 'Struktur Organisasi',
    'peta-jabatan': 'Peta Jabatan',
    tim: 'Susunan Tim Kerja',
    'lintas-fungsi': 'Peta Lintas Fungsi',
    sop: 'SOP AP',
    relasi: 'Peta Relasi',
    level: 'Peta Proses'
};

export type DiagramRequest = DrawRequest;

/** F4 landscape less 12 mm margins and the running header: the SOP AP's default page. */
export const SOP_PAGE_DEFAULT = { width: 867, height: 525 } as const;

export type Diagram = DrawnDiagram;

export interface DiagramError {
    code: 'element-not-found' | 'layout-failed';
    message: string;
}

export type DiagramResult = { ok: true; diagram: Diagram } | { ok: false; error: DiagramError };

/** The elements of a pemda a kind can draw, in source order. */
export function drawableElements(pemda: PemdaModel, kind: DiagramKind): Array<{ element: string; title: string }> {
    if (kind === 'tim') return pemda.teams.map(t => ({ element: t.id, title: t.title }));
    if (kind === 'lintas-fungsi' || kind === 'sop') return pemda.processes.flatMap(p => p.maps.map(m => ({ element: m.id, title: m.title })));
    if (kind === 'relasi') return pemda.relationMaps.map(m => ({ element: m.id, title: m.title }));
    if (kind === 'level') return levelElements(pemda).map(p => ({ element: p.id, title: p.title }));
    return drawableOrganisations(pemda).map(o => ({ element: o.id, title: o.title }));
}

/**
 * The diagram a request asks for; over its `previewLimit` (a preview's request), the overview
 * instead, which draws what the diagram holds summed up and says so in `overview`.
 */
export async function renderDiagram(pemda: PemdaModel, request: DiagramRequest, metrics: FontMetrics): Promise<DiagramResult> {
    if (request.previewLimit !== undefined) {
        const elements = drawnElementCount(pemda, request);
        if (elements > request.previewLimit) return drawOverview(pemda, request, elements, metrics);
    }
    try {
        if (request.kind === 'sop') return renderSop(pemda, request, metrics);
        const scene = await diagramScene(pemda, request, metrics);
        if (!scene) {
            return { ok: false, error: { code: 'element-not-found', message: notFound(pemda, request) } };
        }
        return { ok: true, diagram: drawScene(request, scene, metrics) };
    } catch (e) {
        return layoutFailed(request, e);
    }
}

/**
 * The overview of a diagram however large: an organisation's units with their counts, a map's
 * lanes (or categories, or members' origins) with theirs. What a preview shows of a diagram too
 * large for it; `overview` in the drawing names the diagram it stands for.
 */
export function renderOverview(pemda: PemdaModel, request: DiagramRequest, metrics: FontMetrics): Promise<DiagramResult> {
    return drawOverview(pemda, request, drawnElementCount(pemda, request), metrics);
}

async function drawOverview(pemda: PemdaModel, request: DiagramRequest, elements: number, metrics: FontMetrics): Promise<DiagramResult> {
    try {
        const scene = await overviewScene(pemda, request, DIAGRAM_KIND_LABELS[request.kind], metrics);
        if (!scene) return { ok: false, error: { code: 'element-not-found', message: notFound(pemda, request) } };
        const overview = { fullKind: request.kind, elements, limit: request.previewLimit ?? PREVIEW_LIMIT };
        return { ok: true, diagram: { ...drawScene(request, scene, metrics), overview } };
    } catch (e) {
        return layoutFailed(request, e);
    }
}

function drawScene(request: DiagramRequest, scene: { scene: Scene; title: string }, metrics: FontMetrics): Diagram {
    const { svg, width, height } = writeSvg(scene.scene, metrics, request.theme);
    return { kind: request.kind, element: request.element, title: scene.title, svg, width, height, smallestText: smallestText(scene.scene), elements: drawnElements(scene.scene) };
}

function layoutFailed(request: DiagramRequest, e: unknown): DiagramResult {
    return { ok: false, error: { code: 'layout-failed', message: `Tata letak diagram \`${request.element}\` gagal: ${e instanceof Error ? e.message : String(e)}` } };
}

function renderSop(pemda: PemdaModel, request: DiagramRequest, metrics: FontMetrics): DiagramResult {
    const process = pemda.processes.find(p => p.maps.some(m => m.id === request.element));
    const map = process?.maps.find(m => m.id === request.element);
    if (!process || !map) return { ok: false, error: { code: 'element-not-found', message: notFound(pemda, request) } };
    const layout = layoutSop(pemda, process, map, request.page ?? SOP_PAGE_DEFAULT, metrics);
    const sheet = writeSopSheet(layout, metrics, request.theme);
    const elements = uniqueElements(layout.pages.flatMap(page => page.symbols.map(s => s.element)));
    return {
        ok: true, diagram: {
            kind: 'sop', element: map.id, title: `SOP ${map.title}`, svg: sheet.svg, width: sheet.width, height: sheet.height,
            smallestText: TEXT.small, pages: writeSopPages(layout, metrics, request.theme), elements
        }
    };
}

function notFound(pemda: PemdaModel, request: DiagramRequest): string {
    const what = { tim: 'tim kerja', 'lintas-fungsi': 'peta lintas fungsi', sop: 'peta lintas fungsi', relasi: 'peta relasi', level: 'proses yang dirinci', struktur: 'perangkat daerah', 'peta-jabatan': 'perangkat daerah' }[request.kind];
    const known = drawableElements(pemda, request.kind).slice(0, 5).map(e => `\`${e.element}\``).join(', ');
    return `\`${request.element}\` bukan ${what} di pemda ${pemda.name} untuk ${DIAGRAM_KIND_LABELS[request.kind]}.`
        + (known ? ` Yang ada: ${known}${drawableElements(pemda, request.kind).length > 5 ? ', …' : ''}.` : '');
}

function smallestText(scene: Scene): number {
    const sizes = scene.boxes.flatMap(b => b.rows.flatMap(r => r.cells.filter(c => c.lines.length > 0).map(c => c.size)))
        .concat(scene.title.lines.map(l => l.size), (scene.notes ?? []).map(n => n.size), scene.connectors.flatMap(c => c.label ? [c.label.size] : []));
    return Math.min(...sizes);
}

function drawnElements(scene: Scene): DrawnElement[] {
    return uniqueElements([
        ...(scene.bands ?? []).map(b => b.element),
        ...scene.boxes.flatMap(b => [b.element, ...b.rows.map(r => r.element)]),
        ...(scene.notes ?? []).map(n => n.element)
    ]);
}

/** Each element once, in drawing order, as the model declares it. */
function uniqueElements(refs: Array<ElementRef | undefined>): DrawnElement[] {
    const out = new Map<string, DrawnElement>();
    for (const ref of refs) {
        if (ref && !out.has(ref.id)) out.set(ref.id, ref.source ? { element: ref.id, source: ref.source } : { element: ref.id });
    }
    return [...out.values()];
}

/** The laid-out scene behind a diagram (boxes, rows, connectors), before it is written as SVG. */
export async function diagramScene(pemda: PemdaModel, request: DiagramRequest, metrics: FontMetrics): Promise<{ scene: Scene; title: string } | undefined> {
    const pemdaTitle = pemda.title ?? pemda.name;
    if (request.kind === 'tim') {
        const team = pemda.teams.find(t => t.id === request.element);
        if (!team) return undefined;
        const laid = await layoutTeam(pemda, team, metrics);
        return { scene: { ...laid, title: wrapTitle([
            { text: 'SUSUNAN TIM KERJA', size: 11, weight: 'bold' },
            { text: team.title, size: 10, weight: 'bold' },
            ...laid.titleLines.map(text => ({ text, size: 7.5, weight: 'regular' as const })),
            { text: pemdaTitle, size: 8, weight: 'regular' }
        ], laid.width, metrics) }, title: team.title };
    }
    if (request.kind === 'lintas-fungsi') {
        const process = pemda.processes.find(p => p.maps.some(m => m.id === request.element));
        const map = process?.maps.find(m => m.id === request.element);
        if (!process || !map) return undefined;
        const laid = await layoutLintasFungsi(pemda, process, map, metrics, request.lanes);
        return { scene: { ...laid, title: wrapTitle([
            { text: 'PETA LINTAS FUNGSI', size: 11, weight: 'bold' },
            { text: `${map.code ? `${map.code} ` : ''}${map.title}`, size: 10, weight: 'bold' },
            { text: `Proses: ${process.code ? `${process.code} ` : ''}${process.title}`, size: 8, weight: 'regular' },
            { text: pemdaTitle, size: 8, weight: 'regular' }
        ], laid.width, metrics) }, title: map.title };
    }
    if (request.kind === 'relasi') {
        const map = pemda.relationMaps.find(m => m.id === request.element);
        if (!map) return undefined;
        const laid = await layoutRelasi(pemda, map, metrics);
        return { scene: { ...laid, title: wrapTitle([
            { text: 'PETA RELASI', size: 11, weight: 'bold' }, { text: map.title, size: 10, weight: 'bold' }, { text: pemdaTitle, size: 8, weight: 'regular' }
        ], laid.width, metrics) }, title: map.title };
    }
    if (request.kind === 'level') {
        const process = levelElements(pemda).find(p => p.id === request.element);
        if (!process) return undefined;
        const laid = await layoutLevel(pemda, process, metrics);
        const heading = process.level === 0 || process.parent === undefined ? 'PETA PROSES LEVEL 0' : `PETA PROSES LEVEL ${(process.level ?? 0) + 1}`;
        return { scene: { ...laid, title: wrapTitle([
            { text: heading, size: 11, weight: 'bold' }, { text: `${process.code ? `${process.code} ` : ''}${process.title}`, size: 10, weight: 'bold' },
            { text: pemdaTitle, size: 8, weight: 'regular' }
        ], laid.width, metrics) }, title: process.title };
    }
    const organisation = drawableOrganisations(pemda).find(o => o.id === request.element);
    if (!organisation) return undefined;
    const drawing = buildOrgDrawing(pemda, organisation);
    const boxes = request.kind === 'struktur' ? strukturBoxes(metrics, { levels: request.pejabatLevel }) : petaJabatanBoxes(metrics);
    const lines = [
        { text: DIAGRAM_KIND_LABELS[request.kind].toLocaleUpperCase('id-ID'), size: 11, weight: 'bold' as const },
        { text: organisation.title.toLocaleUpperCase('id-ID'), size: 10, weight: 'bold' as const },
        { text: pemdaTitle, size: 8, weight: 'regular' as const }
    ];
    if (request.kind === 'peta-jabatan') {
        lines.push({ text: totalsLine(blockTotals(drawing.root)), size: 8, weight: 'regular' });
    }
    return { scene: await orgScene(drawing.root, boxes, lines, metrics), title: organisation.title };
}
