import type { CrossFunctionalMap, Flow, LaneDirection, MapNode, PemdaModel, Process } from '@sikerja/model';
import { pageBudget, sheetsOf, titleWidth } from '../paging.js';
import type { Scene } from '../scene.js';
import { writeSvg } from '../svg/write-svg.js';
import type { FontMetrics } from '../text/fonts.js';
import { layoutLintasFungsi, type LintasFungsiLayout } from './lintas-fungsi.js';

/**
 * A peta lintas fungsi too wide for its page at print size goes over pages between activity
 * columns, never through a symbol. Every page repeats all lane labels in their written order. A flow
 * crossing a page break ends at a numbered off-page connector (PermenPANRB 19/2018, penghubung
 * antarhalaman) in its target's lane; the same number leads into the target on the target's page.
 */

type Span = { first: number; last: number };

export interface MapPagesInput {
    pemda: PemdaModel;
    process: Process;
    map: CrossFunctionalMap;
    direction: LaneDirection;
    /** The whole map's layout, whose columns the pages keep. */
    whole: LintasFungsiLayout;
    /** The scene of one page: its layout with its title (continued after the first page), wrapped to `width` at most. */
    titled(layout: LintasFungsiLayout, continued: boolean, width?: number): Scene;
}

export async function lintasFungsiPages(input: MapPagesInput, page: { width: number; height: number; turnable?: boolean }, metrics: FontMetrics): Promise<Scene[]> {
    let best: Scene[] | undefined;
    for (const sheet of sheetsOf(page)) {
        const spans = await balancedSpans(input, pageBudget(sheet), metrics);
        if (best && spans.length >= best.length) continue;
        const numbers = offPageNumbers(input, spans);
        // A page whose lanes are too tall for the sheet is printed turned: its title must fit either way.
        const width = titleWidth({ width: Math.min(pageBudget(sheet).width, pageBudget(sheet).height) });
        best = await Promise.all(spans.map(async (_, i) => input.titled(await layoutSpan(input, spans, i, numbers, metrics), i > 0, width)));
    }
    return best!;
}

function columnCount(whole: LintasFungsiLayout): number {
    return Math.max(1, ...[...whole.columns.values()].map(c => c + 1));
}

/**
 * As few pages as the budget allows, with the columns shared out evenly between them: the narrowest
 * page width (found by halving) that still needs no more pages, so the last page is not a sliver.
 */
async function balancedSpans(input: MapPagesInput, budget: { width: number; height: number }, metrics: FontMetrics): Promise<Span[]> {
    let best = await spansFor(input, budget, metrics);
    let low = budget.width / (best.length + 1), high = budget.width;
    // The pages are decided within a few points of width; eight halvings come within 1 % of the page.
    for (let step = 0; step < 8 && best.length > 1; step++) {
        const width = (low + high) / 2;
        const spans = await spansFor(input, { width, height: budget.height }, metrics);
        if (spans.length <= best.length) { best = spans; high = width; } else low = width;
    }
    return best;
}

/** The longest runs of columns that fit the budget, from the first column on; a column too wide for any page stands alone. */
async function spansFor(input: MapPagesInput, budget: { width: number; height: number }, metrics: FontMetrics): Promise<Span[]> {
    const count = columnCount(input.whole);
    const spans: Span[] = [];
    let first = 0;
    while (first < count) {
        let last = first;
        while (last + 1 < count) {
            const trial = [...spans, { first, last: last + 1 }, ...(last + 2 < count ? [{ first: last + 2, last: count - 1 }] : [])];
            const laid = await layoutSpan(input, trial, spans.length, offPageNumbers(input, trial), metrics);
            const { width, height } = writeSvg(input.titled(laid, spans.length > 0, titleWidth({ width: Math.min(budget.width, budget.height) })), metrics);
            if (width > budget.width || height > budget.height) break;
            last++;
        }
        spans.push({ first, last });
        first = last + 1;
    }
    return spans;
}

function pageOf(spans: Span[], column: number): number {
    return spans.findIndex(s => column >= s.first && column <= s.last);
}

/** One number per target reached from another page, in the order the flows are written, after the map's own penghubung. */
function offPageNumbers(input: MapPagesInput, spans: Span[]): Map<string, number> {
    const { map, whole } = input;
    const numbers = new Map<string, number>();
    let next = map.nodes.filter(n => n.kind === 'penghubung').length;
    for (const flow of map.flows) {
        const from = whole.columns.get(flow.from), to = whole.columns.get(flow.to);
        if (from === undefined || to === undefined || pageOf(spans, from) === pageOf(spans, to)) continue;
        if (!numbers.has(flow.to)) numbers.set(flow.to, ++next);
    }
    return numbers;
}

/** The part of the map on page `index`: its own steps, connectors for flows from and to other pages. */
async function layoutSpan(input: MapPagesInput, spans: Span[], index: number, numbers: Map<string, number>, metrics: FontMetrics): Promise<LintasFungsiLayout> {
    const { map, whole } = input;
    const span = spans[index];
    const onPage = (id: string) => pageOf(spans, whole.columns.get(id) ?? -1) === index;
    const nodeById = new Map(map.nodes.map(n => [n.id, n]));
    const incoming = new Map<string, MapNode>(), outgoing = new Map<string, MapNode>();
    const flows: Flow[] = [];
    const connector = (target: string, way: 'dari' | 'ke'): MapNode => ({
        id: `${way}-halaman:${target}`, name: `${way}-halaman:${target}`, kind: 'penghubung',
        title: '', lane: nodeById.get(target)?.lane, requirements: []
    });
    for (const flow of map.flows) {
        if (!whole.columns.has(flow.from) || !whole.columns.has(flow.to)) continue;
        const fromHere = onPage(flow.from), toHere = onPage(flow.to);
        if (fromHere && toHere) flows.push(flow);
        else if (fromHere) {
            const out = outgoing.get(flow.to) ?? connector(flow.to, 'ke');
            outgoing.set(flow.to, out);
            flows.push({ ...flow, to: out.id });
        } else if (toHere && !incoming.has(flow.to)) {
            const into = connector(flow.to, 'dari');
            incoming.set(flow.to, into);
            flows.push({ from: into.id, to: flow.to });
        }
    }
    const shift = incoming.size > 0 ? 1 : 0;
    const columns = new Map<string, number>();
    const nodes = map.nodes.filter(n => onPage(n.id));
    for (const n of nodes) columns.set(n.id, whole.columns.get(n.id)! - span.first + shift);
    for (const n of incoming.values()) columns.set(n.id, 0);
    for (const n of outgoing.values()) columns.set(n.id, span.last - span.first + shift + 1);
    const offPage = new Map([...incoming, ...outgoing].map(([target, n]) => [n.id, numbers.get(target)!]));
    const numbersOfMap = new Map(map.nodes.filter(n => n.kind === 'penghubung').map((n, i) => [n.id, i + 1]));
    const part: CrossFunctionalMap = { ...map, nodes: [...incoming.values(), ...nodes, ...outgoing.values()], flows };
    return layoutLintasFungsi(input.pemda, input.process, part, metrics, input.direction, { columns, numbers: numbersOfMap, offPage });
}
