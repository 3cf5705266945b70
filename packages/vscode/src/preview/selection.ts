import type { DiagramElementBox } from '@sikerja/model';

/**
 * The element a click at (x, y) (in the diagram's points) means: the smallest drawn box that holds
 * it, so a row of a peta jabatan table wins over the table around it.
 */
export function elementAtPoint(elements: readonly DiagramElementBox[], x: number, y: number): DiagramElementBox | undefined {
    let best: DiagramElementBox | undefined;
    for (const e of elements) {
        if (x < e.x || x > e.x + e.width || y < e.y || y > e.y + e.height) continue;
        if (!best || e.width * e.height < best.width * best.height) best = e;
    }
    return best;
}

/**
 * The element whose declaration the cursor is on (zero-based line): the one declared on that line,
 * the nearest declared above it within the same file otherwise.
 */
export function elementAtLine(elements: readonly DiagramElementBox[], uri: string, line: number): string | undefined {
    let best: DiagramElementBox | undefined;
    for (const e of elements) {
        const s = e.source;
        if (!s || s.uri !== uri || s.range.start.line > line) continue;
        if (!best || s.range.start.line > best.source!.range.start.line) best = e;
    }
    return best?.element;
}
