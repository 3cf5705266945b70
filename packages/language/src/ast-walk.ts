import type { AstNode, MaybePromise } from 'langium';
import { Cancellation, interruptAndCheck, isAstNode } from 'langium';

/**
 * The nodes contained directly in `node`, in property order (the order of Langium's `streamContents`),
 * appended to `into`. Written as a plain loop because the stream's iterator objects and closures were
 * a tenth of the work on a pasted block of 10,000 lines, walked by linking, validation and the outline.
 */
export function appendChildNodes(node: AstNode, into: AstNode[]): AstNode[] {
    const record = node as unknown as Record<string, unknown>;
    for (const key in record) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) into.push(item);
        } else if (isAstNode(value)) {
            into.push(value);
        }
    }
    return into;
}

/**
 * Visit every node of a document in pre-order (the order of Langium's `streamAst`), yielding to the
 * event loop (where a newer edit can cancel the build) every few hundred nodes. Langium's own linking
 * and validation loops await after every node; on a kabupaten's tens of thousands of nodes that await
 * dominated both phases. A node for which `enters` says false is skipped with all it contains.
 */
export async function visitAst(root: AstNode, cancelToken: Cancellation.CancellationToken, visit: (node: AstNode) => MaybePromise<void>,
    enters?: (node: AstNode) => boolean): Promise<void> {
    const pending: AstNode[] = [root];
    const children: AstNode[] = [];
    let count = 0;
    while (pending.length > 0) {
        const node = pending.pop()!;
        if ((++count & 255) === 0) await interruptAndCheck(cancelToken);
        const visited = visit(node);
        if (visited) await visited;
        children.length = 0;
        appendChildNodes(node, children);
        for (let i = children.length - 1; i >= 0; i--) {
            if (!enters || enters(children[i])) pending.push(children[i]);
        }
    }
}
