import { categoryTally, tallyOverviewScene } from '../overview/overview-scene.js';
import { levelCount } from '../overview/estimate.js';
import { layoutLevel, levelElements } from '../proses/level.js';
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
        const laid = await layoutLevel(pemda, process, metrics);
        const heading = process.level === 0 || process.parent === undefined ? 'PETA PROSES LEVEL 0' : `PETA PROSES LEVEL ${(process.level ?? 0) + 1}`;
        return { scene: { ...laid, title: wrapTitle([
            { text: heading, size: 11, weight: 'bold' }, { text: `${process.code ? `${process.code} ` : ''}${process.title}`, size: 10, weight: 'bold' },
            { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' }
        ], laid.width, metrics) }, title: process.title };
    },
    overview(pemda, element, metrics) {
        const process = levelElements(pemda).find(p => p.id === element);
        return tallyOverviewScene(pemda, process && categoryTally(pemda, process), level.label, metrics);
    }
};
