import type { PemdaModel, SourceRef } from './types.js';

/**
 * What the editor asks the language server to draw, and what it gets back. Plain types shared by
 * the server, the diagram renderer it is given, the VS Code extension and its preview webview.
 */
export const DIAGRAM_KINDS = ['struktur', 'peta-jabatan', 'tim', 'lintas-fungsi', 'sop', 'relasi', 'level'] as const;
export type DiagramKind = typeof DIAGRAM_KINDS[number];
export type DiagramTheme = 'formal' | 'warna';
export type LaneDirection = 'baris' | 'kolom';

/** What to draw and how: one shape for the editor's request, the server's renderer and the diagram package. */
export interface DrawRequest {
    kind: DiagramKind;
    /** Qualified name of a Perangkat Daerah (struktur, peta-jabatan), a team (tim) or a map (lintas-fungsi, e.g. `Proses.Peta`). */
    element: string;
    theme?: DiagramTheme;
    /** Peta lintas fungsi: lanes as rows (flow left to right, the default) or as columns (flow downwards). */
    lanes?: LaneDirection;
    /** The printable area of a page in points, for kinds laid out as pages (sop); F4 landscape by default. */
    page?: { width: number; height: number };
    /** Struktur: mark each leader's box with its pejabat level (1, 2, 3), as the annexes' figures name them. */
    pejabatLevel?: boolean;
    /**
     * A preview's bound: when the whole diagram would draw more elements than this, its overview is
     * drawn instead (and the drawing's `overview` says so). Absent: the whole diagram (exports, CLI).
     */
    previewLimit?: number;
}

/** `sikerja/diagram`: the element named, or the one under the cursor, drawn as `kind` (or its usual kind). */
export interface DiagramParams extends Partial<DrawRequest> {
    uri: string;
    /** Zero-based, as in LSP; used when `element` is absent. */
    position?: { line: number; character: number };
    /** The view asking (a preview panel): a newer request of the same view supersedes an older one. */
    view?: string;
    /**
     * The whole diagram however large (an export). Without it a diagram over `PREVIEW_LIMIT` drawn
     * elements is answered with its overview, which a preview can hold without stalling the editor.
     */
    full?: boolean;
}

/**
 * The most elements (boxes, table rows, symbols, arrows: `drawnElementCount` of the diagram package)
 * a preview draws in full. Measured (bench/README.md, 2026-12-03): a peta jabatan costs about 1 KB of
 * SVG and 12 DOM nodes per element, and Chromium takes 0.35 s to show 517 elements, 0.47 s for 717,
 * 1.2 s for 1,017 and 2.9 s for 3,017 (code-server about 3.5 times longer: 10.7 s for 3,000 jabatan).
 * The examples' largest diagram holds 101 elements and the synthetic kabupaten's largest 376; over
 * 600 (some 650 KB) the preview shows the overview, and the export still draws all.
 */
export const PREVIEW_LIMIT = 600;

/** Why an answer is an overview, not the diagram asked for. */
export interface OverviewNote {
    /** The kind the full diagram would be, and the elements it would draw. */
    fullKind: DiagramKind;
    elements: number;
    limit: number;
}

/** A drawn element: where it is in the SVG (points) and where it is declared. */
export interface DiagramElementBox {
    element: string;
    x: number;
    y: number;
    width: number;
    height: number;
    source?: SourceRef;
}

export type DiagramErrorCode = 'unknown-document' | 'no-element' | 'element-not-found' | 'layout-failed' | 'superseded' | 'unavailable';

/** A drawn diagram, as the diagram package makes it. */
export interface DrawnDiagram {
    kind: DiagramKind;
    element: string;
    title: string;
    svg: string;
    /** Size in points. */
    width: number;
    height: number;
    /** The smallest text drawn, in points: the PDF writer keeps it readable. */
    smallestText: number;
    /** For a paged kind (sop): one SVG per page, each the size of the page's printable area. */
    pages?: string[];
    /** Where each element is drawn, for click-to-source. */
    elements: Array<Omit<DiagramElementBox, 'source'>>;
    /** Present when this is the overview drawn in place of a diagram over the request's `previewLimit`. */
    overview?: OverviewNote;
}

export type DiagramFailure = { ok: false; error: { code: DiagramErrorCode; message: string } };

export type DiagramAnswer =
    | ({ ok: true } & Omit<DrawnDiagram, 'elements'> & {
        /** Each drawn element with its declaration. */
        elements: DiagramElementBox[];
        /** The kinds this element can also be drawn as, for the preview's picker. */
        kinds: DiagramKind[];
        /** Errors in the pemda's files: the picture shows what is sound, and says so. */
        errors: number;
    })
    | DiagramFailure;

/** What the server is given to draw with (the diagram package, in a worker): errors are values. */
export type DiagramRenderer = (view: string, pemda: PemdaModel, request: DrawRequest) => Promise<({ ok: true } & DrawnDiagram) | DiagramFailure>;
