import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { FontPaths } from './fonts.js';
import { mm, pageSize, PAPERS, type Orientation, type Paper } from './paper.js';

export interface PdfOptions {
    paper: Paper;
    orientation?: Orientation;
    /** Printed at the top of every page: pemda, Perangkat Daerah or team, diagram title. */
    header: string;
    /** The smallest text size in the drawing, in points. */
    smallestText: number;
    /** Text is never printed smaller than this: below it, the drawing is tiled over pages. */
    minTextPt?: number;
}

export interface PdfResult {
    pdf: Buffer;
    pages: number;
    /** Scale from the drawing's points to the page's. */
    scale: number;
    orientation: Orientation;
}

const MARGIN = mm(12);
const HEADER = 16;

/** The printable area under the running header: what a paged diagram (SOP AP) is laid out to fill. */
export function contentArea(paper: Paper, orientation: Orientation): { width: number; height: number } {
    const page = pageSize(paper, orientation, { width: 1, height: orientation === 'landscape' ? 0 : 2 });
    return { width: Math.floor(page.width - 2 * MARGIN), height: Math.floor(page.height - 2 * MARGIN - HEADER) };
}

/** Pages already laid out to the printable area: one PDF page each, at their true size. */
export async function pagesToPdf(pages: readonly string[], fonts: FontPaths, options: { paper: Paper; orientation: Orientation; header: string }): Promise<PdfResult> {
    const page = pageSize(options.paper, options.orientation, { width: 1, height: options.orientation === 'landscape' ? 0 : 2 });
    const doc = new PDFDocument({ size: [page.width, page.height], margin: 0, autoFirstPage: false, info: { Title: options.header, Creator: 'SiKerja', Producer: 'SiKerja' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>(resolve => doc.on('end', () => resolve()));
    doc.registerFont('NotoSans', fonts.regular);
    doc.registerFont('NotoSans-Bold', fonts.bold);
    pages.forEach((svg, i) => {
        doc.addPage({ size: [page.width, page.height], margin: 0 });
        doc.font('NotoSans').fontSize(8).fillColor('#000000')
            .text(`${options.header} — ${PAPERS[options.paper].label} — halaman ${i + 1}/${pages.length}`, MARGIN, MARGIN, { width: page.width - 2 * MARGIN, lineBreak: false });
        const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
        const scalable = svg.replace(/^(<svg[^>]*?) width="[^"]*" height="[^"]*"/, '$1');
        SVGtoPDF(doc, scalable, MARGIN, MARGIN + HEADER, {
            width: w, height: h, assumePt: true, fontCallback: (_family, bold) => bold ? 'NotoSans-Bold' : 'NotoSans'
        });
    });
    doc.end();
    await done;
    return { pdf: Buffer.concat(chunks), pages: pages.length, scale: 1, orientation: options.orientation };
}

/**
 * A vector PDF of the SVG with the shipped font embedded: fitted to one page, or, when fitting would
 * print text below `minTextPt`, tiled over pages at that size with the header on each.
 */
export async function svgToPdf(svg: string, drawing: { width: number; height: number }, fonts: FontPaths, options: PdfOptions): Promise<PdfResult> {
    const page = pageSize(options.paper, options.orientation, drawing);
    const area = { width: page.width - 2 * MARGIN, height: page.height - 2 * MARGIN - HEADER };
    const fit = Math.min(area.width / drawing.width, area.height / drawing.height, 1);
    const minScale = (options.minTextPt ?? 6) / options.smallestText;
    const scale = fit >= minScale ? fit : Math.min(1, minScale);
    const cols = Math.max(1, Math.ceil(drawing.width * scale / area.width - 1e-6));
    const rows = Math.max(1, Math.ceil(drawing.height * scale / area.height - 1e-6));
    const doc = new PDFDocument({
        size: [page.width, page.height], margin: 0, autoFirstPage: false,
        info: { Title: options.header, Creator: 'SiKerja', Producer: 'SiKerja' }
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>(resolve => doc.on('end', () => resolve()));
    doc.registerFont('NotoSans', fonts.regular);
    doc.registerFont('NotoSans-Bold', fonts.bold);
    // svg-to-pdfkit takes the viewport from the SVG's own width and height when present; without them
    // the viewBox is fitted into the size given here.
    const scalable = svg.replace(/^(<svg[^>]*?) width="[^"]*" height="[^"]*"/, '$1');
    const total = cols * rows;
    let n = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            n++;
            doc.addPage({ size: [page.width, page.height], margin: 0 });
            doc.font('NotoSans').fontSize(8).fillColor('#000000')
                .text(`${options.header} — ${PAPERS[options.paper].label} — halaman ${n}/${total}`, MARGIN, MARGIN, { width: area.width, lineBreak: false });
            const top = MARGIN + HEADER;
            const w = drawing.width * scale, h = drawing.height * scale;
            // A single page centres the drawing; tiles show consecutive windows onto it.
            const x = total === 1 ? MARGIN + (area.width - w) / 2 : MARGIN - c * area.width;
            const y = total === 1 ? top : top - r * area.height;
            doc.save();
            doc.rect(MARGIN, top, area.width, area.height).clip();
            SVGtoPDF(doc, scalable, x, y, {
                width: w, height: h, assumePt: true,
                fontCallback: (_family, bold) => bold ? 'NotoSans-Bold' : 'NotoSans'
            });
            doc.restore();
        }
    }
    doc.end();
    await done;
    return { pdf: Buffer.concat(chunks), pages: total, scale, orientation: page.orientation };
}
