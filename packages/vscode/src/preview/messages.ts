import type { DiagramKind, DiagramKindChoice, OverviewNote } from '@sikerja/model';
import { DIAGRAM_KINDS } from '@sikerja/model';

/**
 * Messages between the extension and its preview webview, typed on both sides. The webview
 * validates what it receives and the extension what it gets back: a webview is untrusted input.
 */
export type ExportFormat = 'svg' | 'png' | 'pdf';

export type ToWebview =
    | {
        type: 'diagram';
        requestId: number;
        kind: DiagramKind;
        /** The kinds the element can be drawn as, named by the diagram package's registry. */
        kinds: DiagramKindChoice[];
        element: string;
        title: string;
        svg: string;
        /** The ids of the elements drawn (their boxes' `data-element`): what a click may reveal. */
        elements: string[];
        /** Errors in the pemda's files: drawn anyway, and said. */
        errors: number;
        /** The picture is the overview of a diagram too large for the preview. */
        overview?: OverviewNote;
        /** The element whose declaration the cursor is on. */
        highlight?: string;
        /** Marked against an older version: the sentence above the drawing that says against which, or why not. */
        comparison?: string;
    }
    /** Nothing could be drawn (or not yet): the last picture stays, with this said above it. */
    | { type: 'notice'; requestId: number; message: string }
    | { type: 'highlight'; element: string | undefined }
    | { type: 'exported'; message: string };

export type FromWebview =
    | { type: 'ready' }
    | { type: 'reveal'; element: string }
    | { type: 'kind'; kind: DiagramKind }
    | { type: 'export'; format: ExportFormat };

const KINDS: ReadonlySet<string> = new Set(DIAGRAM_KINDS);
const FORMATS: ReadonlySet<string> = new Set(['svg', 'png', 'pdf']);

/** A message from the webview, or undefined when it is not one of ours. */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const m = raw as Record<string, unknown>;
    switch (m.type) {
        case 'ready': return { type: 'ready' };
        case 'reveal': return typeof m.element === 'string' && m.element.length < 1000 ? { type: 'reveal', element: m.element } : undefined;
        case 'kind': return typeof m.kind === 'string' && KINDS.has(m.kind) ? { type: 'kind', kind: m.kind as DiagramKind } : undefined;
        case 'export': return typeof m.format === 'string' && FORMATS.has(m.format) ? { type: 'export', format: m.format as ExportFormat } : undefined;
        default: return undefined;
    }
}

/** A message from the extension, or undefined when it is not one of ours. */
export function parseToWebview(raw: unknown): ToWebview | undefined {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const m = raw as Record<string, unknown>;
    switch (m.type) {
        case 'diagram':
            return typeof m.requestId === 'number' && typeof m.svg === 'string' && typeof m.kind === 'string' && KINDS.has(m.kind)
                && Array.isArray(m.kinds) && m.kinds.every(isKindChoice) && Array.isArray(m.elements) && m.elements.every(e => typeof e === 'string') && typeof m.element === 'string' && typeof m.title === 'string' && typeof m.errors === 'number'
                && (m.overview === undefined || isOverviewNote(m.overview)) && (m.highlight === undefined || typeof m.highlight === 'string')
                && (m.comparison === undefined || typeof m.comparison === 'string')
                ? m as unknown as ToWebview : undefined;
        case 'notice': return typeof m.requestId === 'number' && typeof m.message === 'string' ? { type: 'notice', requestId: m.requestId, message: m.message } : undefined;
        case 'highlight': return m.element === undefined || typeof m.element === 'string' ? { type: 'highlight', element: m.element as string | undefined } : undefined;
        case 'exported': return typeof m.message === 'string' ? { type: 'exported', message: m.message } : undefined;
        default: return undefined;
    }
}

function isOverviewNote(raw: unknown): raw is OverviewNote {
    if (typeof raw !== 'object' || raw === null) return false;
    const o = raw as Record<string, unknown>;
    return typeof o.fullKind === 'string' && KINDS.has(o.fullKind) && typeof o.elements === 'number' && typeof o.limit === 'number';
}

function isKindChoice(raw: unknown): raw is DiagramKindChoice {
    if (typeof raw !== 'object' || raw === null) return false;
    const k = raw as Record<string, unknown>;
    return typeof k.kind === 'string' && KINDS.has(k.kind) && typeof k.label === 'string' && typeof k.noun === 'string';
}
