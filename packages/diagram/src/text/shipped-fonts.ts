import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createFontMetrics, type FontFiles, type FontMetrics } from './fonts.js';

const require = createRequire(import.meta.url);

const FILES = { regular: 'NotoSans_400Regular.ttf', bold: 'NotoSans_700Bold.ttf' } as const;

/**
 * Noto Sans (SIL Open Font License): beside a bundle that ships it (`fonts/` next to the VS Code
 * extension's scripts), else from the npm dependency that installs it.
 */
export function shippedFontPaths(): { regular: string; bold: string } {
    const beside = (file: string) => fileURLToPath(new URL(`./fonts/${file}`, import.meta.url));
    if (fs.existsSync(beside(FILES.regular))) return { regular: beside(FILES.regular), bold: beside(FILES.bold) };
    return {
        regular: require.resolve(`@expo-google-fonts/noto-sans/400Regular/${FILES.regular}`),
        bold: require.resolve(`@expo-google-fonts/noto-sans/700Bold/${FILES.bold}`)
    };
}

let cached: { files: FontFiles; metrics: FontMetrics } | undefined;

export function shippedFonts(): { files: FontFiles; metrics: FontMetrics } {
    if (!cached) {
        const paths = shippedFontPaths();
        const files = { regular: fs.readFileSync(paths.regular), bold: fs.readFileSync(paths.bold) };
        cached = { files, metrics: createFontMetrics(files) };
    }
    return cached;
}
