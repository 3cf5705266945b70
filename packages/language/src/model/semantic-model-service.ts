import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { AstUtils, DocumentState, isReference, URI, WorkspaceCache, type AstNode } from 'langium';
import { isNamedNode, qualifiedName } from '../qualified-names.js';
import { isInstanceMemberDescription } from '../scoping/instance-members.js';
import type { ModelFragment, PemdaModel, SemanticModel } from '@sikerja/model';
import { buildPemda, MODEL_SCHEMA_VERSION, type PemdaIndex } from '@sikerja/model';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import type { ExportSignatures } from '../workspace/export-signatures.js';
import { buildFragment } from './fragment-builder.js';

/**
 * What a fragment read from another document: that document's names at a version, and the names
 * (`Type:Qualified.Name`) its references resolved to there. Another version still serves when it
 * keeps those names in the same pemda; `exact` dependencies (an instance whose template supplies
 * the member) need the very version.
 */
interface NameDependency { version: number; pemda: string | undefined; names: Set<string>; exact: boolean }
type NameDependencies = Map<string, NameDependency>;
/** A fragment with an unresolved reference depends on every document's names (the generation). */
const ANY_DOCUMENT = '*';

export interface PemdaFacts {
    model: PemdaModel;
    index: PemdaIndex;
}

/**
 * The one semantic model of the workspace. Each document's fragment is kept while its parse and the
 * names it references stay; a pemda's merged model is built once per workspace change and shared by
 * every rule.
 */
export class SemanticModelService {
    /** Per document: the fragment, the parse it came from, and the names it read from other documents. */
    private readonly fragments = new Map<string, { root: AstNode; names: NameDependencies; fragment: ModelFragment }>();
    /** Per document: the fragment last handed out, cached or not (see `fragment`). */
    private readonly lastHandedOut = new Map<string, ModelFragment>();
    private readonly pemdaFacts: WorkspaceCache<string, PemdaFacts | undefined>;
    private readonly documents;

    constructor(shared: LangiumSharedCoreServices, private readonly pemdaDocuments: PemdaDocuments, private readonly signatures: ExportSignatures) {
        this.documents = shared.workspace.LangiumDocuments;
        this.pemdaFacts = new WorkspaceCache(shared);
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.fragments.delete(uri.toString());
            for (const uri of deleted) this.lastHandedOut.delete(uri.toString());
            for (const uri of deleted) signatures.forget(uri.toString());
        });
    }

    /**
     * A fragment holds ids (qualified names), not AST nodes: it depends on its own parse and on the
     * names of what its references point at. It stays valid while its document keeps its parse and
     * the documents it references keep the names it found there: a team file whose positions only
     * changed their kelas yields the same fragment, and a name typed in one Perangkat Daerah rebuilds
     * the fragments that referenced the old name, not every fragment that reads the Perangkat Daerah.
     */
    fragment(document: LangiumDocument): ModelFragment {
        const key = document.uri.toString();
        const root = document.parseResult.value;
        const cached = this.fragments.get(key);
        if (cached && cached.root === root && this.stillNamed(cached.names)) return this.handOut(key, cached.fragment);
        const fragment = buildFragment(document);
        // An unlinked document's fragment is not kept; neither is the older one, which a later call
        // could find valid again (a name gone and typed back) though its nodes now map to this one.
        if (document.state >= DocumentState.Linked) this.fragments.set(key, { root, names: this.namesReadBy(document), fragment });
        else this.fragments.delete(key);
        return this.handOut(key, fragment);
    }

    /**
     * Rules ask which model object a node was built into (`pegawaiBuiltFrom`) and look for that very
     * object in the pemda's lookups. A fragment built anew (the document's links went stale, or it was
     * read before its links were resolved) replaces those objects: every pemda model merged from the
     * older fragment is dropped, or a pegawai would be a stranger to itself (its own NIP reported as
     * another's, its post held twice) until the next edit.
     */
    private handOut(key: string, fragment: ModelFragment): ModelFragment {
        const previous = this.lastHandedOut.get(key);
        if (previous === fragment) return fragment;
        this.lastHandedOut.set(key, fragment);
        if (previous !== undefined) this.pemdaFacts.clear();
        return fragment;
    }

    /**
     * Documents whose links turned out stale after they were read (an edit's second step relinks
     * them): their fragments, and every pemda model merged from them, are rebuilt on next use.
     */
    relinking(uris: Iterable<string>): void {
        let any = false;
        for (const uri of uris) any = this.fragments.delete(uri) || any;
        if (any) this.pemdaFacts.clear();
    }

    /** The documents a linked document's references resolve into, and the names it found there. */
    private namesReadBy(document: LangiumDocument): NameDependencies {
        const dependencies: NameDependencies = new Map();
        const own = document.uri.toString();
        const depend = (uri: string, target: AstNode | undefined, exact: boolean) => {
            if (uri === own) return;
            let dependency = dependencies.get(uri);
            if (!dependency) {
                dependencies.set(uri, dependency = { version: this.signatures.versionOf(uri), pemda: this.signatures.pemdaOf(uri), names: new Set(), exact });
            }
            if (exact) dependency.exact = true;
            // Many references name the same target (a PD's head, a unit): each name is checked once.
            if (target && isNamedNode(target)) dependency.names.add(`${target.$type}:${qualifiedName(target)}`);
        };
        for (const ref of document.references) {
            if (!isReference(ref)) continue;
            const target = ref.$nodeDescription;
            if (!target || ref.error) {
                // An unresolved name may resolve once any document declares it.
                dependencies.set(ANY_DOCUMENT, { version: this.signatures.generation, pemda: undefined, names: new Set(), exact: true });
                continue;
            }
            depend(target.documentUri.toString(), ref.ref, false);
            if (isInstanceMemberDescription(target)) depend(target.instanceUri, undefined, true);
        }
        return dependencies;
    }

    private stillNamed(dependencies: NameDependencies): boolean {
        for (const [uri, d] of dependencies) {
            if (uri === ANY_DOCUMENT) {
                if (this.signatures.generation !== d.version) return false;
                continue;
            }
            if (this.signatures.versionOf(uri) === d.version) continue;
            if (d.exact || !this.signatures.stillDeclares(uri, d.pemda, d.names)) return false;
        }
        return true;
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
