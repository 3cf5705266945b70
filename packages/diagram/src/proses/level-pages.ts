import type { PemdaModel, Process } from '@sikerja/model';
import { fewestPages, pagesBy, titleWidth, type Sheet } from '../paging.js';
import { lineHeight, TEXT, type Band, type Box, type Connector, type Scene } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';
import { BAND_HEADER, blankBox, BOX_WIDTH, childrenOf, IO_GAP, levelGroups, processBox, stakeholderLists, type LevelLayout } from './level.js';

/** A page of a peta proses with its title: the first names the map whole, a later one says "(LANJUTAN)". */
export type TitledLevel = (laid: LevelLayout, continued: boolean, titleWidth: number) => Scene;

const GAP = { box: 12, pad: 10, topToBus: 15, busToRow: 15 } as const;
const LIST_WIDTH = 96;

/**
 * A peta proses too large for one page at print size, over pages by its content, never tiled: its
 * processes in rows as wide as the page; a level-0 map's bands (manajemen, inti, pendukung) one under
 * another, a band continued on the next page by whole rows; a decomposition's sub-processes in rows
 * under the process, the process repeated on each page. Each page lists the masukan and keluaran of
 * what it shows. The sheet (either way round, when it may be turned) that takes fewer pages is used.
 */
export async function levelPages(pemda: PemdaModel, process: Process, metrics: FontMetrics, page: Sheet, titled: TitledLevel): Promise<Scene[]> {
    return (await fewestPages(page, budget => onSheet(pemda, process, metrics, budget, titled)))!;
}

interface Row { band: number; boxes: Box[] }

function onSheet(pemda: PemdaModel, process: Process, metrics: FontMetrics, budget: { width: number; height: number }, titled: TitledLevel): Promise<Scene[]> {
    const zero = process.level === 0 || process.parent === undefined;
    const children = childrenOf(pemda, process);
    const groups = zero ? levelGroups(children) : [{ title: '', processes: children }];
    // Narrower than on screen: on paper the processes need the width more than the lists do.
    const lists = (shown: Process[]) => stakeholderLists(process, shown, metrics, LIST_WIDTH);
    const probe = lists(children);
    const side = probe.inBox.width + probe.outBox.width + 2 * IO_GAP;
    const room = titleWidth(budget) - side - (zero ? BAND_HEADER + 2 * GAP.pad : 2 * GAP.pad);
    const perRow = Math.max(1, Math.floor((room + GAP.box) / (BOX_WIDTH + GAP.box)));
    const rows: Row[] = groups.flatMap((g, band) => {
        // A category the model holds no process of: its visible blank, as the whole map draws it.
        if (g.processes.length === 0) return [{ band, boxes: [blankBox(`kosong:${g.title}`, `(belum ada ${g.title.toLocaleLowerCase('id-ID')} ditulis)`, metrics)] }];
        const boxes = g.processes.map(p => processBox(p, metrics));
        return Array.from({ length: Math.ceil(boxes.length / perRow) }, (_, r) => ({ band, boxes: boxes.slice(r * perRow, (r + 1) * perRow) }));
    });
    const sceneOf = (taken: Row[], continued: boolean) => titled(zero ? zeroPage(taken, groups, lists, perRow, metrics) : decompositionPage(process, taken, lists, perRow, metrics), continued, titleWidth(budget));
    return pagesBy(rows.length, async (from, to, continued) => sceneOf(rows.slice(from, to), continued), budget, metrics);
}

type Lists = (shown: Process[]) => { inBox: Box; outBox: Box };
const processesOf = (rows: Row[]) => rows.flatMap(r => r.boxes.flatMap(b => b.element ? [b.element as Process] : []));

/** Bands of whole rows, one under another between the masukan and the keluaran. */
function zeroPage(rows: Row[], groups: Array<{ title: string }>, lists: Lists, perRow: number, metrics: FontMetrics): LevelLayout {
    const { inBox, outBox } = lists(processesOf(rows));
    const bandX = inBox.width + IO_GAP;
    const bandWidth = BAND_HEADER + 2 * GAP.pad + perRow * BOX_WIDTH + (perRow - 1) * GAP.box;
    const boxes: Box[] = [], bands: Band[] = [];
    let y = 0;
    for (const band of [...new Set(rows.map(r => r.band))]) {
        const top = y;
        y += GAP.pad;
        for (const row of rows.filter(r => r.band === band)) {
            row.boxes.forEach((b, i) => { b.x = bandX + BAND_HEADER + GAP.pad + i * (BOX_WIDTH + GAP.box); b.y = y; boxes.push(b); });
            y += Math.max(lineHeight(TEXT.small), ...row.boxes.map(b => b.height)) + GAP.box;
        }
        y += GAP.pad - GAP.box;
        const lines = wrapText(groups[band].title.toLocaleUpperCase('id-ID'), BAND_HEADER - 8, TEXT.body, metrics, 'bold', 4);
        const h = lines.length * lineHeight(TEXT.body), height = y - top;
        bands.push({ id: `g:${groups[band].title}`, x: bandX, y: top, width: bandWidth, height, headerArea: { x: bandX, y: top, width: BAND_HEADER, height },
            header: { x: bandX, y: top + (height - h) / 2, width: BAND_HEADER, height: h, lines, size: TEXT.body, align: 'center' } });
    }
    const middle = y / 2;
    inBox.x = 0;
    inBox.y = Math.max(0, middle - inBox.height / 2);
    outBox.x = bandX + bandWidth + IO_GAP;
    outBox.y = Math.max(0, middle - outBox.height / 2);
    const at = (yy: number) => bands.find(b => yy >= b.y && yy <= b.y + b.height)?.id ?? bands[0].id;
    const midIn = inBox.y + inBox.height / 2, midOut = outBox.y + outBox.height / 2;
    const connectors: Connector[] = [
        { points: [[inBox.width, midIn], [bandX, midIn]], arrow: true, from: inBox.id, to: at(midIn) },
        { points: [[bandX + bandWidth, midOut], [outBox.x, midOut]], arrow: true, from: at(midOut), to: outBox.id }
    ];
    return { width: outBox.x + outBox.width, height: Math.max(y, inBox.y + inBox.height, outBox.y + outBox.height), boxes: [inBox, ...boxes, outBox], connectors, bands };
}

/** The process on top, its sub-processes in rows under it on a bus each, fed from a rail on the left. */
function decompositionPage(process: Process, rows: Row[], lists: Lists, perRow: number, metrics: FontMetrics): LevelLayout {
    const { inBox, outBox } = lists([]);
    const top = processBox(process, metrics, 'pimpinan');
    const left = inBox.width + IO_GAP + GAP.pad;
    const rowsWidth = perRow * BOX_WIDTH + (perRow - 1) * GAP.box;
    top.x = left + (rowsWidth - top.width) / 2;
    top.y = 0;
    const boxes: Box[] = [];
    const connectors: Connector[] = [];
    const rail = left - GAP.pad / 2, topX = top.x + top.width / 2;
    let y = top.height + GAP.topToBus;
    const buses: number[] = [];
    for (const row of rows) {
        const bus = y;
        buses.push(bus);
        y += GAP.busToRow;
        row.boxes.forEach((b, i) => { b.x = left + i * (BOX_WIDTH + GAP.box); b.y = y; boxes.push(b); });
        const centres = row.boxes.map(b => b.x + b.width / 2);
        const from = rows.length > 1 ? rail : Math.min(topX, ...centres);
        connectors.push({ points: [[from, bus], [Math.max(topX, ...centres), bus]], from: top.id, to: top.id });
        for (const b of row.boxes) connectors.push({ points: [[b.x + b.width / 2, bus], [b.x + b.width / 2, b.y]], arrow: true, from: top.id, to: b.id });
        y += Math.max(...row.boxes.map(b => b.height)) + GAP.topToBus;
    }
    connectors.push({ points: [[topX, top.height], [topX, buses[0]]], from: top.id, to: top.id });
    if (buses.length > 1) connectors.push({ points: [[rail, buses[0]], [rail, buses[buses.length - 1]]], from: top.id, to: top.id });
    const middle = top.height / 2;
    inBox.x = 0;
    inBox.y = 0;
    outBox.x = left + rowsWidth + GAP.pad + IO_GAP;
    outBox.y = 0;
    connectors.push(
        { points: [[inBox.width, middle], [top.x, middle]], arrow: true, from: inBox.id, to: top.id },
        { points: [[top.x + top.width, middle], [outBox.x, middle]], arrow: true, from: top.id, to: outBox.id });
    const height = Math.max(y - GAP.topToBus, inBox.height, outBox.height);
    return { width: outBox.x + outBox.width, height, boxes: [inBox, top, ...boxes, outBox], connectors, bands: [] };
}
