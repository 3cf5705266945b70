import * as fontkit from 'fontkit';
import { unescapeXml } from '@sikerja/diagram';
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
        const attrs = new Map([...attributes.matchAll(ATTRIBUTE)].map(m => [m[1], m[2]]));
        const face = attrs.get('font-weight') === 'bold' ? faces.bold : faces.regular;
        const line = lineOutline(face, Number(attrs.get('font-size') ?? 0), unescapeXml(content));
        if (!line) return element;
        const anchor = attrs.get('text-anchor');
        const x = Number(attrs.get('x') ?? 0) - (anchor === 'middle' ? line.width / 2 : anchor === 'end' ? line.width : 0);
        const y = Number(attrs.get('y') ?? 0);
        const d = line.rest === undefined ? '' : `M${num(x + line.startX)} ${num(y + line.startY)}${line.rest}`;
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

/**
 * One line of text laid out and outlined, from its origin on the baseline: its width (for the
 * anchor), its first point, and every later point as a relative step. All points lie on a 0.01 pt
 * grid before they are differenced, so the steps add up exactly and a contour closes where it began.
 */
interface LineOutline { width: number; startX: number; startY: number; rest?: string }

/**
 * A face of the font with what was outlined in it: each glyph once per size, and each line once, as
 * most lines recur (column heads, "(belum diisi)", titles on every page). A line the face lacks a
 * character of is cached as null.
 */
interface Face { font: fontkit.Font; lines: Map<string, LineOutline | null>; pieces: Map<string, GlyphPiece | null> }

/** Path data kept for recurring lines, in characters: about 16 MB of strings at most. */
const MAX_CACHED_CHARACTERS = 8_000_000;
let cachedCharacters = 0;

function lineOutline(face: Face, size: number, text: string): LineOutline | undefined {
    const key = `${size}|${text}`;
    const known = face.lines.get(key);
    if (known !== undefined) return known ?? undefined;
    const line = layOutLine(face, size, text);
    const characters = key.length + (line?.rest?.length ?? 0);
    if (cachedCharacters + characters > MAX_CACHED_CHARACTERS) {
        for (const f of opened.values()) f.lines.clear();
        cachedCharacters = 0;
    }
    face.lines.set(key, line ?? null);
    cachedCharacters += characters;
    return line;
}

/**
 * A glyph's outline at one scale, where it stands: its first point and the point it ends on (from its
 * origin, on the 0.01 pt grid, in hundredths), and its commands after the first point as relative steps.
 */
interface GlyphPiece { start: [number, number]; end: [number, number]; body: string }

function glyphPiece(face: Face, glyph: fontkit.Glyph, scale: number): GlyphPiece | null {
    const key = `${glyph.id} ${scale}`;
    const cached = face.pieces.get(key);
    if (cached !== undefined) return cached;
    let start: [number, number] | undefined;
    let current: [number, number] = [0, 0];
    let contourStart: [number, number] = [0, 0];
    let body = '';
    const steps = (to: Array<[number, number]>) => compact(to.flatMap(p => [(p[0] - current[0]) / 100, (p[1] - current[1]) / 100]));
    // fontkit parses the outline anew on every read of `path`: read once per glyph and scale.
    for (const { command, args } of glyph.path.commands) {
        const points: Array<[number, number]> = [];
        for (let k = 0; k + 1 < args.length; k += 2) points.push([Math.round(args[k] * scale * 100), Math.round(-args[k + 1] * scale * 100)]);
        if (command === 'closePath') {
            body += 'z';
            current = contourStart;
        } else if (command === 'moveTo') {
            if (!start) start = points[0];
            else body += `m${steps([points[0]])}`;
            current = contourStart = points[0];
        } else {
            // Every control point of a relative segment is measured from the segment's start.
            body += (command === 'lineTo' ? 'l' : command === 'quadraticCurveTo' ? 'q' : 'c') + steps(points);
            current = points[points.length - 1];
        }
    }
    const piece = start ? { start, end: current, body } : null;
    face.pieces.set(key, piece);
    return piece;
}

/** Undefined when the face lacks a character of the line. */
function layOutLine(face: Face, size: number, text: string): LineOutline | undefined {
    const { font } = face;
    if ([...text].some(c => !/\s/.test(c) && font.glyphForCodePoint(c.codePointAt(0)!).id === 0)) return undefined;
    const run = font.layout(text);
    const scale = size / font.unitsPerEm;
    let first: [number, number] | undefined;
    let at: [number, number] = [0, 0];
    let rest = '';
    let pen = 0;
    run.glyphs.forEach((glyph, i) => {
        const position = run.positions[i];
        const piece = glyphPiece(face, glyph, scale);
        if (piece) {
            const origin = [Math.round((pen + position.xOffset) * scale * 100), Math.round(-position.yOffset * scale * 100)];
            const start: [number, number] = [origin[0] + piece.start[0], origin[1] + piece.start[1]];
            if (!first) first = start;
            else rest += `m${compact([(start[0] - at[0]) / 100, (start[1] - at[1]) / 100])}`;
            rest += piece.body;
            at = [origin[0] + piece.end[0], origin[1] + piece.end[1]];
        }
        pen += position.xAdvance;
    });
    const width = run.advanceWidth * scale;
    return first ? { width, startX: first[0] / 100, startY: first[1] / 100, rest } : { width, startX: 0, startY: 0 };
}

const opened = new Map<string, Face>();
function facesOf(paths: FontPaths): { regular: Face; bold: Face } {
    const open = (file: string) => {
        let face = opened.get(file);
        if (!face) opened.set(file, face = { font: fontkit.openSync(file) as fontkit.Font, lines: new Map(), pieces: new Map() });
        return face;
    };
    return { regular: open(paths.regular), bold: open(paths.bold) };
}
