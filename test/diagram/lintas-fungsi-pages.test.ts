import { beforeAll, describe, expect, it } from 'vitest';
import type { CrossFunctionalMap, PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, fitsPage, shippedFonts, type Scene } from '@sikerja/diagram';
import { contentArea, printedPage } from '@sikerja/export';
import { expectConnectorsClean, expectNoOverlap } from './geometry.js';
import { pageSpans, type Span } from '../../packages/diagram/src/proses/lintas-fungsi-pages.js';
import { buildWorkspace, PEMDA_FILE } from '../helpers.js';
import { REKLAME } from './fixtures/izin-reklame.js';

/**
 * A peta lintas fungsi printed over several pages, read as the official reads it: every page holds
 * all lanes with their labels, every step is on exactly one page, and a flow that crosses a page
 * break can be followed through a numbered off-page connector to its step on the other page.
 */
const { metrics } = shippedFonts();
const F4_LANDSCAPE = printedPage('lintas-fungsi', { paper: 'f4' })!;
const A3 = contentArea('a3', 'landscape', true);
let examples: PemdaModel[];

beforeAll(async () => {
    examples = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
});

const stepOf = (boxId: string) => boxId.replace(/^n:/, '');
const offPage = (boxId: string) => /^n:(ke|dari)-halaman:/.test(boxId);
const numberOf = (scene: Scene, boxId: string) => scene.boxes.find(b => b.id === boxId)!.rows[0].cells[0].lines.join('');

function flowsOnPages(pages: Scene[]): Array<{ page: number; from: string; to: string }> {
    return pages.flatMap((p, page) => p.connectors.filter(c => c.arrow).map(c => ({ page, from: c.from, to: c.to })));
}

function expectFollowable(map: CrossFunctionalMap, pages: Scene[]): void {
    const drawn = flowsOnPages(pages);
    for (const flow of map.flows) {
        const within = drawn.filter(d => d.from === `n:${flow.from}` && d.to === `n:${flow.to}`);
        if (within.length > 0) continue;
        // Across a break: to an off-page connector on the source's page, from the same number into the target.
        const out = drawn.find(d => d.from === `n:${flow.from}` && d.to === `n:ke-halaman:${flow.to}`);
        const into = drawn.find(d => d.from === `n:dari-halaman:${flow.to}` && d.to === `n:${flow.to}`);
        expect(out, `${flow.from} → ${flow.to} leaves its page`).toBeDefined();
        expect(into, `${flow.from} → ${flow.to} arrives on its page`).toBeDefined();
        expect(out!.page).not.toBe(into!.page);
        expect(numberOf(pages[out!.page], out!.to)).toBe(numberOf(pages[into!.page], into!.from));
    }
}

describe('a peta lintas fungsi on paper', () => {
    it('goes over pages between activity columns: all lanes on every page, each step once, every flow followable, each page within print size', async () => {
        let paged = 0;
        for (const p of examples) {
            for (const { element } of drawableElements(p, 'lintas-fungsi')) {
                const map = p.processes.flatMap(x => x.maps).find(m => m.id === element)!;
                const drawn = (await diagramScene(p, { kind: 'lintas-fungsi', element, page: F4_LANDSCAPE }, metrics))!;
                if (!drawn.pages) continue;
                paged++;
                const pages = drawn.pages;
                expect(pages.length, element).toBeGreaterThan(1);
                // On F4 either way round; or, where six tall lanes cannot fit F4 at print size, every page on A3.
                const turned = (p: { width: number; height: number }) => [p, { width: p.height, height: p.width }];
                const onF4 = pages.every(page => turned(F4_LANDSCAPE).some(sheet => fitsPage(page, sheet, metrics)));
                const sheets = onF4 ? turned(F4_LANDSCAPE) : turned(A3);
                pages.forEach((page, i) => {
                    expect(page.bands!.map(b => b.id), `${element} hal. ${i + 1}`).toEqual(map.lanes.map(l => `l:${l.id}`));
                    expect(page.bands!.map(b => b.header.lines.join(' '))).toEqual(pages[0].bands!.map(b => b.header.lines.join(' ')));
                    expect(sheets.some(sheet => fitsPage(page, sheet, metrics)), `${element} hal. ${i + 1} fits at 8 pt`).toBe(true);
                    expect(page.title!.lines[0].text).toBe(i === 0 ? 'PETA LINTAS FUNGSI' : 'PETA LINTAS FUNGSI (LANJUTAN)');
                    expectNoOverlap(page.boxes as never);
                    expectConnectorsClean(page);
                });
                const steps = pages.flatMap(pg => pg.boxes.filter(b => !offPage(b.id)).map(b => stepOf(b.id)));
                expect(steps.sort()).toEqual(map.nodes.map(n => n.id).sort());
                expectFollowable(map, pages);
                // Off-page connectors stand for no element of the model: a click leads nowhere invented.
                for (const pg of pages) for (const b of pg.boxes.filter(x => offPage(x.id))) expect(b.element, b.id).toBeUndefined();
            }
        }
        // The six example maps are all wider than an F4 page at print size.
        expect(paged).toBe(6);
    });

    it('puts seven lanes F4 holds only turned, one step to a page, on A3 read the map\'s own way round', async () => {
        // Seven lanes, each step with its time and output: taller than F4 landscape at 8 pt. The pages
        // were F4 portrait, one step each (12 pages of 13 steps); an official reads them on A3.
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'reklame.sikerja': REKLAME });
        expect(ws.diagnostics('reklame.sikerja')).toEqual([]);
        const p = ws.services.model.SemanticModel.semanticModel().pemda[0];
        const map = p.processes.flatMap(x => x.maps)[0];
        const pages = (await diagramScene(p, { kind: 'lintas-fungsi', element: map.id, page: F4_LANDSCAPE }, metrics))!.pages!;
        const portraitF4 = { width: F4_LANDSCAPE.height, height: F4_LANDSCAPE.width };
        expect(pages.length).toBeLessThanOrEqual(4);
        for (const [i, page] of pages.entries()) {
            expect(fitsPage(page, A3, metrics), `hal. ${i + 1} on A3 landscape`).toBe(true);
            expect(fitsPage(page, F4_LANDSCAPE, metrics) || fitsPage(page, portraitF4, metrics), `hal. ${i + 1} would do on F4`).toBe(false);
            expect(page.boxes.filter(b => !offPage(b.id)).length, `hal. ${i + 1} holds several steps`).toBeGreaterThan(2);
        }
        expectFollowable(map, pages);
    });

    it('draws a map that fits on one page as one page', async () => {
        const p = examples.find(x => x.processes.some(pr => pr.maps.length > 0))!;
        const element = drawableElements(p, 'lintas-fungsi')[0].element;
        const drawn = (await diagramScene(p, { kind: 'lintas-fungsi', element, page: { width: 5000, height: 3000 } }, metrics))!;
        expect(drawn.pages).toBeUndefined();
    });
});

/** Columns of these widths, a page holding `room` of them along the flow; a column in `tooTall` fits no sheet. */
function columnsOfWidth(widths: number[], room: number, tooTall: number[] = []) {
    return async ({ first, last }: Span) => {
        if (tooTall.some(c => c >= first && c <= last) && last > first) return undefined;
        const length = widths.slice(first, last + 1).reduce((a, b) => a + b, 0);
        return length <= room || first === last ? length : undefined;
    };
}

describe('where a peta lintas fungsi breaks between pages', () => {
    it('takes as few pages as the sheet holds', async () => {
        const spans = await pageSpans(7, columnsOfWidth([100, 100, 100, 100, 100, 100, 100], 400));
        expect(spans).toHaveLength(2);
    });

    it('shares the columns out evenly rather than leave a sliver on the last page', async () => {
        // Greedy would give five columns then one.
        expect(await pageSpans(6, columnsOfWidth([100, 100, 100, 100, 100, 100], 500))).toEqual([{ first: 0, last: 2 }, { first: 3, last: 5 }]);
    });

    it('gives a column no sheet holds with its neighbours a page of its own', async () => {
        expect(await pageSpans(5, columnsOfWidth([100, 100, 100, 100, 100], 1000, [2])))
            .toEqual([{ first: 0, last: 1 }, { first: 2, last: 2 }, { first: 3, last: 4 }]);
    });

    it('fills the pages of the Kampar mekanisme kerja: its 12 steps on at most 5 F4 pages (6 when the breaks were estimated from the whole map)', async () => {
        const p = examples.find(x => x.name === 'Kampar')!;
        const drawn = (await diagramScene(p, { kind: 'lintas-fungsi', element: 'TahapanMekanismeKerja.PetaMekanismeKerja', page: F4_LANDSCAPE }, metrics))!;
        expect(drawn.pages!.length).toBeLessThanOrEqual(5);
    });
});
