import { PRINT_MIN_TEXT } from '@sikerja/model';
import { layoutSop } from '../proses/sop.js';
import { EDGE, writeSopPages, writeSopSheet } from '../proses/sop-svg.js';
import { TEXT } from '../scene.js';
import { uniqueElements } from '../drawn-elements.js';
import type { DiagramKindEntry } from './kind.js';
import { mapKind, mapOf } from './process-maps.js';

/** F4 landscape less 12 mm margins and the running header: the SOP AP's default page. */
export const SOP_PAGE_DEFAULT = { width: 867, height: 525 } as const;

/** SOP AP (PermenPANRB 35/2012): a map's steps as the flowchart table, page by page. */
export const sop: DiagramKindEntry = {
    kind: 'sop', label: 'SOP AP', noun: 'SOP AP',
    ...mapKind('SOP AP'),
    async draw(pemda, request, metrics) {
        const found = mapOf(pemda, request.element);
        if (!found) return undefined;
        const { process, map } = found;
        const page = request.page ?? SOP_PAGE_DEFAULT;
        // The table inside the page by half its outer rule, so each page's SVG is the page exactly.
        // `lastRoom` is on paper; the page is laid out to be printed enlarged to PRINT_MIN_TEXT.
        const lastRoom = request.page?.lastRoom ? request.page.lastRoom * TEXT.small / PRINT_MIN_TEXT : undefined;
        const layout = layoutSop(pemda, process, map, { width: page.width - 2 * EDGE, height: page.height - 2 * EDGE }, metrics, { lastRoom });
        const sheet = writeSopSheet(layout, metrics, request.theme);
        return {
            drawn: {
                kind: 'sop', element: map.id, title: `SOP ${map.title}`, svg: sheet.svg, width: sheet.width, height: sheet.height,
                smallestText: TEXT.small, pages: writeSopPages(layout, metrics, request.theme),
                elements: uniqueElements(layout.pages.flatMap(page => page.symbols.map(s => s.element)))
            }
        };
    }
};
