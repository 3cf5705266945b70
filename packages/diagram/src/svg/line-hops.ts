/**
 * Line hops: where a flow's horizontal run crosses another flow's vertical run, the horizontal one
 * jumps over it in a small arc, so a reader at the crossing sees two lines passing, not a junction
 * where a flow could turn. Only flows (arrows) hop, and only at true crossings, never where lines
 * meet at an end or a corner.
 */
const RADIUS = 2.5;

type Point = [number, number];

/** A drawn line as hops read it: a connector of a scene, or a flow of a SOP AP table. */
interface HopLine {
    points: Point[];
    /** Only flows (with an arrow) hop or are hopped over. */
    arrow?: boolean;
    /** The step a flow leads to: flows into one step merge, they do not cross. */
    to: string;
}

/** For each flow with crossings: per run (by its index), the x of each hop. */
export function lineHops<L extends HopLine>(connectors: readonly L[]): Map<L, Map<number, number[]>> {
    const flows = connectors.filter(c => c.arrow);
    const verticals = flows.flatMap(c => c.points.slice(1).flatMap((q, i) => {
        const p = c.points[i];
        return p[0] === q[0] && p[1] !== q[1] ? [{ c, x: p[0], lo: Math.min(p[1], q[1]), hi: Math.max(p[1], q[1]) }] : [];
    }));
    const hops = new Map<L, Map<number, number[]>>();
    for (const c of flows) {
        c.points.slice(1).forEach((q, i) => {
            const p = c.points[i];
            if (p[1] !== q[1] || p[0] === q[0]) return;
            const y = p[1], left = Math.min(p[0], q[0]), right = Math.max(p[0], q[0]);
            const xs = verticals
                .filter(v => v.c !== c && v.c.to !== c.to && v.x > left + RADIUS + 1 && v.x < right - RADIUS - 1 && y > v.lo + 1 && y < v.hi - 1)
                .map(v => v.x);
            if (xs.length === 0) return;
            const byRun = hops.get(c) ?? new Map<number, number[]>();
            byRun.set(i, [...new Set(xs)].sort((a, b) => a - b));
            hops.set(c, byRun);
        });
    }
    return hops;
}

/** The SVG path of a polyline whose runs hop over the given crossings. */
export function hoppingPath(points: Point[], hops: Map<number, number[]>, num: (n: number) => string): string {
    const d = [`M ${num(points[0][0])} ${num(points[0][1])}`];
    points.slice(1).forEach((q, i) => {
        const p = points[i];
        const xs = hops.get(i);
        if (xs) {
            const dir = q[0] > p[0] ? 1 : -1;
            // Over the top whichever way the run goes: clockwise going right, anticlockwise going left.
            for (const x of dir > 0 ? xs : [...xs].reverse()) {
                d.push(`L ${num(x - dir * RADIUS)} ${num(p[1])}`, `A ${RADIUS} ${RADIUS} 0 0 ${dir > 0 ? 1 : 0} ${num(x + dir * RADIUS)} ${num(p[1])}`);
            }
        }
        d.push(`L ${num(q[0])} ${num(q[1])}`);
    });
    return d.join(' ');
}
