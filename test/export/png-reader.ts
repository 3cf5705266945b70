import { inflateSync } from 'node:zlib';
import extractChunks from 'png-chunks-extract';

export interface DecodedPng {
    width: number;
    height: number;
    /** 0 grey, 2 RGB, 6 RGBA (8 bits per channel). */
    colorType: number;
    /** Straight RGBA, four bytes per pixel. */
    rgba: Uint8Array;
}

/**
 * Decodes the PNGs SiKerja writes (8-bit grey, RGB or RGBA) into RGBA, undoing each row's filter, so a
 * test compares pixels rather than bytes.
 */
export function decodePng(png: Uint8Array): DecodedPng {
    const chunks = extractChunks(png);
    const header = new DataView(chunks[0].data.buffer, chunks[0].data.byteOffset, 13);
    const width = header.getUint32(0), height = header.getUint32(4), depth = chunks[0].data[8], colorType = chunks[0].data[9];
    if (depth !== 8 || ![0, 2, 6].includes(colorType)) throw new Error(`PNG ${depth} bit, type ${colorType}: not read by this helper`);
    const channels = colorType === 0 ? 1 : colorType === 2 ? 3 : 4;
    const raw = inflateSync(Buffer.concat(chunks.filter(c => c.name === 'IDAT').map(c => c.data)));
    const stride = width * channels;
    const rows = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        for (let x = 0; x < stride; x++) {
            const value = raw[y * (stride + 1) + 1 + x];
            const left = x >= channels ? rows[y * stride + x - channels] : 0;
            const up = y > 0 ? rows[(y - 1) * stride + x] : 0;
            const upLeft = y > 0 && x >= channels ? rows[(y - 1) * stride + x - channels] : 0;
            rows[y * stride + x] = (value + predictor(filter, left, up, upLeft)) & 0xff;
        }
    }
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
        const s = i * channels;
        rgba[i * 4] = rows[s];
        rgba[i * 4 + 1] = rows[channels === 1 ? s : s + 1];
        rgba[i * 4 + 2] = rows[channels === 1 ? s : s + 2];
        rgba[i * 4 + 3] = channels === 4 ? rows[s + 3] : 255;
    }
    return { width, height, colorType, rgba };
}

function predictor(filter: number, left: number, up: number, upLeft: number): number {
    switch (filter) {
        case 0: return 0;
        case 1: return left;
        case 2: return up;
        case 3: return (left + up) >> 1;
        case 4: {
            const p = left + up - upLeft;
            const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
            return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
        }
        default: throw new Error(`unknown PNG row filter ${filter}`);
    }
}
