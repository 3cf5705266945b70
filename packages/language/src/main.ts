import type { Cancellation } from 'langium';
import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SemanticModelRequest, type SemanticModelParams, type SemanticModelResult } from './lsp/requests.js';
import { answerSemanticModel } from './lsp/semantic-model-handler.js';
import { createSiKerjaServices } from './sikerja-module.js';

/** Start the SiKerja language server on the given (or the process's) streams. */
export function startSiKerjaServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, SiKerja } = createSiKerjaServices({ connection, ...NodeFileSystem });
    // Inlay hints (totals, penilai, team scope) read the whole pemda: an edit in one file can change
    // those of another, which the editor would not ask for again by itself.
    let refreshHints = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        refreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        if (refreshHints) connection.languages.inlayHint.refresh().catch(() => undefined);
    });
    connection.onRequest<SemanticModelResult, void>(SemanticModelRequest.method,
        (params: SemanticModelParams, token: Cancellation.CancellationToken) => answerSemanticModel(SiKerja, params, token));
    startLanguageServer(shared);
}
