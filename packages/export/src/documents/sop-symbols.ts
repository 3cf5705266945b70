import type { MapNode } from '@sikerja/model';
import { svgToPngAsync } from '../png.js';
import { fontsFor, type RasterFonts } from '../raster/raster-fonts.js';

/** A symbol's picture for a flow cell, with the symbol's name for its alt text. */
export interface SopSymbol { png: Buffer; width: number; height: number; name: string }

/** Points: the drawing's size; the cell shows it at this size. */
const W = 40, H = 22;
const STROKE = 'stroke="#000" stroke-width="1.2" fill="#fff"';

/**
 * The flowchart symbols of an SOP AP (PermenPAN-RB 35/2012, Lampiran: simbol SOP AP): terminator for
 * mulai/selesai, rectangle for a kegiatan (proses), diamond for a keputusan, document for a dokumen,
 * and a small circle for a penghubung, each drawn as its shape, not named in words.
 */
const SHAPES: Record<MapNode['kind'], [string, string]> = {
    mulai: ['Mulai (terminator)', `<rect x="2" y="3" width="36" height="16" rx="8" ry="8" ${STROKE}/>`],
    selesai: ['Selesai (terminator)', `<rect x="2" y="3" width="36" height="16" rx="8" ry="8" ${STROKE}/>`],
    kegiatan: ['Proses', `<rect x="3" y="3" width="34" height="16" ${STROKE}/>`],
    keputusan: ['Keputusan', `<polygon points="20,1 38,11 20,21 2,11" ${STROKE}/>`],
    dokumen: ['Dokumen', `<path d="M3 3 H37 V17 Q28.5 13 20 17 T3 17 Z" ${STROKE}/>`],
    penghubung: ['Penghubung', `<circle cx="20" cy="11" r="8" ${STROKE}/>`]
};

/** Each symbol once, as a PNG at the lampiran's resolution. */
export async function sopSymbols(raster: RasterFonts): Promise<Record<MapNode['kind'], SopSymbol>> {
    const entries = await Promise.all((Object.keys(SHAPES) as Array<MapNode['kind']>).map(async kind => {
        const [name, shape] = SHAPES[kind];
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}pt" height="${H}pt" viewBox="0 0 ${W} ${H}">${shape}</svg>`;
        return [kind, { png: await svgToPngAsync(svg, fontsFor(svg, raster)), width: W, height: H, name }] as const;
    }));
    return Object.fromEntries(entries) as Record<MapNode['kind'], SopSymbol>;
}
