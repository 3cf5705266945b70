import { lineHeight, TEXT, type Band, type Box, type Cell, type FreeText, type Scene } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { theme as themeOf, type ThemeName } from '../theme.js';
import { escapeXml } from './escape.js';
import { hoppingPath, lineHops } from './line-hops.js';

/** The white border round every picture, inside its width and height. */
export const PICTURE_MARGIN = 18;
const MARGIN = PICTURE_MARGIN;
const TITLE_GAP = 10;

const num = (n: number) => (Math.round(n * 100) / 100).toString();

export function titleHeight(scene: Pick<Scene, 'title'>): number {
    return scene.title.lines.reduce((h, l) => h + lineHeight(l.size), 0);
}

/**
 * The scene as a standalone SVG in points: real <text>, inline presentation attributes, no
 * foreignObject and no external reference, so Word, Inkscape, resvg and the PDF writer all read it.
 */
/** An SVG document and its size in points, as written (the title may widen it past the scene). */
export interface WrittenSvg {
    svg: string;
    width: number;
    height: number;
}

export function writeSvg(scene: Scene, metrics: FontMetrics, themeName: ThemeName = 'formal'): WrittenSvg {
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
    for (const band of scene.bands ?? []) out.push(writeBand(band, t, metrics));
    const hops = lineHops(scene.connectors);
    for (const c of scene.connectors) {
        const style = `fill="none" stroke="${t.line}" stroke-width="0.8"${c.dashed ? ' stroke-dasharray="4 3"' : ''} data-from="${escapeXml(c.from)}" data-to="${escapeXml(c.to)}"`;
        const hopping = hops.get(c);
        if (hopping) out.push(`<path d="${hoppingPath(c.points, hopping, num)}" ${style}/>`);
        else out.push(`<polyline points="${c.points.map(([x, yy]) => `${num(x)},${num(yy)}`).join(' ')}" ${style}/>`);
        if (c.arrow && c.points.length > 1) out.push(arrowhead(c.points[c.points.length - 2], c.points[c.points.length - 1], t.line));
        if (c.label) out.push(...writeFreeText(c.label, t.text, metrics, t.background));
    }
    for (const b of scene.boxes) out.push(writeBox(b, t, metrics));
    for (const n of scene.notes ?? []) out.push(...writeFreeText(n, t.text, metrics));
    out.push('</g>', '</svg>');
    return { svg: out.join('\n') + '\n', width, height };
}

type ThemeValues = ReturnType<typeof themeOf>;

function writeBand(band: Band, t: ThemeValues, metrics: FontMetrics): string {
    const element = band.element ? ` data-element="${escapeXml(band.element.id)}"` : '';
    return [
        `<g${element} data-lane="${escapeXml(band.id)}">`,
        `<rect x="${num(band.x)}" y="${num(band.y)}" width="${num(band.width)}" height="${num(band.height)}" fill="${t.band.fill}" stroke="${t.line}" stroke-width="0.8"/>`,
        `<rect x="${num(band.headerArea.x)}" y="${num(band.headerArea.y)}" width="${num(band.headerArea.width)}" height="${num(band.headerArea.height)}" fill="${t.band.header}" stroke="${t.line}" stroke-width="0.8"/>`,
        ...writeFreeText(band.header, t.text, metrics, undefined, 'bold'),
        '</g>'
    ].join('');
}

/** A closed triangle at the end of a flow, pointing along its last segment. */
function arrowhead(from: [number, number], to: [number, number], color: string): string {
    const [x, y] = to;
    const dx = Math.sign(to[0] - from[0]), dy = Math.sign(to[1] - from[1]);
    const len = 6, half = 2.6;
    const bx = x - dx * len, by = y - dy * len;
    const p1 = [bx - dy * half, by + dx * half], p2 = [bx + dy * half, by - dx * half];
    return `<polygon points="${num(x)},${num(y)} ${num(p1[0])},${num(p1[1])} ${num(p2[0])},${num(p2[1])}" fill="${color}" stroke="none"/>`;
}

function writeFreeText(f: FreeText, color: string, metrics: FontMetrics, backdrop?: string, weight: 'bold' | 'regular' = 'regular'): string[] {
    const lh = lineHeight(f.size);
    const out: string[] = [];
    const element = f.element ? ` data-element="${escapeXml(f.element.id)}"` : '';
    out.push(`<g${element}>`);
    if (backdrop) out.push(`<rect x="${num(f.x)}" y="${num(f.y)}" width="${num(f.width)}" height="${num(f.height)}" fill="${backdrop}" stroke="none"/>`);
    const anchor = f.align === 'left' ? 'start' : 'middle';
    const tx = f.align === 'left' ? f.x + 1 : f.x + f.width / 2;
    f.lines.forEach((line, i) => {
        const baseline = f.y + i * lh + (lh - f.size) / 2 + metrics.ascent * f.size * 0.92;
        out.push(`<text x="${num(tx)}" y="${num(baseline)}" font-size="${f.size}" font-weight="${weight === 'bold' ? 'bold' : 'normal'}" text-anchor="${anchor}" fill="${color}">${escapeXml(line)}</text>`);
    });
    out.push('</g>');
    return out;
}

/** The outline of a flowchart symbol (a rectangle for everything else). */
function shapeOutline(b: Box, fill: string, stroke: string, width: number): string {
    const common = `fill="${fill}" stroke="${stroke}" stroke-width="${width}"`;
    const { x, y, width: w, height: h } = b;
    switch (b.shape) {
        case 'terminator':
            return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(h / 2)}" ry="${num(h / 2)}" ${common}/>`;
        case 'diamond':
            return `<polygon points="${num(x + w / 2)},${num(y)} ${num(x + w)},${num(y + h / 2)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h / 2)}" ${common}/>`;
        case 'connector':
            return `<circle cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" r="${num(w / 2)}" ${common}/>`;
        case 'offpage': {
            const tip = h * 0.35;
            return `<polygon points="${num(x)},${num(y)} ${num(x + w)},${num(y)} ${num(x + w)},${num(y + h - tip)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h - tip)}" ${common}/>`;
        }
        case 'document': {
            const wave = 5;
            return `<path d="M ${num(x)} ${num(y)} H ${num(x + w)} V ${num(y + h - wave)} C ${num(x + w * 0.75)} ${num(y + h - 2 * wave)} ${num(x + w * 0.5)} ${num(y + h + wave * 0.6)} ${num(x + w * 0.25)} ${num(y + h - wave)} S ${num(x)} ${num(y + h - wave)} ${num(x)} ${num(y + h - wave)} Z" ${common}/>`;
        }
        default:
            return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" ${common}/>`;
    }
}

function writeBox(b: Box, t: ThemeValues, metrics: FontMetrics): string {
    const style = t.stroke[b.style];
    const parts: string[] = [];
    const element = b.element ? ` data-element="${escapeXml(b.element.id)}"` : '';
    parts.push(`<g${element} data-box="${escapeXml(b.id)}">`);
    if (b.shape && b.shape !== 'rect') {
        parts.push(shapeOutline(b, style.fill, t.line, style.width));
        let y = b.y;
        for (const r of b.rows) {
            let x = b.x;
            for (const c of r.cells) {
                parts.push(...writeCell(c, x, y, r.height, t.text, metrics));
                x += c.width;
            }
            y += r.height;
        }
        parts.push('</g>');
        return parts.join('');
    }
    parts.push(`<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" fill="${style.fill}" stroke="${t.line}" stroke-width="${style.width}"${b.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    let y = b.y;
    b.rows.forEach((r, i) => {
        const rowElement = r.element && r.element.id !== b.element?.id ? ` data-element="${escapeXml(r.element.id)}"` : '';
        if (rowElement) parts.push(`<g${rowElement}>`);
        const fill = t.row[r.fill];
        if (fill) parts.push(`<rect x="${num(b.x)}" y="${num(y)}" width="${num(b.width)}" height="${num(r.height)}" fill="${fill}" stroke="none"/>`);
        // Shaded cells first, then the rules over them: two shaded cells one above the other keep the rule between them whole.
        let sx = b.x;
        for (const c of r.cells) {
            if (c.shortage) parts.push(`<rect x="${num(sx)}" y="${num(y)}" width="${num(c.width)}" height="${num(r.height)}" fill="${t.shortage.fill}" stroke="none"/>`);
            sx += c.width;
        }
        if (i > 0) parts.push(`<line x1="${num(b.x)}" y1="${num(y)}" x2="${num(b.x + b.width)}" y2="${num(y)}" stroke="${t.line}" stroke-width="0.5"/>`);
        let x = b.x;
        r.cells.forEach((c, j) => {
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
