import * as fs from 'node:fs';
import JSZip from 'jszip';

/** The paragraphs of a .docx body as plain text, in order (tables cell by cell), read from word/document.xml. */
export async function docxParagraphs(file: string): Promise<string[]> {
    const xml = await documentXml(file);
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map(p => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => decode(t[1])).join(''));
}

export async function documentXml(file: string): Promise<string> {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    return zip.file('word/document.xml')!.async('string');
}

/** The texts Word shows highlighted: SiKerja's marked blanks. */
export async function highlighted(file: string): Promise<string[]> {
    const xml = await documentXml(file);
    return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>)[\s\S])*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => decode(m[1]));
}

function decode(s: string): string {
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
