import { DocumentState, URI, type Cancellation, type LangiumDocument } from 'langium';
import { PREVIEW_LIMIT, type DiagramAnswer, type DiagramHighlightParams, type DiagramHighlightResult, type DiagramParams, type DiagramRenderer, type DrawnElement } from '@sikerja/model';
import type { SiKerjaServices } from '../sikerja-module.js';
import { drawableAt, drawnElementAt } from './element-at.js';
import { marksSince } from './compare-handler.js';
import type { OlderVersions } from '../versions/older-versions.js';

/**
 * What each view (a preview panel) was last given: the cursor's later moves are answered against
 * it. Only views that ask are remembered, one diagram each; a closed panel's entry stays until the
 * server ends, a few kilobytes.
 */
export class DrawnViews {
    private readonly drawn = new Map<string, { element: string; elements: readonly DrawnElement[] }>();
    /** The newest request of each view, numbered as it arrived. */
    private readonly arrived = new Map<string, number>();
    private nextTicket = 1;

    /** Numbers a request of `view` as it arrives; `overtaken` then says whether a later one came. */
    arrive(view: string): number {
        const ticket = this.nextTicket++;
        this.arrived.set(view, ticket);
        return ticket;
    }

    overtaken(view: string, ticket: number): boolean {
        return (this.arrived.get(view) ?? ticket) > ticket;
    }

    remember(view: string, element: string, elements: readonly DrawnElement[]): void {
        this.drawn.set(view, { element, elements });
    }

    of(view: string): { element: string; elements: readonly DrawnElement[] } | undefined {
        return this.drawn.get(view);
    }
}

/**
 * Answers `sikerja/diagram` once the current edits are built: the element named or under the
 * cursor, drawn by the renderer the server was started with (off its main thread), each drawn
 * element carrying its declaration, and the one the cursor is in named as `highlight`. A model with
 * errors is still drawn, and the answer says how many errors its files have. Unless `full` is asked,
 * a diagram over PREVIEW_LIMIT elements is answered with its overview, and `overview` says so.
 */
export async function answerDiagram(services: SiKerjaServices, renderer: DiagramRenderer | undefined, views: DrawnViews, params: DiagramParams, token: Cancellation.CancellationToken,
    versions?: OlderVersions): Promise<DiagramAnswer> {
    // A view's requests supersede each other in the order they were sent: one asked with marks waits
    // for the older version, and must not reach the layout after a later one and supersede it there.
    const view = params.view ?? params.uri;
    const ticket = views.arrive(view);
    await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
    if (!renderer) return { ok: false, error: { code: 'unavailable', message: 'Server ini dijalankan tanpa penggambar diagram.' } };
    const documents = services.shared.workspace.LangiumDocuments;
    const document = documents.getDocument(URI.parse(params.uri));
    if (!document) return { ok: false, error: { code: 'unknown-document', message: `Berkas ${params.uri} tidak ada di ruang kerja SiKerja.` } };
    const pemdaDocuments = services.workspace.PemdaDocuments;
    const pemdaName = pemdaDocuments.pemdaOf(document);
    const facts = services.model.SemanticModel.pemda(pemdaName);
    if (!facts) return { ok: false, error: { code: 'no-element', message: 'Berkas ini belum masuk pemda mana pun: tulis `pemda <Nama>` di baris pertama.' } };
    const model = facts.model;
    const drawable = params.element !== undefined ? renderer.drawable(model, params.element)
        : drawableAt(document, document.textDocument.offsetAt(params.position ?? { line: 0, character: 0 }), model, renderer.drawable);
    if (!drawable) {
        const message = params.element !== undefined
            ? `\`${params.element}\` tidak dapat digambar: bukan perangkat daerah, tim kerja, peta lintas fungsi, proses yang dirinci, atau peta relasi.`
            : 'Letakkan kursor di dalam perangkat daerah, tim kerja, peta lintas fungsi, proses atau peta relasi untuk melihat diagramnya.';
        return { ok: false, error: { code: 'no-element', message } };
    }
    const kind = params.kind && drawable.kinds.some(k => k.kind === params.kind) ? params.kind : drawable.kinds[0].kind;
    // A preview gets the overview of a diagram over the limit (the renderer counts it from the model,
    // in its worker); an export asks for `full` and gets the whole diagram whatever its size.
    const previewLimit = params.full ? undefined : PREVIEW_LIMIT;
    // Marked against an older version (git): the struktur and peta jabatan draw the marks; other kinds say where the changes are.
    let since: Awaited<ReturnType<typeof marksSince>> | undefined;
    if (params.sejak !== undefined && versions) {
        since = kind === 'struktur' || kind === 'peta-jabatan'
            ? await marksSince(services, versions, params.uri, params.sejak, drawable.element, token)
            : { comparison: { error: 'Tanda perubahan digambar pada struktur organisasi dan peta jabatan; daftar perubahannya ada di panel Perubahan SiKerja.' } };
    }
    if (views.overtaken(view, ticket)) return { ok: false, error: { code: 'superseded', message: 'Digantikan permintaan yang lebih baru.' } };
    const drawn = await renderer.draw(view, model, {
        kind, element: drawable.element, theme: params.theme, lanes: params.lanes, page: params.page, pejabatLevel: params.pejabatLevel, previewLimit,
        ...(since?.marks ? { changes: since.marks } : {})
    });
    if (!drawn.ok) return drawn;
    if (params.view !== undefined) views.remember(params.view, drawable.element, drawn.elements);
    const inPemda = [...pemdaDocuments.urisOf(pemdaName)].map(u => documents.getDocument(URI.parse(u))).filter(d => d !== undefined);
    const errors = inPemda.reduce((n, d) => n + (d.diagnostics ?? []).filter(x => x.severity === 1).length, 0);
    const highlight = params.position && drawnElementAt(document, document.textDocument.offsetAt(params.position), drawn.elements);
    return { ...drawn, kinds: drawable.kinds, errors, ...(highlight ? { highlight } : {}), ...(since ? { comparison: since.comparison } : {}) };
}

/** Answers `sikerja/diagramHighlight`: the element of the view's diagram the cursor is in, if any. */
export async function answerDiagramHighlight(services: SiKerjaServices, renderer: DiagramRenderer | undefined, views: DrawnViews, params: DiagramHighlightParams, token: Cancellation.CancellationToken): Promise<DiagramHighlightResult> {
    const uri = URI.parse(params.uri);
    const documents = services.shared.workspace.LangiumDocuments;
    const shown = views.of(params.view);
    if (!shown || !renderer || !documents.hasDocument(uri)) return { inDiagram: false };
    // The syntax tree of the current text is enough: no need to wait for linking or validation.
    await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Parsed, uri, token);
    const document: LangiumDocument | undefined = documents.getDocument(uri);
    if (!document) return { inDiagram: false };
    const offset = document.textDocument.offsetAt(params.position);
    const element = drawnElementAt(document, offset, shown.elements);
    // The model of the last build names what the cursor's declaration draws; a name typed since is
    // not in it yet, and the preview asks again after the edit anyway.
    const model = services.model.SemanticModel.pemda(services.workspace.PemdaDocuments.pemdaOf(document))?.model;
    const inDiagram = model !== undefined && drawableAt(document, offset, model, renderer.drawable)?.element === shown.element;
    return element ? { element, inDiagram } : { inDiagram };
}
