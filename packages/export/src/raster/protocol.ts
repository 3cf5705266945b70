import type { FontPaths } from '../fonts.js';

/** One SVG to rasterise in a worker. */
export interface RasterJob {
    id: number;
    svg: string;
    fonts: FontPaths;
    dpi: number;
}

/** The PNG, or why there is none (resvg refuses the SVG, memory runs out). */
export type RasterDone =
    | { id: number; ok: true; png: Uint8Array }
    | { id: number; ok: false; message: string };
