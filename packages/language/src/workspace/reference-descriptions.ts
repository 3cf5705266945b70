import type { AstNode, AstNodeLocator, LangiumCoreServices, LangiumDocument, ReferenceDescription } from 'langium';
import { CstUtils, DefaultReferenceDescriptionProvider, isReference, UriUtils } from 'langium';

/**
 * The reference index of a document, from the references its linking produced rather than from a
 * walk over every AST node, with paths and segments computed only when find-references asks.
 * Team and process files hold thousands of nodes and are relinked whenever an organisation changes.
 */
export class SiKerjaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    override async createDescriptions(document: LangiumDocument): Promise<ReferenceDescription[]> {
        const out: ReferenceDescription[] = [];
        const locator = this.locator;
        for (const reference of document.references) {
            if (!isReference(reference) || reference.error || !reference.$refNode) continue;
            const target = reference.$nodeDescription;
            if (!target) continue;
            const container = (reference as unknown as { node: AstNode }).node;
            const refNode = reference.$refNode;
            let sourcePath: string | undefined;
            let segment: ReferenceDescription['segment'] | undefined;
            out.push({
                sourceUri: document.uri,
                get sourcePath() { return sourcePath ??= locator.getAstNodePath(container); },
                targetUri: target.documentUri,
                get targetPath() { return target.path; },
                get segment() { return segment ??= CstUtils.toDocumentSegment(refNode); },
                local: UriUtils.equals(target.documentUri, document.uri)
            });
        }
        return out;
    }
}
