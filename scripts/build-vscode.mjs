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

// import.meta.url has no meaning in CommonJS: give the bundles the file's own URL.
const cjs = {
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, logLevel: 'warning',
    define: { 'import.meta.url': '__sikerjaFileUrl' },
    banner: { js: "const __sikerjaFileUrl = require('url').pathToFileURL(__filename).href;" },
    // Native code stays a module of its own, shipped beside the bundles. The extension exports one
    // diagram at a time with the full font; the Latin cut (subset-font) is for bulk export only.
    external: ['vscode', '@resvg/resvg-js', 'subset-font']
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
for (const pkg of ['@resvg/resvg-js', '@resvg/resvg-js-linux-x64-gnu']) {
    const from = path.join(root, 'node_modules', pkg);
    for (const f of fs.readdirSync(from)) {
        if (/\.(js|node|json)$/.test(f) || f === 'LICENSE') copy(path.join(from, f), path.join(dist, 'node_modules', pkg, f));
    }
}
