import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { Cancellation, DefaultIndexManager, isReference } from 'langium';
import { isInstanceMemberDescription } from '../scoping/instance-members.js';

/**
 * Langium decides which documents an edit reaches by scanning every reference of every document
 * in the workspace, on every keystroke. Here each document's linking records, once, the documents
 * its references resolve into (the template instance's too, for `PuskesmasX.Dokter`) and whether
 * some reference did not resolve, so that the question costs a lookup per document: a keystroke
 * no longer pays for the other kabupaten in the workspace.
 */
export class SiKerjaIndexManager extends DefaultIndexManager {
    /** Document uri -> the other documents its references resolve into. */
    private readonly dependencies = new Map<string, Set<string>>();
    /** Documents with a reference that did not resolve when they were last linked. */
    private readonly unresolved = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const own = document.uri.toString();
        const into = new Set<string>();
        let unresolved = false;
        for (const reference of document.references) {
            if (!isReference(reference)) continue;
            if (reference.error) {
                unresolved = true;
                continue;
            }
            const target = reference.$nodeDescription;
            if (!target) continue;
            const uri = target.documentUri.toString();
            if (uri !== own) into.add(uri);
            if (isInstanceMemberDescription(target) && target.instanceUri !== own) into.add(target.instanceUri);
        }
        this.dependencies.set(own, into);
        if (unresolved) this.unresolved.add(own); else this.unresolved.delete(own);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.dependencies.delete(uri.toString());
        this.unresolved.delete(uri.toString());
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const into = this.dependencies.get(document.uri.toString());
        if (!into || into.size === 0) return false;
        for (const uri of changedUris) if (into.has(uri)) return true;
        return false;
    }

    /** Whether the document had an unresolved reference when it was last linked. */
    hasUnresolvedReferences(document: LangiumDocument): boolean {
        return this.unresolved.has(document.uri.toString());
    }
}
