import * as os from 'node:os';
import { constants, deflateSync } from 'node:zlib';
import { isMainThread } from 'node:worker_threads';
import { writePngChunks } from './png-chunks.js';

/**
 * An opaque RGBA raster as the smallest PNG that holds it exactly: 8-bit grey when every pixel is
 * grey (the formal theme: black, grey and white), otherwise 8-bit RGB; the resolution written in
 * pHYs so that Word inserts the picture at its true size.
 *
 * Run-length deflate without row filters: line drawings on a plain background are runs of one
 * colour; it compresses them smaller than level 1 and faster, where level 6 with adaptive row
 * filters (resvg's own encoder) costs more than the rendering.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number, dpi: number): Uint8Array {
    const grey = greyRows(rgba, width, height);
    const rows = grey ?? rgbRows(rgba, width, height);
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    header[8] = 8;
    header[9] = grey ? 0 : 2;
    return writePngChunks([
        { name: 'IHDR', data: header },
        { name: 'pHYs', data: physChunk(dpi) },
        { name: 'IDAT', data: deflateSync(rows, { level: 1, strategy: constants.Z_RLE }) },
        { name: 'IEND', data: new Uint8Array(0) }
    ]);
}

/** pHYs data: pixels per metre on both axes, unit metre. */
export function physChunk(dpi: number): Uint8Array {
    const data = new Uint8Array(9);
    const view = new DataView(data.buffer);
    const ppm = Math.round(dpi / 0.0254);
    view.setUint32(0, ppm);
    view.setUint32(4, ppm);
    data[8] = 1;
    return data;
}

// A raster worker keeps one array for the scanlines, grown to its largest picture: a fresh one per
// picture costs more in page faults than filling it. Elsewhere (the editor's process) nothing is kept.
let scratch = new Uint8Array(0);

function rowsBuffer(length: number): Uint8Array {
    if (isMainThread) return new Uint8Array(length);
    if (scratch.length < length) scratch = new Uint8Array(length);
    return scratch.subarray(0, length);
}

/**
 * Pixels read as 32-bit words (R in the low byte on a little-endian machine): the grey test is one
 * XOR per pixel instead of three byte reads.
 */
function pixelWords(rgba: Uint8Array): Uint32Array | undefined {
    if (os.endianness() !== 'LE' || rgba.byteOffset % 4 !== 0) return undefined;
    return new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length >>> 2);
}

/** PNG scanlines (filter byte 0, one grey byte per pixel), or undefined at the first coloured pixel. */
function greyRows(rgba: Uint8Array, width: number, height: number): Uint8Array | undefined {
    const out = rowsBuffer((width + 1) * height);
    const words = pixelWords(rgba);
    let o = 0, s = 0;
    if (words) {
        for (let y = 0; y < height; y++) {
            out[o++] = 0;
            for (const end = s + width; s < end; s++) {
                const v = words[s];
                if (((v ^ (v >>> 8)) & 0xffff) !== 0) return undefined;
                out[o++] = v;
            }
        }
        return out;
    }
    for (let y = 0; y < height; y++) {
        out[o++] = 0;
        for (let x = 0; x < width; x++, s += 4) {
            const r = rgba[s];
            if (rgba[s + 1] !== r || rgba[s + 2] !== r) return undefined;
            out[o++] = r;
        }
    }
    return out;
}

function rgbRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
    const out = rowsBuffer((width * 3 + 1) * height);
    let o = 0, s = 0;
    for (let y = 0; y < height; y++) {
        out[o++] = 0;
        for (let x = 0; x < width; x++, s += 4) {
            out[o++] = rgba[s];
            out[o++] = rgba[s + 1];
            out[o++] = rgba[s + 2];
        }
    }
    return out;
}
