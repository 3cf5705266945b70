import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { FontPaths } from './fonts.js';
import { PRINT_MIN_TEXT } from '@sikerja/model';
import { TEXT } from '@sikerja/diagram';
import { mm, pageSize, sameOnPaper, settleTurns, type Orientation, type Paper } from './paper.js';

export interface PdfOptions {
    paper: Paper;
    orientation?: Orientation;
    /** The document's title in its properties (pemda, Perangkat Daerah or team, diagram); not printed. */
    title: string;
    /** The smallest text size in the drawing, in points. */
    smallestText: number;
}

export interface PdfResult {
    pdf: Buffer;
    pages: number;
    /** Scale from the drawing's points to the page's (the first page's, for pages). */
    scale: number;
    orientation: Orientation;
}

const MARGIN = mm(12);
/** Room under the drawing for "halaman 2 dari 5", on a document of several pages only. */
const FOOTER = 14;
/** The scale a drawing of `width` × `height` points prints at in the area: as large as fits, body text at most PRINT_MAX_BODY. */
function printScale(area: { width: number; height: number }, width: number, height: number): number {
    return Math.min(area.width / width, area.height / height, PRINT_MAX_BODY / TEXT.body);
}

/** A drawing with room to spare is printed larger, until its body text reaches this size. */
export const PRINT_MAX_BODY = 11;

/**
 * The printable area of a page: what a paged diagram is laid out to fill. `numbered`: less the
 * footer's room, for drawings whose pages the writer numbers (a SOP AP numbers its own).
 */
export function contentArea(paper: Paper, orientation: Orientation, numbered = false): { width: number; height: number } {
    const page = pageSize(paper, orientation, { width: 1, height: orientation === 'landscape' ? 0 : 2 });
    return { width: Math.floor(page.width - 2 * MARGIN), height: Math.floor(page.height - 2 * MARGIN - (numbered ? FOOTER : 0)) };
}

function newDocument(title: string, fonts: FontPaths): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
    const doc = new PDFDocument({ margin: 0, autoFirstPage: false, info: { Title: title, Creator: 'SiKerja', Producer: 'SiKerja' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>(resolve => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.registerFont('NotoSans', fonts.regular);
    doc.registerFont('NotoSans-Bold', fonts.bold);
    return { doc, done };
}

/** The page number, centred under the drawing, on a document of several pages. */
function pageNumber(doc: PDFKit.PDFDocument, page: { width: number; height: number }, n: number, total: number): void {
    if (total < 2) return;
    doc.font('NotoSans').fontSize(PRINT_MIN_TEXT).fillColor('#000000')
        .text(`halaman ${n} dari ${total}`, MARGIN, page.height - MARGIN - FOOTER + 2, { width: page.width - 2 * MARGIN, align: 'center', lineBreak: false });
}

/** A drawn page's size in its own points, from its viewBox. */
export function svgSize(svg: string): [number, number] {
    return /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
}

/** The smallest text a drawn page holds, in its own points: what decides the least scale it may print at. */
export function smallestSvgText(svg: string): number {
    let least = Infinity;
    for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) least = Math.min(least, Number(m[1]));
    return Number.isFinite(least) ? least : TEXT.small;
}

function placeSvg(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, width: number, height: number): void {
    // svg-to-pdfkit takes the viewport from the SVG's own width and height when present; without them
    // the viewBox is fitted into the size given here.
    const scalable = svg.replace(/^(<svg[^>]*?) width="[^"]*" height="[^"]*"/, '$1');
    SVGtoPDF(doc, scalable, x, y, { width, height, assumePt: true, fontCallback: (_family, bold) => bold ? 'NotoSans-Bold' : 'NotoSans' });
}

/**
 * Pages already drawn page by page: one PDF page each, scaled to the printable area (never above
 * `PRINT_MAX_BODY` for the body text), centred, numbered in the footer when there are several and
 * `numbered` (a SOP AP carries its own numbers).
 */
export async function pagesToPdf(pages: readonly string[], fonts: FontPaths, options: { paper: Paper; orientation?: Orientation; title: string; numbered?: boolean }): Promise<PdfResult> {
    const { doc, done } = newDocument(options.title, fonts);
    let first = 1;
    let orientation: Orientation = 'landscape';
    const sizes = pages.map(svgSize);
    // Without an orientation asked, the pages are turned the way that prints most of them larger.
    const turns: Orientation[] = options.orientation ? [options.orientation] : ['landscape', 'portrait'];
    const rankedTurns = (paper: Paper, [w, h]: [number, number]) => turns.map(orientation => {
        const area = contentArea(paper, orientation, options.numbered && pages.length > 1);
        return { orientation, area, scale: printScale(area, w, h) };
    }).sort((a, b) => b.scale - a.scale);
    const bestTurn = (paper: Paper, size: [number, number]) => rankedTurns(paper, size)[0];
    // The least scale of each page: its own smallest text at print size.
    const least = pages.map(svg => PRINT_MIN_TEXT / smallestSvgText(svg) - 1e-3);
    // A page the asked paper cannot hold with its smallest text at print size (six tall lanes of a
    // peta lintas fungsi on F4, a bagan whose Bidang row F4 cannot hold) puts the whole document on
    // A3: one paper size for one document.
    const tooSmall = (paper: Paper) => sizes.some((size, i) => bestTurn(paper, size).scale < least[i]);
    const paper: Paper = options.paper !== 'a3' && tooSmall(options.paper) && !tooSmall('a3') ? 'a3' : options.paper;
    const ranked = sizes.map(size => rankedTurns(paper, size));
    const chosen = settleTurns(ranked, (a, b) => sameOnPaper(a.scale, b.scale), (turn, _best, page) => turn.scale >= least[page]);
    pages.forEach((svg, i) => {
        const [w, h] = sizes[i];
        const { area, scale, orientation: turn } = chosen[i];
        const page = pageSize(paper, turn, { width: w, height: h });
        if (i === 0) orientation = turn;
        doc.addPage({ size: [page.width, page.height], margin: 0 });
        if (i === 0) first = scale;
        placeSvg(doc, svg, MARGIN + (area.width - w * scale) / 2, MARGIN, w * scale, h * scale);
        if (options.numbered) pageNumber(doc, page, i + 1, pages.length);
    });
    doc.end();
    return { pdf: await done, pages: pages.length, scale: first, orientation };
}

/**
 * A vector PDF of the SVG with the shipped font embedded, on one page: fitted to it, and larger when
 * there is room (body text up to `PRINT_MAX_BODY`). A drawing that would print text under
 * `PRINT_MIN_TEXT` on one page should come with its pages (`DrawnDiagram.pages`); one that does not
 * is still printed at that size over as many pages as it needs, numbered.
 */
export async function svgToPdf(svg: string, drawing: { width: number; height: number }, fonts: FontPaths, options: PdfOptions): Promise<PdfResult> {
    // Without an orientation asked, the way round that prints it larger (a near-square drawing by its shape alone could miss 8 pt).
    const fitOn = (orientation: Orientation) => printScale(contentArea(options.paper, orientation), drawing.width, drawing.height);
    const byShape = pageSize(options.paper, options.orientation, drawing).orientation;
    const other: Orientation = byShape === 'landscape' ? 'portrait' : 'landscape';
    const page = pageSize(options.paper, options.orientation ?? (fitOn(other) > fitOn(byShape) + 1e-9 ? other : byShape), drawing);
    const whole = contentArea(options.paper, page.orientation);
    const fit = fitOn(page.orientation);
    const minScale = PRINT_MIN_TEXT / options.smallestText;
    const { doc, done } = newDocument(options.title, fonts);
    if (fit >= minScale) {
        doc.addPage({ size: [page.width, page.height], margin: 0 });
        placeSvg(doc, svg, MARGIN + (whole.width - drawing.width * fit) / 2, MARGIN, drawing.width * fit, drawing.height * fit);
        doc.end();
        return { pdf: await done, pages: 1, scale: fit, orientation: page.orientation };
    }
    const area = contentArea(options.paper, page.orientation, true);
    const scale = minScale;
    const cols = Math.max(1, Math.ceil(drawing.width * scale / area.width - 1e-6));
    const rows = Math.max(1, Math.ceil(drawing.height * scale / area.height - 1e-6));
    const total = cols * rows;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            doc.addPage({ size: [page.width, page.height], margin: 0 });
            doc.save();
            doc.rect(MARGIN, MARGIN, area.width, area.height).clip();
            placeSvg(doc, svg, MARGIN - c * area.width, MARGIN - r * area.height, drawing.width * scale, drawing.height * scale);
            doc.restore();
            pageNumber(doc, page, r * cols + c + 1, total);
        }
    }
    doc.end();
    return { pdf: await done, pages: total, scale, orientation: page.orientation };
}
