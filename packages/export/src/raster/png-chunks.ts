import CRC32 from 'crc-32';

export interface PngChunk {
    name: string;
    data: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A PNG file from its chunks: length, type, data and the CRC of type and data, in one array of its
 * own. (png-chunks-encode computes the CRC over a JavaScript array copy of each chunk, slow and large
 * for the IDAT of a 300 dpi picture.)
 */
export function writePngChunks(chunks: readonly PngChunk[]): Uint8Array {
    const out = new Uint8Array(chunks.reduce((n, c) => n + 12 + c.data.length, SIGNATURE.length));
    const view = new DataView(out.buffer);
    out.set(SIGNATURE, 0);
    let at = SIGNATURE.length;
    for (const { name, data } of chunks) {
        view.setUint32(at, data.length);
        for (let i = 0; i < 4; i++) out[at + 4 + i] = name.charCodeAt(i);
        out.set(data, at + 8);
        view.setInt32(at + 8 + data.length, CRC32.buf(out.subarray(at + 4, at + 8 + data.length)));
        at += 12 + data.length;
    }
    return out;
}
