import PDFDocument from 'pdfkit';

/**
 * The font SiKerja's workbooks name. A workbook that names none is shown in Calibri by Excel and in
 * whatever LibreOffice finds instead (a serif face on a machine without Calibri), and its wrapped rows
 * and printed scale then differ between the two. Arial prints the same in both.
 */
export const WORKBOOK_FONT = 'Arial';

/** Measures Arial with Helvetica's metrics, which Arial shares (pdfkit's standard fonts: nothing to embed or ship). */
let measurer: PDFKit.PDFDocument | undefined;

/**
 * How many lines the text takes in `room` points of Arial, wrapped at spaces as Excel and Calc wrap
 * it: neither grows a row written by a program to its wrapped text, so the writer gives each row its
 * lines' height.
 */
export function wrappedLines(text: string, font: { bold: boolean; size: number }, room: number): number {
    measurer ??= new PDFDocument({ autoFirstPage: false });
    measurer.font(font.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(font.size);
    // A little wider than measured: Calc and Excel round each glyph to whole pixels.
    const width = (s: string) => measurer!.widthOfString(s) * 1.02;
    let lines = 1;
    let line = '';
    for (const word of text.split(' ')) {
        const joined = line ? `${line} ${word}` : word;
        if (line && width(joined) > room) {
            lines++;
            line = word;
        } else {
            line = joined;
        }
    }
    return lines;
}
