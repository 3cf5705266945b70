import { PRINT_MIN_TEXT } from '@sikerja/model';
import { TEXT, type Scene } from './scene.js';
import { PICTURE_MARGIN, writeSvg } from './svg/write-svg.js';
import type { FontMetrics } from './text/fonts.js';

/**
 * The largest picture (in the drawing's points, title and margins included) a page's printable
 * area holds with the drawing's smallest text (`smallest`, the notes' size unless told) still at
 * `PRINT_MIN_TEXT` on paper.
 */
export function pageBudget(page: { width: number; height: number }, smallest: number = TEXT.small): { width: number; height: number } {
    const scale = PRINT_MIN_TEXT / smallest;
    return { width: page.width / scale, height: page.height / scale };
}

/** A page as a drawing is laid out to it: its printable area, and the area turned where that is not its sides swapped. */
export interface Sheet {
    width: number;
    height: number;
    turnable?: boolean;
    turned?: { width: number; height: number };
    /** The page number's line, which a drawing on one page does without. */
    pageNumber?: number;
}

/** The sheets a drawing may be laid out to: the page, and the page turned when no orientation was asked. */
export function sheetsOf(page: Sheet): Array<{ width: number; height: number }> {
    return page.turnable ? [{ width: page.width, height: page.height }, turnedSheet(page)] : [{ width: page.width, height: page.height }];
}

/** The page turned: as the printer gives it (its page number still at the foot), else its sides swapped. */
export function turnedSheet(page: Sheet): { width: number; height: number } {
    return page.turned ?? { width: page.height, height: page.width };
}

/** Whether the whole scene fits one page (either way round, when it may be turned) at print size: a page with no page number. */
export function fitsSomeSheet(scene: Scene, page: Sheet, metrics: FontMetrics): boolean {
    return sheetsOf(page).some(sheet => fitsPage(scene, { width: sheet.width, height: sheet.height + (page.pageNumber ?? 0) }, metrics));
}

/** Whether the whole scene fits the page at print size. */
export function fitsPage(scene: Scene, page: { width: number; height: number }, metrics: FontMetrics): boolean {
    return withinBudget(scene, pageBudget(page, smallestText(scene)), metrics);
}

/** Whether the scene as drawn (title and margins included) is no larger than the budget, in the drawing's points. */
export function withinBudget(scene: Scene, budget: { width: number; height: number }, metrics: FontMetrics): boolean {
    const { width, height } = writeSvg(scene, metrics);
    return width <= budget.width && height <= budget.height;
}

/**
 * A drawing's pages on each sheet of the page (either way round, when it may be turned), laid out
 * by `onBudget` to the sheet's budget at print size: those that take fewer pages.
 */
export async function fewestPages(page: Sheet, onBudget: (budget: { width: number; height: number }) => Promise<Scene[] | undefined>): Promise<Scene[] | undefined> {
    let best: Scene[] | undefined;
    for (const sheet of sheetsOf(page)) {
        const pages = await onBudget(pageBudget(sheet));
        if (pages && (!best || pages.length < best.length)) best = pages;
    }
    return best;
}

/**
 * `count` items (written in order) over pages of `budget`: each page as many of the next items as
 * its drawing (`draw(from, to, continued)`) fits at print size, found by halving; an item that fits
 * no page alone takes a page of its own.
 */
export async function pagesBy(count: number, draw: (from: number, to: number, continued: boolean) => Promise<Scene>, budget: { width: number; height: number }, metrics: FontMetrics): Promise<Scene[]> {
    const pages: Scene[] = [];
    const fits = (scene: Scene) => withinBudget(scene, budget, metrics);
    for (let from = 0; from < count;) {
        const continued = pages.length > 0;
        let [low, high] = [from + 1, count];
        while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (fits(await draw(from, mid, continued))) low = mid;
            else high = mid - 1;
        }
        pages.push(await draw(from, low, continued));
        from = low;
    }
    return pages;
}

/** The widest a title may be on a page of this budget: its lines wrap to it rather than widen the picture. */
export function titleWidth(budget: { width: number }): number {
    return budget.width - 2 * PICTURE_MARGIN;
}

/** The smallest type a scene draws, in its own points: what decides how far it must be enlarged for print. */
export function smallestText(scene: Scene): number {
    const sizes = scene.boxes.flatMap(b => b.rows.flatMap(r => r.cells.filter(c => c.lines.length > 0).map(c => c.size)))
        .concat(scene.title.lines.map(l => l.size), (scene.notes ?? []).map(n => n.size), scene.connectors.flatMap(c => c.label ? [c.label.size] : []));
    return Math.min(...sizes);
}
