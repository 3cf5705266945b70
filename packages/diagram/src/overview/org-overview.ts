import { formatSelisih, type Organisation, type PemdaModel, type Totals, officialUpperCase } from '@sikerja/model';
import { box, measureCell, row, TEXT, type Cell, type Row, type Scene, type TitleBlock } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { blockTotals, headStyle, totalsLine, type OrgBoxes } from '../org/org-boxes.js';
import { orgScene } from '../org/org-scene.js';
import { buildOrgDrawing, type OrgBlock } from '../org/org-tree.js';

/**
 * The overview of an organisation too large for a preview: its unit tree laid out as the struktur
 * is, each unit one box with its counts (jabatan, B, K, ±) instead of its kelompok tables. A unit
 * of 3,000 positions is one box, so the picture grows with the units, not with the positions.
 */

/** Boxes drawn at most: deeper levels of a larger tree are folded into the box above them. */
export const OVERVIEW_UNIT_BOXES = 150;

const TITLE_WIDTH = 160;
const COUNT = 40;
const FIGURE = 32;

/** One unit's box: its name, then its figures and those of everything drawn or folded below it. */
function overviewBoxes(m: FontMetrics, totals: Map<OrgBlock, Totals>, folded: Map<OrgBlock, number>): OrgBoxes {
    return {
        head(block) {
            const t = totals.get(block)!;
            const rows: Row[] = [
                row([measureCell({ text: block.unit.title, width: TITLE_WIDTH, weight: 'bold' }, m)], 'judul'),
                row(['Jabatan', 'B', 'K', '±'].map((h, i) => measureCell({ text: h, width: i === 0 ? COUNT : FIGURE, size: TEXT.small, weight: 'bold' }, m)), 'kepala-kolom'),
                row(figureCells(t, m))
            ];
            const notes = [
                t.incomplete > 0 ? `${t.incomplete} jabatan tanpa B atau K (tidak ikut dijumlah)` : '',
                folded.get(block) ? `${folded.get(block)} unit di bawahnya tidak digambar` : ''
            ].filter(Boolean);
            for (const text of notes) rows.push(row([measureCell({ text, width: TITLE_WIDTH, size: TEXT.small }, m)], 'jumlah'));
            // The unit itself, not its leader: the overview is of units, and each box leads to one.
            return box(`h:${block.unit.id}`, headStyle(block), rows, block.unit);
        },
        kelompok: () => undefined
    };
}

function figureCells(t: Totals, m: FontMetrics): Cell[] {
    const shortage = t.selisih < 0;
    return [
        measureCell({ text: String(t.positions), width: COUNT }, m),
        measureCell({ text: String(t.bezetting), width: FIGURE }, m),
        measureCell({ text: String(t.kebutuhan), width: FIGURE }, m),
        measureCell({ text: formatSelisih(t.selisih), width: FIGURE, weight: shortage ? 'bold' : 'regular', shortage }, m)
    ];
}

/**
 * The tree cut at the deepest level that keeps it within `maxBoxes` (the root always stays). Each
 * box keeps the figures of its whole block, measured on the uncut tree; a cut block says how many
 * units it folds.
 */
function foldToFit(root: OrgBlock, maxBoxes: number): { root: OrgBlock; totals: Map<OrgBlock, Totals>; folded: Map<OrgBlock, number> } {
    const perDepth: number[] = [];
    const count = (b: OrgBlock): number => {
        perDepth[b.depth] = (perDepth[b.depth] ?? 0) + 1;
        return 1 + b.children.reduce((s, c) => s + count(c), 0);
    };
    count(root);
    let depth = 0;
    for (let drawn = perDepth[0]; depth + 1 < perDepth.length && drawn + perDepth[depth + 1] <= maxBoxes; depth++) drawn += perDepth[depth + 1];
    const totals = new Map<OrgBlock, Totals>();
    const folded = new Map<OrgBlock, number>();
    const below = (b: OrgBlock): number => b.children.reduce((s, c) => s + 1 + below(c), 0);
    const copy = (b: OrgBlock): OrgBlock => {
        const kept: OrgBlock = { ...b, children: b.depth < depth ? b.children.map(copy) : [] };
        totals.set(kept, blockTotals(b));
        if (b.depth === depth && b.children.length > 0) folded.set(kept, below(b));
        return kept;
    };
    return { root: copy(root), totals, folded };
}

/** The overview scene of `organisation`; `heading` names it ("IKHTISAR PETA JABATAN"), `notice` says where the full diagram is. */
export async function orgOverviewScene(pemda: PemdaModel, organisation: Organisation, heading: string, notice: (size: string) => string, metrics: FontMetrics): Promise<Scene> {
    const drawing = buildOrgDrawing(pemda, organisation);
    const { root, totals, folded } = foldToFit(drawing.root, OVERVIEW_UNIT_BOXES);
    const all = totals.get(root)!;
    const title: TitleBlock['lines'] = [
        { text: heading, size: 11, weight: 'bold' },
        { text: officialUpperCase(organisation.title), size: 10, weight: 'bold' },
        { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' },
        { text: totalsLine(all), size: 8, weight: 'regular' },
        { text: notice(`${all.positions} jabatan`), size: 8, weight: 'bold' },
        { text: 'Angka setiap kotak: jabatan unit itu beserta unit di bawahnya · B bezetting · K kebutuhan · ± selisih (B − K)', size: TEXT.small, weight: 'regular' }
    ];
    return orgScene(root, overviewBoxes(metrics, totals, folded), title, metrics);
}
