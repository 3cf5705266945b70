import type { AstNode, MaybePromise } from 'langium';
import { AstUtils, Cancellation, interruptAndCheck } from 'langium';

/**
 * Visit every node of a document, yielding to the event loop (where a newer edit can cancel the
 * build) every few hundred nodes. Langium's own linking and validation loops await after every
 * node; on a kabupaten's tens of thousands of nodes that await dominated both phases.
 */
export async function visitAst(root: AstNode, cancelToken: Cancellation.CancellationToken, visit: (node: AstNode) => MaybePromise<void>): Promise<void> {
    let count = 0;
    for (const node of AstUtils.streamAst(root)) {
        if ((++count & 255) === 0) await interruptAndCheck(cancelToken);
        const pending = visit(node);
        if (pending) await pending;
    }
}
