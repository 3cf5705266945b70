import { DefaultNameProvider, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The name's CST node, found by stopping at the first `name=` assignment. Langium's default collects
 * every assignment of the node first; the outline, the index and each `name` finding ask this of
 * every element, and a pasted block of 10,000 jabatan lines made that a tenth of a second per request.
 */
export class SiKerjaNameProvider extends DefaultNameProvider {
    override getNameNode(node: AstNode): CstNode | undefined {
        return firstNameNode(node.$cstNode, node);
    }
}

function firstNameNode(cst: CstNode | undefined, owner: AstNode): CstNode | undefined {
    if (!isCompositeCstNode(cst) || cst.astNode !== owner) return undefined;
    for (const child of cst.content) {
        if (assignedFeature(child.grammarSource) === 'name') return child;
        const inner = firstNameNode(child, owner);
        if (inner) return inner;
    }
    return undefined;
}

/** The feature a CST node is assigned to: its grammar element sits directly in the assignment, or in an alternative inside it. */
function assignedFeature(source: AstNode | undefined): string | undefined {
    for (let element = source; element; element = element.$container) {
        if (GrammarAST.isAssignment(element)) return element.feature;
        if (GrammarAST.isParserRule(element)) return undefined;
    }
    return undefined;
}
