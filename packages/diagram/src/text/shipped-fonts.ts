import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { createFontMetrics, type FontFiles, type FontMetrics } from './fonts.js';

const require = createRequire(import.meta.url);

/** Noto Sans (SIL Open Font License), installed with the product as an npm dependency. */
export function shippedFontPaths(): { regular: string; bold: string } {
    return {
        regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
        bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')
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
