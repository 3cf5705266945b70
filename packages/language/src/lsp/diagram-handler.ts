import { DocumentState, URI, type Cancellation } from 'langium';
import { PREVIEW_LIMIT, type DiagramAnswer, type DiagramParams, type DiagramRenderer, type PemdaModel, type SourceRef, type UnitNode } from '@sikerja/model';
import type { SiKerjaServices } from '../sikerja-module.js';
import { drawableAt, drawableByName } from './element-at.js';

/** Per built model: an edit builds a new PemdaModel, so the old map goes with it. */
const sourcesByModel = new WeakMap<PemdaModel, Map<string, SourceRef>>();

/** Every element of a pemda that a diagram can show, with where it is declared: click-to-source. */
export function sourcesOf(pemda: PemdaModel): Map<string, SourceRef> {
    const known = sourcesByModel.get(pemda);
    if (known) return known;
    const out = new Map<string, SourceRef>();
    sourcesByModel.set(pemda, out);
    const add = (id: string | undefined, source: SourceRef | undefined) => { if (id && source && !out.has(id)) out.set(id, source); };
    const unit = (u: UnitNode) => {
        add(u.id, u.source);
        if (u.leader) add(u.leader.id, u.leader.source);
        for (const p of u.positions) add(p.id, p.source);
        for (const g of u.groups) add(g.id, g.source);
        u.units.forEach(unit);
    };
    pemda.organisations.forEach(unit);
    for (const t of pemda.teams) add(t.id, t.source);
    for (const i of pemda.instansi) add(i.id, i.source);
    for (const m of pemda.relationMaps) add(m.id, m.source);
    for (const p of pemda.processes) {
        add(p.id, p.source);
        for (const m of p.maps) {
            add(m.id, m.source);
            for (const l of m.lanes) add(l.id, l.source);
            for (const n of m.nodes) add(n.id, n.source);
        }
    }
    return out;
}

/**
 * Answers `sikerja/diagram` once the current edits are built: the element named or under the
 * cursor, drawn by the renderer the server was started with (off its main thread), each drawn
 * element carrying its declaration. A model with errors is still drawn, and the answer says how
 * many errors its files have. Unless `full` is asked, a diagram over PREVIEW_LIMIT elements is
 * answered with its overview, and `overview` says so.
 */
export async function answerDiagram(services: SiKerjaServices, renderer: DiagramRenderer | undefined, params: DiagramParams, token: Cancellation.CancellationToken): Promise<DiagramAnswer> {
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
    const drawable = params.element !== undefined ? drawableByName(model, params.element)
        : drawableAt(document, document.textDocument.offsetAt(params.position ?? { line: 0, character: 0 }), model);
    if (!drawable) {
        const message = params.element !== undefined
            ? `\`${params.element}\` tidak dapat digambar: bukan perangkat daerah, tim kerja, peta lintas fungsi, proses yang dirinci, atau peta relasi.`
            : 'Letakkan kursor di dalam perangkat daerah, tim kerja, peta lintas fungsi, proses atau peta relasi untuk melihat diagramnya.';
        return { ok: false, error: { code: 'no-element', message } };
    }
    const kind = params.kind && drawable.kinds.includes(params.kind) ? params.kind : drawable.kinds[0];
    // A preview gets the overview of a diagram over the limit (the renderer counts it from the model,
    // in its worker); an export asks for `full` and gets the whole diagram whatever its size.
    const previewLimit = params.full ? undefined : PREVIEW_LIMIT;
    const drawn = await renderer(params.view ?? params.uri, model, { kind, element: drawable.element, theme: params.theme, lanes: params.lanes, page: params.page, pejabatLevel: params.pejabatLevel, previewLimit });
    if (!drawn.ok) return drawn;
    const sources = sourcesOf(model);
    const inPemda = [...pemdaDocuments.urisOf(pemdaName)].map(u => documents.getDocument(URI.parse(u))).filter(d => d !== undefined);
    const errors = inPemda.reduce((n, d) => n + (d.diagnostics ?? []).filter(x => x.severity === 1).length, 0);
    return {
        ...drawn, kinds: drawable.kinds, errors,
        elements: drawn.elements.map(e => ({ ...e, source: sources.get(e.element) }))
    };
}
