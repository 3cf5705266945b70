import type { DiagramMarks } from './diff/marks.js';
import type { DiffChangeKind, DiffElementKind } from './diff/types.js';
import type { PemdaModel, SemanticModel, SourceRef } from './types.js';

/**
 * The editor protocol: every custom request of the SiKerja language server, by method name with its
 * params and result, and what they carry. Plain types shared by the server, the diagram renderer it
 * is given, the VS Code extension, its preview webview, and scripts that drive the server.
 *
 * Requests are declared by method name with their types attached, not as vscode-jsonrpc
 * `RequestType` objects: the server and each client bring their own copy of vscode-jsonrpc, whose
 * objects do not match across copies.
 */
export interface SiKerjaRequest<P, R> {
    readonly method: string;
    /** Types only, never set: what `ParamsOf` and `ResultOf` read. */
    readonly types?: { params: P; result: R };
}
export type ParamsOf<Q> = Q extends SiKerjaRequest<infer P, unknown> ? P : never;
export type ResultOf<Q> = Q extends SiKerjaRequest<unknown, infer R> ? R : never;

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
    /**
     * The printable area of a page in points. A SOP AP is laid out to it (F4 landscape by default); a
     * struktur or peta jabatan too large for it at `PRINT_MIN_TEXT` is also drawn page by page.
     */
    page?: {
        width: number;
        height: number;
        /** No orientation was asked: a struktur or peta jabatan may turn the page if that needs fewer pages. */
        turnable?: boolean;
        /**
         * The printable area of the page turned, where it is not this one's sides swapped: the page
         * number's line takes height either way round.
         */
        turned?: { width: number; height: number };
        /**
         * The height of the page number's line at the foot of each page of a drawing that runs to
         * several pages; a drawing on one page has that room for itself.
         */
        pageNumber?: number;
        /** The larger paper's printable area (A3), for a drawing the page cannot hold at print size even split. */
        larger?: { width: number; height: number; turned?: { width: number; height: number } };
        /**
         * Room (points on paper) the last page of a paged struktur, peta jabatan or SOP AP leaves under
         * its drawing for what follows it: the lampiran's signature block, which must not stand alone.
         */
        lastRoom?: number;
    };
    /** Struktur: mark each leader's box with its pejabat level (1, 2, 3), as the annexes' figures name them. */
    pejabatLevel?: boolean;
    /**
     * A preview's bound: when the whole diagram would draw more elements than this, its overview is
     * drawn instead (and the drawing's `overview` says so). Absent: the whole diagram (exports, CLI).
     */
    previewLimit?: number;
    /**
     * Struktur and peta jabatan: the changes since an older version (`diagramMarks` of a model diff),
     * marked on the boxes and rows they concern (`sikerja export --sejak`). Absent: an unmarked drawing.
     */
    changes?: DiagramMarks;
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
    /**
     * A struktur or peta jabatan marked with what changed since this git revision (`HEAD`: the last
     * commit), as `sikerja export --sejak` marks it; the answer's `comparison` says against what.
     */
    sejak?: string;
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

/** No text is printed smaller than this (points on paper): a drawing that would need it goes over pages. */
export const PRINT_MIN_TEXT = 8;

/** Why an answer is an overview, not the diagram asked for. */
export interface OverviewNote {
    /** The kind the full diagram would be, and the elements it would draw. */
    fullKind: DiagramKind;
    elements: number;
    limit: number;
}

/**
 * An element a diagram draws (its boxes carry `data-element` with the same id) and where it is
 * declared: the model's own node, carried through the layout, so a click leads to its source.
 */
export interface DrawnElement {
    element: string;
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
    /**
     * The drawing page by page, when the request gave a page: a SOP's pages are the printable area's
     * size; another kind's fit it with no text under `PRINT_MIN_TEXT`.
     */
    pages?: string[];
    /** Each element drawn, once, with its declaration. */
    elements: DrawnElement[];
    /** Present when this is the overview drawn in place of a diagram over the request's `previewLimit`. */
    overview?: OverviewNote;
}

export type DiagramFailure = { ok: false; error: { code: DiagramErrorCode; message: string } };

export type DiagramAnswer =
    | ({ ok: true } & DrawnDiagram & {
        /** The drawn element whose declaration holds the request's `position`, innermost first. */
        highlight?: string;
        /** The kinds this element can also be drawn as, for the preview's picker. */
        kinds: DiagramKindChoice[];
        /** Errors in the pemda's files: the picture shows what is sound, and says so. */
        errors: number;
        /** With `sejak`: the version the marks are against and how many changes of this drawing's Perangkat Daerah, or why there are none. */
        comparison?: DiagramComparison;
    })
    | DiagramFailure;

/** A kind an element can be drawn as, named as the preview's picker and its sentences show it. */
export interface DiagramKindChoice {
    kind: DiagramKind;
    label: string;
    noun: string;
}

/** What can be drawn for a name: the element drawn, and its kinds, the usual one first. */
export interface DrawableElement {
    element: string;
    kinds: DiagramKindChoice[];
}

/**
 * What the server is given to draw with: the diagram package's kind registry and its renderer (in a
 * worker). The language layer neither draws nor knows the kinds of diagram; errors are values.
 */
export interface DiagramRenderer {
    drawable(pemda: PemdaModel, name: string): DrawableElement | undefined;
    draw(view: string, pemda: PemdaModel, request: DrawRequest): Promise<({ ok: true } & DrawnDiagram) | DiagramFailure>;
}

/** Which model: the pemda of one document, or every pemda in the workspace when `uri` is absent. */
export interface SemanticModelParams {
    uri?: string;
    /** With `uri`: also name the team, assignment or Perangkat Daerah the cursor is in (`elementAt`). */
    position?: { line: number; character: number };
}

export type SemanticModelError = { code: 'unknown-document'; message: string };

/** Errors are values: a client (the preview, a script) always gets an answer it can show. */
export type SemanticModelResult = { ok: true; model: SemanticModel; elementAt?: string } | { ok: false; error: SemanticModelError };

/** Which drawn element the cursor is in, for a view that has drawn a diagram (`DiagramParams.view`). */
export interface DiagramHighlightParams {
    view: string;
    uri: string;
    position: { line: number; character: number };
}

export interface DiagramHighlightResult {
    /** The element of the view's last diagram whose declaration holds the position; absent when it is in none. */
    element?: string;
    /** The position is still in what the view's diagram was drawn for: a preview need not ask for another. */
    inDiagram: boolean;
}

/**
 * The semantic model the server has built, after the workspace's current edits: the same JSON as
 * `sikerja model` (schema `packages/model/schema/sikerja-model.schema.json`).
 */
export const SemanticModelRequest: SiKerjaRequest<SemanticModelParams, SemanticModelResult> = { method: 'sikerja/semanticModel' };

/** The diagram of the element named or under the cursor. */
export const DiagramRequest: SiKerjaRequest<DiagramParams, DiagramAnswer> = { method: 'sikerja/diagram' };

/** The cursor moved: which box of the view's diagram to highlight, answered from the document's syntax tree. */
export const DiagramHighlightRequest: SiKerjaRequest<DiagramHighlightParams, DiagramHighlightResult> = { method: 'sikerja/diagramHighlight' };

/** What a marked drawing was compared with: the version and the changes it marks, or why it could not be. */
export type DiagramComparison = { sejak: string; changes: number } | { error: string };

/** `sikerja/compare`: what changed in the pemda of `uri` since an older version of its files in git. */
export interface CompareParams {
    uri: string;
    /** A git revision (a commit, a tag, `HEAD~2`); absent: `HEAD`, the last commit. */
    sejak?: string;
}

/** One change, as the editor lists it: in words, under its Perangkat Daerah, leading to its declaration. */
export interface ComparedChange {
    element: string;
    kind: DiffElementKind;
    change: DiffChangeKind;
    /** The Perangkat Daerah it is listed under (its title), or "Di luar perangkat daerah". */
    group: string;
    /** "Diubah: Nutrisionis Ahli Muda". */
    label: string;
    /** The keterangan of the matriks perubahan: what changed, from where, to where. */
    detail: string;
    /** Its declaration in the current text; for a removed element, the unit it was in when that is still there. */
    source?: SourceRef;
}

export type CompareErrorCode = 'unknown-document' | 'no-pemda' | 'no-version';

export type CompareResult =
    | { ok: true; /** The older version as named to the analyst: "HEAD (1a2b3c4)". */ sejak: string; changes: ComparedChange[]; /** Elements left out because a side could not be read soundly. */ skipped: number }
    | { ok: false; error: { code: CompareErrorCode; message: string } };

/** What changed since an older version, for the editor's list of changes. */
export const CompareRequest: SiKerjaRequest<CompareParams, CompareResult> = { method: 'sikerja/compare' };
