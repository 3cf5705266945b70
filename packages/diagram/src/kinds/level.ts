import { categoryTally, tallyOverviewScene } from '../overview/overview-scene.js';
import { levelCount } from '../overview/estimate.js';
import { layoutLevel, levelElements } from '../proses/level.js';
import { levelPages, type TitledLevel } from '../proses/level-pages.js';
import { fitsSomeSheet } from '../paging.js';
import { wrapTitle } from '../scene-title.js';
import type { DiagramKindEntry } from './kind.js';

/** Peta proses level 0 … n: a process's sub-processes by kategori, between its stakeholders. */
export const level: DiagramKindEntry = {
    kind: 'level', label: 'Peta Proses', noun: 'peta proses', drawnFor: 'proses yang dirinci',
    resolve: (pemda, name) => levelElements(pemda).some(p => p.id === name) ? name : undefined,
    elements: pemda => levelElements(pemda).map(p => ({ element: p.id, title: p.title })),
    count(pemda, element) {
        const process = levelElements(pemda).find(p => p.id === element);
        return process ? levelCount(pemda, process) : 0;
    },
    async draw(pemda, request, metrics) {
        const process = levelElements(pemda).find(p => p.id === request.element);
        if (!process) return undefined;
        const heading = process.level === 0 || process.parent === undefined ? 'PETA PROSES LEVEL 0' : `PETA PROSES LEVEL ${(process.level ?? 0) + 1}`;
        const titled: TitledLevel = (laid, continued, maxWidth) => ({ ...laid, title: wrapTitle([
            { text: continued ? `${heading} (LANJUTAN)` : heading, size: 11, weight: 'bold' }, { text: `${process.code ? `${process.code} ` : ''}${process.title}`, size: 10, weight: 'bold' },
            ...(continued ? [] : [{ text: pemda.title ?? pemda.name, size: 8, weight: 'regular' as const }])
        ], laid.width, metrics, maxWidth) });
        const scene = titled(await layoutLevel(pemda, process, metrics), false, Infinity);
        if (!request.page || fitsSomeSheet(scene, request.page, metrics)) return { scene, title: process.title };
        // Too large for one page at print size: over pages by its rows of processes, never tiled.
        return { scene, title: process.title, pages: await levelPages(pemda, process, metrics, request.page, titled) };
    },
    overview(pemda, element, metrics) {
        const process = levelElements(pemda).find(p => p.id === element);
        return tallyOverviewScene(pemda, process && categoryTally(pemda, process), level.label, metrics);
    }
};
