import { hoppingPath, lineHops } from '../svg/line-hops.js';
import { lineHeight, TEXT } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { theme as themeOf, type ThemeName } from '../theme.js';
import { escapeXml } from '../svg/escape.js';
import { labelBaselines, labelBox } from './sop-labels.js';
import type { SopLayout, SopPage, SopSymbolBox, SopText } from './sop.js';

const num = (n: number) => (Math.round(n * 100) / 100).toString();
const PAGE_GAP = 24;
// The desk between pages on the sheet.
const SHEET_GAP = '#d9d9d9';

function writeText(t: SopText, color: string, metrics: FontMetrics): string[] {
    const lh = lineHeight(t.size);
    const anchor = t.align === 'left' ? 'start' : 'middle';
    const x = t.align === 'left' ? t.x + 3 : t.x + t.width / 2;
    return t.lines.map((line, i) => {
        const baseline = t.y + 3 + i * lh + (lh - t.size) / 2 + metrics.ascent * t.size * 0.92;
        return `<text x="${num(x)}" y="${num(baseline)}" font-size="${t.size}" font-weight="${t.weight === 'bold' ? 'bold' : 'normal'}"${t.blank ? ' font-style="italic"' : ''} text-anchor="${anchor}" fill="${t.blank ? '#666666' : color}">${escapeXml(line)}</text>`;
    });
}

/** The five SOP AP symbols: terminator, process, decision, off-page connector (and the arrow). */
function writeSymbol(s: SopSymbolBox, stroke: string, metrics: FontMetrics): string {
    const { x, y, width: w, height: h } = s;
    const style = `fill="#ffffff" stroke="${stroke}" stroke-width="0.9"`;
    const el = s.element ? ` data-element="${escapeXml(s.element.id)}"` : '';
    switch (s.symbol) {
        case 'terminator':
            return `<rect${el} x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(h / 2)}" ry="${num(h / 2)}" ${style}/>`;
        case 'keputusan':
            return `<polygon${el} points="${num(x + w / 2)},${num(y)} ${num(x + w)},${num(y + h / 2)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h / 2)}" ${style}/>`;
        case 'penghubung': {
            // Off-page connector: a pentagon pointing down, with its letter.
            const tip = h * 0.35;
            const letter = s.label ? `<text x="${num(x + w / 2)}" y="${num(y + (h - tip) / 2 + metrics.ascent * TEXT.small * 0.5)}" font-size="${TEXT.small}" font-weight="bold" text-anchor="middle" fill="${stroke}">${escapeXml(s.label)}</text>` : '';
            return `<g${el}><polygon points="${num(x)},${num(y)} ${num(x + w)},${num(y)} ${num(x + w)},${num(y + h - tip)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h - tip)}" ${style}/>${letter}</g>`;
        }
        default:
            return `<rect${el} x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" ${style}/>`;
    }
}

function arrowhead(from: [number, number], to: [number, number], color: string): string {
    const [x, y] = to;
    const dx = Math.sign(to[0] - from[0]), dy = Math.sign(to[1] - from[1]);
    const bx = x - dx * 5, by = y - dy * 5;
    return `<polygon points="${num(x)},${num(y)} ${num(bx - dy * 2.2)},${num(by + dx * 2.2)} ${num(bx + dy * 2.2)},${num(by - dx * 2.2)}" fill="${color}" stroke="none"/>`;
}

/** A page's content; its paper is painted by the caller (the page's own background, or the sheet's). */
function pageBody(page: SopPage, metrics: FontMetrics, themeName: ThemeName): string[] {
    const t = themeOf(themeName);
    const out: string[] = [];
    for (const c of page.cells) {
        const fill = c.fill === 'kepala' ? t.row['kepala-kolom'] ?? '#f2f2f2' : 'none';
        out.push(`<rect x="${num(c.x)}" y="${num(c.y)}" width="${num(c.width)}" height="${num(c.height)}" fill="${fill}" stroke="${t.line}" stroke-width="0.5"/>`);
        if (c.text) out.push(...writeText(c.text, t.text, metrics));
    }
    // Crossing flows hop, as in the lintas fungsi: a reader at a crossing sees two lines pass, not a junction.
    const hops = lineHops(page.lines);
    for (const l of page.lines) {
        const style = `fill="none" stroke="${t.line}" stroke-width="0.8" data-from="${escapeXml(l.from)}" data-to="${escapeXml(l.to)}"`;
        const hopping = hops.get(l);
        if (hopping) out.push(`<path d="${hoppingPath(l.points, hopping, num)}" ${style}/>`);
        else out.push(`<polyline points="${l.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" ${style}/>`);
        if (l.arrow) out.push(arrowhead(l.points[l.points.length - 2], l.points[l.points.length - 1], t.line));
    }
    // The labels over every line: one standing across a grid line or a line it found no place clear of
    // is white under its letters, whichever line was drawn last.
    for (const l of page.lines) {
        if (!l.label) continue;
        if (l.label.overGrid) {
            const box = labelBox(l.label);
            out.push(`<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" fill="#ffffff" stroke="none"/>`);
        }
        for (const at of labelBaselines(l.label, metrics)) {
            out.push(`<text class="flow-label" data-from="${escapeXml(l.from)}" data-to="${escapeXml(l.to)}" x="${num(at.x)}" y="${num(at.y)}" font-size="${l.label.size}" text-anchor="start" fill="${t.text}">${escapeXml(at.text)}</text>`);
        }
    }
    for (const s of page.symbols) out.push(writeSymbol(s, t.line, metrics));
    out.push(...writeText(page.footer, t.text, metrics));
    return out;
}

/** One SVG per page, sized to the page's content area, for the PDF and for printing. */
export function writeSopPages(layout: SopLayout, metrics: FontMetrics, themeName: ThemeName = 'formal'): string[] {
    return layout.pages.map(page => {
        // The table's outer rules lie on the page's edges: half a point more each way keeps them whole.
        const width = page.width + 2 * EDGE, height = page.height + 2 * EDGE;
        return [
            `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}pt" height="${num(height)}pt" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${escapeXml(metrics.family)}, sans-serif">`,
            `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="${themeOf(themeName).background}"/>`,
            `<g transform="translate(${EDGE} ${EDGE})">`, ...pageBody(page, metrics, themeName), '</g>',
            '</svg>'
        ].join('\n') + '\n';
    });
}

/** Room round a page for the half of its outer rules that lies outside it: the table is laid out this much inside the page. */
export const EDGE = 0.5;

/**
 * All pages one under another, for the preview and for SVG and PNG export. The sheet is the paper
 * and only the gaps between pages are painted grey: a page laid over a grey sheet would paint every
 * pixel twice, which a 300 dpi PNG of a long SOP pays for.
 */
export function writeSopSheet(layout: SopLayout, metrics: FontMetrics, themeName: ThemeName = 'formal'): { svg: string; width: number; height: number } {
    const width = Math.ceil(Math.max(...layout.pages.map(p => p.width)) + 2 * EDGE);
    const height = Math.ceil(layout.pages.reduce((h, p) => h + p.height, 0) + PAGE_GAP * (layout.pages.length - 1));
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(metrics.family)}, sans-serif">`,
        `<rect x="0" y="0" width="${width}" height="${height}" fill="${themeOf(themeName).background}"/>`];
    const gap = (x: number, y: number, w: number, h: number) => { if (w > 0 && h > 0) out.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${SHEET_GAP}"/>`); };
    let y = 0;
    layout.pages.forEach((page, i) => {
        gap(page.width + 2 * EDGE, y, width - page.width - 2 * EDGE, page.height);
        out.push(`<g transform="translate(${EDGE} ${num(y)})" data-page="${i + 1}">`, ...pageBody(page, metrics, themeName), '</g>');
        y += page.height;
        if (i < layout.pages.length - 1) gap(0, y, width, PAGE_GAP);
        y += PAGE_GAP;
    });
    out.push('</svg>');
    return { svg: out.join('\n') + '\n', width, height };
}
