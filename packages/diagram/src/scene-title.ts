import type { Scene, TitleBlock } from './scene.js';
import { titleHeight } from './svg/write-svg.js';
import type { FontMetrics } from './text/fonts.js';
import { wrapText } from './text/wrap.js';

const TITLE_MIN_WIDTH = 420;

/**
 * Title lines wrap to the drawing (never narrower than a half page, nor wider than `maxWidth` where a
 * page bounds it), so a long name cannot widen the picture.
 */
export function wrapTitle(lines: TitleBlock['lines'], drawingWidth: number, metrics: FontMetrics, maxWidth = Infinity): TitleBlock {
    const width = Math.min(Math.max(drawingWidth, TITLE_MIN_WIDTH), Math.max(drawingWidth, maxWidth));
    return { lines: lines.flatMap(l => wrapText(l.text, width, l.size, metrics, l.weight, 3).map(text => ({ ...l, text }))) };
}

/** Width over height of the whole picture, its title included. */
export function aspectOf(scene: Scene): number {
    return scene.width / (scene.height + titleHeight(scene));
}
