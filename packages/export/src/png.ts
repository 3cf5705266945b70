import { Resvg, renderAsync, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import extractChunks from 'png-chunks-extract';
import type { FontPaths } from './fonts.js';
import { encodeOpaquePng, physChunk } from './raster/encode-png.js';
import { writePngChunks, type PngChunk } from './raster/png-chunks.js';
import { splitOpaqueBackground } from './raster/opaque-background.js';

export const PNG_DPI = 300;

/**
 * The largest PNG drawn: 250 megapixels is fourteen A3 sheets at 300 dpi, and a gigabyte of canvas
 * before its copy. Beyond it the PDF (tiled over pages) or the SVG is the way to print the diagram.
 */
export const MAX_PNG_MEGAPIXELS = 250;

/**
 * The SVG (sized in points) rasterised at 300 dpi with the shipped font, and the resolution written
 * into the file (pHYs) so that Word inserts the picture at its true size.
 */
export function svgToPng(svg: string, fonts: FontPaths, dpi = PNG_DPI): Buffer {
    const png = rasterizeSvg(svg, fonts, dpi);
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/** The PNG of svgToPng in an array of its own (a worker hands its buffer over rather than copy it). */
export function rasterizeSvg(svg: string, fonts: FontPaths, dpi = PNG_DPI): Uint8Array {
    refuseOversized(svg, dpi);
    const background = splitOpaqueBackground(svg);
    const image = new Resvg(background?.svg ?? svg, renderOptions(fonts, dpi, background?.color)).render();
    return encodeRendered(image, dpi, background !== undefined);
}

/** The same PNG, parsed and rendered on libuv's thread pool: several diagrams rasterise at once. */
export async function svgToPngAsync(svg: string, fonts: FontPaths, dpi = PNG_DPI): Promise<Buffer> {
    refuseOversized(svg, dpi);
    const background = splitOpaqueBackground(svg);
    const image = await renderAsync(background?.svg ?? svg, renderOptions(fonts, dpi, background?.color));
    const png = encodeRendered(image, dpi, background !== undefined);
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/** A PNG SiKerja declines to draw, with the reason in the analyst's words. */
export class PngRefused extends Error {}

/** A drawing sized in points (as SiKerja writes them) too large to rasterise is refused before any memory is taken. */
function refuseOversized(svg: string, dpi: number): void {
    const size = /^<svg [^>]*?width="([\d.]+)pt" height="([\d.]+)pt"/.exec(svg);
    if (!size) return;
    const [width, height] = [Number(size[1]), Number(size[2])].map(pt => Math.round(pt / 72 * dpi));
    const megapixels = width * height / 1e6;
    if (megapixels > MAX_PNG_MEGAPIXELS) {
        throw new PngRefused(`gambar ${width} × ${height} piksel (${Math.round(megapixels)} megapiksel pada ${dpi} dpi) melebihi batas ${MAX_PNG_MEGAPIXELS} megapiksel; ekspor sebagai PDF (dipecah per halaman) atau SVG`);
    }
}

function renderOptions(fonts: FontPaths, dpi: number, background: string | undefined): ResvgRenderOptions {
    return {
        dpi,
        font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
        shapeRendering: 2, textRendering: 1, imageRendering: 0,
        ...(background ? { background } : {}),
        // resvg-js 2.6.2 crops every picture, by default to its whole self, by copying the canvas:
        // half the rendering time of a large diagram. An empty crop rectangle is no crop at all
        // there. The version is pinned, and a test compares the pixels with a plain render.
        crop: { left: 0, top: 0, right: 0 }
    };
}

/** An opaque canvas is written as grey or RGB without alpha; anything else as resvg writes it. */
function encodeRendered(image: RenderedImage, dpi: number, opaque: boolean): Uint8Array {
    if (!opaque) return writePngChunks(resolutionChunks(image.asPng(), dpi));
    return encodeOpaquePng(image.pixels, image.width, image.height, dpi);
}

/** The PNG's chunks with any pHYs replaced by one stating `dpi`, placed right after IHDR. */
function resolutionChunks(png: Uint8Array, dpi: number): PngChunk[] {
    const chunks = extractChunks(png).filter(c => c.name !== 'pHYs');
    chunks.splice(1, 0, { name: 'pHYs', data: physChunk(dpi) });
    return chunks;
}

/** The resolution a PNG states, in dots per inch, or undefined. */
export function pngResolution(png: Uint8Array): number | undefined {
    const phys = extractChunks(png).find(c => c.name === 'pHYs');
    if (!phys || phys.data[8] !== 1) return undefined;
    const ppm = new DataView(phys.data.buffer, phys.data.byteOffset, 9).getUint32(0);
    return Math.round(ppm * 0.0254);
}
