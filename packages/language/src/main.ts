import type { Cancellation } from 'langium';
import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { CompareRequest, DiagramHighlightRequest, DiagramRequest, SemanticModelRequest, type DiagramRenderer, type SiKerjaRequest } from '@sikerja/model';
import type { Connection } from 'vscode-languageserver';
import { answerSemanticModel } from './lsp/semantic-model-handler.js';
import { answerDiagram, answerDiagramHighlight, DrawnViews } from './lsp/diagram-handler.js';
import { answerCompare } from './lsp/compare-handler.js';
import { OlderVersions } from './versions/older-versions.js';
import { createSiKerjaServices } from './sikerja-module.js';
import { SettledDiagnostics } from './lsp/settled-diagnostics.js';
import type { SiKerjaDocumentBuilder } from './workspace/document-builder.js';

export interface ServerOptions {
    /** Draws diagrams for `sikerja/diagram` (the diagram package in a worker); the language layer does not draw. */
    diagrams?: DiagramRenderer;
}

/** Start the SiKerja language server on the given (or the process's) streams. */
export function startSiKerjaServer(options: ServerOptions = {}): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, SiKerja } = createSiKerjaServices({ connection, ...NodeFileSystem });
    // Langium publishes each document's diagnostics as it is validated; while the analyst types they
    // pass through the settling publisher, which holds back findings of half-typed states.
    const builder = shared.workspace.DocumentBuilder as SiKerjaDocumentBuilder;
    const publishNow = connection.sendDiagnostics.bind(connection);
    const diagnostics = new SettledDiagnostics({ send: params => { void publishNow(params); }, idle: () => builder.whenIdle() });
    connection.sendDiagnostics = async params => diagnostics.publish(params);
    builder.onUpdate(() => diagnostics.edited());
    // Inlay hints (totals, penilai, team scope) read the whole pemda: an edit in one file can change
    // those of another, which the editor would not ask for again by itself.
    let refreshHints = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        refreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
        const settle = (params.initializationOptions as { diagnosticsSettleMs?: unknown } | undefined)?.diagnosticsSettleMs;
        if (typeof settle === 'number' && settle >= 0 && settle <= 5000) diagnostics.settleAfter(settle);
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        if (refreshHints) connection.languages.inlayHint.refresh().catch(() => undefined);
    });
    const views = new DrawnViews();
    const versions = new OlderVersions();
    answer(connection, SemanticModelRequest, (params, token) => answerSemanticModel(SiKerja, params, token));
    answer(connection, DiagramRequest, (params, token) => answerDiagram(SiKerja, options.diagrams, views, params, token, versions));
    answer(connection, CompareRequest, (params, token) => answerCompare(SiKerja, versions, params, token));
    answer(connection, DiagramHighlightRequest, (params, token) => answerDiagramHighlight(SiKerja, options.diagrams, views, params, token));
    startLanguageServer(shared);
}

/** A custom request of the protocol (@sikerja/model), answered with its declared types. */
function answer<P, R>(connection: Connection, request: SiKerjaRequest<P, R>, handler: (params: P, token: Cancellation.CancellationToken) => Promise<R>): void {
    connection.onRequest(request.method, (params: P, token: Cancellation.CancellationToken): Promise<unknown> => handler(params, token));
}
