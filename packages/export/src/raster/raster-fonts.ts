import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import type { FontPaths } from '../fonts.js';

/**
 * The shipped font for rasterising, and the same font cut down to the Latin script. resvg builds
 * its shaper from every lookup of a face for each run of text it shapes; Noto Sans carries Greek,
 * Cyrillic and Vietnamese lookups a diagram of an Indonesian office never uses, and cut down it
 * shapes four times faster with the same glyphs, kerning and pixels.
 */
export interface RasterFonts {
    full: FontPaths;
    latin?: LatinCut;
}

export interface LatinCut extends FontPaths {
    /**
     * Matches what the cut cannot draw as the full font does: a character outside the cut (the full
     * font draws its glyph, or the empty box for one it lacks, which the cut draws as nothing) or
     * a character reference, which may name any character.
     */
    outside: RegExp;
}

/** What the Latin cut holds: letters with their diacritics, punctuation, and the signs diagrams use. */
const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
    [0x20, 0x7e], [0xa0, 0x24f], [0x2b0, 0x2ff], [0x300, 0x36f], [0x1e00, 0x1eff],
    [0x2000, 0x206f], [0x20a0, 0x20bf], [0x2100, 0x214f], [0x2190, 0x21ff], [0x2200, 0x22ff], [0x25a0, 0x25ff]
];


/**
 * The fonts to draw this SVG with: the Latin cut when every character of it is in the cut and the
 * cut is still on disk (a long-running editor may outlive a cleaned temporary folder).
 */
export function fontsFor(svg: string, fonts: RasterFonts): FontPaths {
    const latin = fonts.latin;
    if (!latin || latin.outside.test(svg) || !fs.existsSync(latin.regular) || !fs.existsSync(latin.bold)) return fonts.full;
    return latin;
}

const made = new Map<string, Promise<RasterFonts>>();

/**
 * The Latin cut of `full`, made once per process into a private temporary folder (removed when the
 * process exits) and used only after it has drawn a sample in both weights exactly as the full font
 * does. Without it (no subsetter, no temporary folder, a cut that draws differently) the full font
 * draws everything, only slower.
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

async function cutLatin(full: FontPaths): Promise<LatinCut> {
    const { default: subsetFont } = await import('subset-font');
    let text = '';
    for (const [lo, hi] of LATIN_RANGES) for (let c = lo; c <= hi; c++) text += String.fromCodePoint(c);
    // mkdtemp: a new folder only this user can enter, under a name no one could have prepared.
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), CUT_PREFIX));
    process.once('exit', () => {
        try {
            fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
        } catch {
            // A file held by another program (Windows): removeStaleCuts clears it on a later run.
        }
    });
    await removeStaleCuts(dir);
    const cut = async (file: string): Promise<string> => {
        const target = path.join(dir, path.basename(file));
        await fs.promises.writeFile(target, await subsetFont(await fs.promises.readFile(file), text, { targetFormat: 'truetype' }), { flag: 'wx' });
        return target;
    };
    const latin = { regular: await cut(full.regular), bold: await cut(full.bold) };
    if (!drawsAlike(full, latin)) throw new Error('the Latin cut draws differently');
    return { ...latin, outside: outsideOf(latin) };
}

/** Characters both cut faces map, as the complement of a character class; ASCII controls pass. */
function outsideOf(latin: FontPaths): RegExp {
    const faces = [latin.regular, latin.bold].map(file => new Set((fontkit.openSync(file) as fontkit.Font).characterSet));
    const both = [...faces[0]].filter(c => faces[1].has(c)).sort((a, b) => a - b);
    const ranges: string[] = [];
    for (let i = 0; i < both.length;) {
        let j = i;
        while (j + 1 < both.length && both[j + 1] === both[j] + 1) j++;
        ranges.push(`\\u{${both[i].toString(16)}}-\\u{${both[j].toString(16)}}`);
        i = j + 1;
    }
    return new RegExp(`&#|[^\\n\\r\\t${ranges.join('')}]`, 'u');
}

const CUT_PREFIX = 'sikerja-huruf-';
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Folders of cuts left by this user's processes that were killed before they could remove them (a
 * test runner stopping its workers): gone after a day. A process still drawing with one finds its
 * cut missing and draws with the full font.
 */
export async function removeStaleCuts(keep: string): Promise<void> {
    const uid = process.getuid?.();
    const names = await fs.promises.readdir(os.tmpdir()).catch(() => [] as string[]);
    for (const name of names) {
        const folder = path.join(os.tmpdir(), name);
        if (!name.startsWith(CUT_PREFIX) || folder === keep) continue;
        const stat = await fs.promises.lstat(folder).catch(() => undefined);
        if (!stat?.isDirectory() || (uid !== undefined && stat.uid !== uid) || Date.now() - stat.mtimeMs < STALE_MS) continue;
        await fs.promises.rm(folder, { recursive: true, force: true }).catch(() => undefined);
    }
}

const SAMPLE = '<svg xmlns="http://www.w3.org/2000/svg" width="220pt" height="36pt" viewBox="0 0 220 36" font-family="Noto Sans, sans-serif">'
    + '<text x="2" y="14" font-size="11">Kepala Bidang ± Pengaduan, Ŋ “ẞ” 1–2 …</text>'
    + '<text x="2" y="31" font-size="11" font-weight="bold">KELOMPOK JABATAN FUNGSIONAL Ár</text></svg>';

/** A resvg that cannot read a font draws no text and says nothing: compare before trusting the cut. */
function drawsAlike(full: FontPaths, latin: FontPaths): boolean {
    const draw = (fonts: FontPaths) => new Resvg(SAMPLE, { dpi: 96, font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).render().pixels;
    const a = draw(full), b = draw(latin);
    return a.some(v => v !== 0) && Buffer.compare(a, b) === 0;
}
