import type { AstNode, LangiumSharedCoreServices, ParseResult, URI } from 'langium';
import { DefaultLangiumDocumentFactory } from 'langium';
import type { Cancellation } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';

/** Real organisations nest a handful of levels; hundreds mean pasted or generated junk. */
export const MAX_NESTING = 200;

const OPEN = 123, CLOSE = 125, QUOTE = 34, SLASH = 47, STAR = 42, BACKSLASH = 92;

/** The offset of the first `{` that opens deeper than `max` levels, outside strings and comments. */
export function tooDeepAt(text: string, max = MAX_NESTING): number | undefined {
    // A file with no more than `max` braces in all cannot nest deeper: the usual case, found natively.
    let braces = 0;
    for (let i = text.indexOf('{'); i >= 0 && braces <= max; i = text.indexOf('{', i + 1)) braces++;
    if (braces <= max) return undefined;
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            for (i++; i < text.length && text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
        } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
        } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        } else if (c === OPEN) {
            if (++depth > max) return i;
        } else if (c === CLOSE) {
            depth = Math.max(0, depth - 1);
        }
    }
    return undefined;
}

/**
 * The recursive-descent parser would exhaust the stack on absurdly deep nesting. Such a file gets
 * one clear error where the nesting goes too deep, and an empty model; the text is left untouched.
 */
export class SiKerjaDocumentFactory extends DefaultLangiumDocumentFactory {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: Parameters<DefaultLangiumDocumentFactory['parse']>[2]): ParseResult<T> {
        return this.guard(text, () => super.parse<T>(uri, text, options));
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const deep = tooDeepAt(text);
        return deep === undefined ? super.parseAsync<T>(uri, text, cancellationToken) : Promise.resolve(tooDeep<T>(text, deep));
    }

    private guard<T extends AstNode>(text: string, parse: () => ParseResult<T>): ParseResult<T> {
        const deep = tooDeepAt(text);
        if (deep !== undefined) return tooDeep<T>(text, deep);
        return parse();
    }
}

function tooDeep<T extends AstNode>(text: string, offset: number): ParseResult<T> {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const token = { image: '{', startOffset: offset, endOffset: offset, startLine: line, endLine: line, startColumn: column, endColumn: column, tokenTypeIdx: 0, tokenType: { name: '{' } } as unknown as IToken;
    const error = {
        name: 'NestingTooDeep',
        message: `Blok bersarang lebih dari ${MAX_NESTING} tingkat; berkas ini tidak dibaca. Periksa kurung kurawal yang tidak ditutup.`,
        token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] }
    } as unknown as IRecognitionException;
    return { value: { $type: 'Document', elements: [] } as unknown as T, parserErrors: [error], lexerErrors: [] } as unknown as ParseResult<T>;
}
