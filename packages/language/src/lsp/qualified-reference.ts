import type { AstNode, CstNode, LeafCstNode, Reference } from 'langium';
import { CstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, isNamespace } from '../qualified-names.js';
import { isInstanceMemberDescription } from '../scoping/instance-members.js';

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
