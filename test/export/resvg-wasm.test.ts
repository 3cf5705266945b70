import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as NativeResvg from '@resvg/resvg-js';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { renderDiagram, shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import type { DrawRequest } from '@sikerja/model';
import { pngResolution, svgToPngAsync } from '@sikerja/export';
import { decodePng } from './png-reader.js';

/**
 * The VS Code extension is bundled with resvg compiled to WebAssembly in place of the native module
 * (scripts/build-vscode.mjs), so that one .vsix draws PNG on Windows, macOS and Linux. Here the
 * export's own PNG writer runs over that module, as in the extension, and must give the pixels the
 * native resvg of the CLI gives.
 */
const wasm = vi.hoisted(() => ({ renders: 0 }));
vi.mock('@resvg/resvg-js', async () => {
    const adapter = await import('../../packages/export/src/raster/resvg-wasm.js');
    return { ...adapter, renderAsync: (...args: Parameters<typeof adapter.renderAsync>) => { wasm.renders++; return adapter.renderAsync(...args); } };
});

const { metrics } = shippedFonts();
const full = shippedFontPaths();
let pemda: PemdaModel;
let native: typeof NativeResvg;

beforeAll(async () => {
    native = await vi.importActual<typeof NativeResvg>('@resvg/resvg-js');
    const ws = await loadWorkspace(['examples/bengkayang']);
    pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
});

function nativeRender(svg: string, dpi: number): { width: number; height: number; rgba: Uint8Array } {
    const image = new native.Resvg(svg, { dpi, font: { fontFiles: [full.regular, full.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }, shapeRendering: 2, textRendering: 1, imageRendering: 0 }).render();
    return { width: image.width, height: image.height, rgba: image.pixels };
}

describe('PNG in the extension (resvg as WebAssembly)', () => {
    it('draws the diagrams at 300 dpi with the shipped font, pixel for pixel as the native resvg', async () => {
        for (const request of [{ kind: 'struktur', element: 'Dinkes' }, { kind: 'peta-jabatan', element: 'Dinkes', theme: 'warna' }] as DrawRequest[]) {
            const drawn = await renderDiagram(pemda, request, metrics);
            if (!drawn.ok) throw new Error(drawn.error.message);
            const bytes = await svgToPngAsync(drawn.diagram.svg, full);
            expect(pngResolution(bytes)).toBe(300);
            const png = decodePng(bytes);
            const reference = nativeRender(drawn.diagram.svg, 300);
            expect([png.width, png.height], `${request.kind}`).toEqual([reference.width, reference.height]);
            expect(Buffer.compare(Buffer.from(png.rgba), Buffer.from(reference.rgba)), `${request.kind}: same pixels`).toBe(0);
        }
        expect(wasm.renders, 'drawn by the WebAssembly resvg').toBe(2);
    });

    it('refuses an SVG it cannot read with resvg\'s reason, and draws the next one', async () => {
        await expect(svgToPngAsync('<svg xmlns="http://www.w3.org/2000/svg"><rect', full)).rejects.toThrow();
        const ok = await svgToPngAsync('<svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="10pt"><rect width="10" height="10" fill="#000"/></svg>', full);
        expect(decodePng(ok).width).toBe(42);
    });
});
