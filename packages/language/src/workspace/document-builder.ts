import type { BuildOptions, LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { Cancellation, DefaultDocumentBuilder, Deferred, DocumentState, URI, UriUtils } from 'langium';
import type { SiKerjaIndexManager } from './index-manager.js';
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
    /** Set while an edit's two steps run: a workspace-wide request must wait for both. */
    private stepping: Deferred | undefined;
    /** Waits woken when an update ends, whatever it built (see `awaitBuilderState`). */
    private readonly settled = new Set<() => void>();

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
            for (const wake of [...this.settled]) wake();
        }
    }

    /** Resolves once no update is running (at once when none is). */
    whenIdle(): Promise<void> {
        if (!this.updating) return Promise.resolve();
        return new Promise<void>(resolve => {
            const wake = () => {
                if (this.updating) return;
                this.settled.delete(wake);
                resolve();
            };
            this.settled.add(wake);
        });
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (!this.updating) {
            // A full build (the workspace on start): what it builds is the baseline, not a change.
            await super.buildDocuments(documents, options, cancelToken);
            for (const doc of documents) this.recordSignature(doc, false);
            return;
        }
        const stepping = this.stepping = new Deferred();
        try {
            await this.buildInSteps(documents, options, cancelToken);
        } finally {
            if (this.stepping === stepping) this.stepping = undefined;
            stepping.resolve();
        }
    }

    private async buildInSteps(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const first = documents.filter(d => this.unrecorded.has(d.uri.toString()));
        const inFirst = new Set(first);
        // The changed documents' references resolve into the others, which must have their scopes:
        // a file opened while the workspace loads (or after a cancelled build) finds them unparsed.
        const unscoped = documents.filter(d => !inFirst.has(d) && d.state < DocumentState.ComputedScopes);
        if (first.length > 0 && unscoped.length > 0) await this.computeScopes(unscoped, options, cancelToken);
        if (first.length > 0) await super.buildDocuments(first, options, cancelToken);
        for (const doc of first) this.recordSignature(doc, true);
        const rest = new Set(documents.filter(d => !inFirst.has(d)));
        for (const doc of this.reachedByChange(inFirst)) rest.add(doc);
        // An update with nothing to build (a watched file that is no model, an exported PNG) still runs
        // the phases: Langium set the builder back to Changed, and every request waiting for Validated
        // would otherwise wait for the next edit.
        if (rest.size > 0 || first.length === 0) await super.buildDocuments(this.sortDocuments([...rest]), options, cancelToken);
        // Documents of an interrupted workspace build get their baseline here, not on their first edit.
        for (const doc of rest) if (!this.signatures.has(doc.uri.toString())) this.recordSignature(doc, false);
    }

    /**
     * Langium resolves a workspace-wide wait (find references, rename) when a phase ends; the first
     * step ends its phases with only the edited files done, so such a wait lasts until both steps end.
     */
    protected override async awaitBuilderState(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        // A wait registered before the edit began is released by the first step's phase: check again then.
        for (;;) {
            const stepping = this.stepping;
            if (stepping) {
                await stepping.promise;
                continue;
            }
            await this.phaseOrSettled(state, cancelToken);
            if (!this.stepping && this.currentState >= state) return;
        }
    }

    /**
     * Langium wakes a wait when a build phase is announced, and announces none for an update that had
     * nothing to build (a watched file that is no model): a wait registered while such an update runs
     * would sleep until the next edit. The end of every update wakes it too; the caller checks again.
     */
    private phaseOrSettled(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        return new Promise<void>((resolve, reject) => {
            const wake = () => { this.settled.delete(wake); resolve(); };
            this.settled.add(wake);
            super.awaitBuilderState(state, cancelToken).then(wake, (e: unknown) => { this.settled.delete(wake); reject(e); });
        });
    }

    /**
     * A document left for the second step is below the state the first step reached; Langium would
     * refuse a request on it (hover, definition) as if it had been left out of the build. It waits.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        const stepping = this.stepping;
        const document = this.langiumDocuments.getDocument(uri);
        if (!stepping || !document || document.state >= state) return super.awaitDocumentState(state, uri, cancelToken);
        return new Promise<void>(resolve => {
            const listeners: Array<{ dispose(): void }> = [];
            const done = () => { for (const l of listeners) l.dispose(); resolve(); };
            listeners.push(this.onDocumentPhase(state, doc => { if (UriUtils.equals(doc.uri, uri)) done(); }));
            listeners.push(cancelToken.onCancellationRequested(done));
            void stepping.promise.then(done);
        }).then(() => this.awaitDocumentState(state, uri, cancelToken));
    }

    /** Langium's first three phases (parse, index, local scopes): what linking another document needs. */
    private async computeScopes(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        this.prepareBuild(documents, options);
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        await this.runCancelable(documents, DocumentState.IndexedContent, cancelToken, doc => this.indexManager.updateContent(doc, cancelToken));
        await this.runCancelable(documents, DocumentState.ComputedScopes, cancelToken, async doc => {
            const scopeComputation = this.serviceRegistry.getServices(doc.uri).references.ScopeComputation;
            doc.localSymbols = await scopeComputation.collectLocalSymbols(doc, cancelToken);
        });
    }

    /**
     * Which documents an edit relinks, answered from what each document's linking recorded (see
     * `SiKerjaIndexManager`), not by scanning every reference of the workspace per keystroke.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const index = this.indexManager as SiKerjaIndexManager;
        if (index.isAffected(document, changedUris)) return true;
        // An unresolved name may resolve now, but only to a name of its own pemda.
        return index.hasUnresolvedReferences(document) && this.inPemdaOf(document, changedUris);
    }

    private inPemdaOf(document: LangiumDocument, changedUris: Set<string>): boolean {
        const pemda = this.sikerja.workspace.PemdaDocuments.pemdaOf(document);
        if (pemda === undefined) return false;
        const signatures = this.sikerja.workspace.ExportSignatures;
        for (const uri of changedUris) {
            // The pemda a changed document belonged to before this edit; one never read may have been any pemda's.
            const changed = signatures.pemdaOf(uri);
            if (changed === undefined || changed === pemda) return true;
        }
        return false;
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
        if (change.pemdaChanged.length === 0 && change.names.size === 0 && change.factsChanged.size === 0 && change.pegawaiChanged.size === 0) return [];
        const pemdaDocuments = this.sikerja.workspace.PemdaDocuments;
        const relink = new Set<LangiumDocument>();
        const revalidate = new Set<LangiumDocument>();
        const byUri = new Map(this.langiumDocuments.all.filter(d => !built.has(d)).map(d => [d.uri.toString(), d]));
        const inPemda = (pemda: string) => [...pemdaDocuments.urisOf(pemda)].map(u => byUri.get(u)).filter(d => d !== undefined);
        for (const pemda of change.pemdaChanged) for (const doc of inPemda(pemda)) relink.add(doc);
        for (const pemda of change.factsChanged) for (const doc of inPemda(pemda)) revalidate.add(doc);
        for (const pemda of change.pegawaiChanged) {
            for (const doc of inPemda(pemda)) if (this.signatures.get(doc.uri.toString())?.pegawai) revalidate.add(doc);
        }
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
        // The first step read these documents' links, now stale, into the semantic model.
        this.sikerja.model.SemanticModel.relinking([...relink].map(d => d.uri.toString()));
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
    return { pemdaChanged: [], names: new Map(), factsChanged: new Set(), pegawaiChanged: new Set() };
}
