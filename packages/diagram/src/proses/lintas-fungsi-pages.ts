import type { CrossFunctionalMap, Flow, LaneDirection, MapNode, PemdaModel, Process } from '@sikerja/model';
import { pageBudget, sheetsOf, titleWidth, type Sheet } from '../paging.js';
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

export type Span = { first: number; last: number };

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

export async function lintasFungsiPages(input: MapPagesInput, page: Sheet & { larger?: Sheet }, metrics: FontMetrics): Promise<Scene[]> {
    // The way round a map is read: its flow along the sheet's longer side.
    const isOwnWay = (sheet: { width: number; height: number }) => input.direction === 'baris' ? sheet.width >= sheet.height : sheet.height >= sheet.width;
    const onPaper = async (paper: Sheet) => {
        let best: SheetPages | undefined, ownWay: SheetPages | undefined;
        const sheets = sheetsOf({ ...paper, turnable: page.turnable });
        for (const [i, sheet] of sheets.entries()) {
            const laid = await pagesFor(input, sheet, sheets[1 - i], metrics);
            if (!best || laid.misfits < best.misfits || (laid.misfits === best.misfits && laid.pages.length < best.pages.length)) best = laid;
            if (!ownWay && isOwnWay(sheet)) ownWay = laid;
        }
        return { best: best!, ownWay: ownWay ?? best! };
    };
    const holdsAll = (laid: SheetPages) => laid.misfits === 0 && laid.turned === 0;
    const asked = await onPaper(page);
    if (!page.larger || holdsAll(asked.ownWay)) return asked.best.pages;
    const larger = await onPaper(page.larger);
    // Lanes too tall for the paper at print size even one column to a page (the PDF prints the
    // document on the larger paper when a page needs it): laid out for the larger paper instead.
    if (asked.best.misfits > 0) return larger.best.pages;
    // Lanes the paper holds only the other way round, one column to a page (seven lanes on F4 gave
    // 28 pages of one step each): the larger paper when it takes fewer pages, its own way round
    // unless the other way takes fewer (seven lanes side by side in columns need its width).
    const onLarger = holdsAll(larger.ownWay) && larger.ownWay.pages.length <= larger.best.pages.length ? larger.ownWay : larger.best;
    return onLarger.misfits === 0 && onLarger.pages.length < asked.best.pages.length ? onLarger.pages : asked.best.pages;
}

/** A map's pages on one sheet: how many no sheet holds, and how many only turned against it. */
interface SheetPages {
    pages: Scene[];
    misfits: number;
    turned: number;
}

/**
 * The pages for one sheet. Each candidate page (a run of columns) is laid out and measured as it
 * would be printed, its title wrapped to the sheet or, where the page must be printed turned, to
 * the turned sheet: as few pages as the sheet holds, with the columns then shared out evenly.
 */
async function pagesFor(input: MapPagesInput, sheet: { width: number; height: number }, turned: { width: number; height: number } | undefined, metrics: FontMetrics): Promise<SheetPages> {
    const budget = pageBudget(sheet);
    const sheets = [budget, ...(turned ? [pageBudget(turned)] : [])];
    const alongFlow = input.direction === 'baris' ? 'width' : 'height';
    const count = input.whole.extent.columns.length;
    /**
     * The page titled for the first sheet it fits, or undefined. Only a page of one column may be
     * turned against the sheet: the pages of a map are read side by side, its lanes the same way round.
     */
    const fitted = (layout: LintasFungsiLayout, continued: boolean, oneColumn: boolean): { scene: Scene; turned: boolean } | undefined => {
        for (const [i, b] of (oneColumn ? sheets : sheets.slice(0, 1)).entries()) {
            const scene = input.titled(layout, continued, titleWidth(b));
            const size = writeSvg(scene, metrics);
            if (size.width <= b.width && size.height <= b.height) return { scene, turned: i > 0 };
        }
        return undefined;
    };
    // A page's drawing depends only on which columns it holds: what lies beyond is off-page either way.
    const alone = (span: Span): Span[] => [
        ...(span.first > 0 ? [{ first: 0, last: span.first - 1 }] : []), span,
        ...(span.last < count - 1 ? [{ first: span.last + 1, last: count - 1 }] : [])];
    const measure = async (span: Span): Promise<number | undefined> => {
        const spans = alone(span);
        const index = span.first > 0 ? 1 : 0;
        const page = fitted(await layoutSpan(input, spans, index, offPageNumbers(input, spans), metrics), span.first > 0, span.first === span.last);
        return page && writeSvg(page.scene, metrics)[alongFlow];
    };
    const spans = await pageSpans(count, measure);
    const numbers = offPageNumbers(input, spans);
    const layouts = await Promise.all(spans.map((_, i) => layoutSpan(input, spans, i, numbers, metrics)));
    // A page no sheet holds (a column too tall) keeps the sheet's title, and is counted.
    const pages = layouts.map((layout, i) => fitted(layout, i > 0, spans[i].first === spans[i].last));
    return {
        pages: pages.map((p, i) => p?.scene ?? input.titled(layouts[i], i > 0, titleWidth(budget))),
        misfits: pages.filter(p => !p).length, turned: pages.filter(p => p?.turned).length
    };
}

/**
 * Where the page breaks go among `count` columns, given how long a page of a run of columns is
 * along the flow (undefined where no sheet holds it): the fewest pages, then the shortest longest
 * page that needs no more of them, so that the last page is not a sliver. A column no sheet holds
 * stands alone. Each run is measured once.
 */
export async function pageSpans(count: number, lengthOf: (span: Span) => Promise<number | undefined>): Promise<Span[]> {
    const known = new Map<string, Promise<number | undefined>>();
    const length = (first: number, last: number) => {
        const key = `${first}-${last}`;
        if (!known.has(key)) known.set(key, lengthOf({ first, last }));
        return known.get(key)!;
    };
    const greedy = async (limit: number): Promise<Span[]> => {
        const spans: Span[] = [];
        for (let first = 0; first < count;) {
            let last = first;
            for (;;) {
                if (last + 1 >= count) break;
                const longer = await length(first, last + 1);
                if (longer === undefined || longer > limit) break;
                last++;
            }
            spans.push({ first, last });
            first = last + 1;
        }
        return spans;
    };
    let best = await greedy(Infinity);
    if (best.length < 2) return best;
    const lengths = await Promise.all(best.map(s => length(s.first, s.last)));
    let low = 0, high = Math.max(...lengths.map(l => l ?? 0));
    for (let step = 0; step < 12; step++) {
        const mid = (low + high) / 2;
        const spans = await greedy(mid);
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
