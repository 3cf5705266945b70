import type { PemdaModel, SourceRef } from './types.js';

/**
 * What the editor asks the language server to draw, and what it gets back. Plain types shared by
 * the server, the diagram renderer it is given, the VS Code extension and its preview webview.
 */
export const DIAGRAM_KINDS = ['struktur', 'peta-jabatan', 'tim', 'lintas-fungsi', 'sop', 'relasi', 'level'] as const;
export type DiagramKind = typeof DIAGRAM_KINDS[number];
export type DiagramTheme = 'formal' | 'warna';
export type LaneDirection = 'baris' | 'kolom';

/** `sikerja/diagram`: the element named, or the one under the cursor, drawn as `kind` (or its usual kind). */
export interface DiagramParams {
    uri: string;
    /** Zero-based, as in LSP; used when `element` is absent. */
    position?: { line: number; character: number };
    element?: string;
    kind?: DiagramKind;
    theme?: DiagramTheme;
    lanes?: LaneDirection;
    /** Printable page area in points, for paged kinds (sop). */
    page?: { width: number; height: number };
    /** Struktur: pejabat level marks on the leaders' boxes. */
    pejabatLevel?: boolean;
    /** The view asking (a preview panel): a newer request of the same view supersedes an older one. */
    view?: string;
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

export type DiagramAnswer =
    | {
        ok: true;
        kind: DiagramKind;
        element: string;
        title: string;
        svg: string;
        width: number;
        height: number;
        /** The smallest text in points (the PDF writer keeps it readable), and for a paged kind its pages. */
        smallestText: number;
        pages?: string[];
        elements: DiagramElementBox[];
        /** The kinds this element can also be drawn as, for the preview's picker. */
        kinds: DiagramKind[];
        /** Errors in the pemda's files: the picture shows what is sound, and says so. */
        errors: number;
    }
    | { ok: false; error: { code: DiagramErrorCode; message: string } };

/** What the server is given to draw with (the diagram package, in a worker): errors are values. */
export type DiagramRenderer = (view: string, pemda: PemdaModel, request: { kind: DiagramKind; element: string; theme?: DiagramTheme; lanes?: LaneDirection; page?: { width: number; height: number }; pejabatLevel?: boolean }) =>
    Promise<
        | { ok: true; kind: DiagramKind; element: string; title: string; svg: string; width: number; height: number; smallestText: number; pages?: string[]; elements: Omit<DiagramElementBox, 'source'>[] }
        | { ok: false; error: { code: DiagramErrorCode; message: string } }
    >;
