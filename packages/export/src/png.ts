import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import type { FontPaths } from './fonts.js';

export const PNG_DPI = 300;

/**
 * The SVG (sized in points) rasterised at 300 dpi with the shipped font, and the resolution written
 * into the file (pHYs) so that Word inserts the picture at its true size.
 */
export function svgToPng(svg: string, fonts: FontPaths, dpi = PNG_DPI): Buffer {
    return withResolution(new Resvg(svg, renderOptions(fonts, dpi)).render().asPng(), dpi);
}

/** The same PNG, parsed and rendered on libuv's thread pool: several diagrams rasterise at once. */
export async function svgToPngAsync(svg: string, fonts: FontPaths, dpi = PNG_DPI): Promise<Buffer> {
    const image = await renderAsync(svg, renderOptions(fonts, dpi));
    return withResolution(image.asPng(), dpi);
}

function renderOptions(fonts: FontPaths, dpi: number): ResvgRenderOptions {
    return {
        dpi,
        font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
        shapeRendering: 2, textRendering: 1, imageRendering: 0
    };
}

/** Replace any pHYs chunk with one stating `dpi` (pixels per metre, unit 1), placed right after IHDR. */
export function withResolution(png: Uint8Array, dpi: number): Buffer {
    const chunks = extractChunks(png).filter(c => c.name !== 'pHYs');
    const ppm = Math.round(dpi / 0.0254);
    const data = new Uint8Array(9);
    const view = new DataView(data.buffer);
    view.setUint32(0, ppm);
    view.setUint32(4, ppm);
    data[8] = 1;
    chunks.splice(1, 0, { name: 'pHYs', data });
    return Buffer.from(encodeChunks(chunks));
}

/** The resolution a PNG states, in dots per inch, or undefined. */
export function pngResolution(png: Uint8Array): number | undefined {
    const phys = extractChunks(png).find(c => c.name === 'pHYs');
    if (!phys || phys.data[8] !== 1) return undefined;
    const ppm = new DataView(phys.data.buffer, phys.data.byteOffset, 9).getUint32(0);
    return Math.round(ppm * 0.0254);
}
