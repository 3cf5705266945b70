import * as fontkit from 'fontkit';
import type { FontPaths } from './fonts.js';

/**
 * An SVG file that looks the same wherever it is opened. The diagrams are measured with Noto Sans,
 * which Windows and Office do not have: Word, PowerPoint or Visio would draw the text in Arial,
 * whose capitals are up to a fifth wider, and a box title would cross its border. The written file
 * therefore carries each line of text as the outline of its glyphs (kerned as a browser kerns),
 * with the words kept in `aria-label`. A line with a character the font lacks stays text, so a
 * program with a font that has it can still show it. PNG and PDF embed the font and are not changed.
 * Italic (a blank "(belum diisi)") is drawn upright, as in the PNG and PDF: only the upright faces
 * of Noto Sans are shipped, and their renderers do not slant them.
 */
export function svgWithOutlinedText(svg: string, paths: FontPaths): string {
    const faces = facesOf(paths);
    return svg.replace(TEXT_ELEMENT, (element, attributes: string, content: string) => {
        const text = decodeXml(content);
        const attrs = new Map([...attributes.matchAll(ATTRIBUTE)].map(m => [m[1], m[2]]));
        const font = attrs.get('font-weight') === 'bold' ? faces.bold : faces.regular;
        if ([...text].some(c => !/\s/.test(c) && font.glyphForCodePoint(c.codePointAt(0)!).id === 0)) return element;
        const run = font.layout(text);
        const size = Number(attrs.get('font-size') ?? 0);
        const scale = size / font.unitsPerEm;
        const width = run.advanceWidth * scale;
        const anchor = attrs.get('text-anchor');
        let x = Number(attrs.get('x') ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
        const baseline = Number(attrs.get('y') ?? 0);
        let d = '';
        run.glyphs.forEach((glyph, i) => {
            const at = run.positions[i];
            const outline = outlineOf(glyph, scale);
            if (outline) d += `M${num(x + at.xOffset * scale + outline.startX)} ${num(baseline - at.yOffset * scale + outline.startY)}${outline.rest}`;
            x += at.xAdvance * scale;
        });
        const kept = ['class', 'fill'].filter(name => attrs.has(name)).map(name => ` ${name}="${attrs.get(name)}"`).join('');
        return `<path${kept} aria-label="${content.replace(/"/g, '&quot;')}" d="${d}"/>`;
    });
}

const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

const num = (v: number) => String(Math.round(v * 100) / 100);

/** Numbers as path data takes them, shortest: `.5`, `-.5`, no space before a minus sign. */
function compact(values: number[]): string {
    let out = '';
    for (const v of values) {
        const t = String(v).replace(/^(-?)0\./, '$1.');
        out += out === '' || t.startsWith('-') ? t : ` ${t}`;
    }
    return out;
}

interface Outline { startX: number; startY: number; rest: string }
const outlines = new WeakMap<fontkit.Glyph, Map<number, Outline | null>>();

/**
 * A glyph's outline at a size, in relative path commands after its first point. The points are
 * rounded on a 0.01 pt grid before they are differenced, so the steps add up to the rounded points
 * exactly and a contour closes where it began.
 */
function outlineOf(glyph: fontkit.Glyph, scale: number): Outline | null {
    let bySize = outlines.get(glyph);
    if (!bySize) outlines.set(glyph, bySize = new Map());
    const known = bySize.get(scale);
    if (known !== undefined) return known;
    const grid = (gx: number, gy: number): [number, number] => [Math.round(gx * scale * 100), Math.round(-gy * scale * 100)];
    let start: [number, number] | undefined;
    let current: [number, number] = [0, 0];
    let contourStart: [number, number] = [0, 0];
    let rest = '';
    const steps = (from: [number, number], to: Array<[number, number]>) => compact(to.flatMap(p => [(p[0] - from[0]) / 100, (p[1] - from[1]) / 100]));
    for (const { command, args } of glyph.path.commands) {
        const points: Array<[number, number]> = [];
        for (let k = 0; k + 1 < args.length; k += 2) points.push(grid(args[k], args[k + 1]));
        if (command === 'closePath') {
            rest += 'z';
            current = contourStart;
        } else if (command === 'moveTo') {
            if (!start) start = points[0];
            else rest += `m${steps(current, [points[0]])}`;
            current = contourStart = points[0];
        } else {
            const letter = command === 'lineTo' ? 'l' : command === 'quadraticCurveTo' ? 'q' : 'c';
            // Every control point of a relative segment is measured from the segment's start.
            rest += letter + steps(current, points);
            current = points[points.length - 1];
        }
    }
    const outline = start ? { startX: start[0] / 100, startY: start[1] / 100, rest } : null;
    bySize.set(scale, outline);
    return outline;
}

function decodeXml(s: string): string {
    return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
        const lower = e.toLowerCase();
        if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
        if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
        return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower];
    });
}

const opened = new Map<string, fontkit.Font>();
function facesOf(paths: FontPaths): { regular: fontkit.Font; bold: fontkit.Font } {
    const open = (file: string) => {
        let font = opened.get(file);
        if (!font) opened.set(file, font = fontkit.openSync(file) as fontkit.Font);
        return font;
    };
    return { regular: open(paths.regular), bold: open(paths.bold) };
}
