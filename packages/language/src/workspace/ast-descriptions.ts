import type { AstNode, AstNodeDescription, AstNodeLocator, LangiumDocument, NameProvider } from 'langium';
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider } from 'langium';
import type { LangiumCoreServices } from 'langium';

/**
 * Descriptions whose path and segments are computed only when asked for. A kabupaten has thousands
 * of positions, each described once per naming level; only the few that references point at ever
 * need their path.
 */
export class LazyAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    private readonly locator: AstNodeLocator;
    private readonly names: NameProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
        this.names = services.references.NameProvider;
    }

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        const resolvedName = name ?? this.names.getName(node);
        if (!resolvedName) throw new Error(`Node of type ${node.$type} has no name.`);
        const locator = this.locator;
        const names = this.names;
        let path: string | undefined;
        let nameSegment: AstNodeDescription['nameSegment'];
        let selectionSegment: AstNodeDescription['selectionSegment'];
        return {
            node,
            name: resolvedName,
            type: node.$type,
            documentUri: doc.uri,
            get path() { return path ??= locator.getAstNodePath(node); },
            get nameSegment() { return nameSegment ??= CstUtils.toDocumentSegment(names.getNameNode(node) ?? node.$cstNode); },
            get selectionSegment() { return selectionSegment ??= CstUtils.toDocumentSegment(node.$cstNode); }
        };
    }
}
