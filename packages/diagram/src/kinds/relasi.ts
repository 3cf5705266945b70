import { relationTally, tallyOverviewScene } from '../overview/overview-scene.js';
import { layoutRelasi } from '../proses/relasi.js';
import { wrapTitle } from '../scene-title.js';
import type { DiagramKindEntry } from './kind.js';

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
        const laid = await layoutRelasi(pemda, map, metrics);
        return { scene: { ...laid, title: wrapTitle([
            { text: 'PETA RELASI', size: 11, weight: 'bold' }, { text: map.title, size: 10, weight: 'bold' }, { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' }
        ], laid.width, metrics) }, title: map.title };
    },
    overview(pemda, element, metrics) {
        const map = pemda.relationMaps.find(m => m.id === element);
        return tallyOverviewScene(pemda, map && relationTally(pemda, map), relasi.label, metrics);
    }
};
