import type { LangiumDocument } from 'langium';
import type { DiagnosticCounts, SemanticModel } from '@sikerja/model';
import type { Diagnostic } from 'vscode-languageserver';
import type { SiKerjaServices } from '../sikerja-module.js';

const SEVERITY: Record<number, keyof DiagnosticCounts> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** `error`, `warning`, `info` or `hint`: how the CLI and the model name an LSP severity. */
export function severityName(d: Diagnostic): keyof DiagnosticCounts {
    return SEVERITY[d.severity ?? 1] ?? 'error';
}

/** The diagnostics of the given documents, counted per severity. */
export function countDiagnostics(documents: readonly LangiumDocument[]): DiagnosticCounts {
    const counts: DiagnosticCounts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const doc of documents) for (const d of doc.diagnostics ?? []) counts[severityName(d)]++;
    return counts;
}

/**
 * The semantic model as other systems read it (`sikerja model`, the `sikerja/semanticModel`
 * request): the pemda the given documents belong to, each with the profile its regulation selects,
 * and the diagnostics of those documents counted per severity.
 */
export function publishedModel(services: SiKerjaServices, documents: readonly LangiumDocument[]): SemanticModel {
    const model = services.model.SemanticModel.semanticModel();
    const pemdaDocuments = services.workspace.PemdaDocuments;
    const wanted = new Set(documents.map(d => pemdaDocuments.pemdaOf(d)));
    model.pemda = model.pemda.filter(p => wanted.has(p.name));
    const profiles = services.validation.Profiles;
    for (const p of model.pemda) {
        const profile = (p.regulation && profiles.forRegulation(p.regulation)) || profiles.default;
        p.profile = { id: profile.id, short: profile.short, title: profile.title, documents: profile.documents };
    }
    model.diagnostics = countDiagnostics(documents);
    return model;
}
