import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { CstUtils, GrammarAST, isCompositeCstNode } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { AT_MARGIN, indentedBy, insideRange, NEW_LINE, ONE_SPACE, Spacings, surveyCst, whitespaceEdits } from './whitespace-edits.js';

/**
 * Format Document re-indents; it does not re-flow. Each line inside a block is indented one level
 * deeper than the block, `{` follows one space and a multi-line block's `}` stands on its own line;
 * top-level elements start at the margin. Which attributes share a line, blank lines and comments
 * stay as the analyst wrote them, and a block written on one line stays on one line.
 *
 * The rules are written as for Langium's `AbstractFormatter` and give the same edits, but its
 * per-leaf machinery made formatting a pasted 10,000-line file cost more than parsing it: here the
 * rules are asked once per block and the CST is walked once (see whitespace-edits.ts).
 */
export class SiKerjaFormatter implements Formatter {
    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        // A broken document may have lost tokens: formatting it could move text the parser skipped.
        if (syntaxErrorLines(document).length > 0) return [];
        return formattingEdits(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return errorFreeUpTo(document, params.range) ? formattingEdits(document, params.options, params.range) : [];
    }

    /** The line typed so far; not offered to clients (no `formatOnTypeOptions`), kept as Langium has it. */
    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        const range = { start: { line: params.position.line, character: 0 }, end: params.position };
        return errorFreeUpTo(document, range) ? formattingEdits(document, params.options, range) : [];
    }

    get formatOnTypeOptions(): undefined {
        return undefined;
    }
}

function formattingEdits(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
    const root = document.parseResult.value;
    if (!isCompositeCstNode(root.$cstNode)) return [];
    const survey = surveyCst(root.$cstNode, leaf => braceOf(leaf) !== undefined);
    const spacings = requestedSpacings(document, survey.wanted, range);
    return whitespaceEdits(root.$cstNode, spacings, survey.commented, document.textDocument, options, range);
}

/** Langium's error lines (1-based for the lexer and parser alike, compared as Langium compares them). */
function syntaxErrorLines(document: LangiumDocument): number[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    return [...lexerErrors.map(e => e.line ?? Number.MAX_VALUE), ...parserErrors.map(e => e.token.startLine ?? Number.MAX_VALUE)];
}

/** A range is formatted only when no syntax error comes before its end, as Langium decides. */
function errorFreeUpTo(document: LangiumDocument, range: Range): boolean {
    // A loop, not Math.min(...lines): a pasted file can have more errors than a call takes arguments.
    let earliest = Infinity;
    for (const line of syntaxErrorLines(document)) earliest = Math.min(earliest, line);
    return earliest > range.end.line;
}

/**
 * What every node asks of the whitespace around it: the document's rule, and the rule of every node
 * with exactly one `{` and one `}` of its own. With a range, a node is skipped when its lines, or
 * those of a node it sits in, miss the range, as Langium skips it. Blocks are taken in no particular
 * order: no two rules ask for the same span, so none overrides another.
 */
function requestedSpacings(document: LangiumDocument, braces: CstNode[], range: Range | undefined): Spacings {
    const spacings = new Spacings(document.textDocument.getText().length);
    const root = document.parseResult.value;
    const text = document.textDocument.getText();
    if (ast.isDocument(root)) documentSpacings(root, spacings);
    for (const [node, { open, close }] of bracesByOwner(braces)) {
        if (open.length === 1 && close.length === 1 && !ast.isDocument(node) && formattedWithin(node, root, range)) {
            blockSpacings(node, open[0], close[0], text, spacings);
        }
    }
    return spacings;
}

function documentSpacings(document: ast.Document, spacings: Spacings): void {
    const elements = document.header ? [document.header, ...document.elements] : document.elements;
    for (const element of elements) if (element.$cstNode) spacings.add(element.$cstNode, 'prepend', AT_MARGIN);
}

/**
 * The braces by the AST node they belong to (the node whose CST node is their nearest linked
 * ancestor): what Langium's `findNodesForKeyword` finds for each node, from one walk of the CST
 * instead of one search per AST node.
 */
function bracesByOwner(braces: CstNode[]): Map<AstNode, { open: CstNode[]; close: CstNode[] }> {
    const owners = new Map<AstNode, { open: CstNode[]; close: CstNode[] }>();
    for (const brace of braces) {
        const owner = brace.astNode;
        let own = owners.get(owner);
        if (!own) owners.set(owner, own = { open: [], close: [] });
        (braceOf(brace) === '{' ? own.open : own.close).push(brace);
    }
    return owners;
}

/** Whether Langium's walk of the AST reaches the node: contained in the document and, with a range, not pruned. */
function formattedWithin(node: AstNode, root: AstNode, range: Range | undefined): boolean {
    for (let n: AstNode | undefined = node; n !== root; n = n.$container) {
        if (!n || (range && (!n.$cstNode || !insideRange(n.$cstNode.range, range)))) return false;
    }
    return true;
}

function blockSpacings(node: AstNode, open: CstNode, close: CstNode, text: string, spacings: Spacings): void {
    spacings.add(open, 'prepend', ONE_SPACE);
    const openLine = open.range.start.line;
    if (openLine === close.range.start.line) {
        spacings.add(open, 'append', ONE_SPACE);
        spacings.add(close, 'prepend', ONE_SPACE);
        return;
    }
    // A block that opens on a line begun by a sibling (`ditetapkan surat-tugas {`) sits one level
    // deeper than its own node; the walk only counts the levels of nodes that start a line.
    const extra = opensOnItsOwnLine(node, openLine, text) ? 0 : 1;
    const inside = interior(open, close);
    const lineStart = indentedBy(1 + extra);
    for (let i = 0; i < inside.length; i++) {
        if (i === 0 || startsLine(inside[i], text)) spacings.add(inside[i], 'prepend', lineStart);
    }
    spacings.add(close, 'prepend', extra === 0 ? NEW_LINE : indentedBy(extra));
}

function braceOf(cst: CstNode): string | undefined {
    // The type compared directly: Langium's `isKeyword` goes through its reflection for every token.
    const source = cst.grammarSource as GrammarAST.Keyword | undefined;
    return source?.$type === GrammarAST.Keyword.$type && (source.value === '{' || source.value === '}') ? source.value : undefined;
}

/** The nodes between the braces, as Langium's `getInteriorNodes`; braces of one composite need no parent chains. */
function interior(open: CstNode, close: CstNode): CstNode[] {
    const [first, last] = open.offset > close.offset ? [close, open] : [open, close];
    const parent = first.container;
    if (!parent || parent !== last.container) return CstUtils.getInteriorNodes(first, last);
    return parent.content.slice(parent.content.indexOf(first) + 1, parent.content.lastIndexOf(last));
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
