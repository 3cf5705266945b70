import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import type { GrammarAST, LexingDiagnostic, LexingReport } from 'langium';
import { DefaultTokenBuilder, DefaultValueConverter, ValueConverter, type CstNode, type ValueType } from 'langium';
import { Codes } from '../validation/codes.js';

const QUOTE = 34, BACKSLASH = 92, LF = 10, CR = 13;

/** A lexing diagnostic that carries its own stable code (Langium's carry only `lexing-error`). */
export interface CodedLexingDiagnostic extends LexingDiagnostic {
    code: string;
}

export const UNTERMINATED_STRING_MESSAGE = 'Teks yang dibuka dengan tanda kutip di sini tidak ditutup: tambahkan `"` di akhir teksnya. '
    + 'Teks dalam tanda kutip tidak boleh melewati akhir baris.';

/** The end of the string opening at `offset`: after its closing quote, or at the end of its line when it has none. */
function stringEnd(text: string, offset: number): { end: number; closed: boolean } {
    for (let i = offset + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) return { end: i + 1, closed: true };
        if (c === LF || c === CR) return { end: i, closed: false };
        if (c === BACKSLASH && i + 1 < text.length && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR) i++;
    }
    return { end: text.length, closed: false };
}

/**
 * A string stops at the end of its line. One left open there is still a string to the parser, so the
 * lines after it parse as written, and the lexer reports the one place the analyst must fix: where
 * the quote opens. (With Langium's multi-line STRING a missing quote swallowed the text up to the
 * next quote and surfaced as a puzzling error lines later.)
 */
export class SiKerjaTokenBuilder extends DefaultTokenBuilder {
    /** Offsets and lengths of strings left open in the text being lexed. */
    private unterminated: Array<[number, number]> = [];

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name !== 'STRING') return token;
        const match: CustomPatternMatcherFunc = (text, offset) => {
            if (text.charCodeAt(offset) !== QUOTE) return null;
            const string = stringEnd(text, offset);
            let end = string.end;
            if (!string.closed) {
                // `dinas X "Judul {`: the quote was forgotten before the block opens; leave the `{` to the parser.
                const brace = /\s\{\s*$/.exec(text.slice(offset + 1, end));
                if (brace) end = offset + 1 + brace.index;
                this.unterminated.push([offset, end - offset]);
            }
            const result = [text.slice(offset, end)] as unknown as RegExpExecArray;
            return result;
        };
        return { ...token, PATTERN: match, START_CHARS_HINT: ['"'], LINE_BREAKS: false };
    }

    override flushLexingReport(text: string): LexingReport {
        const report = super.flushLexingReport(text);
        if (this.unterminated.length === 0) return report;
        const found = this.unterminated;
        this.unterminated = [];
        // Line and column of every open string in one pass over the text.
        let line = 1, lineStart = 0, scanned = 0;
        for (const [offset, length] of found) {
            for (; scanned < offset; scanned++) {
                if (text.charCodeAt(scanned) === LF) { line++; lineStart = scanned + 1; }
            }
            const diagnostic: CodedLexingDiagnostic = {
                offset, length: Math.max(1, length), line, column: offset - lineStart + 1,
                message: UNTERMINATED_STRING_MESSAGE, severity: 'error', code: Codes.UnterminatedString
            };
            report.diagnostics.push(diagnostic);
        }
        return report;
    }
}

/**
 * A string's value without its quotes; one left open has only the opening quote to drop. A string
 * without escapes is a slice of the text: Langium's converter builds every value a character at a
 * time, and a pasted block of 10,000 titles spent more on those strings than on reading them.
 */
function stringValue(input: string): string {
    const closed = stringEnd(input, 0).closed;
    if (input.indexOf('\\') < 0) return closed ? input.slice(1, -1) : input.slice(1);
    return ValueConverter.convertString(closed ? input : input + '"');
}

export class SiKerjaValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': return stringValue(input);
            case 'ID': return ValueConverter.convertID(input);
            case 'INT': return ValueConverter.convertInt(input);
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
