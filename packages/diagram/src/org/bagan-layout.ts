import type { Box, Connector } from '../scene.js';
import { absolutePositions, elk } from '../elk.js';
import type { OrgBoxes } from './org-boxes.js';
import { buildBlock, connectBlock, GAP, type OrgLayout, type Placed } from './org-layout.js';
import type { OrgBlock } from './org-tree.js';
import { legendFor } from './legend.js';
import type { FontMetrics } from '../text/fonts.js';

/**
 * A struktur as the official bagan draws it: the head on top; the Sekretariat on a staff branch to
 * the right of the main line and the head's own kelompok jabatan fungsional to its left, between the
 * head and the units of the line; all Bidang (Bagian, Inspektur Pembantu, Asisten, Seksi of a
 * Kecamatan) in one row in written order, each with its units stacked below; unit kerja (UPTD,
 * Puskesmas, Kelurahan) in their own row below, reached by a rail down the left side; a keterangan
 * for the conventions it uses at the foot. Each unit's
 * block is laid out by ELK; this places the blocks and draws the lines between them.
 */

const STAFF = { drop: 18, reach: 24 } as const;

interface Laid {
    block?: OrgBlock;
    head: Box;
    width: number;
    height: number;
    at: Placed;
    x: number;
    y: number;
}

/**
 * Each unit's block laid out by ELK on its own, all in one call: the blocks are the children of a
 * root that ELK leaves where they are (`fixed`), and this file places them. A call per block cost
 * more in ELK's set-up than in the layout of its few boxes.
 */
async function layBlocks(blocks: readonly OrgBlock[], boxes: OrgBoxes, all: Map<string, Box>): Promise<Laid[]> {
    const owns = blocks.map(() => new Map<string, Box>());
    const nodes = blocks.map((block, i) => buildBlock(block, boxes, owns[i], 1));
    const laid = await elk().layout({ id: 'bagan', children: nodes, layoutOptions: { 'elk.algorithm': 'fixed' } });
    return blocks.map((block, i) => {
        const node = laid.children![i];
        for (const [id, b] of owns[i]) all.set(id, b);
        const at = absolutePositions({ ...node, x: 0, y: 0 });
        return { block, head: owns[i].get(`h:${block.unit.id}`)!, width: node.width ?? 0, height: node.height ?? 0, at, x: 0, y: 0 };
    });
}

function isStaff(block: OrgBlock): boolean {
    return block.unit.kind === 'sekretariat' && !block.organisation;
}

/** Blocks side by side from `x`, tops at `y`; the row's width. */
function placeRow(row: Laid[], x: number, y: number): number {
    let cx = x;
    for (const b of row) {
        b.x = cx;
        b.y = y;
        cx += b.width + GAP.row;
    }
    return row.length > 0 ? cx - GAP.row - x : 0;
}

/** The room left and right of the main line: the head's halves, the head's kelompok, the staff branch. */
const leftNeedOf = (head: Box, kelompok: Box | undefined) => Math.max(head.width / 2, kelompok ? STAFF.reach + kelompok.width : 0);
const rightNeedOf = (head: Box, staff: Laid[]) => Math.max(head.width / 2, staff.length > 0 ? STAFF.reach + rowWidth(staff) : 0);

/** Blocks in written order, as many to a row as `width` holds (at least one). */
function wrapRows(blocks: Laid[], width: number): Laid[][] {
    const rows: Laid[][] = [];
    for (const b of blocks) {
        const row = rows[rows.length - 1];
        if (row && rowWidth([...row, b]) <= width) row.push(b);
        else rows.push([b]);
    }
    return rows;
}

const rowWidth = (row: Laid[]) => row.reduce((s, b) => s + b.width, 0) + GAP.row * Math.max(0, row.length - 1);
const rowHeight = (row: Laid[]) => Math.max(0, ...row.map(b => b.height));
const centreOf = (b: Box) => b.x + b.width / 2;

export async function layoutBagan(root: OrgBlock, boxes: OrgBoxes, metrics?: FontMetrics, maxWidth = Infinity): Promise<OrgLayout> {
    const all = new Map<string, Box>();
    const head = boxes.head(root);
    all.set(head.id, head);
    const kelompok = boxes.kelompok(root);
    if (kelompok) all.set(kelompok.id, kelompok);
    const laid = await layBlocks(root.children, boxes, all);
    const staff = laid.filter(b => isStaff(b.block!));
    const line = laid.filter(b => !isStaff(b.block!) && !b.block!.organisation);
    const unitKerja = laid.filter(b => b.block!.organisation);

    // Unit kerja are peers hanging from one rail: on a page that cannot hold them in one row they
    // take as many rows as it needs, each reached from the rail (Bidang are never wrapped).
    // (Never narrower than the drawing already is: its Bidang row or staff branch may be wider than the page.)
    const ukRows = wrapRows(unitKerja, Math.max(maxWidth, GAP.rail + rowWidth(line), leftNeedOf(head, kelompok) + rightNeedOf(head, staff)) - GAP.rail);
    // The rail to the unit kerja rows runs down the left edge, outside every block.
    const rail = unitKerja.length > 0 && (line.length > 0 || ukRows.length > 1) ? GAP.rail : 0;
    // A lone block hangs straight below the main line: its head's centre on the line, not the block's
    // (its units stand indented to the right of its head), with the room that takes on either side.
    const headCentre = (b: Laid) => b.at.get(b.head.id)!.x + b.head.width / 2;
    const hung = line.length > 0 ? line : ukRows.length === 1 ? ukRows[0] : [];
    const lone = hung.length === 1 ? hung[0] : undefined;
    const leftNeed = Math.max(leftNeedOf(head, kelompok), lone ? rail + headCentre(lone) : 0);
    const rightNeed = Math.max(rightNeedOf(head, staff), lone ? lone.width - headCentre(lone) : 0);
    const width = Math.max(rail + rowWidth(line), ...ukRows.map(r => rail + rowWidth(r)), leftNeed + rightNeed);
    const centre = Math.min(Math.max(width / 2, leftNeed), width - rightNeed);
    const rowStart = (row: Laid[]) => Math.min(Math.max(rail, centre - (row === hung && lone ? headCentre(lone) : rowWidth(row) / 2)), width - rowWidth(row));

    head.x = centre - head.width / 2;
    head.y = 0;
    let y = head.height + STAFF.drop;
    const staffHeight = Math.max(rowHeight(staff), kelompok?.height ?? 0);
    if (staff.length > 0 || kelompok) {
        placeRow(staff, centre + STAFF.reach, y);
        if (kelompok) {
            kelompok.x = centre - STAFF.reach - kelompok.width;
            kelompok.y = y;
        }
        y += staffHeight + GAP.row;
    } else y += GAP.row - STAFF.drop;
    const lineY = y;
    placeRow(line, rowStart(line), lineY);
    const ukYs: number[] = [];
    let ukY = line.length > 0 ? lineY + rowHeight(line) + GAP.row : lineY;
    for (const row of ukRows) {
        ukYs.push(ukY);
        // Rows of unit kerja hang from the rail: more than one start at it, one is centred like the Bidang.
        placeRow(row, ukRows.length > 1 ? rail : rowStart(row), ukY);
        ukY += rowHeight(row) + GAP.row;
    }

    // Every box of a block moves with it; its own lines are drawn from the moved positions.
    const at: Placed = new Map();
    for (const b of laid) {
        for (const [id, p] of b.at) at.set(id, { ...p, x: p.x + b.x, y: p.y + b.y });
        for (const id of b.at.keys()) {
            const box = all.get(id);
            if (box) { box.x = at.get(id)!.x; box.y = at.get(id)!.y; }
        }
    }
    const connectors: Connector[] = [];
    for (const b of laid) connectBlock(b.block!, all, at, connectors);
    connectors.push(...baganLines(head, kelompok, staff, line, ukRows, { centre, lineY, ukYs }));
    const height = Math.max(head.height, ...[...all.values()].map(b => b.y + b.height));
    const legend = metrics && legendFor([...all.values()], connectors, height, metrics);
    if (!legend) return { width, height, boxes: [...all.values()], connectors };
    return {
        width: Math.max(width, legend.width), height: height + legend.height,
        boxes: [...all.values(), ...legend.boxes], connectors: [...connectors, ...legend.connectors], notes: legend.notes
    };
}

function baganLines(head: Box, kelompok: Box | undefined, staff: Laid[], line: Laid[], ukRows: Laid[][], at: { centre: number; lineY: number; ukYs: number[] }): Connector[] {
    const out: Connector[] = [];
    const join = (points: Array<[number, number]>, to: string) => out.push({ points, from: head.id, to });
    const lineBus = at.lineY - GAP.row / 2, ukBuses = at.ukYs.map(y => y - GAP.row / 2), ukBus = ukBuses[0];
    const firstRow = line.length > 0 ? line : ukRows[0] ?? [];
    const firstBus = line.length > 0 ? lineBus : ukBus;
    // A branch meets a box near its top (a tall kelompok box is not reached at its middle).
    const branchY = (b: Box) => b.y + Math.min(b.height / 2, 12);
    // With no row below, the main line ends at its lowest branch.
    const mainEnd = firstRow.length > 0 ? firstBus : Math.max(head.y + head.height, ...staff.map(s => branchY(s.head)), ...(kelompok ? [branchY(kelompok)] : []));
    join([[at.centre, head.y + head.height], [at.centre, mainEnd]], head.id);
    for (const s of staff) join([[at.centre, branchY(s.head)], [s.head.x, branchY(s.head)]], s.head.id);
    if (kelompok) join([[at.centre, branchY(kelompok)], [kelompok.x + kelompok.width, branchY(kelompok)]], kelompok.id);
    const bus = (row: Laid[], busY: number, from: number) => {
        const centres = row.map(b => centreOf(b.head));
        const left = Math.min(from, ...centres), right = Math.max(from, ...centres);
        if (right > left) join([[left, busY], [right, busY]], head.id);
        for (const b of row) join([[centreOf(b.head), busY], [centreOf(b.head), b.head.y]], b.head.id);
    };
    if (line.length > 0) bus(line, lineBus, at.centre);
    if (ukRows.length > 0) {
        const railX = GAP.rail / 2;
        const lastBus = ukBuses[ukBuses.length - 1];
        if (line.length > 0) {
            // Down the left edge from the line's bus, past the Bidang, to each row of unit kerja.
            join([[Math.min(...line.map(b => centreOf(b.head)), at.centre), lineBus], [railX, lineBus], [railX, lastBus]], head.id);
            ukRows.forEach((row, i) => bus(row, ukBuses[i], railX));
        } else {
            bus(ukRows[0], ukBus, at.centre);
            if (ukRows.length > 1) {
                join([[Math.min(at.centre, ...ukRows[0].map(b => centreOf(b.head))), ukBus], [railX, ukBus], [railX, lastBus]], head.id);
                ukRows.slice(1).forEach((row, i) => bus(row, ukBuses[i + 1], railX));
            }
        }
    }
    return out;
}
