import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { AstUtils, DocumentState, URI, WorkspaceCache, type AstNode } from 'langium';
import type { ModelFragment, PemdaModel, SemanticModel } from '@sikerja/model';
import { buildPemda, MODEL_SCHEMA_VERSION, type PemdaIndex } from '@sikerja/model';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import type { ExportSignatures } from '../workspace/export-signatures.js';
import { buildFragment } from './fragment-builder.js';

export interface PemdaFacts {
    model: PemdaModel;
    index: PemdaIndex;
}

/**
 * The one semantic model of the workspace. Each document's fragment is built once per linking of
 * that document; a pemda's merged model is built once per workspace change and shared by every rule.
 */
export class SemanticModelService {
    /** Per document: the fragment, the parse it came from, and the export generation it saw. */
    private readonly fragments = new Map<string, { root: AstNode; generation: number; fragment: ModelFragment }>();
    private readonly pemdaFacts: WorkspaceCache<string, PemdaFacts | undefined>;
    private readonly documents;

    constructor(shared: LangiumSharedCoreServices, private readonly pemdaDocuments: PemdaDocuments, private readonly signatures: ExportSignatures) {
        this.documents = shared.workspace.LangiumDocuments;
        this.pemdaFacts = new WorkspaceCache(shared);
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.fragments.delete(uri.toString());
            for (const uri of deleted) signatures.forget(uri.toString());
        });
    }

    /**
     * A fragment holds ids (qualified names), not AST nodes. It stays valid while its document keeps
     * its parse and no document changed what it exports: a relinked team file whose positions only
     * changed their kelas yields the same fragment, so it is not rebuilt on that keystroke.
     */
    fragment(document: LangiumDocument): ModelFragment {
        const key = document.uri.toString();
        const root = document.parseResult.value;
        const generation = this.signatures.generation;
        const cached = this.fragments.get(key);
        if (cached && cached.root === root && cached.generation === generation) return cached.fragment;
        const fragment = buildFragment(document);
        if (document.state >= DocumentState.Linked) this.fragments.set(key, { root, generation, fragment });
        return fragment;
    }

    /** The merged model and its lookups for one pemda, or undefined when no document names it. */
    pemda(name: string | undefined): PemdaFacts | undefined {
        if (name === undefined) return undefined;
        return this.pemdaFacts.get(name, () => {
            const uris = this.pemdaDocuments.urisOf(name);
            if (uris.size === 0) return undefined;
            const fragments = [...uris].map(u => this.documents.getDocument(URI.parse(u))).filter(d => d !== undefined).map(d => this.fragment(d));
            return buildPemda(name, fragments);
        });
    }

    /** Facts for the pemda of the document containing `node`. */
    factsFor(node: AstNode): PemdaFacts | undefined {
        return this.pemda(this.pemdaDocuments.pemdaOf(AstUtils.getDocument(node)));
    }

    /** The whole workspace, every pemda in it: the same per-pemda models the rules read. */
    semanticModel(): SemanticModel {
        const pemda = this.pemdaDocuments.allPemda().map(name => this.pemda(name)?.model).filter(m => m !== undefined);
        return { schemaVersion: MODEL_SCHEMA_VERSION, pemda };
    }
}
