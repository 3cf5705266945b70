import { officialUpperCase } from '@sikerja/model';
import type { DiagramKind, DrawRequest } from '@sikerja/model';
import type { Box, Scene, TitleBlock } from '../scene.js';
import { writeSvg } from '../svg/write-svg.js';
import type { FontMetrics } from '../text/fonts.js';
import { fitsSomeSheet, pageBudget, sheetsOf, smallestText } from '../paging.js';
import { onePage, orgPages, type PagePart } from '../org/org-pages.js';
import { changesFoot, drawnIdsOf, footScene, removedIn, withFoot } from '../org/change-marks.js';
import { blockTotals, petaJabatanBoxes, strukturBoxes, totalsLine, type OrgBoxes } from '../org/org-boxes.js';
import { orgScene } from '../org/org-scene.js';
import { buildOrgDrawing, drawableOrganisations, type OrgBlock } from '../org/org-tree.js';
import { organisationCount } from '../overview/estimate.js';
import { orgOverviewScene } from '../overview/org-overview.js';
import { overviewWords } from '../overview/overview-scene.js';
import type { DiagramKindEntry } from './kind.js';

/**
 * What the struktur and the peta jabatan share: both draw a Perangkat Daerah's tree with its unit
 * kerja, and differ in their boxes and title lines.
 */
export function organisationKind(kind: Extract<DiagramKind, 'struktur' | 'peta-jabatan'>, label: string, noun: string): DiagramKindEntry {
    return {
        kind, label, noun, drawnFor: 'perangkat daerah',
        // Any organisation of a Perangkat Daerah (a UPTD, a Puskesmas) is drawn within it.
        resolve: (pemda, name) => pemda.organisations.find(o => o.id === name)?.perangkatDaerah,
        elements: pemda => drawableOrganisations(pemda).map(o => ({ element: o.id, title: o.title })),
        count: (pemda, element) => organisationCount(pemda, kind, element),
        async draw(pemda, request, metrics) {
            const organisation = drawableOrganisations(pemda).find(o => o.id === request.element);
            if (!organisation) return undefined;
            const drawing = buildOrgDrawing(pemda, organisation);
            const changes = request.changes;
            const placed = new Set<string>();
            const boxes = kind === 'struktur' ? strukturBoxes(metrics, { levels: request.pejabatLevel, changes }) : petaJabatanBoxes(metrics, changes, placed);
            const lines = [
                { text: label.toLocaleUpperCase('id-ID'), size: 11, weight: 'bold' as const },
                { text: officialUpperCase(organisation.title), size: 10, weight: 'bold' as const },
                { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' as const }
            ];
            const totals = { text: totalsLine(blockTotals(drawing.root)), size: 8, weight: 'regular' as const };
            // The Perangkat Daerah's head box gives its totals where it is drawn in full (the first page);
            // the title repeats them only where the head box does not: a head alone, or the last of several pages.
            const headHasTotals = drawing.root.children.length > 0 || drawing.root.kelompok.length > 0;
            const totalsInTitle = (part: PagePart) => kind === 'peta-jabatan' && (!headHasTotals || (part.last && part.continued));
            // A struktur is the official bagan; a peta jabatan's tables are packed into rows for the sheet.
            const arrangement = kind === 'struktur' ? 'bagan' : 'rows';
            const tree = await orgScene(drawing.root, boxes, totalsInTitle({ continued: false, last: true }) ? [...lines, totals] : lines, metrics, arrangement);
            // A marked drawing (`--sejak`) ends with the keterangan of its marks and what was removed.
            const foot = changes ? changesFoot(changes, removedIn(changes, organisation.id, kind === 'peta-jabatan', placed), drawnIdsOf(tree), kind === 'peta-jabatan', metrics, placed.size > 0) : [];
            const scene = withFoot(tree, foot);
            const page = request.page;
            if (!page || fitsSomeSheet(scene, page, metrics)) return { scene, title: organisation.title };
            // A bagan keeps its Bidang (and its unit kerja) in one row: where the page cannot hold that
            // row at print size and the larger paper (A3) holds the whole bagan, it is one A3 page
            // rather than its branches cut over several.
            if (kind === 'struktur' && page.larger && !rowFits(scene, page, metrics) && fitsSomeSheet(scene, { ...page.larger, turnable: page.turnable, pageNumber: page.pageNumber }, metrics)) {
                return { scene, title: organisation.title, pages: [scene] };
            }
            // Too large for the page at print size: drawn again page by page, the title on each. A
            // peta jabatan's pages are columns of tall tables, a struktur's a wide row of units: on a
            // page that may be turned, the first goes portrait and the second landscape (measured on
            // the examples and a synthetic kabupaten, the other turn never needed fewer pages).
            // The Bidang row stays on one page: where the asked paper cannot hold the head with its row at
            // print size and the larger paper can, the bagan is paged on the larger paper (a Kecamatan of five
            // Seksi and fourteen Kelurahan had its fifth Seksi alone on the second F4 page).
            const paper = kind === 'struktur' && page.larger && await lineNeedsLarger(drawing.root, boxes, lines, page, metrics)
                ? { ...page.larger, turnable: page.turnable } : page;
            const [sheet, other] = sheetsOf(paper).sort((a, b) => kind === 'peta-jabatan' ? b.height / b.width - a.height / a.width : b.width / b.height - a.width / a.height);
            const budget = pageBudget(sheet, smallestText(scene));
            const pageTitle = (part: PagePart) => [
                { ...lines[0], text: part.continued ? `${lines[0].text} (LANJUTAN)` : lines[0].text }, ...lines.slice(1),
                ...(totalsInTitle(part) ? [totals] : [])
            ];
            // Tables laid out again for the page's shape may fit one page, which has no page number to keep room for.
            if (arrangement === 'rows' && page.pageNumber && foot.length === 0) {
                for (const s of [sheet, other].filter(x => x !== undefined)) {
                    const one = await onePage(drawing.root, boxes, pageTitle, metrics, pageBudget({ width: s.width, height: s.height + page.pageNumber }, smallestText(scene)), arrangement);
                    if (one) return { scene, title: organisation.title, pages: [one] };
                }
            }
            let pages: Scene[] | undefined = await orgPages(drawing.root, boxes, pageTitle, metrics, {
                budget, splitTables: kind === 'peta-jabatan', arrangement,
                ...(other ? { turned: pageBudget(other, smallestText(scene)) } : {}),
                ...(page.lastRoom ? { lastRoom: page.lastRoom * budget.height / sheet.height } : {})
            });
            if (pages && foot.length > 0) pages = footOnPages(pages, foot, page, smallestText(scene), metrics);
            return { scene, title: organisation.title, pages };
        },
        async overview(pemda, element, metrics) {
            const organisation = drawableOrganisations(pemda).find(o => o.id === element);
            if (!organisation) return undefined;
            const { heading, notice } = overviewWords(label);
            return { scene: await orgOverviewScene(pemda, organisation, heading, notice, metrics), title: organisation.title };
        }
    };
}

/** Whether the head with its line of units (the unit kerja left out) fits no sheet of the page at print size but one of the larger paper. */
async function lineNeedsLarger(root: OrgBlock, boxes: OrgBoxes, lines: TitleBlock['lines'], page: NonNullable<DrawRequest['page']>, metrics: FontMetrics): Promise<boolean> {
    const line = { ...root, children: root.children.filter(c => !c.organisation) };
    if (line.children.length === root.children.length) return false;
    const scene = await orgScene(line, boxes, lines, metrics, 'bagan');
    return !fitsSomeSheet(scene, page, metrics) && fitsSomeSheet(scene, { ...page.larger!, turnable: page.turnable }, metrics);
}

/** Whether the drawing's width (its widest row) fits the page, turned the widest way, at print size. */
function rowFits(scene: Scene, page: NonNullable<DrawRequest['page']>, metrics: FontMetrics): boolean {
    const { width } = writeSvg(scene, metrics);
    return sheetsOf(page).some(sheet => width <= pageBudget(sheet, smallestText(scene)).width);
}

/** The foot under the last page when it still fits there at print size, else on a page of its own. */
function footOnPages(pages: Scene[], foot: Box[], page: NonNullable<DrawRequest['page']>, smallest: number, metrics: FontMetrics): Scene[] {
    const last = pages[pages.length - 1];
    const joined = withFoot(last, foot);
    const { width, height } = writeSvg(joined, metrics);
    const fits = sheetsOf(page).some(sheet => { const b = pageBudget(sheet, smallest); return width <= b.width && height <= b.height; });
    return fits ? [...pages.slice(0, -1), joined] : [...pages, footScene(last.title, foot)];
}
