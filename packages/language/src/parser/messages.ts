import type { IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, DefaultLexerErrorMessageProvider } from 'langium';

/** Parser and lexer messages in Bahasa Indonesia; the analyst never sees Chevrotain's English. */

const TERMINAL_LABELS: Record<string, string> = {
    ID: 'sebuah nama (huruf, angka, garis bawah; diawali huruf)',
    STRING: 'teks dalam tanda kutip, mis. "Bidang Perizinan"',
    INT: 'sebuah bilangan bulat',
    EOF: 'akhir berkas'
};

export function describeTokenType(t: TokenType): string {
    if (t.name.endsWith(':KW')) return `kata kunci \`${t.name.slice(0, -3)}\``;
    if (t.LABEL) return t.LABEL;
    return TERMINAL_LABELS[t.name] ?? `\`${t.name}\``;
}

export function describeFound(token: IToken): string {
    if (token.tokenType?.name === 'EOF' || token.image === '') return 'akhir berkas';
    const image = token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image;
    return `\`${image}\``;
}

function describeAlternatives(paths: TokenType[][][] | TokenType[][]): string {
    const firsts = new Set<string>();
    for (const p of paths.flat(1) as Array<TokenType[] | TokenType>) {
        const first = Array.isArray(p) ? p[0] : p;
        if (first) firsts.add(describeTokenType(first));
    }
    const list = [...firsts];
    if (list.length === 0) return '';
    const shown = list.slice(0, 8).join(', ');
    return list.length > 8 ? `${shown}, …` : shown;
}

export class SiKerjaParserErrorMessageProvider extends AbstractParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (options.expected.name === 'EOF') return this.buildNotAllInputParsedMessage({ firstRedundant: options.actual, ruleName: options.ruleName });
        return `Diharapkan ${describeTokenType(options.expected)}, tetapi ditemukan ${describeFound(options.actual)}.`;
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Tidak dikenali: ${describeFound(options.firstRedundant)}. Di sini diharapkan awal elemen baru `
            + '(mis. `dinas`, `badan`, `templat`, `tim`, `penugasan`, `instansi`).';
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = describeAlternatives(options.expectedPathsPerAlt);
        const found = options.actual[0] ? describeFound(options.actual[0]) : 'akhir berkas';
        return expected
            ? `Tidak dapat dipahami: ${found}. Diharapkan salah satu dari: ${expected}.`
            : `Tidak dapat dipahami: ${found}.`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = describeAlternatives(options.expectedIterationPaths);
        const found = options.actual[0] ? describeFound(options.actual[0]) : 'akhir berkas';
        return `Diharapkan paling sedikit satu dari: ${expected}, tetapi ditemukan ${found}.`;
    }
}

export class SiKerjaLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const chars = fullText.substring(startOffset, startOffset + Math.min(length, 20));
        return `Karakter tidak dikenal: \`${chars}\`. Nama hanya boleh berisi huruf, angka dan garis bawah; teks ditulis dalam tanda kutip.`;
    }
}
