import type { CompositeCstNode, CstNode, TextDocument } from 'langium';
import { CstUtils, isCompositeCstNode, isLeafCstNode } from 'langium';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';

/**
 * The whitespace a node asks for before (or after) it: the moves of Langium's `Formatting` helpers
 * that the SiKerja rules use, one move each.
 */
export interface Spacing {
    /** Levels added to the indentation of the node and of everything inside it. */
    readonly tabs?: number;
    /** Line breaks before the node. */
    readonly lines?: number;
    /** Spaces before the node, which then shares the line of what precedes it. */
    readonly characters?: number;
    /** More line breaks (or spaces) than asked for are kept. */
    readonly allowMore?: boolean;
}

/** `Formatting.oneSpace()`. */
export const ONE_SPACE: Spacing = { characters: 1 };
/** `Formatting.newLine()`: exactly one line break, so blank lines before it go. */
export const NEW_LINE: Spacing = { lines: 1 };
/** `Formatting.noIndent({ allowMore: true })`. */
export const AT_MARGIN: Spacing = { tabs: 0, allowMore: true };
/** `Formatting.indent` by `tabs` levels, keeping blank lines before the node. */
export function indentedBy(tabs: number): Spacing {
    return { tabs, lines: 1, allowMore: true };
}

type Mode = 'prepend' | 'append';

interface Entry {
    end: number;
    mode: Mode;
    spacing: Spacing;
}

/**
 * The spacings asked for, keyed as Langium's formatter keys them: by a node's span, not the node, so
 * a composite node and the node it wraps (same span) share one request, taken by whichever the walk
 * reaches first. Keyed by offset first, so the walk looks up a number for every node, not a string,
 * and most nodes (no request) are told apart by one byte of a table as long as the text.
 */
export class Spacings {
    private readonly byOffset = new Map<number, Entry[]>();
    private readonly requested: Uint8Array;
    private sortedOffsets?: Int32Array;

    constructor(textLength: number) {
        this.requested = new Uint8Array(textLength + 1);
    }

    /** A later request for the same span and mode replaces the earlier one, as in Langium. */
    add(node: CstNode, mode: Mode, spacing: Spacing): void {
        const offset = node.offset, end = node.end;
        const entries = this.byOffset.get(offset);
        if (!entries) {
            this.requested[offset] = 1;
            this.byOffset.set(offset, [{ end, mode, spacing }]);
            return;
        }
        const same = entries.find(e => e.end === end && e.mode === mode);
        if (same) same.spacing = spacing;
        else entries.push({ end, mode, spacing });
    }

    /** The requests whose span starts at `offset`; the walk takes them out as it uses them. */
    at(offset: number): Entry[] | undefined {
        return this.requested[offset] === 1 ? this.byOffset.get(offset) : undefined;
    }

    /** Whether a request is left for a node inside `node` (every one starts in its span): if not, the walk need not enter it. */
    leftWithin(node: CstNode): boolean {
        const offset = node.offset;
        if ((this.at(offset)?.length ?? 0) > 0) return true;
        const offsets = this.sortedOffsets ??= Int32Array.from(this.byOffset.keys()).sort();
        let low = 0, high = offsets.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (offsets[middle] <= offset) low = middle + 1;
            else high = middle;
        }
        return low < offsets.length && offsets[low] < node.end;
    }
}

/** What one walk over the whole CST finds for both passes. */
export interface CstSurvey {
    /** The leaves the rules look for, in no particular order. */
    readonly wanted: CstNode[];
    /** The composite nodes with a comment somewhere inside: the edit walk must enter them. */
    readonly commented: Set<CstNode>;
}

export function surveyCst(root: CompositeCstNode, wanted: (leaf: CstNode) => boolean): CstSurvey {
    const survey: CstSurvey = { wanted: [], commented: new Set() };
    const pending: CompositeCstNode[] = [root];
    while (pending.length > 0) {
        for (const child of pending.pop()!.content) {
            if (isCompositeCstNode(child)) pending.push(child);
            else if (child.hidden) markCommented(survey.commented, child);
            else if (wanted(child)) survey.wanted.push(child);
        }
    }
    return survey;
}

function markCommented(commented: Set<CstNode>, hidden: CstNode): void {
    for (let n = hidden.container; n && !commented.has(n); n = n.container) commented.add(n);
}

interface Walk {
    readonly document: TextDocument;
    readonly options: FormattingOptions;
    readonly range?: Range;
    /** Levels of indentation where the walk stands; a composite node's own request deepens it for its contents. */
    indentation: number;
    readonly edits: TextEdit[];
}

/**
 * The edits for the requested spacings, in the order and form Langium's `AbstractFormatter` makes
 * them, so the formatted text is the same byte for byte: a pre-order walk over the CST where every
 * comment starting a line is also re-indented to the current level. Langium's walk builds a string
 * key, a stream step and a range object for every node; this one reads positions only where it
 * edits, and steps over a composite node with no request and no comment inside (most of a line).
 */
export function whitespaceEdits(root: CompositeCstNode, spacings: Spacings, commented: Set<CstNode>, document: TextDocument, options: FormattingOptions, range?: Range): TextEdit[] {
    const walk: Walk = { document, options, range, indentation: 0, edits: [] };
    let previous: CstNode | undefined;
    // The open composites, with the level to return to when each is left (the level before its own request).
    const parents: CompositeCstNode[] = [root];
    const nextChild: number[] = [0];
    const levels: number[] = [0];
    while (parents.length > 0) {
        const top = parents.length - 1;
        const content = parents[top].content;
        if (nextChild[top] >= content.length) {
            walk.indentation = levels[top];
            parents.pop();
            nextChild.pop();
            levels.pop();
            continue;
        }
        const node = content[nextChild[top]++];
        const level = walk.indentation;
        const requests = spacings.at(node.offset);
        if (requests) visitRequested(walk, requests, previous, node);
        else if (node.hidden) keep(walk, commentIndentation(walk, previous, node, undefined));
        if (!isCompositeCstNode(node)) {
            previous = node;
            continue;
        }
        const last = commented.has(node) || spacings.leftWithin(node) ? undefined : lastLeaf(node);
        if (last) {
            // Inside, the walk would only pass leaves: the last one is what precedes the next node.
            previous = last;
            walk.indentation = level;
        } else {
            parents.push(node);
            nextChild.push(0);
            levels.push(level);
        }
    }
    return withoutOverlapsAndNoOps(document, walk.edits);
}

/** The rightmost leaf; none when the rightmost branch ends in an empty composite (then the walk goes in). */
function lastLeaf(node: CompositeCstNode): CstNode | undefined {
    let last: CstNode | undefined = node;
    while (last && isCompositeCstNode(last)) last = last.content[last.content.length - 1];
    return last;
}

/** A node whose offset some request names: Langium's steps for one node, in its order. */
function visitRequested(walk: Walk, requests: Entry[], previous: CstNode | undefined, node: CstNode): void {
    const before = take(requests, node, 'prepend');
    if (before) keep(walk, spaceBetween(walk, previous, node, before));
    const after = take(requests, node, 'append');
    if (after) {
        const next = CstUtils.getNextNode(node);
        if (next) keep(walk, spaceBetween(walk, node, next, after));
    }
    if (!before && node.hidden) keep(walk, commentIndentation(walk, previous, node, undefined));
}

/** The request for this node's span, used once: the first node reached with the span takes it. */
function take(requests: Entry[], node: CstNode, mode: Mode): Spacing | undefined {
    const end = node.end;
    const i = requests.findIndex(e => e.end === end && e.mode === mode);
    return i < 0 ? undefined : requests.splice(i, 1)[0].spacing;
}

function keep(walk: Walk, edits: TextEdit[]): void {
    for (const edit of edits) if (insideRange(edit.range, walk.range)) walk.edits.push(edit);
}

/** Langium's `createTextEdit`: the whitespace between `a` (the leaf before) and `b` becomes what `b` asks. */
function spaceBetween(walk: Walk, a: CstNode | undefined, b: CstNode, spacing: Spacing): TextEdit[] {
    if (b.hidden) return commentIndentation(walk, a, b, spacing);
    const aEnd = a?.range.end;
    const bStart = b.range.start;
    if (aEnd && (aEnd.line > bStart.line || (aEnd.line === bStart.line && aEnd.character > bStart.character))) return [];
    const between: Range = { start: aEnd ?? { line: 0, character: 0 }, end: bStart };
    const outer = walk.indentation;
    walk.indentation += spacing.tabs ?? 0;
    const edits: TextEdit[] = [];
    if (spacing.characters !== undefined) {
        // After a comment the spaces would pull the node into it.
        if (!a?.hidden) edits.push(spacesEdit(between, spacing));
    } else if (spacing.lines !== undefined) {
        edits.push(lineBreakEdit(walk, between, spacing.lines, spacing));
    } else if (spacing.tabs !== undefined) {
        const lines = Math.max(between.end.line - between.start.line, a ? 1 : 0);
        edits.push({ newText: '\n'.repeat(lines) + indentText(walk), range: between });
    }
    // A leaf has nothing inside it to carry the deeper level to.
    if (isLeafCstNode(b)) walk.indentation = outer;
    return edits;
}

function spacesEdit(range: Range, spacing: Spacing): TextEdit {
    let spaces = spacing.characters!;
    if (range.start.line === range.end.line) spaces = fit(spaces, range.end.character - range.start.character, spacing);
    return { newText: ' '.repeat(spaces), range };
}

function lineBreakEdit(walk: Walk, range: Range, lines: number, spacing: Spacing): TextEdit {
    const count = fit(lines, range.end.line - range.start.line, spacing);
    return { newText: '\n'.repeat(count) + indentText(walk), range };
}

function fit(wanted: number, existing: number, spacing: Spacing): number {
    return spacing.allowMore ? Math.max(existing, wanted) : wanted;
}

function indentText(walk: Walk): string {
    const unit = walk.options.insertSpaces ? ' '.repeat(walk.options.tabSize) : '\t';
    return unit.repeat(walk.indentation);
}

/**
 * Langium's `createHiddenTextEdits`: a comment that starts a line moves to the level it belongs at,
 * each of its lines shifted alike. Spaces are added in front of what is there, or leading whitespace
 * taken off, so the comment's own layout is not touched. Langium counts a tab as `tabSize` columns but
 * takes off characters, so a comment indented with tabs keeps them behind the added spaces, and one
 * indented with tabs deeper than its level loses a tab per column too many; kept, as is all of
 * Langium's output, so that formatting gives the same text it always gave.
 */
function commentIndentation(walk: Walk, previous: CstNode | undefined, hidden: CstNode, spacing: Spacing | undefined): TextEdit[] {
    const start = hidden.range.start;
    if (previous && previous.range.end.line === start.line) return [];
    const lead = walk.document.getText({ start: { line: start.line, character: 0 }, end: start });
    const { tabSize, insertSpaces } = walk.options;
    const existing = insertSpaces ? lead.replace(/\t/g, ' '.repeat(tabSize)).length : lead.replace(new RegExp(' '.repeat(tabSize), 'g'), '\t').length;
    const expected = (insertSpaces ? tabSize : 1) * (walk.indentation + (spacing?.tabs ?? 0));
    const increase = expected - existing;
    if (increase === 0) return [];
    const lines = hidden.text.split('\n');
    lines[0] = lead + lines[0];
    return lines.map((text, i) => {
        const line = start.line + i;
        if (increase > 0) return { newText: (insertSpaces ? ' ' : '\t').repeat(increase), range: { start: { line, character: 0 }, end: { line, character: 0 } } };
        return { newText: '', range: { start: { line, character: 0 }, end: { line, character: Math.min(leadingBlanks(text), -increase) } } };
    });
}

function leadingBlanks(text: string): number {
    let j = 0;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    return j;
}

/** Langium's `insideRange`, on lines: the whole document when no range is given. */
export function insideRange(inside: Range, total: Range | undefined): boolean {
    if (!total) return true;
    return (inside.start.line <= total.start.line && inside.end.line >= total.end.line)
        || (inside.start.line >= total.start.line && inside.end.line <= total.end.line)
        || (inside.start.line <= total.end.line && inside.end.line >= total.end.line);
}

/** Langium's `avoidOverlappingEdits`: a later edit wins over the earlier ones it overlaps; no-ops are dropped. */
function withoutOverlapsAndNoOps(document: TextDocument, all: TextEdit[]): TextEdit[] {
    const edits: TextEdit[] = [];
    const ends: number[] = [];
    for (const edit of all) {
        const start = document.offsetAt(edit.range.start);
        while (ends.length > 0 && start < ends[ends.length - 1]) {
            edits.pop();
            ends.pop();
        }
        edits.push(edit);
        ends.push(document.offsetAt(edit.range.end));
    }
    return edits.filter(edit => edit.newText !== document.getText(edit.range).replace(/\r/g, ''));
}
