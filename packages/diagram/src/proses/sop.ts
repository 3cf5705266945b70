import type { CrossFunctionalMap, MapNode, PemdaModel, Process, UnitNode } from '@sikerja/model';
import { PemdaIndex, sopIdentityGrid, officialUpperCase } from '@sikerja/model';
import { lineHeight, TEXT, type ElementRef } from '../scene.js';
import type { FontMetrics, FontWeight } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';
import { STRIP, symbolSize, type Columns } from './sop-geometry.js';
import { routeSop } from './sop-routes.js';

/**
 * SOP AP (PermenPAN-RB 35/2012) from a peta lintas fungsi: an identity page, then the flow table
 * No | Kegiatan | one column per pelaksana (the lanes) | Mutu Baku (Kelengkapan, Waktu, Output) |
 * Keterangan, one row per step in the order written, paginated with the header repeated and
 * off-page connectors where a flow crosses a page. Only the five SOP AP symbols are drawn.
 */

export type SopSymbol = 'terminator' | 'proses' | 'keputusan' | 'penghubung';

export interface SopText {
    x: number;
    y: number;
    width: number;
    lines: string[];
    size: number;
    weight: FontWeight;
    align: 'left' | 'center';
    /** Dimmed: a blank the model does not fill. */
    blank?: boolean;
    /** A flow's label set across a pelaksana column's side: the paper shows through it, the grid line does not. */
    overGrid?: boolean;
}

export interface SopCell {
    x: number;
    y: number;
    width: number;
    height: number;
    fill?: 'kepala' | 'none';
    text?: SopText;
}

export interface SopSymbolBox {
    node: string;
    /** The step the symbol stands for (click-to-source); an off-page connector stands for none. */
    element?: ElementRef;
    symbol: SopSymbol;
    /** The lane (pelaksana column index). */
    column: number;
    row: number;
    x: number;
    y: number;
    width: number;
    height: number;
    label?: string;
}

export interface SopLine {
    points: Array<[number, number]>;
    arrow: boolean;
    from: string;
    to: string;
    label?: SopText;
}

export interface SopPage {
    width: number;
    height: number;
    cells: SopCell[];
    symbols: SopSymbolBox[];
    lines: SopLine[];
    /** The table rows on this page, by index into the steps (header rows excluded). */
    rows: number[];
    /** Where the header's lane cells are, to check a symbol stands in its pelaksana's column. */
    laneColumns: Array<{ x: number; width: number }>;
    footer: SopText;
}

export interface SopLayout {
    title: string;
    pages: SopPage[];
    /** Steps in table order (node ids). */
    steps: string[];
}

export const BLANK = '(belum diisi)';
const PAD = 3;
const MIN_ROW = 34;

const symbolOf = (n: MapNode): SopSymbol => n.kind === 'mulai' || n.kind === 'selesai' ? 'terminator'
    : n.kind === 'keputusan' ? 'keputusan' : n.kind === 'penghubung' ? 'penghubung' : 'proses';

function text(metrics: FontMetrics, s: string, x: number, y: number, width: number, size: number = TEXT.body, weight: FontWeight = 'regular', align: SopText['align'] = 'left', blank = false): SopText {
    return { x, y, width, lines: wrapText(s, width - 2 * PAD, size, metrics, weight, 20), size, weight, align, blank };
}

const textHeight = (t: SopText) => t.lines.length * lineHeight(t.size) + 2 * PAD;

function list(values: string[]): { items: string[]; blank: boolean } {
    return values.length === 0 ? { items: [BLANK], blank: true } : { items: values.map((v, i) => values.length > 1 ? `${i + 1}. ${v}` : v), blank: false };
}

/** A list as a cell's text: each item from a new line, wrapped within the cell. */
function listText(metrics: FontMetrics, l: { items: string[]; blank: boolean }, x: number, y: number, width: number): SopText {
    const items = l.items.map(item => text(metrics, item, x, y, width, TEXT.body, 'regular', 'left', l.blank));
    return { ...items[0], lines: items.flatMap(t => t.lines) };
}

/** Empty lines left to sign in: 6 × 9.4 points, about 25 mm once printed at 8 pt. */
const SIGNATURE_LINES = 6;

/**
 * "Disahkan oleh" as the model holds it: the Kepala Perangkat Daerah's jabatan, room to sign, then
 * the name and NIP of the one pegawai who holds the post; what the model lacks stays a visible blank.
 */
function signer(index: PemdaIndex, pd: UnitNode | undefined, metrics: FontMetrics, x: number, width: number): SopText {
    const leader = pd?.leader;
    if (!leader) return text(metrics, BLANK, x, 0, width, TEXT.body, 'regular', 'left', true);
    const holder = index.soleHolder(leader.id);
    const wrap = (s: string, weight: FontWeight = 'regular') => wrapText(s, width - 2 * PAD, TEXT.body, metrics, weight, 6);
    // About 25 mm on paper between the jabatan and the name: a signature and the stamp over it.
    const room = Array.from({ length: SIGNATURE_LINES }, () => '');
    const lines = [...wrap(leader.title), ...room, ...wrap(holder?.title ?? BLANK, 'bold'), ...(holder?.nip ? wrap(`NIP ${holder.nip}`) : holder ? [] : [])];
    return { x, y: 0, width, lines, size: TEXT.body, weight: 'regular', align: 'left', blank: false };
}

function identityPage(pemda: PemdaModel, process: Process, map: CrossFunctionalMap, page: { width: number; height: number }, metrics: FontMetrics): SopPage {
    const index = new PemdaIndex(pemda);
    const owner = index.unit(process.owner);
    const pd = owner ? index.unit(index.perangkatDaerahOf(owner.id)) : undefined;
    const cells: SopCell[] = [];
    const half = page.width / 2;
    const kopParts = [
        `PEMERINTAH ${officialUpperCase(pemda.title ?? pemda.name)}`,
        pd ? officialUpperCase(pd.title) : BLANK,
        owner && owner.id !== pd?.id ? officialUpperCase(owner.title) : ''
    ].filter(Boolean);
    const id = map.sopIdentity;
    const written = (value: string | undefined): [string, boolean] => value === undefined ? [BLANK, true] : [value, false];
    const fields: Array<[string, string, boolean]> = [
        ['Nomor SOP', ...written(map.code)],
        ['Tanggal Pembuatan', ...written(id.madeOn)], ['Tanggal Revisi', ...written(id.revisedOn)], ['Tanggal Efektif', ...written(id.effectiveOn)],
        ['Disahkan oleh', BLANK, true], ['Nama SOP', ...written(id.name)]
    ];
    let y = 0;
    // Each part of the kop on its own line(s), as a letterhead is set.
    const kopText: SopText = { ...text(metrics, '', 0, 0, half, 10, 'bold', 'center'), lines: kopParts.flatMap(k => wrapText(k, half - 2 * PAD, 10, metrics, 'bold', 4)) };
    const fieldRows = fields.map(([label, value, blank]) => ({
        label: text(metrics, label, half, 0, half * 0.38, TEXT.body, 'bold'),
        value: label === 'Disahkan oleh' ? signer(index, pd, metrics, half + half * 0.38, half * 0.62)
            : text(metrics, value, half + half * 0.38, 0, half * 0.62, TEXT.body, 'regular', 'left', blank)
    }));
    const fieldHeights = fieldRows.map(r => Math.max(textHeight(r.label), textHeight(r.value), 18));
    const topHeight = Math.max(textHeight(kopText) + 20, fieldHeights.reduce((a, b) => a + b, 0));
    cells.push({ x: 0, y, width: half, height: topHeight, text: { ...kopText, y: y + (topHeight - textHeight(kopText)) / 2 } });
    let fy = y;
    fieldRows.forEach((r, i) => {
        cells.push({ x: half, y: fy, width: half * 0.38, height: fieldHeights[i], text: { ...r.label, y: fy } });
        cells.push({ x: half + half * 0.38, y: fy, width: half * 0.62, height: fieldHeights[i], text: { ...r.value, y: fy } });
        fy += fieldHeights[i];
    });
    y += topHeight;
    for (const [leftLabel, leftValues, rightLabel, rightValues] of sopIdentityGrid(id, relatedOf(pemda, map, id.related))) {
        const heads = [text(metrics, leftLabel + ':', 0, y, half, TEXT.body, 'bold'), text(metrics, rightLabel + ':', half, y, half, TEXT.body, 'bold')];
        const headHeight = Math.max(...heads.map(textHeight));
        heads.forEach((h, i) => cells.push({ x: i * half, y, width: half, height: headHeight, fill: 'kepala', text: h }));
        y += headHeight;
        const values = [list(leftValues), list(rightValues)].map((v, i) => listText(metrics, v, i * half, y, half));
        const valueHeight = Math.max(...values.map(textHeight), 40);
        values.forEach((v, i) => cells.push({ x: i * half, y, width: half, height: valueHeight, text: v }));
        y += valueHeight;
    }
    return { width: page.width, height: page.height, cells, symbols: [], lines: [], rows: [], laneColumns: [], footer: text(metrics, '', 0, page.height - 12, page.width, TEXT.small) };
}

/** Keterkaitan: what the analyst wrote, and the SOPs and processes this map refers to. */
function relatedOf(pemda: PemdaModel, map: CrossFunctionalMap, written: string[]): string[] {
    const sops = map.sops.map(s => `${s.code} ${s.title}`);
    const processes = map.nodes.filter(n => n.kind === 'penghubung' && n.target)
        .map(n => pemda.processes.find(p => p.id === n.target)).filter((p): p is Process => p !== undefined)
        .map(p => `${p.code ? `${p.code} ` : ''}${p.title}`);
    return [...written, ...sops, ...processes];
}

/** A pelaksana column this wide holds a side exit's "tidak" between its 2 mm margin track and the decision's centre line. */
const LANE_FOR_LABELS = 50;
/** What the text columns of Mutu Baku and Keterangan give up, at most, for narrow pelaksana columns: their text wraps sooner. */
const TEXT_COLUMNS_GIVE = 0.2;

function columnsFor(lanes: number, width: number): Columns {
    const fixed = { no: 20, kelengkapan: 90, waktu: 44, output: 90, keterangan: 60 };
    const lacking = LANE_FOR_LABELS * lanes - (width - 20 - 90 - 44 - 90 - 60 - 140);
    if (lacking > 0) {
        const give = Math.min(1, lacking / ((fixed.kelengkapan + fixed.output + fixed.keterangan) * TEXT_COLUMNS_GIVE)) * TEXT_COLUMNS_GIVE;
        for (const key of ['kelengkapan', 'output', 'keterangan'] as const) fixed[key] *= 1 - give;
    }
    const rest = width - fixed.no - fixed.kelengkapan - fixed.waktu - fixed.output - fixed.keterangan;
    let lane = Math.max(44, Math.min(72, (rest - 140) / Math.max(1, lanes)));
    let kegiatan = Math.max(100, rest - lane * lanes);
    // A narrow page (portrait, many pelaksana) shrinks every column alike; the text wraps, the table fits.
    const total = fixed.no + kegiatan + lane * lanes + fixed.kelengkapan + fixed.waktu + fixed.output + fixed.keterangan;
    const k = Math.min(1, width / total);
    const f = { no: fixed.no * k, kelengkapan: fixed.kelengkapan * k, waktu: fixed.waktu * k, output: fixed.output * k, keterangan: fixed.keterangan * k };
    lane *= k;
    kegiatan *= k;
    const x = { no: 0, kegiatan: f.no, lanes: [] as number[], kelengkapan: 0, waktu: 0, output: 0, keterangan: 0, end: 0 };
    let cx = f.no + kegiatan;
    for (let i = 0; i < lanes; i++) { x.lanes.push(cx); cx += lane; }
    x.kelengkapan = cx; cx += f.kelengkapan;
    x.waktu = cx; cx += f.waktu;
    x.output = cx; cx += f.output;
    x.keterangan = cx; cx += f.keterangan;
    x.end = cx;
    return { ...f, kegiatan, lane, x };
}

/**
 * `lastRoom`: room (layout points) the last page keeps under its table for what follows it (the
 * lampiran's signature): where the last page cannot keep it, its last steps go to a page of their
 * own with that room under them, so that what follows never stands alone.
 */
export function layoutSop(pemda: PemdaModel, process: Process, map: CrossFunctionalMap, page: { width: number; height: number }, metrics: FontMetrics,
    options: { lastRoom?: number } = {}): SopLayout {
    const lanes = map.lanes;
    const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
    const steps = map.nodes;
    const cols = columnsFor(Math.max(1, lanes.length), page.width);
    const rowIndex = new Map(steps.map((n, i) => [n.id, i]));

    // Header: two rows, Pelaksana and Mutu Baku spanning their columns.
    const header: SopCell[] = [];
    const h1 = 16;
    const laneTexts = lanes.map((l, i) => text(metrics, l.title, cols.x.lanes[i], h1, cols.lane, TEXT.small, 'bold', 'center'));
    const h2 = Math.max(16, ...laneTexts.map(textHeight));
    const head = (label: string, x: number, w: number, y: number, h: number) =>
        header.push({ x, y, width: w, height: h, fill: 'kepala', text: { ...text(metrics, label, x, y, w, TEXT.small, 'bold', 'center'), y: y + (h - textHeight(text(metrics, label, x, y, w, TEXT.small, 'bold', 'center'))) / 2 } });
    head('No', cols.x.no, cols.no, 0, h1 + h2);
    head('Kegiatan', cols.x.kegiatan, cols.kegiatan, 0, h1 + h2);
    head('Pelaksana', cols.x.lanes[0] ?? cols.x.kelengkapan, cols.lane * Math.max(1, lanes.length), 0, h1);
    laneTexts.forEach((t, i) => header.push({ x: cols.x.lanes[i], y: h1, width: cols.lane, height: h2, fill: 'kepala', text: { ...t, y: h1 + (h2 - textHeight(t)) / 2 } }));
    head('Mutu Baku', cols.x.kelengkapan, cols.kelengkapan + cols.waktu + cols.output, 0, h1);
    head('Kelengkapan', cols.x.kelengkapan, cols.kelengkapan, h1, h2);
    head('Waktu', cols.x.waktu, cols.waktu, h1, h2);
    head('Output', cols.x.output, cols.output, h1, h2);
    head('Keterangan', cols.x.keterangan, cols.keterangan, 0, h1 + h2);
    const headerHeight = h1 + h2;

    // Body rows, measured. A "tidak" of 17 points fits beside a decision in a column this wide.
    const labelsBesideDecisions = (cols.lane - symbolSize('keputusan', cols.lane)[0]) / 2 >= 21 - 1e-6;
    const rows = steps.map((n, i) => {
        const cells = [
            text(metrics, String(i + 1), cols.x.no, 0, cols.no, TEXT.body, 'regular', 'center'),
            text(metrics, n.title, cols.x.kegiatan, 0, cols.kegiatan),
            text(metrics, n.requirements.join(', ') || '', cols.x.kelengkapan, 0, cols.kelengkapan, TEXT.small),
            text(metrics, n.duration ?? '', cols.x.waktu, 0, cols.waktu, TEXT.small, 'regular', 'center'),
            text(metrics, n.output ?? '', cols.x.output, 0, cols.output, TEXT.small),
            text(metrics, keterangan(pemda, map, n), cols.x.keterangan, 0, cols.keterangan, TEXT.small)
        ];
        // In a narrow column a decision's row holds a label's line under the diamond as well as above:
        // there is no room beside it for the "tidak" of a side exit, which then stands by its drop.
        const least = n.kind === 'keputusan' && !labelsBesideDecisions ? Math.max(MIN_ROW, symbolSize('keputusan', cols.lane)[1] + 2 * (lineHeight(TEXT.small) + 2)) : MIN_ROW;
        return { node: n, cells, height: Math.max(least, ...cells.map(textHeight)) };
    });

    // Pages: the identity page, then as many rows as fit under the repeated header, leaving a strip
    // above and below for off-page connectors.
    const pages: SopPage[] = [identityPage(pemda, process, map, page, metrics)];
    const footerHeight = 14;
    const bodyTop = headerHeight + STRIP;
    const bodyBottom = page.height - footerHeight - STRIP;
    const pageOf: number[] = [];
    const rowY: number[] = [];
    const tablePages: number[][] = [];
    let current: number[] = [];
    let y = bodyTop;
    rows.forEach((r, i) => {
        if (current.length > 0 && y + r.height > bodyBottom) {
            tablePages.push(current);
            current = [];
            y = bodyTop;
        }
        current.push(i);
        pageOf[i] = tablePages.length;
        rowY[i] = y;
        y += r.height;
    });
    tablePages.push(current);
    if (options.lastRoom) keepRoomOnLastPage(tablePages, rows.map(r => r.height), bodyTop, bodyBottom - options.lastRoom, pageOf, rowY);

    const symbolBoxes: SopSymbolBox[] = rows.map((r, i) => {
        const symbol = symbolOf(r.node);
        const [w, h] = symbolSize(symbol, cols.lane);
        const column = laneIndex.get(r.node.lane ?? '') ?? 0;
        const cx = (cols.x.lanes[column] ?? cols.x.kelengkapan) + cols.lane / 2;
        return { node: r.node.id, element: r.node, symbol, column, row: i, x: cx - w / 2, y: rowY[i] + (r.height - h) / 2, width: w, height: h };
    });

    const flowLines = routeSop(map, rowIndex, symbolBoxes, rows.map(r => r.height), rowY, pageOf, cols, bodyTop, metrics);
    tablePages.forEach((indices, p) => {
        const last = indices[indices.length - 1];
        const tableBottom = last === undefined ? bodyTop : rowY[last] + rows[last].height;
        const connectors = flowLines.connectors.filter(c => c.page === p).map(c => c.box);
        // A strip no connector stands in is left out, not printed as an empty row of the table; without
        // the one above, the page's rows move up under the header.
        const top = connectors.some(c => c.y < bodyTop);
        const bottom = connectors.some(c => c.y >= tableBottom);
        const up = top ? 0 : STRIP;
        const cells: SopCell[] = [...header];
        for (const i of indices) {
            const r = rows[i];
            const y = rowY[i] - up;
            for (const c of r.cells) cells.push({ x: c.x, y, width: c.width, height: r.height, text: { ...c, y } });
            for (let l = 0; l < Math.max(1, lanes.length); l++) cells.push({ x: cols.x.lanes[l] ?? cols.x.kelengkapan, y, width: cols.lane, height: r.height });
        }
        // The strips are part of the table: its columns continue through them.
        const strips = [...(top ? [headerHeight] : []), ...(bottom ? [tableBottom - up] : [])];
        for (const sy of strips) {
            for (const [x, w] of [[cols.x.no, cols.no], [cols.x.kegiatan, cols.kegiatan], ...lanes.map((_, l) => [cols.x.lanes[l], cols.lane] as const),
                [cols.x.kelengkapan, cols.kelengkapan], [cols.x.waktu, cols.waktu], [cols.x.output, cols.output], [cols.x.keterangan, cols.keterangan]] as const) {
                cells.push({ x, y: sy, width: w, height: STRIP });
            }
        }
        pages.push({
            width: page.width, height: page.height, cells,
            symbols: [...symbolBoxes.filter(s => pageOf[s.row] === p), ...connectors].map(s => up ? { ...s, y: s.y - up } : s),
            lines: flowLines.lines.filter(l => l.page === p).map(l => up ? raised(l.line, up) : l.line),
            rows: indices,
            laneColumns: lanes.map((_, l) => ({ x: cols.x.lanes[l], width: cols.lane })),
            footer: text(metrics, '', 0, page.height - footerHeight, page.width, TEXT.small)
        });
    });
    const total = pages.length;
    // The SOP's own name where the map writes one: the pages are the SOP, not the map.
    const name = map.sopIdentity?.name ?? map.title;
    // The room kept on the last page is left off it: what follows stands right under its footer.
    const lastPage = pages[pages.length - 1];
    if (options.lastRoom && tablePages.length > 0 && lastPage.rows.length > 0) {
        const end = Math.max(...lastPage.cells.map(c => c.y + c.height));
        lastPage.height = Math.max(end + footerHeight + 4, page.height - options.lastRoom);
    }
    pages.forEach((pg, i) => { pg.footer = text(metrics, `${map.code ? `${map.code} ` : ''}${name} — halaman ${i + 1} dari ${total}`, 0, pg.height - footerHeight, page.width, TEXT.small, 'regular', 'center'); });
    return { title: map.title, pages, steps: steps.map(s => s.id) };
}

/** A flow moved up by `dy` with its label. */
function raised(line: SopLine, dy: number): SopLine {
    return { ...line, points: line.points.map(([x, y]) => [x, y - dy] as [number, number]), ...(line.label ? { label: { ...line.label, y: line.label.y - dy } } : {}) };
}

function keterangan(pemda: PemdaModel, map: CrossFunctionalMap, n: MapNode): string {
    const parts: string[] = [];
    const sop = n.sop && map.sops.find(s => s.id === n.sop);
    if (sop) parts.push(`SOP ${sop.code}`);
    if (n.kind === 'penghubung' && n.target) {
        const p = pemda.processes.find(x => x.id === n.target);
        parts.push(`ke ${p ? `${p.code ? `${p.code} ` : ''}${p.title}` : n.target}`);
    }
    if (n.kind === 'dokumen') parts.push('dokumen');
    return parts.join('; ');
}

/** Steps moved from the end of a last page that ends below `limit` to a page of their own: the last two, or the one that fits. */
function keepRoomOnLastPage(tablePages: number[][], heights: number[], bodyTop: number, limit: number, pageOf: number[], rowY: number[]): void {
    const last = tablePages[tablePages.length - 1];
    const end = rowY[last[last.length - 1]] + heights[last[last.length - 1]];
    if (end <= limit || last.length < 2) return;
    const fits = (k: number) => bodyTop + last.slice(-k).reduce((sum, i) => sum + heights[i], 0) <= limit;
    const moved = fits(2) && last.length > 2 ? 2 : 1;
    if (!fits(moved)) return;
    const onward = last.splice(last.length - moved, moved);
    tablePages.push(onward);
    let y = bodyTop;
    for (const i of onward) {
        pageOf[i] = tablePages.length - 1;
        rowY[i] = y;
        y += heights[i];
    }
}
