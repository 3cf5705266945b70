import type { FontMetrics, FontWeight } from './fonts.js';

/** A name longer than this many lines is cut with an ellipsis: the model keeps it whole, the box stays a box. */
export const MAX_LINES = 12;

/**
 * Greedy word wrap to `maxWidth`. A word longer than the line is broken where a reader expects it:
 * a code after its dots or slashes (`TJT.05.02.` / `01.01`), a word between syllables with a hyphen
 * (`Pelak-` / `sana`), and only where neither fits between characters, so no line is ever wider than
 * the box it is measured for. Each word is measured a bounded number of times (linear in the text).
 */
export function wrapText(text: string, maxWidth: number, size: number, metrics: FontMetrics, weight: FontWeight = 'regular', maxLines = MAX_LINES): string[] {
    // A no-break space glues a figure to its label ("B 140"): the line breaks beside the pair, and prints a plain space.
    return wrapWords(text, maxWidth, size, metrics, weight, maxLines).map(line => line.replace(/\u00a0/g, ' ').trim());
}

function wrapWords(text: string, maxWidth: number, size: number, metrics: FontMetrics, weight: FontWeight, maxLines: number): string[] {
    const words = text.trim().split(/[^\S\u00a0]+/).filter(w => w.length > 0);
    if (words.length === 0) return [''];
    const space = metrics.width(' ', size, weight);
    const width = (s: string) => metrics.width(s, size, weight);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const flush = () => { if (line) lines.push(line); line = ''; lineWidth = 0; };
    for (const word of words) {
        if (lines.length > maxLines) break;
        const w = width(word);
        if (line && lineWidth + space + w <= maxWidth) {
            line += ' ' + word;
            lineWidth += space + w;
            continue;
        }
        flush();
        if (w <= maxWidth) {
            line = word;
            lineWidth = w;
            continue;
        }
        const pieces = breakLongWord(word, maxWidth, width);
        for (const piece of pieces.slice(0, -1)) lines.push(piece);
        line = pieces[pieces.length - 1];
        lineWidth = width(line);
    }
    flush();
    return lines.length <= maxLines ? lines : ellipsize(lines.slice(0, maxLines), maxWidth, size, metrics, weight);
}

/** A word wider than the line, as lines: each but the last ends at a code's separator or a syllable (with its hyphen). */
function breakLongWord(word: string, maxWidth: number, width: (s: string) => number): string[] {
    const out: string[] = [];
    let rest = [...word];
    while (rest.length > 0 && width(rest.join('')) > maxWidth) {
        const cut = lastBreak(rest, maxWidth, width);
        out.push(cut.line);
        rest = rest.slice(cut.taken);
    }
    if (rest.length > 0) out.push(rest.join(''));
    return out;
}

const VOWEL = /[aeiouAEIOU]/;
/** Indonesian consonant pairs that are one sound and are never split: ng, ny, kh, sy. */
const DIGRAPH = /^(ng|ny|kh|sy)$/i;
const LETTER = /\p{L}/u;

/**
 * Where a word may break, as the number of characters before the break and whether a hyphen is
 * printed: after a separator of a code (. / - _), and between syllables (before a consonant that
 * starts a syllable: V-CV, VC-CV, not inside ng, ny, kh, sy), at least two letters on each side.
 */
function breaksOf(chars: readonly string[]): Array<{ at: number; hyphen: boolean }> {
    const out: Array<{ at: number; hyphen: boolean }> = [];
    for (let i = 1; i < chars.length; i++) {
        if (/[./\-_]/.test(chars[i - 1])) { out.push({ at: i, hyphen: false }); continue; }
        if (i < 2 || i > chars.length - 2 || !LETTER.test(chars[i - 1]) || !LETTER.test(chars[i])) continue;
        const [a, b, c] = [chars[i - 1], chars[i], chars[i + 1]];
        const vcv = VOWEL.test(a) && !VOWEL.test(b) && VOWEL.test(c);
        const ccv = !VOWEL.test(a) && !VOWEL.test(b) && VOWEL.test(c) && !DIGRAPH.test(a + b) && VOWEL.test(chars[i - 2]);
        if (vcv || ccv) out.push({ at: i, hyphen: true });
    }
    return out;
}

/**
 * The longest start of the word that fits the line at a break, or as many characters as fit where
 * it has none. Only the characters a line can hold are looked at, so a long word costs its length.
 */
function lastBreak(chars: readonly string[], maxWidth: number, width: (s: string) => number): { line: string; taken: number } {
    let fit = 0, used = 0;
    while (fit < chars.length) {
        const w = width(chars[fit]);
        if (used + w > maxWidth) break;
        used += w;
        fit++;
    }
    fit = Math.max(1, fit);
    // Two more characters: whether the next syllable starts is read from the letters after the break.
    const window = chars.slice(0, Math.min(chars.length, fit + 2));
    for (const b of breaksOf(window).reverse()) {
        if (b.at > fit) continue;
        const line = window.slice(0, b.at).join('') + (b.hyphen ? '-' : '');
        if (width(line) <= maxWidth) return { line, taken: b.at };
    }
    while (fit > 1 && width(chars.slice(0, fit).join('')) > maxWidth) fit--;
    return { line: chars.slice(0, fit).join(''), taken: fit };
}

function ellipsize(lines: string[], maxWidth: number, size: number, metrics: FontMetrics, weight: FontWeight): string[] {
    const chars = [...lines[lines.length - 1]];
    while (chars.length > 0 && metrics.width(chars.join('') + '…', size, weight) > maxWidth) chars.pop();
    lines[lines.length - 1] = chars.join('') + '…';
    return lines;
}

/**
 * The text with soft hyphens (U+00AD) at the syllable breaks of its longer words: a word processor
 * breaks such a word there, with its hyphen, only where a narrow cell needs it ("Pendidi-kan"),
 * instead of cutting it anywhere ("Pendidika|n").
 */
export function softHyphens(text: string, minLength = 8): string {
    return text.split(/(\s+)/).map(word => {
        const chars = [...word];
        if (chars.length < minLength) return word;
        const at = new Set(breaksOf(chars).filter(b => b.hyphen).map(b => b.at));
        return chars.map((c, i) => (at.has(i) ? '\u00ad' : '') + c).join('');
    }).join('');
}
