import { relationTally, tallyOverviewScene } from '../overview/overview-scene.js';
import { layoutHandOvers, layoutRelasi, type RelasiLayout } from '../proses/relasi.js';
import { wrapTitle } from '../scene-title.js';
import type { DiagramKindEntry } from './kind.js';
import { fewestPages, fitsSomeSheet, pagesBy, titleWidth } from '../paging.js';
import type { Scene } from '../scene.js';

/** The page's height above a page of hand-overs that its title and margins take, about. */
const TITLE_ROOM = 90;

/** Peta relasi: which process, unit or instansi hands which output to which. */
export const relasi: DiagramKindEntry = {
    kind: 'relasi', label: 'Peta Relasi', noun: 'peta relasi', drawnFor: 'peta relasi',
    resolve: (pemda, name) => pemda.relationMaps.some(m => m.id === name) ? name : undefined,
    elements: pemda => pemda.relationMaps.map(m => ({ element: m.id, title: m.title })),
    count(pemda, element) {
        const map = pemda.relationMaps.find(m => m.id === element);
        return map ? new Set(map.relations.flatMap(r => [r.from?.id, r.to?.id])).size + map.relations.length : 0;
    },
    async draw(pemda, request, metrics) {
        const map = pemda.relationMaps.find(m => m.id === request.element);
        if (!map) return undefined;
        const titled = (laid: RelasiLayout, continued: boolean, maxWidth = Infinity): Scene => ({ ...laid, title: wrapTitle([
            { text: continued ? 'PETA RELASI (LANJUTAN)' : 'PETA RELASI', size: 11, weight: 'bold' }, { text: map.title, size: 10, weight: 'bold' },
            ...(continued ? [] : [{ text: pemda.title ?? pemda.name, size: 8, weight: 'regular' as const }])
        ], laid.width, metrics, maxWidth) });
        const scene = titled(await layoutRelasi(pemda, map, metrics), false);
        if (!request.page || fitsSomeSheet(scene, request.page, metrics)) return { scene, title: map.title };
        // Too large for one page at print size: its hand-overs over pages in written order, never tiled.
        const pages = await fewestPages(request.page, budget => pagesBy(map.relations.length, async (from, to, continued) =>
            titled(await layoutHandOvers(pemda, { ...map, relations: map.relations.slice(from, to) }, metrics, budget.height - TITLE_ROOM), continued, titleWidth(budget)), budget, metrics));
        return { scene, title: map.title, pages };
    },
    overview(pemda, element, metrics) {
        const map = pemda.relationMaps.find(m => m.id === element);
        return tallyOverviewScene(pemda, map && relationTally(pemda, map), relasi.label, metrics);
    }
};
