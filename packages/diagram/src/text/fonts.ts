import * as fontkit from 'fontkit';

/** The one family every diagram is measured and drawn with, so the SVG, PNG and PDF agree. */
export const FONT_FAMILY = 'Noto Sans';

export type FontWeight = 'regular' | 'bold';

/** Text widths in the units of the drawing (points), from the font's own advance widths. */
export interface FontMetrics {
    readonly family: string;
    width(text: string, size: number, weight?: FontWeight): number;
    /** Ascent above the baseline, per point of size. */
    readonly ascent: number;
    readonly descent: number;
    /** Whether the font draws this character (else a renderer shows an empty box). */
    hasGlyph(char: string, weight?: FontWeight): boolean;
}

export interface FontFiles {
    regular: Uint8Array;
    bold: Uint8Array;
}

interface LoadedFace {
    unitsPerEm: number;
    advances: Map<number, number>;
    font: fontkit.Font;
}

function face(bytes: Uint8Array): LoadedFace {
    const font = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
    return { unitsPerEm: font.unitsPerEm, advances: new Map(), font };
}

function advance(f: LoadedFace, codePoint: number): number {
    let w = f.advances.get(codePoint);
    if (w === undefined) {
        w = f.font.glyphForCodePoint(codePoint).advanceWidth;
        f.advances.set(codePoint, w);
    }
    return w;
}

/**
 * Widths are summed glyph advances without kerning: renderers that kern only narrow the text, so a
 * box sized by this never lets its text out.
 */
export function createFontMetrics(files: FontFiles): FontMetrics {
    const regular = face(files.regular);
    const bold = face(files.bold);
    return {
        family: FONT_FAMILY,
        ascent: regular.font.ascent / regular.unitsPerEm,
        descent: -regular.font.descent / regular.unitsPerEm,
        hasGlyph(char: string, weight: FontWeight = 'regular'): boolean {
            return (weight === 'bold' ? bold : regular).font.glyphForCodePoint(char.codePointAt(0)!).id !== 0;
        },
        width(text: string, size: number, weight: FontWeight = 'regular'): number {
            const f = weight === 'bold' ? bold : regular;
            let units = 0;
            for (const ch of text) units += advance(f, ch.codePointAt(0)!);
            return units / f.unitsPerEm * size;
        }
    };
}
