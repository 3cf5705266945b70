import type { FontMetrics, FontWeight } from './fonts.js';

/**
 * Greedy word wrap to `maxWidth`; a word longer than the line is broken between characters so that
 * no line is ever wider than the box it is measured for.
 */
export function wrapText(text: string, maxWidth: number, size: number, metrics: FontMetrics, weight: FontWeight = 'regular'): string[] {
    const words = text.trim().split(/\s+/).filter(w => w.length > 0);
    if (words.length === 0) return [''];
    const fits = (s: string) => metrics.width(s, size, weight) <= maxWidth;
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (fits(candidate)) {
            line = candidate;
            continue;
        }
        if (line) lines.push(line);
        line = '';
        let rest = word;
        while (!fits(rest)) {
            let cut = rest.length - 1;
            while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
            lines.push(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        line = rest;
    }
    if (line) lines.push(line);
    return lines;
}
