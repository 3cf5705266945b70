import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FontPaths } from '../fonts.js';

/**
 * The shipped font for rasterising, and the same font cut down to the Latin script. resvg builds
 * its shaper from every lookup of a face for each run of text it shapes; Noto Sans carries Greek,
 * Cyrillic and Vietnamese lookups a diagram of an Indonesian office never uses, and cut down it
 * shapes four times faster with the same glyphs, kerning and pixels.
 */
export interface RasterFonts {
    full: FontPaths;
    latin?: FontPaths;
}

/** What the Latin cut holds: letters with their diacritics, punctuation, and the signs diagrams use. */
const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
    [0x20, 0x7e], [0xa0, 0x24f], [0x2b0, 0x2ff], [0x300, 0x36f], [0x1e00, 0x1eff],
    [0x2000, 0x206f], [0x20a0, 0x20bf], [0x2100, 0x214f], [0x2190, 0x21ff], [0x2200, 0x22ff], [0x25a0, 0x25ff]
];
// Bump when LATIN_RANGES change, so a cut made before is not taken for the new one.
const CUT_VERSION = 1;

const range = (lo: number, hi: number) => `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`;
const OUTSIDE_LATIN = new RegExp(`[^\\n\\r\\t${LATIN_RANGES.map(([lo, hi]) => range(lo, hi)).join('')}]`, 'u');

/** The fonts to draw this SVG with: the Latin cut when every character of it is in the cut. */
export function fontsFor(svg: string, fonts: RasterFonts): FontPaths {
    return fonts.latin && !OUTSIDE_LATIN.test(svg) ? fonts.latin : fonts.full;
}

const made = new Map<string, Promise<RasterFonts>>();

/**
 * The Latin cut of `full`, made once per machine into the temporary folder (by content hash, written
 * beside and renamed) and once per process into memory. Without it (no subsetter, no writable
 * temporary folder) the full font draws everything, only slower.
 */
export function rasterFonts(full: FontPaths): Promise<RasterFonts> {
    const key = `${full.regular}\n${full.bold}`;
    let fonts = made.get(key);
    if (!fonts) {
        fonts = cutLatin(full).then(latin => ({ full, latin }), () => ({ full }));
        made.set(key, fonts);
    }
    return fonts;
}

async function cutLatin(full: FontPaths): Promise<FontPaths> {
    const { default: subsetFont } = await import('subset-font');
    let text = '';
    for (const [lo, hi] of LATIN_RANGES) for (let c = lo; c <= hi; c++) text += String.fromCodePoint(c);
    const dir = path.join(os.tmpdir(), 'sikerja-huruf');
    await fs.mkdir(dir, { recursive: true });
    const cut = async (file: string): Promise<string> => {
        const bytes = await fs.readFile(file);
        const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
        const target = path.join(dir, `${path.basename(file, '.ttf')}-latin${CUT_VERSION}-${hash}.ttf`);
        if ((await fs.stat(target).catch(() => undefined))?.size) return target;
        const subset = await subsetFont(bytes, text, { targetFormat: 'truetype' });
        const temp = `${target}.${process.pid}.tmp`;
        await fs.writeFile(temp, subset);
        await fs.rename(temp, target);
        return target;
    };
    return { regular: await cut(full.regular), bold: await cut(full.bold) };
}
