import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The words of a PDF as poppler places them (`pdftotext -bbox`), page by page, with each word's size
 * on paper: what a reader of the printed page sees. Poppler's word box is the font's ascent to
 * descent, 1.362 times the size for Noto Sans (measured on an 8 pt "halaman").
 */
export interface PdfPage {
    width: number;
    height: number;
    words: Array<{ text: string; x0: number; y0: number; x1: number; y1: number; size: number }>;
}

const NOTO_BOX = 1.362;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Installs poppler-utils (with LibreOffice) where it is missing, as the document tests do. */
export function ensurePoppler(): void {
    try {
        execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    } catch {
        execFileSync('sh', [path.join(ROOT, 'scripts/libreoffice-setup.sh')], { stdio: 'inherit' });
    }
}

export function pdfWords(file: string): PdfPage[] {
    const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(page => ({
        width: Number(page[1]),
        height: Number(page[2]),
        words: [...page[3].matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)].map(w => ({
            text: decode(w[5]), x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]),
            size: (Number(w[4]) - Number(w[2])) / NOTO_BOX
        }))
    }));
}
