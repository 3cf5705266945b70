// Bundle the CLI (and with it the language server) into one ESM file for Node 22.
import * as fs from 'node:fs';
import * as esbuild from 'esbuild';

// Chunk names carry a hash: an old build's chunks would otherwise stay beside the new ones.
fs.rmSync('packages/cli/dist', { recursive: true, force: true });

await esbuild.build({
    // The layout and raster workers are files of their own beside sikerja.js: a worker thread starts from a script.
    entryPoints: {
        sikerja: 'packages/cli/src/cli.ts',
        'layout-worker': 'packages/diagram/src/worker/layout-worker.ts',
        'raster-worker': 'packages/export/src/raster/raster-worker.ts'
    },
    outdir: 'packages/cli/dist',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    // The export commands' writers (docx, exceljs, pdfkit) sit in chunks loaded when those commands run.
    splitting: true,
    // Beside sikerja.js: the layout client finds layout-worker.js next to the module it runs in.
    chunkNames: '[name]-[hash]',
    sourcemap: true,
    logLevel: 'warning',
    // Native code (resvg), data files read beside the module (pdfkit's, the subsetter's WebAssembly) and
    // the font package stay in node_modules, resolved at run time.
    external: ['@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit', 'fontkit', '@expo-google-fonts/noto-sans', 'subset-font'],
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __sikerjaCreateRequire } from 'node:module'; const require = __sikerjaCreateRequire(import.meta.url);" }
});
