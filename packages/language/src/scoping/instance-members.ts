import type { AstNodeDescription, AstNodeDescriptionProvider, LangiumDocuments } from 'langium';
import { AstUtils, URI } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, relativeName } from '../qualified-names.js';

/**
 * A scope entry for a position or unit that an organisation gets from its template:
 * `PuskesmasSungaiBetung.Dokter` names the template's `Dokter` as instantiated there.
 * The entry points at the template's node (the only AST node there is), and records the instance.
 */
export interface InstanceMemberDescription extends AstNodeDescription {
    readonly instanceId: string;
    readonly relativeName: string;
}

export function isInstanceMemberDescription(d: AstNodeDescription | undefined): d is InstanceMemberDescription {
    return d !== undefined && typeof (d as Partial<InstanceMemberDescription>).instanceId === 'string';
}

/** The instantiated members of every organisation `menurut <Templat>` in the given documents. */
export function collectInstanceMembers(
    uris: Iterable<string>, documents: LangiumDocuments, descriptions: AstNodeDescriptionProvider
): InstanceMemberDescription[] {
    const result: InstanceMemberDescription[] = [];
    for (const uri of uris) {
        const doc = documents.getDocument(URI.parse(uri));
        if (!doc) continue;
        const root = doc.parseResult.value as ast.Document;
        for (const org of root.elements) {
            if (!ast.isOrganisasi(org) || !org.name || org.template.length === 0) continue;
            const template = org.template[0].ref;
            if (!template) continue;
            const templateDoc = AstUtils.getDocument(template);
            for (const node of AstUtils.streamAllContents(template)) {
                if (!isNamedNode(node) || !node.name) continue;
                const rel = relativeName(node, template);
                const description = descriptions.createDescription(node, `${org.name}.${rel}`, templateDoc);
                result.push(Object.assign(description, { instanceId: org.name, relativeName: rel }));
            }
        }
    }
    return result;
}
