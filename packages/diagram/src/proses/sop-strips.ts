import { GRID_CLEARANCE } from './sop-geometry.js';

/**
 * A flow's run along a page's strip of off-page connectors: from where it comes down the table (or
 * off a connector above) across to where it goes on. Its two points are `points[at]` and
 * `points[at + 1]`; the line reaches up from the run at `up` and down from it at `down`.
 */
export interface StripRun {
    page: number;
    strip: 'top' | 'bottom';
    points: Array<[number, number]>;
    at: number;
    up: number;
    down: number;
    /** The two heights 2 mm apart at print size the strip holds between its grid line and its connectors: [nearer the grid line, nearer the connectors]. */
    levels: [number, number];
}

/** Runs a strip can sort in one go: each choice of levels for a group is tried. */
const MOST_TRIED = 12;

/**
 * Puts the runs of each strip at heights where two runs side by side are 2 mm apart at print size:
 * each run on one of the strip's two levels, two runs that overlap never on the same one, and of the
 * ways that allow, the one where the fewest lines cross. A lone run keeps the level nearer the grid
 * line. Three runs over one another are more than the strip's two levels hold (`crowd`).
 */
export function spreadStripRuns(runs: readonly StripRun[]): void {
    const strips = new Map<string, StripRun[]>();
    for (const run of runs) {
        const key = `${run.page}:${run.strip}`;
        strips.set(key, [...(strips.get(key) ?? []), run]);
    }
    for (const strip of strips.values()) for (const group of overlapping(strip)) settle(group);
}

function span(run: StripRun): [number, number] {
    const [a, b] = [run.points[run.at][0], run.points[run.at + 1][0]];
    return [Math.min(a, b), Math.max(a, b)];
}

function overlap(a: StripRun, b: StripRun): boolean {
    const [a1, a2] = span(a), [b1, b2] = span(b);
    return Math.min(a2, b2) - Math.max(a1, b1) > 1;
}

/** The strip's runs in groups of those that overlap, one another or through a third. */
function overlapping(strip: readonly StripRun[]): StripRun[][] {
    const groups: StripRun[][] = [];
    const seen = new Set<StripRun>();
    for (const first of strip) {
        if (seen.has(first)) continue;
        const group = [first];
        seen.add(first);
        for (let k = 0; k < group.length; k++) {
            for (const other of strip) if (!seen.has(other) && overlap(group[k], other)) {
                seen.add(other);
                group.push(other);
            }
        }
        groups.push(group);
    }
    return groups;
}

function settle(group: readonly StripRun[]): void {
    if (group.length === 1) return place(group[0], 0);
    if (group.length > MOST_TRIED) return crowd(group);
    let best: { choice: number; crossings: number } | undefined;
    for (let choice = 0; choice < 1 << group.length; choice++) {
        const level = (k: number) => (choice >> k) & 1;
        if (group.some((a, i) => group.some((b, j) => j > i && level(i) === level(j) && overlap(a, b)))) continue;
        const y = (k: number) => group[k].levels[level(k)];
        let crossings = 0;
        group.forEach((a, i) => group.forEach((b, j) => {
            if (i === j) return;
            const [x1, x2] = span(a);
            const inside = (x: number) => x > x1 + 0.5 && x < x2 - 0.5;
            // A's run crosses the line b reaches up with when b's run is below it, the one it goes down with when above.
            if (y(i) < y(j) && inside(b.up)) crossings++;
            if (y(i) > y(j) && inside(b.down)) crossings++;
        }));
        if (!best || crossings < best.crossings) best = { choice, crossings };
    }
    if (!best) return crowd(group);
    const { choice } = best;
    group.forEach((run, k) => place(run, (choice >> k) & 1));
}

/**
 * Three runs over one another: more than two levels 2 mm apart. Each takes the first of as many
 * levels as they need, spread evenly over the strip's two, that no run it overlaps has: apart still,
 * by less than 2 mm.
 */
function crowd(group: readonly StripRun[]): void {
    const taken = new Map<StripRun, number>();
    for (const run of [...group].sort((a, b) => span(a)[0] - span(b)[0])) {
        let level = 0;
        while (group.some(other => taken.get(other) === level && overlap(run, other))) level++;
        taken.set(run, level);
    }
    const most = Math.max(...taken.values());
    for (const [run, level] of taken) place(run, level / most);
}

/** Puts a run at `level` between its strip's two levels: 0 the one nearer the grid line, 1 the other. */
function place(run: StripRun, level: number): void {
    const [near, far] = run.levels;
    const y = near + (far - near) * level;
    run.points[run.at] = [run.points[run.at][0], y];
    run.points[run.at + 1] = [run.points[run.at + 1][0], y];
}

/** The two levels of a strip whose grid line is at `grid`, the connectors on the side `towards` (+1 below, -1 above). */
export function stripLevels(grid: number, towards: 1 | -1): [number, number] {
    return [grid + towards * GRID_CLEARANCE, grid + towards * 2 * GRID_CLEARANCE];
}
