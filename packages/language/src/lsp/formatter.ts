import type { AstNode, CstNode } from 'langium';
import { AstUtils } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import * as ast from '../generated/ast.js';

/**
 * Format Document re-indents; it does not re-flow. Each line inside a block is indented one level
 * deeper than the block, `{` follows one space and a multi-line block's `}` stands on its own line;
 * top-level elements start at the margin. Which attributes share a line, blank lines and comments
 * stay as the analyst wrote them, and a block written on one line stays on one line.
 */
export class SiKerjaFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (ast.isDocument(node)) {
            const elements = node.header ? [node.header, ...node.elements] : node.elements;
            formatter.nodes(...elements).prepend(Formatting.noIndent({ allowMore: true }));
            return;
        }
        const open = formatter.keywords('{');
        const close = formatter.keywords('}');
        if (open.nodes.length !== 1 || close.nodes.length !== 1) return;
        open.prepend(Formatting.oneSpace());
        if (open.nodes[0].range.start.line === close.nodes[0].range.start.line) {
            open.append(Formatting.oneSpace());
            close.prepend(Formatting.oneSpace());
            return;
        }
        const text = AstUtils.getDocument(node).textDocument.getText();
        // A block that opens on a line begun by a sibling (`ditetapkan surat-tugas {`) sits one level
        // deeper than its own node; Langium only counts the levels of nodes that start a line.
        const extra = opensOnItsOwnLine(node, open.nodes[0].range.start.line, text) ? 0 : 1;
        const inside = formatter.interior(open, close).nodes;
        const lineStarts = inside.filter((cst, i) => i === 0 || startsLine(cst, text));
        formatter.cst(lineStarts).prepend(indentBy(1 + extra));
        close.prepend(extra === 0 ? Formatting.newLine() : indentBy(extra));
    }
}

function indentBy(tabs: number): ReturnType<typeof Formatting.indent> {
    return { options: { allowMore: true }, moves: [{ tabs, lines: 1 }] };
}

function opensOnItsOwnLine(node: AstNode, openLine: number, text: string): boolean {
    const own = node.$cstNode;
    if (!own || startsLine(own, text)) return true;
    const container = node.$container?.$cstNode;
    return container !== undefined && container.range.start.line === openLine && startsLine(container, text);
}

function startsLine(cst: CstNode, text: string): boolean {
    for (let i = cst.offset - 1; i >= 0; i--) {
        const c = text[i];
        if (c === '\n') return true;
        if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    }
    return true;
}
