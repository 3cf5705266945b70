import type { DiagramKind, DrawnDiagram, DrawRequest, PemdaModel } from '@sikerja/model';
import type { Scene } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';

/** A laid-out scene and the title the editor shows for it. */
export interface TitledScene {
    scene: Scene;
    title: string;
    /** The drawing over pages by its content, when the request's page cannot hold it at print size. */
    pages?: Scene[];
}

/**
 * One kind of diagram: what it is called, what it draws, and how. One file per kind, one line in
 * `registry.ts`; the CLI's `--kind`, the language server (through its renderer), the preview's
 * picker and the export all read the registry.
 */
export interface DiagramKindEntry {
    readonly kind: DiagramKind;
    /** As a heading: the preview's kind picker, the diagram's title, the export's page header. */
    readonly label: string;
    /** In a sentence ("ikhtisar peta jabatan lengkap memuat …"). */
    readonly noun: string;
    /** What it is drawn for, in a sentence ("`X` bukan perangkat daerah …"). */
    readonly drawnFor: string;
    /** The element this kind draws for a name the editor gives (a unit kerja gives its Perangkat Daerah), if any. */
    resolve(pemda: PemdaModel, name: string): string | undefined;
    /** The elements of a pemda this kind draws, in source order. */
    elements(pemda: PemdaModel): Array<{ element: string; title: string }>;
    /**
     * How many elements (boxes, table rows, symbols, arrows) the whole diagram would draw, from the
     * model before any layout: what decides whether a preview can hold it. 0 when it draws nothing.
     */
    count(pemda: PemdaModel, element: string): number;
    /** The whole diagram: a scene to be written as SVG, or (a paged kind) the drawing itself. Undefined: not one this kind draws. */
    draw(pemda: PemdaModel, request: DrawRequest, metrics: FontMetrics): Promise<TitledScene | { drawn: DrawnDiagram } | undefined>;
    /** What a preview shows in place of a diagram too large for it. */
    overview(pemda: PemdaModel, element: string, metrics: FontMetrics): Promise<TitledScene | undefined>;
}
