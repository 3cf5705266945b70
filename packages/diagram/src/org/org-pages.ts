import type { Scene, TitleBlock } from '../scene.js';
import { wrapTitle } from '../scene-title.js';
import { writeSvg } from '../svg/write-svg.js';
import { withinBudget } from '../paging.js';
import type { FontMetrics } from '../text/fonts.js';
import type { OrgBoxes } from './org-boxes.js';
import { layoutOrg, measureOrg, type BlockSizes, type OrgArrangement } from './org-layout.js';
import type { OrgBlock } from './org-tree.js';

/** Which page of a paginated drawing a title is for: later pages say "(lanjutan)", the last one carries the totals. */
export interface PagePart {
    continued: boolean;
    last: boolean;
}

/** A part of the tree that goes onto a page whole: a unit's block with all below it, or rows of a unit's kelompok. */
type Piece =
    | { kind: 'block'; block: OrgBlock }
    | { kind: 'kelompok'; block: OrgBlock; from: number; to: number };

export interface OrgPagination {
    /** The largest picture (title and margins included), in the drawing's points, that a page holds at the smallest print size allowed. */
    budget: { width: number; height: number };
    /** Whether a kelompok may be cut between its rows (a peta jabatan's table), or is one box (a struktur's). */
    splitTables: boolean;
    arrangement?: OrgArrangement;
    /**
     * The budget of the page turned, when it may be turned: two neighbouring pages that the page
     * cannot hold together may share one page turned (two unit kerja side by side on a landscape page
     * between portrait ones), the PDF and the lampiran turning each page the way it was drawn.
     */
    turned?: { width: number; height: number };
    /** Height (in the budget's points) the last page keeps free under its drawing, where the pages can be packed so. */
    lastRoom?: number;
}

type Budget = OrgPagination['budget'];

/**
 * An organisation drawn over pages by its content, never tiled: each page holds whole unit blocks
 * (or whole rows of a kelompok table) under the path of heads leading to them, so a reader sees on
 * every page where its units sit. Blocks follow the written order; a block too large for a page is
 * opened into its kelompok and its sub-units, a table too long is cut between rows.
 */
export async function orgPages(root: OrgBlock, boxes: OrgBoxes, title: (part: PagePart) => TitleBlock['lines'], metrics: FontMetrics, options: OrgPagination): Promise<Scene[]> {
    const draw = async (pieces: Piece[], earlier: Piece[][], last: boolean, budget: Budget): Promise<Scene> => {
        const laid = await layoutOrg(pruned(root, pieces, true, shownOn(root, earlier))!, boxes, budget.width / budget.height, options.arrangement, metrics, budget.width - TITLE_MARGINS);
        // The title wraps to the page, not to the usual half-page minimum: a narrow page keeps its width.
        return { ...laid, title: wrapTitle(title({ continued: earlier.length > 0, last }), laid.width, metrics, budget.width - TITLE_MARGINS) };
    };
    const sizes: BlockSizes = new WeakMap();
    const measured = async (tree: OrgBlock, continued: boolean, budget: Budget): Promise<Scene> => {
        const { width, height } = await measureOrg(tree, boxes, budget.width / budget.height, sizes);
        return { width, height, boxes: [], connectors: [], title: wrapTitle(title({ continued, last: true }), width, metrics, budget.width - TITLE_MARGINS) };
    };
    // Packing asks again for pages it has measured (a piece tried at a page's foot, then at the next page's head).
    const answers = new Map<string, { width: number; height: number }>();
    // The totals line of the last page is reserved on every page: a page is measured before it is known to be the last.
    const sizeIn = (budget: Budget) => async (pieces: Piece[], earlier: Piece[][]) => {
        if (options.arrangement === 'bagan') return writeSvg(await draw(pieces, earlier, true, budget), metrics);
        const tree = pruned(root, pieces, true, shownOn(root, earlier))!;
        const key = `${budget.width}x${budget.height}${earlier.length > 0 ? '+' : ''}${pageKey(tree)}`;
        let size = answers.get(key);
        if (size === undefined) {
            const { width, height } = writeSvg(await measured(tree, earlier.length > 0, budget), metrics);
            answers.set(key, size = { width, height });
        }
        return size;
    };
    const fitsIn = (budget: Budget) => async (pieces: Piece[], earlier: Piece[][]) => {
        const { width, height } = await sizeIn(budget)(pieces, earlier);
        return width <= budget.width && height <= budget.height;
    };
    // A unit that fits a page of its own starts the next page whole. Where that leaves a small Bidang
    // alone on a page, a peta jabatan may instead fill a page holding less than half its height with
    // the beginning of the unit after it: chosen where it takes fewer pages (Dinkes Bengkayang: 7 → 6).
    const halfEmpty: Fits = async (pieces, earlier) => (await sizeIn(options.budget)(pieces, earlier)).height < options.budget.height / 2;
    let packed = await pack(piecesOf(root), options, fitsIn(options.budget), options.turned && fitsIn(options.turned));
    if (options.arrangement !== 'bagan') {
        const filled = await pack(piecesOf(root), options, fitsIn(options.budget), options.turned && fitsIn(options.turned), halfEmpty);
        if (filled.pages.length < packed.pages.length) packed = filled;
    }
    const { pages, turned } = options.lastRoom ? await roomOnLastPage(packed, options, fitsIn) : packed;
    return Promise.all(pages.map((page, i) => draw(page, pages.slice(0, i), i === pages.length - 1, turned.has(page) ? options.turned! : options.budget)));
}

/**
 * The last page packed again within a shorter page where it leaves no room for what follows the
 * drawing: part of it goes to a page after, and what follows (a signature) is not left alone on a
 * page of its own. Kept as packed where even that does not make room (a piece too tall to split).
 */
async function roomOnLastPage(packed: { pages: Piece[][]; turned: Set<Piece[]> }, options: OrgPagination, fitsIn: (budget: Budget) => Fits): Promise<{ pages: Piece[][]; turned: Set<Piece[]> }> {
    const { pages, turned } = packed;
    const last = pages[pages.length - 1];
    const earlier = pages.slice(0, -1);
    const shorter = { width: options.budget.width, height: options.budget.height - options.lastRoom! };
    // Turned, the page may hold the drawing and the room as it is: the lampiran turns it so.
    const shorterTurned = options.turned && { width: options.turned.width, height: options.turned.height - options.lastRoom! };
    if (turned.has(last) || shorter.height <= 0 || await fitsIn(shorter)(last, earlier)) return packed;
    if (shorterTurned && shorterTurned.height > 0 && await fitsIn(shorterTurned)(last, earlier)) return packed;
    const repacked = await pack([...last], options, fitsIn(shorter));
    if (repacked.pages.length < 2 || !await fitsIn(shorter)(repacked.pages[repacked.pages.length - 1], [...earlier, ...repacked.pages.slice(0, -1)])) return packed;
    return { pages: [...earlier, ...repacked.pages], turned };
}

/**
 * The whole organisation on one page of this budget, laid out for the page's shape, or undefined
 * where it does not fit: a drawing on one page has the page number's room for itself.
 */
export async function onePage(root: OrgBlock, boxes: OrgBoxes, title: (part: PagePart) => TitleBlock['lines'], metrics: FontMetrics, budget: Budget, arrangement?: OrgArrangement): Promise<Scene | undefined> {
    const laid = await layoutOrg(root, boxes, budget.width / budget.height, arrangement, metrics, budget.width - TITLE_MARGINS);
    const scene: Scene = { ...laid, title: wrapTitle(title({ continued: false, last: true }), laid.width, metrics, budget.width - TITLE_MARGINS) };
    return withinBudget(scene, budget, metrics) ? scene : undefined;
}

/** The SVG's margins either side of the title (write-svg's MARGIN). */
const TITLE_MARGINS = 36;

/**
 * The pieces in written order, as many to a page as it holds; a piece too large alone is opened.
 * A page left short because the next piece had to be opened is then joined with the page after it
 * where the two fit together.
 */
async function pack(queue: Piece[], options: OrgPagination, fits: Fits, fitsTurned?: Fits, halfEmpty?: Fits): Promise<{ pages: Piece[][]; turned: Set<Piece[]> }> {
    const pages: Piece[][] = [];
    while (queue.length > 0) {
        const page: Piece[] = [];
        while (queue.length > 0) {
            if (await fits([...page, queue[0]], pages)) {
                page.push(queue.shift()!);
                continue;
            }
            if (page.length > 0) {
                const rest = await continueHere(queue[0], page, pages, options, fits, halfEmpty);
                if (!rest) break;
                queue.splice(0, 1, ...rest);
                continue;
            }
            const opened = await open(queue[0], options, pieces => fits(pieces, pages));
            // Nothing smaller to open it into: it takes a page of its own, as large as it is.
            if (!opened) page.push(queue.shift()!);
            else queue.splice(0, 1, ...opened);
        }
        pages.push(page);
    }
    // Pages the page holds together are joined; those it does not, turned where that holds them.
    const turned = new Set<Piece[]>();
    for (let i = 0; i + 1 < pages.length; i++) {
        const joined = [...pages[i], ...pages[i + 1]];
        const earlier = pages.slice(0, i);
        const eitherTurned = turned.has(pages[i]) || turned.has(pages[i + 1]);
        if (!eitherTurned && await fits(joined, earlier)) {
            pages.splice(i, 2, joined);
            i--;
        } else if (fitsTurned && await fitsTurned(joined, earlier)) {
            pages.splice(i, 2, joined);
            turned.add(joined);
            i--;
        }
    }
    return { pages, turned };
}

type Fits = (pieces: Piece[], earlier: Piece[][]) => Promise<boolean>;

/** The fewest rows of a table begun at the foot of a page: fewer go to the next page with the rest. */
const MIN_ROWS = 3;

/**
 * A piece begun on the page that is not full: a block's first part, or a table's first rows, where
 * they fit. Without it a small unit before a large one is left alone on a half-empty page. A piece
 * that fits a page of its own starts the next page whole, unless this page is less than half full.
 * Undefined: the piece starts the next page.
 */
async function continueHere(piece: Piece, page: Piece[], pages: Piece[][], options: OrgPagination, fits: Fits, halfEmpty?: Fits): Promise<Piece[] | undefined> {
    if (await fits([piece], [...pages, page]) && !(halfEmpty && await halfEmpty(page, pages))) return undefined;
    if (piece.kind === 'block') {
        const inner = piecesOf(piece.block);
        if (inner.length === 0) return undefined;
        if (await fits([...page, inner[0]], pages)) return inner;
        const begun = await continueHere(inner[0], page, pages, options, fits, halfEmpty);
        return begun && [...begun, ...inner.slice(1)];
    }
    if (!options.splitTables || piece.to - piece.from < 2 * MIN_ROWS) return undefined;
    let lo = 0, hi = piece.to - piece.from - MIN_ROWS;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (await fits([...page, { ...piece, to: piece.from + mid }], pages)) lo = mid;
        else hi = mid - 1;
    }
    return lo >= MIN_ROWS ? [{ ...piece, to: piece.from + lo }, { ...piece, from: piece.from + lo }] : undefined;
}

/** Every block drawn on the pages given: a head shown there is a path only (its name) on the pages after. */
function shownOn(root: OrgBlock, pages: Piece[][]): Set<OrgBlock> {
    const shown = new Set<OrgBlock>();
    const visit = (block: OrgBlock, page: Piece[]) => {
        const tree = pruned(block, page, true, new Set())!;
        const walk = (copy: OrgBlock, original: OrgBlock) => {
            shown.add(original);
            for (const child of copy.children) walk(child, original.children.find(c => c.unit === child.unit)!);
        };
        walk(tree, block);
    };
    for (const page of pages) visit(root, page);
    return shown;
}

/** What a page's measure depends on: each unit drawn, as a head only or whole, with the rows of its table shown. */
function pageKey(block: OrgBlock): string {
    const rows = block.part ? `${block.part.all.indexOf(block.kelompok[0])}+${block.kelompok.length}` : `${block.kelompok.length}`;
    return `${block.unit.id}${block.stub ? '~' : ''}[${rows}](${block.children.map(pageKey).join(',')})`;
}

function piecesOf(block: OrgBlock): Piece[] {
    return [
        ...(block.kelompok.length > 0 ? [{ kind: 'kelompok' as const, block, from: 0, to: block.kelompok.length }] : []),
        ...block.children.map(child => ({ kind: 'block' as const, block: child }))
    ];
}

/**
 * A piece too large for a page, opened into smaller ones: a block into its kelompok and sub-units,
 * a table into the most rows that fit and the rest. Undefined when it cannot be made smaller.
 */
async function open(piece: Piece, options: OrgPagination, fits: (pieces: Piece[]) => Promise<boolean>): Promise<Piece[] | undefined> {
    if (piece.kind === 'block') {
        const inner = piecesOf(piece.block);
        return inner.length > 0 ? inner : undefined;
    }
    if (!options.splitTables || piece.to - piece.from < 2) return undefined;
    let lo = 1, hi = piece.to - piece.from - 1;
    if (!await fits([{ ...piece, to: piece.from + lo }])) return [{ ...piece, to: piece.from + 1 }, { ...piece, from: piece.from + 1 }];
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (await fits([{ ...piece, to: piece.from + mid }])) lo = mid;
        else hi = mid - 1;
    }
    return [{ ...piece, to: piece.from + lo }, { ...piece, from: piece.from + lo }];
}

/**
 * The tree as one page shows it: the blocks on the page whole, their ancestors as heads only (with
 * the kelompok rows the page holds), everything else left out.
 */
function pruned(block: OrgBlock, pieces: Piece[], isRoot: boolean, shown: ReadonlySet<OrgBlock>): OrgBlock | undefined {
    if (pieces.some(p => p.kind === 'block' && p.block === block)) return block;
    // Parts of one table that meet on a page (pages joined after packing) are one range again.
    const parts = pieces.filter((p): p is Extract<Piece, { kind: 'kelompok' }> => p.kind === 'kelompok' && p.block === block);
    const rows = parts.length > 0 ? { from: Math.min(...parts.map(p => p.from)), to: Math.max(...parts.map(p => p.to)) } : undefined;
    const children = block.children.map(c => pruned(c, pieces, false, shown)).filter(c => c !== undefined);
    if (!rows && children.length === 0 && !isRoot) return undefined;
    const whole = rows !== undefined && rows.from === 0 && rows.to === block.kelompok.length;
    return {
        ...block,
        // A head already drawn on an earlier page is here only the path to its units: its name.
        stub: shown.has(block),
        whole: block.whole ?? block,
        children,
        kelompok: rows ? block.kelompok.slice(rows.from, rows.to) : [],
        coordinator: rows ? block.coordinator : undefined,
        part: rows && !whole ? { continued: rows.from > 0, last: rows.to === block.kelompok.length, all: block.kelompok } : undefined
    };
}
