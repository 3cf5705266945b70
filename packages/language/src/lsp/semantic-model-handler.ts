import type { Cancellation } from 'langium';
import { DocumentState, URI } from 'langium';
import { publishedModel } from '../model/published-model.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { documentElementAt } from './element-at.js';
import type { SemanticModelParams, SemanticModelResult } from '@sikerja/model';

/** Answers `sikerja/semanticModel` once the current edits are built. */
export async function answerSemanticModel(services: SiKerjaServices, params: SemanticModelParams, token: Cancellation.CancellationToken): Promise<SemanticModelResult> {
    await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
    const documents = services.shared.workspace.LangiumDocuments;
    if (params.uri === undefined) return { ok: true, model: publishedModel(services, documents.all.toArray()) };
    const document = documents.getDocument(URI.parse(params.uri));
    if (!document) {
        return { ok: false, error: { code: 'unknown-document', message: `Berkas ${params.uri} tidak ada di ruang kerja SiKerja.` } };
    }
    const pemdaDocuments = services.workspace.PemdaDocuments;
    const inPemda = [...pemdaDocuments.urisOf(pemdaDocuments.pemdaOf(document))].map(u => documents.getDocument(URI.parse(u))).filter(d => d !== undefined);
    const model = publishedModel(services, inPemda.length > 0 ? inPemda : [document]);
    const pemda = model.pemda.find(p => p.name === pemdaDocuments.pemdaOf(document));
    const elementAt = params.position && pemda ? documentElementAt(document, document.textDocument.offsetAt(params.position), pemda) : undefined;
    return elementAt === undefined ? { ok: true, model } : { ok: true, model, elementAt };
}
