import type { FontMetrics, FontWeight } from './fonts.js';

/** A name longer than this many lines is cut with an ellipsis: the model keeps it whole, the box stays a box. */
export const MAX_LINES = 12;

/**
 * Greedy word wrap to `maxWidth`; a word longer than the line is broken between characters, so no line
 * is ever wider than the box it is measured for. Each word and character is measured once (linear in
 * the text, whatever its shape).
 */
export function wrapText(text: string, maxWidth: number, size: number, metrics: FontMetrics, weight: FontWeight = 'regular', maxLines = MAX_LINES): string[] {
    const words = text.trim().split(/\s+/).filter(w => w.length > 0);
    if (words.length === 0) return [''];
    const space = metrics.width(' ', size, weight);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const flush = () => { if (line) lines.push(line); line = ''; lineWidth = 0; };
    for (const word of words) {
        if (lines.length > maxLines) break;
        const w = metrics.width(word, size, weight);
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
        for (const ch of word) {
            const cw = metrics.width(ch, size, weight);
            if (line && lineWidth + cw > maxWidth) {
                flush();
                if (lines.length > maxLines) break;
            }
            line += ch;
            lineWidth += cw;
        }
    }
    flush();
    return lines.length <= maxLines ? lines : ellipsize(lines.slice(0, maxLines), maxWidth, size, metrics, weight);
}

function ellipsize(lines: string[], maxWidth: number, size: number, metrics: FontMetrics, weight: FontWeight): string[] {
    const chars = [...lines[lines.length - 1]];
    while (chars.length > 0 && metrics.width(chars.join('') + '…', size, weight) > maxWidth) chars.pop();
    lines[lines.length - 1] = chars.join('') + '…';
    return lines;
}
