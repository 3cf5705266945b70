import { lineHeight, TEXT, type Box, type Cell, type Scene } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { theme as themeOf, type ThemeName } from '../theme.js';
import { escapeXml } from './escape.js';

const MARGIN = 18;
const TITLE_GAP = 10;

const num = (n: number) => (Math.round(n * 100) / 100).toString();

export function titleHeight(scene: Pick<Scene, 'title'>): number {
    return scene.title.lines.reduce((h, l) => h + lineHeight(l.size), 0);
}

/**
 * The scene as a standalone SVG in points: real <text>, inline presentation attributes, no
 * foreignObject and no external reference, so Word, Inkscape, resvg and the PDF writer all read it.
 */
export function writeSvg(scene: Scene, metrics: FontMetrics, themeName: ThemeName = 'formal'): string {
    const t = themeOf(themeName);
    const top = MARGIN + titleHeight(scene) + TITLE_GAP;
    const width = Math.ceil(Math.max(scene.width, ...scene.title.lines.map(l => metrics.width(l.text, l.size, l.weight))) + 2 * MARGIN);
    const height = Math.ceil(top + scene.height + MARGIN);
    const font = `font-family="${escapeXml(metrics.family)}, sans-serif"`;
    const out: string[] = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" ${font}>`);
    out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="${t.background}"/>`);
    let y = MARGIN;
    for (const line of scene.title.lines) {
        y += lineHeight(line.size);
        out.push(`<text x="${num(width / 2)}" y="${num(y - line.size * 0.3)}" font-size="${line.size}" font-weight="${line.weight === 'bold' ? 'bold' : 'normal'}" text-anchor="middle" fill="${t.text}">${escapeXml(line.text)}</text>`);
    }
    const ox = Math.round((width - scene.width) / 2);
    out.push(`<g transform="translate(${ox} ${num(top)})">`);
    for (const c of scene.connectors) {
        const points = c.points.map(([x, yy]) => `${num(x)},${num(yy)}`).join(' ');
        out.push(`<polyline points="${points}" fill="none" stroke="${t.line}" stroke-width="0.8"${c.dashed ? ' stroke-dasharray="4 3"' : ''} data-from="${escapeXml(c.from)}" data-to="${escapeXml(c.to)}"/>`);
    }
    for (const b of scene.boxes) out.push(writeBox(b, t, metrics));
    out.push('</g>', '</svg>');
    return out.join('\n') + '\n';
}

function writeBox(b: Box, t: ReturnType<typeof themeOf>, metrics: FontMetrics): string {
    const style = t.stroke[b.style];
    const parts: string[] = [];
    const element = b.element ? ` data-element="${escapeXml(b.element)}"` : '';
    parts.push(`<g${element} data-box="${escapeXml(b.id)}">`);
    parts.push(`<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" fill="${style.fill}" stroke="${t.line}" stroke-width="${style.width}"${b.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    let y = b.y;
    b.rows.forEach((r, i) => {
        const rowElement = r.element && r.element !== b.element ? ` data-element="${escapeXml(r.element)}"` : '';
        if (rowElement) parts.push(`<g${rowElement}>`);
        const fill = t.row[r.fill];
        if (fill) parts.push(`<rect x="${num(b.x)}" y="${num(y)}" width="${num(b.width)}" height="${num(r.height)}" fill="${fill}" stroke="none"/>`);
        if (i > 0) parts.push(`<line x1="${num(b.x)}" y1="${num(y)}" x2="${num(b.x + b.width)}" y2="${num(y)}" stroke="${t.line}" stroke-width="0.5"/>`);
        let x = b.x;
        r.cells.forEach((c, j) => {
            if (c.shortage) parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(c.width)}" height="${num(r.height)}" fill="${t.shortage.fill}" stroke="none"/>`);
            if (j > 0) parts.push(`<line x1="${num(x)}" y1="${num(y)}" x2="${num(x)}" y2="${num(y + r.height)}" stroke="${t.line}" stroke-width="0.5"/>`);
            parts.push(...writeCell(c, x, y, r.height, c.shortage ? t.shortage.text : t.text, metrics));
            x += c.width;
        });
        if (rowElement) parts.push('</g>');
        y += r.height;
    });
    // The border is drawn again over the row fills.
    parts.push(`<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" fill="none" stroke="${t.line}" stroke-width="${style.width}"${b.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    parts.push('</g>');
    return parts.join('');
}

function writeCell(c: Cell, x: number, y: number, rowHeight: number, color: string, metrics: FontMetrics): string[] {
    const lh = lineHeight(c.size);
    const block = c.lines.length * lh;
    const top = y + (rowHeight - block) / 2;
    const anchor = c.align === 'left' ? 'start' : c.align === 'right' ? 'end' : 'middle';
    const tx = c.align === 'left' ? x + TEXT.padX : c.align === 'right' ? x + c.width - TEXT.padX : x + c.width / 2;
    // Baseline: the line box's top plus the ascent, less half the leading.
    const baseline = (i: number) => top + i * lh + (lh - c.size) / 2 + metrics.ascent * c.size * 0.92;
    return c.lines.map((line, i) =>
        `<text x="${num(tx)}" y="${num(baseline(i))}" font-size="${c.size}" font-weight="${c.weight === 'bold' ? 'bold' : 'normal'}" text-anchor="${anchor}" fill="${color}">${escapeXml(line)}</text>`);
}
