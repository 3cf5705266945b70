import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { renderDiagram, shippedFontPaths, shippedFonts, type Diagram } from '@sikerja/diagram';
import type { DrawRequest } from '@sikerja/model';
import { fontsFor, pngResolution, rasterFonts, RasterPool, svgToPng, type RasterFonts } from '@sikerja/export';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeOpaquePng } from '../../packages/export/src/raster/encode-png.js';
import { removeStaleCuts } from '../../packages/export/src/raster/raster-fonts.js';
import { decodePng } from './png-reader.js';

const { metrics } = shippedFonts();
const full = shippedFontPaths();
let pemda: PemdaModel;
let fonts: RasterFonts;
const pool = new RasterPool(2);

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/bengkayang']);
    pemda = ws.services.model.SemanticModel.semanticModel().pemda[0];
    fonts = await rasterFonts(full);
});
afterAll(() => pool.close());

async function draw(request: DrawRequest): Promise<Diagram> {
    const r = await renderDiagram(pemda, request, metrics);
    if (!r.ok) throw new Error(r.error.message);
    return r.diagram;
}

/** resvg drawing the SVG exactly as written, with the full font and nothing taken out: the reference. */
function plainRender(svg: string, dpi = 300): { width: number; height: number; rgba: Uint8Array } {
    const image = new Resvg(svg, { dpi, font: { fontFiles: [full.regular, full.bold], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }, shapeRendering: 2, textRendering: 1, imageRendering: 0 }).render();
    return { width: image.width, height: image.height, rgba: image.pixels };
}

function differingPixels(a: Uint8Array, b: Uint8Array): number {
    let n = 0;
    for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3]) n++;
    return n;
}

describe('PNG rasterising', () => {
    it('gives the pixels of the SVG as written: background as canvas, Latin cut of the font, no crop copy', async () => {
        for (const request of [{ kind: 'struktur', element: 'Dinkes' }, { kind: 'peta-jabatan', element: 'Setda' }, { kind: 'sop', element: 'PenunjukanLintasUnit.PetaPenunjukan' }] as DrawRequest[]) {
            const d = await draw(request);
            const latin = fontsFor(d.svg, fonts);
            expect(latin, 'an all-Latin diagram is drawn with the cut font').not.toBe(full);
            const png = decodePng(svgToPng(d.svg, latin));
            const reference = plainRender(d.svg);
            expect([png.width, png.height]).toEqual([reference.width, reference.height]);
            expect(png.colorType, 'the formal look is black, grey and white: a grey PNG').toBe(0);
            expect(differingPixels(png.rgba, reference.rgba), `${request.kind} ${request.element}`).toBe(0);
        }
    });

    it('keeps colour in the colour theme (RGB, no alpha), pixel for pixel', async () => {
        const d = await draw({ kind: 'peta-jabatan', element: 'Dinkes', theme: 'warna' });
        const png = decodePng(svgToPng(d.svg, fontsFor(d.svg, fonts), 100));
        expect(png.colorType).toBe(2);
        expect(differingPixels(png.rgba, plainRender(d.svg, 100).rgba)).toBe(0);
    });

    it('draws text outside the Latin cut with the full font', () => {
        const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="40pt" viewBox="0 0 200 40" font-family="Noto Sans, sans-serif">\n<rect x="0" y="0" width="200" height="40" fill="#ffffff"/>\n<text x="4" y="24" font-size="12">${text}</text>\n</svg>\n`;
        expect(fontsFor(svg('Kepala Seksi Pelayanan ± Rujukan'), fonts)).toBe(fonts.latin);
        expect(fontsFor(svg('&#x4E2D;&#25991;'), fonts), 'a character reference may name any character').toBe(full);
        expect(fontsFor(svg('Pelaksana → Ketua'), fonts), 'a sign Noto Sans lacks: the full font draws its empty box').toBe(full);
        for (const text of ['Ωμέγα', 'Пётр', '中文', '→']) {
            expect(fontsFor(svg(text), fonts), text).toBe(full);
            expect(differingPixels(decodePng(svgToPng(svg(text), fontsFor(svg(text), fonts))).rgba, plainRender(svg(text)).rgba)).toBe(0);
        }
    });

    it('renders an SVG without a background as resvg encodes it: straight alpha, transparent where nothing is drawn', () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20pt" height="10pt" viewBox="0 0 20 10"><rect x="0" y="0" width="10" height="10" fill="#3366cc" fill-opacity="0.5"/></svg>';
        const png = svgToPng(svg, full);
        expect(pngResolution(png)).toBe(300);
        const decoded = decodePng(png);
        const reference = decodePng(new Resvg(svg, { dpi: 300, font: { loadSystemFonts: false } }).render().asPng());
        expect(decoded.colorType).toBe(6);
        expect(differingPixels(decoded.rgba, reference.rgba)).toBe(0);
        const [r, g, b, a] = decoded.rgba;
        expect(a).toBe(128);
        for (const [got, want] of [[r, 0x33], [g, 0x66], [b, 0xcc]]) expect(Math.abs(got - want), 'half-transparent blue, not premultiplied').toBeLessThanOrEqual(1);
        expect(decoded.rgba[(decoded.width - 1) * 4 + 3], 'the right half is transparent').toBe(0);
    });

    it('encodes pixels that do not start on a word boundary the same way', () => {
        const width = 7, height = 5;
        const rgba = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : (i >> 2) * 7 % 256));
        const shifted = new Uint8Array(rgba.length + 1).subarray(1);
        shifted.set(rgba);
        expect(Buffer.from(encodeOpaquePng(shifted, width, height, 300))).toEqual(Buffer.from(encodeOpaquePng(rgba, width, height, 300)));
        const colour = rgba.map((v, i) => (i % 4 === 1 ? 255 - v : v));
        const unaligned = new Uint8Array(colour.length + 2).subarray(2);
        unaligned.set(colour);
        const decoded = decodePng(encodeOpaquePng(unaligned, width, height, 300));
        expect(decoded.colorType).toBe(2);
        expect(Buffer.from(decoded.rgba)).toEqual(Buffer.from(colour));
    });

    it('clears cut folders a killed process left a day ago, not younger ones', async () => {
        const old = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-huruf-'));
        const young = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-huruf-'));
        const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
        fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
        await removeStaleCuts(fonts.latin ? path.dirname(fonts.latin.regular) : young);
        expect(fs.existsSync(old)).toBe(false);
        expect(fs.existsSync(young)).toBe(true);
        expect(fs.existsSync(fonts.latin!.regular), 'the cut in use stays').toBe(true);
        fs.rmSync(young, { recursive: true });
    });

    it('falls back to the full font when the cut is gone from the temporary folder', () => {
        const gone = { full, latin: { ...fonts.latin!, regular: `${fonts.latin!.regular}.hilang` } };
        expect(fontsFor('<svg xmlns="http://www.w3.org/2000/svg"/>', gone)).toBe(full);
    });
});

describe('raster workers', () => {
    it('rasterise several diagrams at once, each the PNG of its own SVG at 300 dpi', async () => {
        const diagrams = await Promise.all((['Dinkes', 'Setda', 'DPMPTSP'] as const).map(element => draw({ kind: 'struktur', element })));
        const pngs = await Promise.all(diagrams.map(d => pool.rasterize(d.svg, fontsFor(d.svg, fonts), 300)));
        pngs.forEach((png, i) => {
            expect(pngResolution(png)).toBe(300);
            const decoded = decodePng(png);
            expect([decoded.width, decoded.height]).toEqual([Math.round(diagrams[i].width * 300 / 72), Math.round(diagrams[i].height * 300 / 72)]);
            expect(differingPixels(decoded.rgba, plainRender(diagrams[i].svg).rgba)).toBe(0);
        });
    });

    it('refuse an SVG resvg cannot read with a message, and go on with the next', async () => {
        await expect(pool.rasterize('<svg xmlns="http://www.w3.org/2000/svg"><rect', full, 300)).rejects.toThrow(/^resvg gagal: /);
        const d = await draw({ kind: 'tim', element: 'TimPercepatanPenurunanStunting' });
        expect(pngResolution(await pool.rasterize(d.svg, full, 300))).toBe(300);
    });

    it('fail only the job of a worker that dies, and go on in a new one', async () => {
        const dying = new RasterPool(1, new URL('./fixtures/dying-raster-worker.ts', import.meta.url));
        try {
            const d = await draw({ kind: 'struktur', element: 'Dinkes' });
            const lost = dying.rasterize('mati', full, 300);
            const next = dying.rasterize(d.svg, full, 300);
            await expect(lost).rejects.toThrow('pekerja PNG berhenti: kode 3');
            expect(pngResolution(await next)).toBe(300);
        } finally {
            await dying.close();
        }
        await expect(dying.rasterize('<svg/>', full, 300), 'a closed pool takes nothing more').rejects.toThrow('Ekspor PNG dihentikan.');
    });

    it('refuse a drawing too large for a PNG, with the size and what to export instead', async () => {
        const huge = '<svg xmlns="http://www.w3.org/2000/svg" width="5000pt" height="5000pt" viewBox="0 0 5000 5000">\n<rect x="0" y="0" width="5000" height="5000" fill="#ffffff"/>\n</svg>\n';
        await expect(pool.rasterize(huge, full, 300)).rejects.toThrow('gambar 20833 × 20833 piksel (434 megapiksel pada 300 dpi) melebihi batas 250 megapiksel; ekspor sebagai PDF (dipecah per halaman) atau SVG');
        expect(() => svgToPng(huge, full)).toThrow(/melebihi batas 250 megapiksel/);
        expect(pngResolution(svgToPng(huge, full, 50)), 'the same drawing at 50 dpi is drawn').toBe(50);
    });

    it('refuse what still waits when closed', async () => {
        const own = new RasterPool(1);
        const d = await draw({ kind: 'struktur', element: 'Dinkes' });
        const outcomes = Promise.allSettled([own.rasterize(d.svg, full, 300), own.rasterize(d.svg, full, 300)]);
        await own.close();
        expect((await outcomes).map(o => o.status === 'rejected' && (o.reason as Error).message)).toEqual(['Ekspor PNG dihentikan.', 'Ekspor PNG dihentikan.']);
    });
});
