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

export async function lintasFungsiPages(input: MapPagesInput, page: { width: number; height: number; turnable?: boolean; larger?: { width: number; height: number } }, metrics: FontMetrics): Promise<Scene[]> {
    const onPaper = async (paper: { width: number; height: number }) => {
        let best: { pages: Scene[]; misfits: number } | undefined;
        for (const sheet of sheetsOf({ ...paper, turnable: page.turnable })) {
            const laid = await pagesFor(input, { ...sheet, turnable: page.turnable }, metrics);
            if (!best || laid.misfits < best.misfits || (laid.misfits === best.misfits && laid.pages.length < best.pages.length)) best = laid;
        }
        return best!;
    };
    const asked = await onPaper(page);
    // Lanes too tall for the paper at print size even one column to a page (the PDF prints the
    // document on the larger paper when a page needs it): laid out for the larger paper instead.
    if (asked.misfits === 0 || !page.larger) return asked.pages;
    return (await onPaper(page.larger)).pages;
}

/**
 * The pages for one sheet. Where the breaks go is decided from the whole map's column widths (a
 * page is its columns, the lane headers and room for off-page connectors either side); each page is
 * then laid out and measured, its title wrapped to the sheet or, where the page must be printed
 * turned, to the turned sheet; a page that fits neither is cut in two between its columns.
 */
async function pagesFor(input: MapPagesInput, sheet: { width: number; height: number; turnable?: boolean }, metrics: FontMetrics): Promise<{ pages: Scene[]; misfits: number }> {
    const budget = pageBudget(sheet);
    const sheets = [budget, ...(sheet.turnable ? [{ width: budget.height, height: budget.width }] : [])];
    const alongFlow = input.direction === 'baris' ? 'width' : 'height';
    const whole = writeSvg(input.titled(input.whole, false, titleWidth(budget)), metrics);
    // What a page adds to its columns along the flow: margins, and the title where the flow runs down.
    const overhead = whole[alongFlow] - (input.direction === 'baris' ? input.whole.width : input.whole.height);
    const spans = balancedSpans(input.whole, budget[alongFlow] - overhead);
    /** The page titled for the first sheet it fits, or undefined. */
    const fitted = (layout: LintasFungsiLayout, continued: boolean): Scene | undefined => {
        for (const b of sheets) {
            const scene = input.titled(layout, continued, titleWidth(b));
            const size = writeSvg(scene, metrics);
            if (size.width <= b.width && size.height <= b.height) return scene;
        }
        return undefined;
    };
    for (;;) {
        const numbers = offPageNumbers(input, spans);
        const layouts = await Promise.all(spans.map((_, i) => layoutSpan(input, spans, i, numbers, metrics)));
        const misfit = layouts.findIndex((layout, i) => spans[i].first < spans[i].last && !fitted(layout, i > 0));
        if (misfit < 0) break;
        const { first, last } = spans[misfit];
        const cols = input.whole.extent.columns;
        const middle = (cols[first].from + cols[last].to) / 2;
        const cut = Math.max(first, Math.min(last - 1, cols.findIndex(c => c.to >= middle)));
        spans.splice(misfit, 1, { first, last: cut }, { first: cut + 1, last });
    }
    // Cutting a tall page in two can leave its neighbours short: join two pages wherever they fit as one.
    for (let i = 0; i + 1 < spans.length;) {
        const trial = [...spans.slice(0, i), { first: spans[i].first, last: spans[i + 1].last }, ...spans.slice(i + 2)];
        if (fitted(await layoutSpan(input, trial, i, offPageNumbers(input, trial), metrics), i > 0)) spans.splice(0, spans.length, ...trial);
        else i++;
    }
    const numbers = offPageNumbers(input, spans);
    const layouts = await Promise.all(spans.map((_, i) => layoutSpan(input, spans, i, numbers, metrics)));
    // A page no sheet holds (a column too tall) keeps the sheet's title, and is counted.
    const pages = layouts.map((layout, i) => fitted(layout, i > 0));
    return { pages: pages.map((p, i) => p ?? input.titled(layouts[i], i > 0, titleWidth(budget))), misfits: pages.filter(p => !p).length };
}

/** Room an off-page connector column takes along the flow: a column (40 at least) and its channel with one track. */
const CONNECTOR_ROOM = 62;

/** How long a page of these columns is along the flow, from the whole map's layout. */
function spanLength(whole: LintasFungsiLayout, first: number, last: number): number {
    const cols = whole.extent.columns;
    const inbound = first > 0 ? CONNECTOR_ROOM : 0, outbound = last < cols.length - 1 ? CONNECTOR_ROOM : 0;
    return whole.extent.lead + inbound + cols[last].to - cols[first].from + outbound;
}

/** The longest runs of columns within `room`, from the first column on; a column too long for any page stands alone. */
function greedySpans(whole: LintasFungsiLayout, room: number): Span[] {
    const count = whole.extent.columns.length;
    const spans: Span[] = [];
    let first = 0;
    while (first < count) {
        let last = first;
        while (last + 1 < count && spanLength(whole, first, last + 1) <= room) last++;
        spans.push({ first, last });
        first = last + 1;
    }
    return spans;
}

/** As few pages as the room allows, with the columns shared out evenly: the shortest room that needs no more pages. */
function balancedSpans(whole: LintasFungsiLayout, room: number): Span[] {
    let best = greedySpans(whole, room);
    let low = room / (best.length + 1), high = room;
    for (let step = 0; step < 16 && best.length > 1; step++) {
        const mid = (low + high) / 2;
        const spans = greedySpans(whole, mid);
        if (spans.length <= best.length) { best = spans; high = mid; } else low = mid;
    }
    return best;
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
