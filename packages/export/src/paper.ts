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
 * One turn per page of a document, from each page's candidate turns ranked best first. The pages of
 * one document are turned one way, the way most of them print larger: a continued map or table read
 * page beside page keeps its lanes and columns the same way round. A page turns against the others
 * only where their turn would print its text under print size (`printable` says which turns do not);
 * a page that prints the same either way follows the others too. With no page to follow, each its first candidate.
 */
export function settleTurns<T extends { orientation: Orientation }>(ranked: readonly T[][], alike: (a: T, b: T) => boolean,
    printable: (turn: T, best: T, page: number) => boolean = () => false): T[] {
    const free = (r: readonly T[]) => r.length > 1 && alike(r[0], r[1]);
    const needed = ranked.filter(r => !free(r)).map(r => r[0].orientation);
    const portrait = needed.filter(o => o === 'portrait').length;
    const usual: Orientation | undefined = needed.length === 0 ? undefined : portrait * 2 > needed.length ? 'portrait' : 'landscape';
    return ranked.map((r, page) => {
        const follow = usual && r.find(c => c.orientation === usual);
        return follow && (free(r) || printable(follow, r[0], page)) ? follow : r[0];
    });
}

/** Two scales a reader cannot tell apart on paper (within 3 %): a page printed at either is "the same either way". */
export function sameOnPaper(a: number, b: number): boolean {
    return Math.abs(a - b) <= 0.03 * Math.max(a, b);
}
