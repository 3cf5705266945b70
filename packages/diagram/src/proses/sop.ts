import type { CrossFunctionalMap, MapNode, PemdaModel, Process, UnitNode } from '@sikerja/model';
import { PemdaIndex, PRINT_MIN_TEXT, sopIdentityGrid } from '@sikerja/model';
import { lineHeight, TEXT, type ElementRef } from '../scene.js';
import type { FontMetrics, FontWeight } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';
import { clearLabels } from './sop-labels.js';

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
const SYMBOL: Record<SopSymbol, [number, number]> = { terminator: [34, 14], proses: [34, 18], keputusan: [30, 22], penghubung: [18, 16] };
const MIN_ROW = 34;
const STRIP = 26;
/** 2 mm on paper in the layout's points: a SOP is printed enlarged by PRINT_MIN_TEXT / TEXT.small. */
const GRID_CLEARANCE = 5.67 * TEXT.small / PRINT_MIN_TEXT;

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
        `PEMERINTAH ${(pemda.title ?? pemda.name).toLocaleUpperCase('id-ID')}`,
        pd ? pd.title.toLocaleUpperCase('id-ID') : BLANK,
        owner && owner.id !== pd?.id ? owner.title.toLocaleUpperCase('id-ID') : ''
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

interface Columns {
    no: number; kegiatan: number; lane: number; kelengkapan: number; waktu: number; output: number; keterangan: number;
    x: { no: number; kegiatan: number; lanes: number[]; kelengkapan: number; waktu: number; output: number; keterangan: number; end: number };
}

function columnsFor(lanes: number, width: number): Columns {
    const fixed = { no: 20, kelengkapan: 90, waktu: 44, output: 90, keterangan: 60 };
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

export function layoutSop(pemda: PemdaModel, process: Process, map: CrossFunctionalMap, page: { width: number; height: number }, metrics: FontMetrics): SopLayout {
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

    // Body rows, measured.
    const rows = steps.map((n, i) => {
        const cells = [
            text(metrics, String(i + 1), cols.x.no, 0, cols.no, TEXT.body, 'regular', 'center'),
            text(metrics, n.title, cols.x.kegiatan, 0, cols.kegiatan),
            text(metrics, n.requirements.join(', ') || '', cols.x.kelengkapan, 0, cols.kelengkapan, TEXT.small),
            text(metrics, n.duration ?? '', cols.x.waktu, 0, cols.waktu, TEXT.small, 'regular', 'center'),
            text(metrics, n.output ?? '', cols.x.output, 0, cols.output, TEXT.small),
            text(metrics, keterangan(pemda, map, n), cols.x.keterangan, 0, cols.keterangan, TEXT.small)
        ];
        return { node: n, cells, height: Math.max(MIN_ROW, ...cells.map(textHeight)) };
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

    const symbolBoxes: SopSymbolBox[] = rows.map((r, i) => {
        const symbol = symbolOf(r.node);
        const [w, h] = SYMBOL[symbol];
        const column = laneIndex.get(r.node.lane ?? '') ?? 0;
        const cx = (cols.x.lanes[column] ?? cols.x.kelengkapan) + cols.lane / 2;
        return { node: r.node.id, element: r.node, symbol, column, row: i, x: cx - w / 2, y: rowY[i] + (r.height - h) / 2, width: w, height: h };
    });

    const flowLines = routeSop(map, rowIndex, symbolBoxes, rows.map(r => r.height), rowY, pageOf, cols, bodyTop, metrics);
    tablePages.forEach((indices, p) => {
        const cells: SopCell[] = [...header];
        for (const i of indices) {
            const r = rows[i];
            for (const c of r.cells) cells.push({ x: c.x, y: rowY[i], width: c.width, height: r.height, text: { ...c, y: rowY[i] } });
            for (let l = 0; l < Math.max(1, lanes.length); l++) cells.push({ x: cols.x.lanes[l] ?? cols.x.kelengkapan, y: rowY[i], width: cols.lane, height: r.height });
        }
        const last = indices[indices.length - 1];
        const tableBottom = last === undefined ? bodyTop : rowY[last] + rows[last].height;
        // The strips above and below are part of the table: its columns continue through them.
        for (const [sy, sh] of [[headerHeight, STRIP], [tableBottom, STRIP]] as const) {
            for (const [x, w] of [[cols.x.no, cols.no], [cols.x.kegiatan, cols.kegiatan], ...lanes.map((_, l) => [cols.x.lanes[l], cols.lane] as const),
                [cols.x.kelengkapan, cols.kelengkapan], [cols.x.waktu, cols.waktu], [cols.x.output, cols.output], [cols.x.keterangan, cols.keterangan]] as const) {
                cells.push({ x, y: sy, width: w, height: sh });
            }
        }
        pages.push({
            width: page.width, height: page.height, cells,
            symbols: [...symbolBoxes.filter(s => pageOf[s.row] === p), ...flowLines.connectors.filter(c => c.page === p).map(c => c.box)],
            lines: flowLines.lines.filter(l => l.page === p).map(l => l.line),
            rows: indices,
            laneColumns: lanes.map((_, l) => ({ x: cols.x.lanes[l], width: cols.lane })),
            footer: text(metrics, '', 0, page.height - footerHeight, page.width, TEXT.small)
        });
    });
    const total = pages.length;
    // The SOP's own name where the map writes one: the pages are the SOP, not the map.
    const name = map.sopIdentity?.name ?? map.title;
    pages.forEach((pg, i) => { pg.footer = text(metrics, `${map.code ? `${map.code} ` : ''}${name} — halaman ${i + 1} dari ${total}`, 0, page.height - footerHeight, page.width, TEXT.small, 'regular', 'center'); });
    return { title: map.title, pages, steps: steps.map(s => s.id) };
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

interface Routed {
    lines: Array<{ page: number; line: SopLine }>;
    connectors: Array<{ page: number; box: SopSymbolBox }>;
}

/**
 * Flows through the pelaksana columns: down the margins of the columns (never through a symbol,
 * which stands in the middle of its cell), across the pads above and below the symbols, up the right
 * margin for a loop back. A flow to another page ends at an off-page connector below its column and
 * resumes at the one connector above its target: every flow to that target carries its letter, so
 * three refusals ending at one "tidak dilanjutkan" show three A's and one A, not three letters stacked.
 */
function routeSop(map: CrossFunctionalMap, rowIndex: Map<string, number>, symbols: SopSymbolBox[], heights: number[], rowY: number[],
    pageOf: number[], cols: Columns, bodyTop: number, metrics: FontMetrics): Routed {
    const out: Routed = { lines: [], connectors: [] };
    const exits = new Map<string, number>();
    /** The column of each decision's first exit's target. */
    const firstTarget = new Map<string, number>();
    const laneLeft = (c: number) => cols.x.lanes[c] ?? cols.x.kelengkapan;
    // Tracks taken in each margin, per page and column: a page's lines start again from the grid line.
    const margin = { left: new Map<string, number>(), right: new Map<string, number>() };
    // Tracks in each margin of a column, between its grid line and its symbols: 2 mm apart and off
    // the grid line at print size where the column is wide enough; in a narrow one, apart first.
    const spare = (cols.lane - SYMBOL.proses[0]) / 2 - 1.5;
    const spacing = Math.min(GRID_CLEARANCE, Math.max(2.5, spare / 2));
    const base = Math.min(GRID_CLEARANCE, Math.max(2, spare - spacing));
    const tracks = Math.max(4, Math.floor((spare - base) / spacing) + 1);
    const track = (m: Map<string, number>, c: number, page: number) => {
        const t = m.get(`${page}:${c}`) ?? 0;
        m.set(`${page}:${c}`, t + 1);
        return base + (t % tracks) * spacing;
    };
    // Off-page connectors: the letter of each target's, and where connectors already stand in each page's strips.
    const incoming = new Map<string, string>();
    const placed = new Map<string, number[]>();
    const stripSlot = (page: number, strip: 'top' | 'bottom', center: number, prefer: -1 | 1 = -1): { x: number; k: number } => {
        // Centre, then one side, the other, further…, into the next columns where the strip needs them:
        // two connectors never stand on one another. A flow that leaves its symbol by the right (or
        // comes down the right margin) takes the right first, so that it crosses none of the centre's.
        const w = SYMBOL.penghubung[0], step = w + 4;
        const lo = laneLeft(0) + w / 2 + 2, hi = laneLeft(cols.x.lanes.length - 1) + cols.lane - w / 2 - 2;
        const taken = placed.get(`${page}:${strip}`) ?? [];
        placed.set(`${page}:${strip}`, taken);
        for (let n = 0; ; n++) {
            const x = center + (n % 2 === 1 ? prefer : -prefer) * Math.ceil(n / 2) * step;
            const free = x >= lo && x <= hi && taken.every(t => Math.abs(t - x) >= step);
            if (free || n > 4 * cols.x.lanes.length) {
                taken.push(x);
                // `k`: this connector's place among the strip's, for the height its line runs at.
                return { x: Math.min(hi, Math.max(lo, x)), k: taken.length - 1 };
            }
        }
    };
    /** Where a flow into row `j` runs above its symbol: 2 mm at print size under the grid line where there is room. */
    const aboveOf = (j: number) => Math.min(symbols[j].y - 1.5, rowY[j] + GRID_CLEARANCE);
    const label = (s: string | undefined, x: number, y: number): SopText | undefined => s === undefined ? undefined
        : { x, y, width: metrics.width(s, TEXT.small) + 2, lines: [s], size: TEXT.small, weight: 'regular', align: 'left' };
    for (const flow of map.flows) {
        const i = rowIndex.get(flow.from), j = rowIndex.get(flow.to);
        if (i === undefined || j === undefined || i === j) continue;
        const a = symbols[i], b = symbols[j];
        const exit = exits.get(flow.from) ?? 0;
        exits.set(flow.from, exit + 1);
        if (exit === 0) firstTarget.set(flow.from, b.column);
        const acx = a.x + a.width / 2, bcx = b.x + b.width / 2;
        // The second exit leaves by the side towards its target; to a target in the decision's own
        // column, by the side the first exit's line does not turn to, so the two never run together
        // and neither label sits by the other's line.
        const firstTurn = Math.sign((firstTarget.get(flow.from) ?? a.column) - a.column);
        const side = exit === 0 ? 'bottom'
            : exit === 1 && b.column === a.column && firstTurn !== 0 ? (firstTurn > 0 ? 'left' : 'right')
                : (exit === 1) === (b.column >= a.column) ? 'right' : 'left';
        const start: Array<[number, number]> = side === 'bottom' ? [[acx, a.y + a.height]]
            : side === 'right' ? [[a.x + a.width, a.y + a.height / 2]] : [[a.x, a.y + a.height / 2]];
        const lbl = side === 'bottom' ? label(flow.label, acx + 2, a.y + a.height + 1) : label(flow.label, side === 'right' ? a.x + a.width + 1 : a.x - 1 - metrics.width(flow.label ?? '', TEXT.small) - 2, a.y + a.height / 2 - lineHeight(TEXT.small) - 1);
        // Runs keep 2 mm at print size off the row's grid line where the row has room under its symbol.
        const below = Math.max(a.y + a.height + 1.5, rowY[i] + heights[i] - GRID_CLEARANCE);
        const colRight = laneLeft(a.column) + cols.lane;
        if (pageOf[i] !== pageOf[j]) {
            // Off the page: down the source column to a connector in the strip below; on again from the
            // one connector above the target, whose letter every flow to that target carries.
            const [cw, ch] = SYMBOL.penghubung;
            let resume = incoming.get(flow.to);
            if (!resume) {
                const tag = String.fromCharCode(65 + (incoming.size % 26));
                const { x: cx, k: slot } = stripSlot(pageOf[j], 'top', bcx);
                const up: SopSymbolBox = { node: `->${flow.to}`, symbol: 'penghubung', column: b.column, row: -1, x: cx - cw / 2, y: bodyTop - STRIP + (STRIP - ch) / 2, width: cw, height: ch, label: tag };
                const clear = symbols.every(s => s.column !== b.column || pageOf[s.row] !== pageOf[j] || s.row >= j);
                // Each connector of a column's strip reaches its step at its own height: no two lines share a run.
                const under = bodyTop - 1.5 - (slot % 4);
                const xl = clear ? bcx : laneLeft(b.column) + track(margin.left, b.column, pageOf[j]);
                const onto: Array<[number, number]> = clear ? [[cx, under], [bcx, under], [bcx, b.y]]
                    : [[cx, under], [xl, under], [xl, aboveOf(j)], [bcx, aboveOf(j)], [bcx, b.y]];
                out.lines.push({ page: pageOf[j], line: { points: dedupe([[cx, up.y + up.height], ...onto]), arrow: true, from: up.node, to: flow.to } });
                out.connectors.push({ page: pageOf[j], box: up });
                resume = tag;
                incoming.set(flow.to, tag);
            }
            // The strip below is drawn under the page's last row, which may end above the page's body.
            const tableBottom = Math.max(...symbols.filter(s => pageOf[s.row] === pageOf[i]).map(s => rowY[s.row] + heights[s.row]));
            const { x: cx, k } = stripSlot(pageOf[i], 'bottom', acx, side === 'right' ? 1 : -1);
            // Each connector of a column's strip is reached at its own height, later ones higher: no two lines share a run.
            const run = tableBottom + 4.5 - (k % 4);
            const down: SopSymbolBox = { node: `${flow.from}->${flow.to}`, symbol: 'penghubung', column: a.column, row: -1, x: cx - cw / 2, y: tableBottom + (STRIP - ch) / 2, width: cw, height: ch, label: resume };
            // Down the margin on the side the flow leaves by: a left exit never crosses back under its own symbol.
            const xm = side === 'left' ? laneLeft(a.column) + track(margin.left, a.column, pageOf[i]) : colRight - track(margin.right, a.column, pageOf[i]);
            const first: Array<[number, number]> = side === 'bottom' ? [...start, [acx, below], [xm, below]] : [...start, [xm, start[0][1]]];
            // Nothing below it in its column on this page, and its connector right under it: straight down.
            const straight = side === 'bottom' && Math.abs(cx - acx) < 0.5
                && symbols.every(s => s.column !== a.column || pageOf[s.row] !== pageOf[i] || s.row <= i);
            const offPoints: Array<[number, number]> = straight ? [...start, [cx, down.y]] : [...first, [xm, run], [cx, run], [cx, down.y]];
            out.lines.push({ page: pageOf[i], line: { points: dedupe(offPoints), arrow: true, from: flow.from, to: down.node, label: beside(lbl, offPoints) } });
            out.connectors.push({ page: pageOf[i], box: down });
            continue;
        }
        let points: Array<[number, number]>;
        if (j > i) {
            // Nothing in the target's column between the two rows: straight down, or down, across
            // under the source and down into the target (the elbow a reader follows at a glance).
            const clearInto = symbols.slice(i + 1, j).every(s => s.column !== b.column);
            if (clearInto && side === 'bottom') {
                points = b.column === a.column ? [...start, [acx, b.y]] : [...start, [acx, below], [bcx, below], [bcx, b.y]];
            } else if (side !== 'bottom') {
                // A side exit goes down its own margin to the target's row: it never runs along the
                // bottom exit of the same decision, which turns at the foot of the decision's row.
                const xs = side === 'right' ? colRight - track(margin.right, a.column, pageOf[i]) : laneLeft(a.column) + track(margin.left, a.column, pageOf[i]);
                const above = aboveOf(j);
                points = [...start, [xs, start[0][1]], [xs, above], [bcx, above], [bcx, b.y]];
            } else {
                const xl = laneLeft(b.column) + track(margin.left, b.column, pageOf[j]);
                const first: Array<[number, number]> = side === 'bottom' ? [...start, [acx, below]]
                    : [...start, [side === 'right' ? colRight - 3 : laneLeft(a.column) + 3, start[0][1]], [side === 'right' ? colRight - 3 : laneLeft(a.column) + 3, below]];
                const above = aboveOf(j);
                points = [...first, [xl, first[first.length - 1][1]], [xl, above], [bcx, above], [bcx, b.y]];
            }
        } else {
            // A loop back: up the margin of the source column on the side it leaves by, into the target's side.
            const xr = side === 'left' ? laneLeft(a.column) + track(margin.left, a.column, pageOf[i]) : colRight - track(margin.right, a.column, pageOf[i]);
            const first: Array<[number, number]> = side === 'bottom' ? [...start, [acx, below], [xr, below]] : [...start, [xr, start[0][1]]];
            const ty = b.y + b.height / 2;
            const entry = b.column <= a.column ? b.x + b.width : b.x;
            points = [...first, [xr, ty], [entry, ty]];
        }
        out.lines.push({ page: pageOf[i], line: { points: dedupe(points), arrow: true, from: flow.from, to: flow.to, label: side === 'bottom' ? beside(lbl, points) : lbl } });
    }
    clearLabels(out.lines, [...out.connectors, ...symbols.map(s => ({ page: pageOf[s.row], box: s }))]);
    return out;
}

/**
 * A bottom exit's label. Where the line drops only a little before it turns (a decision at the foot of
 * its row), the label sits above the turn's run, clear of the diamond, on the side the line goes: the
 * decision's other exit leaves by the other side. Where it drops further, the label is beside the drop,
 * on the side it does not turn to.
 */
function beside(label: SopText | undefined, points: Array<[number, number]>): SopText | undefined {
    if (!label) return undefined;
    const path = dedupe(points);
    const turn = path.length > 2 && path[1][1] === path[2][1] ? Math.sign(path[2][0] - path[1][0]) : 0;
    const height = lineHeight(label.size);
    if (turn !== 0 && path[1][1] - path[0][1] < height + 2) {
        // sop-svg draws a label 3 points up and left of its place.
        const y = path[1][1] - height - 0.5 + 3;
        return turn > 0 ? { ...label, x: path[0][0] + DIAMOND_CLEAR + 3, y } : { ...label, x: path[0][0] - DIAMOND_CLEAR - label.width + 3, y };
    }
    return turn > 0 ? { ...label, x: path[0][0] - 2 - label.width } : label;
}

/** How far from a diamond's bottom point a label above the run clears its slanting edge. */
const DIAMOND_CLEAR = 12;

function dedupe(points: Array<[number, number]>): Array<[number, number]> {
    return points.filter((p, i) => i === 0 || Math.abs(p[0] - points[i - 1][0]) > 1e-9 || Math.abs(p[1] - points[i - 1][1]) > 1e-9);
}
