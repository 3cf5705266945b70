import { AlignmentType, BorderStyle, Document, Footer, ImageRun, PageNumber, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PRINT_MIN_TEXT, sopIdentityGrid, type CrossFunctionalMap, type MapNode, type Organisation, type Process, officialUpperCase } from '@sikerja/model';
import { renderDiagram, softHyphens, TEXT, type DiagramKind, type FontMetrics } from '@sikerja/diagram';
import type { ExportFonts } from '../export-diagrams.js';
import { mm, PAPERS, sameOnPaper, settleTurns, type Paper } from '../paper.js';
import { PRINT_MAX_BODY, smallestSvgText, svgSize } from '../pdf.js';
import { svgToPngAsync } from '../png.js';
import { fontsFor, rasterFonts } from '../raster/raster-fonts.js';
import { Blanks, centered, fieldRows, pageProperties, para, run, signature, textWidth, twips } from './naskah.js';
import { sopSymbols, type SopSymbol } from './sop-symbols.js';
import type { BuiltDocument } from './naskah.js';
import type { DocumentFacts } from './resolve.js';

/**
 * The lampiran of a Perangkat Daerah: its struktur organisasi and peta jabatan as 300 dpi pictures,
 * drawn to the lampiran's pages as the PDF draws them (page by page by content when one page cannot
 * hold them at 8 pt), each placed at its true size or larger, then each SOP AP of its processes as a
 * Word table with the flowchart symbols in the pelaksana cells. Each page of a picture is its own
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
    const symbols = maps.length > 0 ? await sopSymbols(await rasterFonts(fonts.paths)) : undefined;
    maps.forEach(({ process, map }, i) => {
        sections.push({ orientation: 'landscape', children: sopTable(facts, process, map, blanks, symbols, { keepEnd: i === maps.length - 1, metrics: fonts.metrics }) });
    });
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

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Where no symbol pictures are given (a caller without fonts), the symbol's name. */
const SYMBOL_WORD: Record<MapNode['kind'], string> = {
    mulai: 'Mulai', selesai: 'Selesai', kegiatan: 'Proses', keputusan: 'Keputusan', dokumen: 'Dokumen', penghubung: 'Penghubung'
};

/** The identity block and the flow table of one SOP AP (PermenPAN-RB 35/2012), as Word tables. */
export function sopTable(facts: DocumentFacts, process: Process, map: CrossFunctionalMap, blanks: Blanks,
    symbols?: Record<MapNode['kind'], SopSymbol>, options: { keepEnd?: boolean; metrics?: FontMetrics } = {}): Array<Paragraph | Table> {
    const width = textWidth('f4', 'landscape');
    const id = map.sopIdentity;
    const cell = (text: string | Paragraph[], w: number, options: { bold?: boolean; shade?: boolean; span?: number; rowSpan?: number; size?: number; narrow?: boolean; keepNext?: boolean } = {}) => new TableCell({
        children: typeof text === 'string' ? [para([run(text, { bold: options.bold, size: options.size ?? 20 })], { after: 0, keepNext: options.keepNext })] : text,
        width: { size: w, type: WidthType.DXA }, columnSpan: options.span, rowSpan: options.rowSpan,
        margins: options.narrow ? { left: NARROW_MARGIN, right: NARROW_MARGIN } : undefined,
        shading: options.shade ? { fill: 'D9D9D9' } : undefined, borders: { top: LINE, bottom: LINE, left: LINE, right: LINE }
    });
    const listOrBlank = (values: string[], label: string): Paragraph[] => values.length > 0
        ? values.map((v, i) => para([run(values.length > 1 ? `${i + 1}. ${v}` : v, { size: 20 })], { after: 0 }))
        : [para([blanks.mark(`${label} SOP ${map.code ?? map.title}`)], { after: 0 })];
    const half = Math.round(width / 2);
    const identity = new Table({
        width: { size: width, type: WidthType.DXA }, columnWidths: [half, width - half],
        rows: [
            new TableRow({ children: [cell('Nomor SOP', half, { bold: true, shade: true }), cell(map.code ? map.code : [para([blanks.mark('nomor SOP')], { after: 0 })], width - half)] }),
            ...([['Nama SOP', id.name, 'nama SOP'], ['Tanggal Pembuatan', id.madeOn, 'tanggal pembuatan SOP'], ['Tanggal Revisi', id.revisedOn, 'tanggal revisi SOP'],
                ['Tanggal Efektif', id.effectiveOn, 'tanggal efektif SOP']] as const).map(([label, value, blank]) =>
                new TableRow({ children: [cell(label, half, { bold: true, shade: true }), cell(value ?? [para([blanks.mark(blank)], { after: 0 })], width - half)] })),
            new TableRow({ children: [cell('Unit pemilik', half, { bold: true, shade: true }), cell(facts.titleOf(process.owner) ?? '', width - half)] }),
            ...sopIdentityGrid(id, [...id.related, ...map.sops.map(s => `${s.code} ${s.title}`)]).flatMap(([l, lv, r, rv]) => [
                new TableRow({ children: [cell(`${l}:`, half, { bold: true, shade: true }), cell(`${r}:`, width - half, { bold: true, shade: true })] }),
                new TableRow({ children: [cell(listOrBlank(lv, l.toLowerCase()), half), cell(listOrBlank(rv, r.toLowerCase()), width - half)] })
            ])
        ]
    });
    // A map with no lane yet still has its Pelaksana column, empty.
    const lanes = map.lanes.length > 0 ? map.lanes : [{ id: '', title: '' }];
    const { columns: fixed, kegiatan, lanes: laneWidths } = sopColumns(width, lanes.map(l => l.title), options.metrics);
    // One size for every symbol of the table: a wider column would otherwise draw its steps larger, as if they weighed more.
    const symbolRoom = Math.min(...laneWidths);
    const columns = [fixed.no, kegiatan, ...laneWidths, fixed.kelengkapan, fixed.waktu, fixed.output, fixed.keterangan];
    const rowOf = new Map(map.nodes.map((n, i) => [n.id, i + 1]));
    const head1 = new TableRow({
        tableHeader: true, children: [
            // The header keeps with the first steps (below): never a header, or one step, alone at a page's foot.
            cell('No', fixed.no, { bold: true, shade: true, rowSpan: 2, keepNext: true }), cell('Kegiatan', kegiatan, { bold: true, shade: true, rowSpan: 2, keepNext: true }),
            cell('Pelaksana', laneWidths.reduce((a, b) => a + b, 0), { bold: true, shade: true, span: Math.max(1, lanes.length), keepNext: true }),
            cell('Mutu Baku', fixed.kelengkapan + fixed.waktu + fixed.output, { bold: true, shade: true, span: 3, keepNext: true }),
            cell('Keterangan', fixed.keterangan, { bold: true, shade: true, rowSpan: 2, keepNext: true })
        ]
    });
    const head2 = new TableRow({
        tableHeader: true, children: [
            // 8 pt at least, on almost the column's whole width; only a word the column cannot hold
            // ("Pemohon" in 12 mm) may break, between its syllables with its hyphen.
            ...lanes.map((l, j) => cell(laneHeader(l.title, laneWidths[j], options.metrics), laneWidths[j], { bold: true, shade: true, size: 16, narrow: true, keepNext: true })),
            cell('Kelengkapan', fixed.kelengkapan, { bold: true, shade: true, keepNext: true }), cell('Waktu', fixed.waktu, { bold: true, shade: true, keepNext: true }),
            cell('Output', fixed.output, { bold: true, shade: true, keepNext: true })
        ]
    });
    const body = map.nodes.map((n, i) => new TableRow({
        cantSplit: true, children: [
            // The last steps keep with what follows (the signature after the last SOP), so that it never stands alone on a page.
            cell([para([run(String(i + 1), { size: 20 })], { after: 0, keepNext: i < 2 || (options.keepEnd === true && i >= map.nodes.length - 2) })], fixed.no),
            cell(n.title, kegiatan),
            ...lanes.map((l, j) => l.id !== n.lane ? cell('', laneWidths[j])
                : symbols ? cell([symbolParagraph(symbols[n.kind], symbolRoom, `${n.id}-${i + 1}`)], laneWidths[j])
                    : cell(SYMBOL_WORD[n.kind], laneWidths[j], { bold: true, shade: true, size: 16 })),
            cell(n.requirements.join(', '), fixed.kelengkapan), cell(n.duration ?? '', fixed.waktu), cell(n.output ?? '', fixed.output),
            cell(nextSteps(map, n, rowOf), fixed.keterangan)
        ]
    }));
    return [
        centered(`STANDAR OPERASIONAL PROSEDUR ${officialUpperCase(sopTitle(map))}`, { bold: true }, 120),
        identity,
        para('', { after: 240, pageBreakBefore: false }),
        new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: columns, rows: [head1, head2, ...body] })
    ];
}

/** A pelaksana header's side margins (1 mm): Word's own 1.9 mm each side took a third of a 12 mm column. */
const NARROW_MARGIN = twips(1);
/** The pelaksana headers' size, in points: the smallest text on paper. */
const LANE_HEADER_PT = 8;

/**
 * The SOP table's columns, in twips. Each pelaksana column is as wide as the longest word of its
 * header at 8 pt bold (Noto Sans, a little wider than the Arial that prints it), so that no title
 * breaks inside a word, and at least its share of the room left beside a 55 mm Kegiatan column (up
 * to 30 mm). The Mutu Baku columns then give way, down to what their words need, to keep the
 * Kegiatan column at 55 mm; it may narrow to 40 mm, and where even that is not enough (many
 * pelaksana), the pelaksana columns share what is left and a word too long breaks at its syllables.
 */
export function sopColumns(width: number, laneTitles: string[], metrics?: FontMetrics) {
    const n = Math.max(1, laneTitles.length);
    const columns = { no: twips(10), kelengkapan: twips(40), waktu: twips(20), output: twips(35), keterangan: twips(30) };
    const least = { kelengkapan: twips(30), output: twips(26), keterangan: twips(24) };
    const sum = () => Object.values(columns).reduce((a, b) => a + b, 0);
    const share = Math.max(twips(12), Math.min(twips(30), Math.floor((width - twips(55) - sum()) / n)));
    const needed = (title: string) => metrics
        ? Math.ceil(Math.max(0, ...title.split(/\s+/).map(w => headerWordWidth(w, metrics))) * 20) + 2 * NARROW_MARGIN + twips(1)
        : 0;
    let lanes = laneTitles.map(t => Math.max(share, needed(t)));
    const lanesSum = () => lanes.reduce((a, b) => a + b, 0);
    // The Mutu Baku columns give way to keep the Kegiatan column at 55 mm; below 40 mm the pelaksana do.
    let short = twips(55) - (width - sum() - lanesSum());
    for (const key of ['keterangan', 'kelengkapan', 'output'] as const) {
        if (short <= 0) break;
        const give = Math.min(short, columns[key] - least[key]);
        columns[key] -= give;
        short -= give;
    }
    // Many pelaksana: they share what the 40 mm Kegiatan column leaves, narrower than 12 mm if they must
    // (a symbol is drawn as narrow as 6 mm), rather than push the table past the page.
    if (short > twips(15)) lanes = laneTitles.map(() => Math.max(twips(6), Math.floor((width - twips(40) - sum()) / n)));
    return { columns, lanes, kegiatan: Math.max(twips(40), width - sum() - lanesSum()) };
}

/** A pelaksana header with soft hyphens in the words its column cannot hold at 8 pt bold. */
function laneHeader(title: string, laneWidth: number, metrics?: FontMetrics): string {
    if (!metrics) return softHyphens(title, 5);
    const room = (laneWidth - 2 * NARROW_MARGIN) / 20;
    return title.split(/(\s+)/).map(w => /\s/.test(w) || headerWordWidth(w, metrics) <= room ? w : softHyphens(w, 1)).join('');
}

/** A word of a pelaksana header as printed, in points. */
function headerWordWidth(word: string, metrics: FontMetrics): number {
    return metrics.width(word, LANE_HEADER_PT, 'bold');
}

/** A symbol centred in its cell, at most the cell's width (less its margins). */
function symbolParagraph(symbol: SopSymbol, cellWidth: number, name: string): Paragraph {
    const fit = Math.min(1, (cellWidth / 20 - 8) / symbol.width);
    const image = new ImageRun({
        type: 'png', data: symbol.png, transformation: { width: Math.round(symbol.width * fit * 96 / 72), height: Math.round(symbol.height * fit * 96 / 72) },
        altText: { title: symbol.name, description: `Simbol SOP: ${symbol.name}`, name: `simbol-${name}` }
    });
    return para([image], { align: 'center', after: 0, picture: true });
}

/** Where the flow goes after a step when it is not simply the next row: "ya: ke 5; tidak: ke 3". */
function nextSteps(map: CrossFunctionalMap, n: MapNode, rowOf: Map<string, number>): string {
    const own = rowOf.get(n.id)!;
    const out = map.flows.filter(f => f.from === n.id);
    if (n.kind === 'penghubung' && n.target) return `ke proses ${n.target}`;
    if (out.length === 1 && !out[0].label && rowOf.get(out[0].to) === own + 1) return '';
    return out.map(f => `${f.label ? `${f.label}: ` : ''}ke ${rowOf.get(f.to) ?? f.to}`).join('; ');
}
