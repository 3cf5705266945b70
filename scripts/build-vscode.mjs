// Bundle the VS Code extension: the client, the language server and its layout worker (CommonJS,
// as VS Code loads extensions), the preview's script (browser), and the files they read at run time.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ext = path.join(root, 'packages/vscode');
const dist = path.join(ext, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

// pdfkit loads its standard fonts (Helvetica is set on every new document) through its package.json
// "imports" map ('#standard-fonts/…') with a require made at run time, which a bundle cannot follow:
// make those requires static so the font metrics are bundled like any other module.
const pdfkitStandardFonts = {
    name: 'pdfkit-standard-fonts',
    setup(build) {
        build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit(\.node\.mjs|\.js)$/ }, async args => {
            const source = await fs.promises.readFile(args.path, 'utf8');
            const rewritten = source.replace(/require\$1\('#standard-fonts\/(\w+)'\)/g, (_, font) => `require('./standard-fonts/${font}.cjs')`);
            if (rewritten === source) throw new Error(`pdfkit: no '#standard-fonts' require found in ${args.path}; the bundle would miss its fonts`);
            return { contents: rewritten, loader: 'js', resolveDir: path.dirname(args.path) };
        });
    }
};

// import.meta.url has no meaning in CommonJS: give the bundles the file's own URL.
const cjs = {
    plugins: [pdfkitStandardFonts],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, logLevel: 'warning',
    define: { 'import.meta.url': '__sikerjaFileUrl' },
    banner: { js: "const __sikerjaFileUrl = require('url').pathToFileURL(__filename).href;" },
    // resvg compiled to WebAssembly in place of the native module: one .vsix draws PNG on Windows,
    // macOS and Linux. The Latin cut of the font (subset-font) is for bulk export only.
    alias: { '@resvg/resvg-js': path.join(root, 'packages/export/src/raster/resvg-wasm.ts') },
    external: ['vscode', 'subset-font']
};
await esbuild.build({ ...cjs, entryPoints: { extension: path.join(ext, 'src/extension.ts'), server: path.join(ext, 'src/server.ts'), 'layout-worker': path.join(root, 'packages/diagram/src/worker/layout-worker.ts') }, outdir: dist });
await esbuild.build({ entryPoints: { webview: path.join(ext, 'src/webview/main.ts') }, outdir: dist, bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, logLevel: 'warning' });

const copy = (from, to) => { fs.mkdirSync(path.dirname(to), { recursive: true }); fs.cpSync(from, to, { recursive: true }); };
copy(path.join(root, 'syntaxes/sikerja.tmLanguage.json'), path.join(dist, 'sikerja.tmLanguage.json'));
copy(path.join(root, 'syntaxes/language-configuration.json'), path.join(dist, 'language-configuration.json'));
const fonts = path.join(root, 'node_modules/@expo-google-fonts/noto-sans');
copy(path.join(fonts, '400Regular/NotoSans_400Regular.ttf'), path.join(dist, 'fonts/NotoSans_400Regular.ttf'));
copy(path.join(fonts, '700Bold/NotoSans_700Bold.ttf'), path.join(dist, 'fonts/NotoSans_700Bold.ttf'));
copy(path.join(fonts, 'LICENSE_FONT'), path.join(dist, 'fonts/OFL.txt'));
copy(path.join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'), path.join(dist, 'resvg.wasm'));
