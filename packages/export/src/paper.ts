/** Paper sizes in points (1/72 inch). F4 (215 × 330 mm) is what Indonesian government offices print on. */
export const PAPERS = {
    f4: { label: 'F4', width: mm(215), height: mm(330) },
    a4: { label: 'A4', width: mm(210), height: mm(297) },
    a3: { label: 'A3', width: mm(297), height: mm(420) }
} as const;

export type Paper = keyof typeof PAPERS;
export type Orientation = 'portrait' | 'landscape';

export function mm(v: number): number {
    return v / 25.4 * 72;
}

/** The page in points; without an orientation, the one that suits the drawing's shape. */
export function pageSize(paper: Paper, orientation: Orientation | undefined, drawing: { width: number; height: number }): { width: number; height: number; orientation: Orientation } {
    const p = PAPERS[paper];
    const o = orientation ?? (drawing.width >= drawing.height ? 'landscape' : 'portrait');
    return o === 'landscape' ? { width: p.height, height: p.width, orientation: o } : { width: p.width, height: p.height, orientation: o };
}

/**
 * One turn per page of a document, from each page's candidate turns ranked best first. A page that
 * prints the same either way (a small drawing already at its largest type) takes the turn most of
 * the other pages need, so that a set is not turned page by page for nothing; with none to follow,
 * its first candidate.
 */
export function settleTurns<T extends { orientation: Orientation }>(ranked: readonly T[][], alike: (a: T, b: T) => boolean): T[] {
    const free = (r: readonly T[]) => r.length > 1 && alike(r[0], r[1]);
    const needed = ranked.filter(r => !free(r)).map(r => r[0].orientation);
    const portrait = needed.filter(o => o === 'portrait').length;
    const usual: Orientation | undefined = needed.length === 0 ? undefined : portrait * 2 > needed.length ? 'portrait' : 'landscape';
    return ranked.map(r => free(r) && usual ? r.find(c => c.orientation === usual) ?? r[0] : r[0]);
}

/** Two scales a reader cannot tell apart on paper (within 3 %): a page printed at either is "the same either way". */
export function sameOnPaper(a: number, b: number): boolean {
    return Math.abs(a - b) <= 0.03 * Math.max(a, b);
}
