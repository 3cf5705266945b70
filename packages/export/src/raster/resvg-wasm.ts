import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { initWasm, Resvg as WasmResvg, type ResvgRenderOptions as WasmOptions } from '@resvg/resvg-wasm';
import type { RenderedImage, ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * The part of `@resvg/resvg-js` SiKerja uses, over resvg compiled to WebAssembly. The VS Code
 * extension is bundled with this module in place of the native one, so one `.vsix` rasterises on
 * Windows, macOS and Linux alike; the CLI keeps the native build, which is faster and runs on the
 * thread pool. Same resvg version, same options, same pixels (test/export/resvg-wasm.test.ts).
 *
 * WebAssembly has no file system: the font files named in the options are read here and handed
 * over as buffers. The module is compiled once per process, on first use.
 */
export type { RenderedImage, ResvgRenderOptions };

/** Where the compiled resvg is: beside the bundle in the extension, in node_modules elsewhere. */
export function wasmLocation(): URL {
    const beside = new URL('./resvg.wasm', import.meta.url);
    if (beside.protocol === 'file:' && fs.existsSync(beside)) return beside;
    return pathToFileURL(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
}

let ready: Promise<void> | undefined;
let initialised = false;

/** Compiles resvg once; later calls share the same promise. */
export function resvgReady(): Promise<void> {
    ready ??= fs.promises.readFile(wasmLocation()).then(bytes => initWasm(bytes)).then(() => { initialised = true; });
    return ready;
}

const fontBuffers = new Map<string, Uint8Array>();

function fontBuffer(file: string): Uint8Array {
    let bytes = fontBuffers.get(file);
    if (!bytes) {
        bytes = fs.readFileSync(file);
        fontBuffers.set(file, bytes);
    }
    return bytes;
}

function wasmOptions(options: ResvgRenderOptions | undefined): WasmOptions | undefined {
    if (!options) return undefined;
    const { font, ...rest } = options;
    if (!font) return rest as WasmOptions;
    const { fontFiles = [], fontDirs: _dirs, loadSystemFonts: _system, ...family } = font;
    return { ...rest, font: { ...family, fontBuffers: fontFiles.map(fontBuffer) } } as WasmOptions;
}

/** `new Resvg(svg, options)`, once `resvgReady()` has resolved. */
export class Resvg {
    private readonly inner: InstanceType<typeof WasmResvg>;

    constructor(svg: string | Buffer, options?: ResvgRenderOptions) {
        if (!initialised) throw new Error('resvg (WebAssembly) belum dimuat; gambar dengan renderAsync');
        this.inner = new WasmResvg(typeof svg === 'string' ? svg : new Uint8Array(svg), wasmOptions(options));
    }

    /**
     * The image, read once: its canvas lives in WebAssembly memory (a gigabyte for the largest
     * diagram), so it is freed as soon as its pixels or its PNG are taken, not when V8 collects it.
     */
    render(): RenderedImage {
        let image: ReturnType<InstanceType<typeof WasmResvg>['render']>;
        try {
            image = this.inner.render();
        } finally {
            this.inner.free();
        }
        const { width, height } = image;
        const once = <T>(read: () => T): T => {
            try {
                return read();
            } finally {
                image.free();
            }
        };
        return { width, height, get pixels() { return Buffer.from(once(() => image.pixels)); }, asPng: () => Buffer.from(once(() => image.asPng())) } as unknown as RenderedImage;
    }
}

/** The native module's asynchronous render: here on the calling thread, after resvg is compiled. */
export async function renderAsync(svg: string | Buffer, options?: ResvgRenderOptions): Promise<RenderedImage> {
    await resvgReady();
    return new Resvg(svg, options).render();
}
