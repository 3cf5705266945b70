import { PRINT_MIN_TEXT } from '@sikerja/model';
import { TEXT, type Scene } from './scene.js';
import { writeSvg } from './svg/write-svg.js';
import type { FontMetrics } from './text/fonts.js';

/**
 * The largest picture (in the drawing's points, title and margins included) a page's printable
 * area holds with the drawing's smallest text still at `PRINT_MIN_TEXT` on paper.
 */
export function pageBudget(page: { width: number; height: number }): { width: number; height: number } {
    const scale = PRINT_MIN_TEXT / TEXT.small;
    return { width: page.width / scale, height: page.height / scale };
}

/** Whether the whole scene fits the page at print size. */
export function fitsPage(scene: Scene, page: { width: number; height: number }, metrics: FontMetrics): boolean {
    const budget = pageBudget(page);
    const { width, height } = writeSvg(scene, metrics);
    return width <= budget.width && height <= budget.height;
}
