import { layoutLintasFungsi } from '../proses/lintas-fungsi.js';
import { wrapTitle } from '../scene-title.js';
import type { DiagramKindEntry } from './kind.js';
import { mapKind, mapOf } from './process-maps.js';

/** Peta lintas fungsi: a map's steps in swimlanes, one lane per unit, jabatan or party. */
export const lintasFungsi: DiagramKindEntry = {
    kind: 'lintas-fungsi', label: 'Peta Lintas Fungsi', noun: 'peta lintas fungsi',
    ...mapKind('Peta Lintas Fungsi'),
    async draw(pemda, request, metrics) {
        const found = mapOf(pemda, request.element);
        if (!found) return undefined;
        const { process, map } = found;
        const laid = await layoutLintasFungsi(pemda, process, map, metrics, request.lanes);
        return { scene: { ...laid, title: wrapTitle([
            { text: 'PETA LINTAS FUNGSI', size: 11, weight: 'bold' },
            { text: `${map.code ? `${map.code} ` : ''}${map.title}`, size: 10, weight: 'bold' },
            { text: `Proses: ${process.code ? `${process.code} ` : ''}${process.title}`, size: 8, weight: 'regular' },
            { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' }
        ], laid.width, metrics) }, title: map.title };
    }
};
