import type { BuildOptions, LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState, isReference } from 'langium';
import { isInstanceMemberDescription } from '../scoping/instance-members.js';
import type { SiKerjaScopeProvider } from '../scoping/scope-provider.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { compareSignatures, documentSignature, EMPTY_SIGNATURE, type DocumentSignature, type SignatureChange } from './document-signature.js';

/**
 * An edit is built in two steps. First the changed documents, up to their diagnostics: that is
 * what the analyst waits for. Then everything the change reaches: the documents Langium relinks
 * (they reference a changed one) and, from what the changed documents now say, the documents of
 * the pemda that read them without a reference (see `DocumentSignature`): all of the pemda when
 * its regulation or a cross-file fact changed, the users and declarers of a top-level name that
 * appeared or went away. A kelas or a ketua typed in one file thus costs that file and its
 * referrers, never the whole kabupaten, and no diagnostic elsewhere is left stale.
 */
export class SiKerjaDocumentBuilder extends DefaultDocumentBuilder {
    private readonly signatures = new Map<string, DocumentSignature>();
    /** Documents changed since their signature was last compared (a cancelled build keeps them here). */
    private readonly unrecorded = new Set<string>();
    private pending: SignatureChange = emptyChange();
    private updating = false;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onUpdate((changed, deleted) => {
            for (const uri of changed) this.unrecorded.add(uri.toString());
            for (const uri of deleted) {
                const key = uri.toString();
                this.unrecorded.delete(key);
                compareSignatures(this.signatures.get(key) ?? EMPTY_SIGNATURE, EMPTY_SIGNATURE, this.pending);
                this.signatures.delete(key);
            }
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.updating = true;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.updating = false;
        }
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (!this.updating) {
            // A full build (the workspace on start): what it builds is the baseline, not a change.
            await super.buildDocuments(documents, options, cancelToken);
            for (const doc of documents) this.recordSignature(doc, false);
            return;
        }
        const first = documents.filter(d => this.unrecorded.has(d.uri.toString()));
        if (first.length > 0) await super.buildDocuments(first, options, cancelToken);
        for (const doc of first) this.recordSignature(doc, true);
        const inFirst = new Set(first);
        const rest = new Set(documents.filter(d => !inFirst.has(d)));
        for (const doc of this.reachedByChange(inFirst)) rest.add(doc);
        if (rest.size > 0) await super.buildDocuments(this.sortDocuments([...rest]), options, cancelToken);
    }

    /**
     * A reference to a template member through an instance (`PuskesmasX.Dokter`) resolves into the
     * template's document but also depends on the instance's, which Langium's index cannot see.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.shouldRelink(document, changedUris)
            || document.references.some(ref => isReference(ref) && isInstanceMemberDescription(ref.$nodeDescription) && changedUris.has(ref.$nodeDescription.instanceUri));
    }

    private recordSignature(doc: LangiumDocument, compare: boolean): void {
        const key = doc.uri.toString();
        if (doc.state < DocumentState.Linked) return;
        const after = documentSignature(this.sikerja.model.SemanticModel.fragment(doc));
        if (this.unrecorded.delete(key) && compare) compareSignatures(this.signatures.get(key) ?? EMPTY_SIGNATURE, after, this.pending);
        this.signatures.set(key, after);
    }

    /** The one language's services: pemda membership and the pemda-wide names live there. */
    private get sikerja(): SiKerjaServices {
        return this.serviceRegistry.all[0] as SiKerjaServices;
    }

    private exportedNames(pemda: string) {
        return (this.sikerja.references.ScopeProvider as SiKerjaScopeProvider).exportedNames(pemda);
    }

    /** Reset the documents the pending signature changes reach, beside those just built; returns them. */
    private reachedByChange(built: Set<LangiumDocument>): LangiumDocument[] {
        const change = this.pending;
        this.pending = emptyChange();
        // A duplicate's message points at the other declaration: when a file declaring a duplicated
        // name changes, the other declarers are told its new place.
        for (const doc of built) {
            const signature = this.signatures.get(doc.uri.toString());
            if (signature?.pemda === undefined) continue;
            let names = change.names.get(signature.pemda);
            for (const name of signature.names) {
                if (this.exportedNames(signature.pemda).get(name).length < 2) continue;
                if (!names) change.names.set(signature.pemda, names = new Set());
                names.add(name);
            }
        }
        if (change.pemdaChanged.length === 0 && change.names.size === 0 && change.factsChanged.size === 0) return [];
        const pemdaDocuments = this.sikerja.workspace.PemdaDocuments;
        const relink = new Set<LangiumDocument>();
        const revalidate = new Set<LangiumDocument>();
        const byUri = new Map(this.langiumDocuments.all.filter(d => !built.has(d)).map(d => [d.uri.toString(), d]));
        const inPemda = (pemda: string) => [...pemdaDocuments.urisOf(pemda)].map(u => byUri.get(u)).filter(d => d !== undefined);
        for (const pemda of change.pemdaChanged) for (const doc of inPemda(pemda)) relink.add(doc);
        for (const pemda of change.factsChanged) for (const doc of inPemda(pemda)) revalidate.add(doc);
        for (const [pemda, names] of change.names) {
            for (const doc of inPemda(pemda)) {
                if (doc.references.some(ref => names.has(headOf(ref.$refText)))) relink.add(doc);
            }
            const exported = this.exportedNames(pemda);
            for (const name of names) {
                for (const d of exported.get(name)) {
                    const doc = byUri.get(d.documentUri.toString());
                    if (doc) revalidate.add(doc);
                }
            }
        }
        for (const doc of relink) this.resetToState(doc, DocumentState.ComputedScopes);
        for (const doc of revalidate) if (!relink.has(doc)) this.resetToState(doc, DocumentState.IndexedReferences);
        return [...relink, ...revalidate];
    }
}

function headOf(refText: string): string {
    const dot = refText.indexOf('.');
    return dot < 0 ? refText : refText.slice(0, dot);
}

function emptyChange(): SignatureChange {
    return { pemdaChanged: [], names: new Map(), factsChanged: new Set() };
}
