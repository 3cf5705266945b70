import type { AstNode, LangiumSharedCoreServices, ParseResult, URI } from 'langium';
import { DefaultLangiumDocumentFactory } from 'langium';
import type { Cancellation } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';

/** Real organisations nest a handful of levels; hundreds mean pasted or generated junk. */
export const MAX_NESTING = 200;

/** The offset of the first `{` that opens deeper than `max` levels, outside strings and comments. */
export function tooDeepAt(text: string, max = MAX_NESTING): number | undefined {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
        } else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n') i++;
        } else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        } else if (c === '{') {
            if (++depth > max) return i;
        } else if (c === '}') {
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
