import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SiKerjaGeneratedModule, SiKerjaGeneratedSharedModule } from './generated/module.js';
import { SiKerjaCodeActionProvider } from './lsp/code-actions.js';
import { SiKerjaDefinitionProvider } from './lsp/definition-provider.js';
import { SiKerjaHoverProvider } from './lsp/hover-provider.js';
import { SiKerjaRenameProvider } from './lsp/rename-provider.js';
import { SemanticModelService } from './model/semantic-model-service.js';
import { SiKerjaLexerErrorMessageProvider, SiKerjaParserErrorMessageProvider } from './parser/messages.js';
import { createSiKerjaParser } from './parser/parser.js';
import { SiKerjaNameProvider } from './references/name-provider.js';
import { SiKerjaTokenBuilder, SiKerjaValueConverter } from './parser/string-token.js';
import { SiKerjaLinker } from './references/linker.js';
import { SiKerjaScopeComputation } from './scoping/scope-computation.js';
import { SiKerjaScopeProvider } from './scoping/scope-provider.js';
import { registerValidationChecks } from './validation/index.js';
import { SiKerjaDocumentValidator } from './validation/document-validator.js';
import { ProfileRegistry } from './validation/profiles/registry.js';
import { RuleContextProvider } from './validation/rules/context.js';
import { SiKerjaDocumentBuilder } from './workspace/document-builder.js';
import { SiKerjaDocumentSymbolProvider, SiKerjaNodeKindProvider } from './lsp/outline.js';
import { SiKerjaInlayHintProvider } from './lsp/inlay-hints.js';
import { SiKerjaFormatter } from './lsp/formatter.js';
import { PemdaDocuments } from './workspace/pemda-documents.js';
import { ExportSignatures } from './workspace/export-signatures.js';
import { SiKerjaIndexManager } from './workspace/index-manager.js';
import { SiKerjaWorkspaceManager } from './workspace/workspace-manager.js';
import { SiKerjaDocumentFactory } from './workspace/document-factory.js';
import { LazyAstNodeDescriptionProvider } from './workspace/ast-descriptions.js';
import { SiKerjaReferenceDescriptionProvider } from './workspace/reference-descriptions.js';

/** Services SiKerja adds to Langium's. */
export type SiKerjaAddedServices = {
    workspace: {
        PemdaDocuments: PemdaDocuments;
        ExportSignatures: ExportSignatures;
    };
    model: {
        SemanticModel: SemanticModelService;
    };
    validation: {
        Profiles: ProfileRegistry;
        RuleContext: RuleContextProvider;
    };
};

export type SiKerjaServices = LangiumServices & SiKerjaAddedServices;

export const SiKerjaModule: Module<SiKerjaServices, PartialLangiumServices & SiKerjaAddedServices> = {
    workspace: {
        PemdaDocuments: services => new PemdaDocuments(services.shared),
        ExportSignatures: () => new ExportSignatures(),
        AstNodeDescriptionProvider: services => new LazyAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: services => new SiKerjaReferenceDescriptionProvider(services)
    },
    model: {
        SemanticModel: services => new SemanticModelService(services.shared, services.workspace.PemdaDocuments, services.workspace.ExportSignatures)
    },
    validation: {
        DocumentValidator: services => new SiKerjaDocumentValidator(services),
        Profiles: () => new ProfileRegistry(),
        RuleContext: services => new RuleContextProvider(services.model.SemanticModel, services.workspace.PemdaDocuments, services.validation.Profiles)
    },
    parser: {
        LangiumParser: services => createSiKerjaParser(services),
        ParserErrorMessageProvider: () => new SiKerjaParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SiKerjaLexerErrorMessageProvider(),
        TokenBuilder: () => new SiKerjaTokenBuilder(),
        ValueConverter: () => new SiKerjaValueConverter()
    },
    references: {
        ScopeComputation: services => new SiKerjaScopeComputation(services),
        ScopeProvider: services => new SiKerjaScopeProvider(services),
        Linker: services => new SiKerjaLinker(services),
        NameProvider: () => new SiKerjaNameProvider()
    },
    lsp: {
        RenameProvider: services => new SiKerjaRenameProvider(services),
        HoverProvider: services => new SiKerjaHoverProvider(services),
        DefinitionProvider: services => new SiKerjaDefinitionProvider(services),
        CodeActionProvider: services => new SiKerjaCodeActionProvider(services),
        DocumentSymbolProvider: services => new SiKerjaDocumentSymbolProvider(services),
        InlayHintProvider: services => new SiKerjaInlayHintProvider(services),
        Formatter: () => new SiKerjaFormatter()
    }
};

export const SiKerjaSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new SiKerjaDocumentBuilder(services),
        LangiumDocumentFactory: services => new SiKerjaDocumentFactory(services),
        WorkspaceManager: services => new SiKerjaWorkspaceManager(services),
        IndexManager: services => new SiKerjaIndexManager(services)
    },
    lsp: {
        NodeKindProvider: () => new SiKerjaNodeKindProvider()
    }
};

/**
 * The composition root: the shared services (workspace, documents) and the SiKerja language
 * services. The context gives the host's file system and, in a server, the LSP connection.
 */
export function createSiKerjaServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; SiKerja: SiKerjaServices } {
    const shared = inject(createDefaultSharedModule(context), SiKerjaGeneratedSharedModule, SiKerjaSharedModule);
    const SiKerja = inject(createDefaultModule({ shared }), SiKerjaGeneratedModule, SiKerjaModule);
    shared.ServiceRegistry.register(SiKerja);
    registerValidationChecks(SiKerja);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, SiKerja };
}
