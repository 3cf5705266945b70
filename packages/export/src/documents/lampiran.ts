import { AlignmentType, Document, Footer, ImageRun, PageNumber, Paragraph, Tab, Table, TextRun } from 'docx';
import { PRINT_MIN_TEXT, sopIdentityGrid, type CrossFunctionalMap, type Organisation, type Process, officialUpperCase } from '@sikerja/model';
import { pageBudget, renderDiagram, TEXT, type DiagramKind } from '@sikerja/diagram';
import type { ExportFonts } from '../export-diagrams.js';
import { mm, PAPERS, sameOnPaper, settleTurns, type Paper } from '../paper.js';
import { PRINT_MAX_BODY, smallestSvgText, svgSize } from '../pdf.js';
import { svgToPngAsync } from '../png.js';
import { fontsFor, rasterFonts } from '../raster/raster-fonts.js';
import { Blanks, centered, fieldRows, pageProperties, para, run, signature, textWidth, twips } from './naskah.js';
import type { BuiltDocument } from './naskah.js';
import type { DocumentFacts } from './resolve.js';

/**
 * The lampiran of a Perangkat Daerah: its struktur organisasi and peta jabatan as 300 dpi pictures,
 * drawn to the lampiran's pages as the PDF draws them (page by page by content when one page cannot
 * hold them at 8 pt), each placed at its true size or larger, then each SOP AP of its processes as its
 * pages are printed, flow lines and connectors included. Each page of a picture is its own
 * section, turned the way that prints it larger. It opens with its LAMPIRAN heading (the naskah it is
 * attached to is not in the model: marked blanks) and closes with the Kepala Perangkat Daerah's signature.
 */
export async function lampiranDocument(facts: DocumentFacts, pd: Organisation, fonts: ExportFonts): Promise<BuiltDocument & { skipped: string[] }> {
    const blanks = new Blanks();
    const skipped: string[] = [];
    const maps = mapsOf(facts, pd);
    const sections: Array<{ paper?: Paper; orientation: 'portrait' | 'landscape'; children: Array<Paragraph | Table> }> = [
        { orientation: 'portrait', children: opening(facts, pd, maps, blanks) }
    ];
    for (const [kind, heading] of [['struktur', 'STRUKTUR ORGANISASI'], ['peta-jabatan', 'PETA JABATAN']] as Array<[DiagramKind, string]>) {
        // With no SOP after it, the last page of the peta jabatan makes room for the signature where its text stays at print size.
        const reserve = kind === 'peta-jabatan' && maps.length === 0 ? SIGNATURE_ROOM : 0;
        const figure = await figureSections(facts, pd, kind, heading, fonts, reserve);
        if (typeof figure === 'string') skipped.push(figure); else sections.push(...figure);
    }
    for (const [i, { map }] of maps.entries()) {
        const sop = await sopSections(facts, map, fonts, i === maps.length - 1 ? SIGNATURE_ROOM : 0);
        if (typeof sop === 'string') skipped.push(sop); else sections.push(...sop);
        noteSopBlanks(map, blanks);
    }
    const head = pd.leader;
    sections[sections.length - 1].children.push(para('', { after: 360, keepNext: true }),
        ...signature({ office: head?.title, person: facts.holder(head?.id) }, blanks));
    const document = new Document({
        title: `Lampiran ${pd.title}`, creator: 'SiKerja',
        styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
        // Word continues the page count from one section to the next unless a section restarts it.
        sections: sections.map(s => ({ properties: pageProperties(s.paper ?? 'f4', s.orientation), footers: { default: pageFooter() }, children: s.children }))
    });
    return { document, missing: blanks.missing, skipped };
}

/**
 * The first page: "LAMPIRAN …" with NOMOR, TANGGAL and TENTANG of the naskah it belongs to (marked
 * blanks: the model does not say which), then what the lampiran holds.
 */
function opening(facts: DocumentFacts, pd: Organisation, maps: ReturnType<typeof mapsOf>, blanks: Blanks): Array<Paragraph | Table> {
    const indent = twips(75);
    const width = textWidth();
    return [
        para([run('LAMPIRAN '), blanks.mark('naskah yang dilampiri')], { indent, after: 0 }),
        fieldRows([
            ['NOMOR', [blanks.mark('nomor naskah yang dilampiri')]],
            ['TANGGAL', [blanks.mark('tanggal naskah yang dilampiri')]],
            ['TENTANG', [blanks.mark('tentang')]]
        ], width - indent, twips(30), 'left', indent),
        para('', { after: 480 }),
        centered(`STRUKTUR ORGANISASI, PETA JABATAN${maps.length > 0 ? ' DAN STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN' : ''}`, { bold: true }, 0),
        centered(officialUpperCase(pd.title), { bold: true }, 0),
        centered(officialUpperCase(facts.pemda.title ?? facts.pemda.name), { bold: true }, 360),
        para('Lampiran ini memuat:', { after: 60 }),
        ...['Struktur organisasi', 'Peta jabatan', ...maps.map(({ map }) => `Standar Operasional Prosedur ${map.code ? `${map.code} ` : ''}${sopTitle(map)}`)]
            .map((t, i) => para([run(`${i + 1}.`), new TextRun({ children: [new Tab()] }), run(t)], { indent: twips(8), hanging: twips(6), after: 60 }))
    ];
}

/** The page number at the foot of every page of the lampiran, counted through its sections: a lampiran runs to many pages. */
function pageFooter(): Footer {
    return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], font: 'Arial', size: 18 })] })] });
}

/** The text block of a lampiran page in points, landscape or portrait (F4 unless said, the margins of `pageProperties`, a little room kept). */
function textBlock(orientation: 'portrait' | 'landscape', paper: Paper = 'f4'): { width: number; height: number } {
    const height = (orientation === 'landscape' ? PAPERS[paper].width : PAPERS[paper].height) - mm(40) - mm(5);
    return { width: textWidth(paper, orientation) / 20, height };
}

/** The signature block after the last picture (space before it, the office on up to two lines, room to sign, name, pangkat, NIP), in points. */
const SIGNATURE_ROOM = 190;
/** The least room under the last picture that still holds the signature: its office on one line (148 pt, measured in LibreOffice). */
const SIGNATURE_LEAST = 150;

async function figureSections(facts: DocumentFacts, pd: Organisation, kind: DiagramKind, heading: string, fonts: ExportFonts, reserveLast = 0) {
    const sheet = (paper: Paper) => ({ ...textBlock('landscape', paper), turned: textBlock('portrait', paper) });
    // The larger paper as the PDF has it: a bagan whose Bidang row F4 cannot hold at print size is drawn to A3.
    const page = { ...sheet('f4'), turnable: true, larger: sheet('a3') };
    const draw = (lastRoom?: number) => renderDiagram(facts.pemda, { kind, element: pd.id, page: lastRoom ? { ...page, lastRoom } : page }, fonts.metrics);
    const result = await draw();
    if (!result.ok) return `${heading.toLowerCase()}: ${result.error.message}`;
    const raster = await rasterFonts(fonts.paths);
    let pages = result.diagram.pages ?? [result.diagram.svg];
    const paper = paperOf(pages);
    let ranked = rankTurns(pages, reserveLast, paper);
    // A last page that leaves no room for the signature either way round: the drawing is paged again
    // keeping that room on its last page, so the signature does not stand alone on a page.
    if (reserveLast > 0 && pages.length > 1 && !ranked[ranked.length - 1][0].keepsRoom) {
        const again = await draw(reserveLast);
        if (again.ok && again.diagram.pages && paperOf(again.diagram.pages) === paper) {
            const ranks = rankTurns(again.diagram.pages, reserveLast, paper);
            if (ranks[ranks.length - 1][0].keepsRoom) [pages, ranked] = [again.diagram.pages, ranks];
        }
    }
    const turns = settleTurns(ranked, (a, b) => a.reserved === b.reserved && sameOnPaper(a.scale, b.scale),
        (turn, best) => turn.reserved === best.reserved && turn.scale >= turn.least - 1e-3);
    return Promise.all(pages.map(async (svg, i) => {
        const { width, height, keepsRoom: _keepsRoom, least: _least, ...best } = turns[i];
        const png = await svgToPngAsync(svg, fontsFor(svg, raster));
        // True size: the SVG is in points; Word places pictures in 96 dpi pixels.
        const image = new ImageRun({
            type: 'png', data: png, transformation: { width: Math.round(width * best.scale * 96 / 72), height: Math.round(height * best.scale * 96 / 72) },
            altText: { title: `${heading} ${pd.title}`, description: `${heading} ${pd.title}${pages.length > 1 ? `, halaman ${i + 1} dari ${pages.length}` : ''}`, name: `${kind}-${pd.id}-${i + 1}` }
        });
        // The figure carries its own title block (kind, Perangkat Daerah, pemda; "(LANJUTAN)" on later pages).
        return { paper, orientation: best.orientation, children: [para([image], { align: 'center', after: 0, picture: true })] };
    }));
}

/**
 * The paper of a figure's sections: F4, or A3 where a page of it prints its smallest text under print
 * size on F4 either way round and A3 holds every page (the bagan drawn to A3), as the PDF of it is
 * printed. One paper for the figure: its pages are read side by side.
 */
function paperOf(pages: readonly string[]): Paper {
    const printable = (paper: Paper) => pages.every(svg => {
        const [width, height] = svgSize(svg);
        const least = PRINT_MIN_TEXT / smallestSvgText(svg) - 1e-3;
        return (['landscape', 'portrait'] as const).some(o => {
            const area = textBlock(o, paper);
            return Math.min(area.width / width, area.height / height) >= least;
        });
    });
    return !printable('f4') && printable('a3') ? 'a3' : 'f4';
}

/** Each page's turns, best first: the one that prints it larger, never above 11 pt body text; the last page keeps room for what follows where its smallest text still prints at 8 pt. */
function rankTurns(pages: readonly string[], reserveLast: number, paper: Paper) {
    return pages.map((svg, i) => {
        const [width, height] = svgSize(svg);
        const reserve = i === pages.length - 1 ? reserveLast : 0;
        const least = PRINT_MIN_TEXT / smallestSvgText(svg);
        // A turn that keeps the room wins over a larger one that does not.
        return (['landscape', 'portrait'] as const).map(orientation => {
            const area = textBlock(orientation, paper);
            const fit = (room: number) => Math.min(area.width / width, (area.height - room) / height, PRINT_MAX_BODY / TEXT.body);
            const roomy = fit(reserve);
            const reserved = reserve > 0 && roomy >= least;
            const scale = reserved ? roomy : fit(0);
            // Room is left as well where the picture stops at its largest type short of the page's foot.
            return { orientation, reserved, scale, least, width, height, keepsRoom: reserve === 0 || reserved || area.height - height * scale >= SIGNATURE_LEAST };
        }).sort((x, y) => Number(y.reserved) - Number(x.reserved) || y.scale - x.scale);
    });
}

/** What the SOP is called after "Standar Operasional Prosedur": its Nama SOP where written (without its own "SOP"), else the map's title. */
function sopTitle(map: CrossFunctionalMap): string {
    return map.sopIdentity?.name?.replace(/^(SOP|Standar Operasional Prosedur)\s+/i, '') ?? map.title;
}

/** Peta lintas fungsi of the processes owned in this Perangkat Daerah: each is an SOP AP. */
function mapsOf(facts: DocumentFacts, pd: Organisation): Array<{ process: Process; map: CrossFunctionalMap }> {
    return facts.pemda.processes
        .filter(p => p.owner !== undefined && facts.index.perangkatDaerahOf(p.owner) === pd.id)
        .flatMap(process => process.maps.map(map => ({ process, map })));
}

/**
 * One SOP AP as its PDF prints it (PermenPAN-RB 35/2012: the identity page, then the flow over as
 * many pages as it takes, each flow ending at its lettered off-page connector): its pages laid out to
 * the lampiran's landscape text block and placed at their true size, one landscape section each.
 * Drawn rather than set as a Word table: a table cannot carry the flow lines, and an SOP AP without
 * them is not one. The last SOP keeps room for the signature under its last steps, so that the
 * signature never stands alone.
 */
async function sopSections(facts: DocumentFacts, map: CrossFunctionalMap, fonts: ExportFonts, reserveLast: number) {
    const area = textBlock('landscape');
    const page = { ...pageBudget(area, TEXT.small), ...(reserveLast > 0 ? { lastRoom: reserveLast } : {}) };
    const result = await renderDiagram(facts.pemda, { kind: 'sop', element: map.id, page }, fonts.metrics);
    if (!result.ok) return `SOP ${map.code ?? map.title}: ${result.error.message}`;
    const pages = result.diagram.pages ?? [result.diagram.svg];
    const raster = await rasterFonts(fonts.paths);
    return Promise.all(pages.map(async (svg, i) => {
        const [width, height] = svgSize(svg);
        // Laid out to the text block at print size: placed to fill its width, text at 8 pt.
        const scale = Math.min(area.width / width, area.height / height);
        const png = await svgToPngAsync(svg, fontsFor(svg, raster));
        const image = new ImageRun({
            type: 'png', data: png, transformation: { width: Math.round(width * scale * 96 / 72), height: Math.round(height * scale * 96 / 72) },
            altText: { title: `SOP ${sopTitle(map)}`, description: `Standar Operasional Prosedur ${sopTitle(map)}, halaman ${i + 1} dari ${pages.length}`, name: `sop-${map.id}-${i + 1}` }
        });
        return { orientation: 'landscape' as const, children: [para([image], { align: 'center', after: 0, picture: true })] };
    }));
}

/**
 * The SOP identity fields the model leaves open, named in the document's report as the Word fields
 * are: the drawn SOP shows each as a marked blank, and the analyst is told which are still to fill.
 */
function noteSopBlanks(map: CrossFunctionalMap, blanks: Blanks): void {
    const id = map.sopIdentity;
    const which = map.code ?? map.title;
    if (!map.code) blanks.note('nomor SOP');
    for (const [value, label] of [[id.madeOn, 'tanggal pembuatan SOP'], [id.revisedOn, 'tanggal revisi SOP'], [id.effectiveOn, 'tanggal efektif SOP']] as const) {
        if (!value) blanks.note(`${label} ${which}`);
    }
    for (const [left, leftValues, right, rightValues] of sopIdentityGrid(id, [...id.related, ...map.sops.map(s => `${s.code} ${s.title}`)])) {
        if (leftValues.length === 0) blanks.note(`${left.toLowerCase()} SOP ${which}`);
        if (rightValues.length === 0) blanks.note(`${right.toLowerCase()} SOP ${which}`);
    }
}
