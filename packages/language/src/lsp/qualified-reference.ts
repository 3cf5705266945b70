import type { AstNode, CstNode, LangiumDocument, LangiumDocuments, LeafCstNode, Reference } from 'langium';
import { AstUtils, CstUtils, isReference, URI } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, isNamespace } from '../qualified-names.js';
import { isInstanceMemberDescription } from '../scoping/instance-members.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';

/**
 * The declarations a qualified reference passes through, one per written segment:
 * in `DPMPTSP.BidangPerizinan.AnalisKebijakan` the segments name the organisation, the bidang
 * and the jabatan. Through an instance (`PuskesmasX.Dokter`) the first segment is the instance.
 */
export function segmentTargets(ref: Reference, findInstance: (name: string) => ast.Organisasi | undefined): AstNode[] | undefined {
    const target = ref.ref;
    if (!target || !isNamedNode(target)) return undefined;
    const chain: AstNode[] = [target];
    for (let c = target.$container; c && !ast.isDocument(c); c = c.$container) {
        if (isNamespace(c)) chain.unshift(c);
    }
    const description = ref.$nodeDescription;
    if (isInstanceMemberDescription(description) && ast.isTemplat(chain[0])) {
        const instance = findInstance(description.instanceId);
        if (instance) chain[0] = instance;
    }
    const count = ref.$refText.split('.').length;
    return count <= chain.length ? chain.slice(chain.length - count) : undefined;
}

/** The ID tokens of a (possibly qualified) reference, in order. */
export function segmentNodes(refNode: CstNode | undefined): LeafCstNode[] {
    if (!refNode) return [];
    return CstUtils.flattenCst(refNode).filter(leaf => !leaf.hidden && leaf.text !== '.').toArray();
}

/**
 * The declaration the segment `leaf` of a written reference names: `Kesmas` in
 * `Dinkes.Kesmas.AdminkesMadya` names the bidang, not the jabatan the whole reference ends at.
 * Undefined when `leaf` is not part of a resolved reference.
 */
export function segmentDeclaration(leaf: CstNode, findInstance: (name: string) => ast.Organisasi | undefined): AstNode | undefined {
    // A qualified name is a datatype rule: its tokens belong to the node holding the reference.
    for (const { reference } of AstUtils.streamReferences(leaf.astNode)) {
        if (!isReference(reference) || !reference.$refNode || !CstUtils.isChildNode(leaf, reference.$refNode)) continue;
        const index = segmentNodes(reference.$refNode).findIndex(s => s.offset === leaf.offset);
        return index < 0 ? undefined : segmentTargets(reference, findInstance)?.[index];
    }
    return undefined;
}

/**
 * Finds a template's instance by name among the documents of `document`'s pemda. The documents
 * are gathered on the first call only: most references do not pass through an instance.
 */
export function instanceFinder(document: LangiumDocument, documents: LangiumDocuments, pemdaDocuments: PemdaDocuments): (name: string) => ast.Organisasi | undefined {
    let docs: LangiumDocument[] | undefined;
    return name => {
        docs ??= pemdaDocs(document, documents, pemdaDocuments);
        for (const doc of docs) {
            const found = (doc.parseResult.value as ast.Document).elements.find(e => ast.isOrganisasi(e) && e.name === name);
            if (found) return found as ast.Organisasi;
        }
        return undefined;
    };
}

/** The documents of `document`'s pemda (itself alone when it names none). */
export function pemdaDocs(document: LangiumDocument, documents: LangiumDocuments, pemdaDocuments: PemdaDocuments): LangiumDocument[] {
    const uris = pemdaDocuments.urisOf(pemdaDocuments.pemdaOf(document));
    if (uris.size === 0) return [document];
    return [...uris].map(u => documents.getDocument(URI.parse(u))).filter(d => d !== undefined);
}
