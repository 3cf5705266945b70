// Bundle the CLI (and with it the language server) into one ESM file for Node 22.
import * as esbuild from 'esbuild';

await esbuild.build({
    entryPoints: ['packages/cli/src/cli.ts'],
    outfile: 'packages/cli/dist/sikerja.js',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    // Native code (resvg), data files read beside the module (pdfkit's) and the font package stay in
    // node_modules, resolved at run time.
    external: ['@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit', 'fontkit', '@expo-google-fonts/noto-sans'],
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __sikerjaCreateRequire } from 'node:module'; const require = __sikerjaCreateRequire(import.meta.url);" }
});
