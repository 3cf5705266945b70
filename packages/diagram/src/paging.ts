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

/** The sheets a drawing may be laid out to: the page, and the page turned when no orientation was asked. */
export function sheetsOf(page: { width: number; height: number; turnable?: boolean }): Array<{ width: number; height: number }> {
    return page.turnable ? [page, { width: page.height, height: page.width }] : [page];
}

/** Whether the whole scene fits the page (either way round, when it may be turned) at print size. */
export function fitsSomeSheet(scene: Scene, page: { width: number; height: number; turnable?: boolean }, metrics: FontMetrics): boolean {
    return sheetsOf(page).some(sheet => fitsPage(scene, sheet, metrics));
}

/** Whether the whole scene fits the page at print size. */
export function fitsPage(scene: Scene, page: { width: number; height: number }, metrics: FontMetrics): boolean {
    const budget = pageBudget(page, smallestText(scene));
    const { width, height } = writeSvg(scene, metrics);
    return width <= budget.width && height <= budget.height;
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
