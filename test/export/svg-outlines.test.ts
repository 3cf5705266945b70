import { describe, expect, it } from 'vitest';
import { shippedFontPaths } from '@sikerja/diagram';
import { svgWithOutlinedText } from '@sikerja/export';

const fonts = shippedFontPaths();
const svgOf = (...texts: string[]) => `<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="100pt" viewBox="0 0 200 100" font-family="Noto Sans, sans-serif">${texts.join('')}</svg>`;
const text = (content: string, extra = '') => `<text x="100" y="20" font-size="8" font-weight="bold" text-anchor="middle" fill="#000000"${extra}>${content}</text>`;

describe('an SVG file written for Word, Visio and browsers on any PC', () => {
    it('carries each line of text as glyph outlines, its words kept for search and screen readers', () => {
        const out = svgWithOutlinedText(svgOf(text('SEKSI SARANA &amp; PRASARANA'), text('ya', ' class="flow-label"')), fonts);
        expect(out).not.toContain('<text');
        const paths = [...out.matchAll(/<path([^>]*)\/>/g)].map(m => m[1]);
        expect(paths.map(p => /aria-label="([^"]*)"/.exec(p)?.[1])).toEqual(['SEKSI SARANA &amp; PRASARANA', 'ya']);
        expect(paths[1]).toContain('class="flow-label"');
        expect(paths[0]).toContain('fill="#000000"');
    });

    it('places a centred line around its x, a line anchored at its start from its x, on its baseline', () => {
        const centred = extentOf(svgWithOutlinedText(svgOf(text('KEPALA DINAS')), fonts));
        expect((centred.left + centred.right) / 2).toBeCloseTo(100, 0);
        expect(centred.right - centred.left).toBeGreaterThan(40);
        const started = extentOf(svgWithOutlinedText(svgOf(text('KEPALA DINAS').replace('middle', 'start')), fonts));
        expect(started.left).toBeGreaterThanOrEqual(100);
        expect(started.left).toBeLessThan(101);
        // Capitals stand on the baseline (y 20; a round S overshoots it a little) and rise about 0.71 of the size.
        expect(started.bottom).toBeGreaterThanOrEqual(20);
        expect(started.bottom).toBeLessThan(20.15);
        expect(20 - started.top).toBeCloseTo(8 * 0.714, 0);
    });

    it('leaves as text a line with a character Noto Sans lacks, for a program whose font has it', () => {
        const out = svgWithOutlinedText(svgOf(text('Kantor 漢字')), fonts);
        expect(out).toContain('>Kantor 漢字</text>');
    });
});

/** The extent of every point of the paths' outlines: M absolute; m, l, q, c relative to their segment's start. */
function extentOf(svg: string): { left: number; right: number; top: number; bottom: number } {
    const xs: number[] = [], ys: number[] = [];
    for (const [, d] of svg.matchAll(/ d="([^"]*)"/g)) {
        let x = 0, y = 0, startX = 0, startY = 0;
        for (const [, letter, args] of d.matchAll(/([MmLlQqCcZz])([^MmLlQqCcZz]*)/g)) {
            const n = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map(m => Number(m[0]));
            if (letter === 'z' || letter === 'Z') { x = startX; y = startY; continue; }
            const pairs = Array.from({ length: n.length / 2 }, (_, i) => letter === 'M' ? [n[2 * i], n[2 * i + 1]] : [x + n[2 * i], y + n[2 * i + 1]]);
            for (const [px, py] of pairs) { xs.push(px); ys.push(py); }
            [x, y] = pairs[pairs.length - 1];
            if (letter === 'M' || letter === 'm') { startX = x; startY = y; }
        }
    }
    return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}
