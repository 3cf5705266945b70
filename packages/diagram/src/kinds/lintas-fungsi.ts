import { fitsSomeSheet } from '../paging.js';
import { layoutLintasFungsi, type LintasFungsiLayout } from '../proses/lintas-fungsi.js';
import { lintasFungsiPages } from '../proses/lintas-fungsi-pages.js';
import type { Scene } from '../scene.js';
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
        const direction = request.lanes ?? 'baris';
        const titled = ({ columns: _columns, extent: _extent, ...laid }: LintasFungsiLayout, continued: boolean, width?: number): Scene => ({
            // A continued page names the map; its process and pemda are on the first page. The lanes
            // need the room: six of them barely fit an F4 sheet at print size.
            ...laid, title: wrapTitle([
                { text: continued ? 'PETA LINTAS FUNGSI (LANJUTAN)' : 'PETA LINTAS FUNGSI', size: 11, weight: 'bold' as const },
                { text: `${map.code ? `${map.code} ` : ''}${map.title}`, size: 10, weight: 'bold' as const },
                ...(continued ? [] : [
                    { text: `Proses: ${process.code ? `${process.code} ` : ''}${process.title}`, size: 8, weight: 'regular' as const },
                    { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' as const }
                ])
            ], laid.width, metrics, width)
        });
        const whole = await layoutLintasFungsi(pemda, process, map, metrics, direction);
        const scene = titled(whole, false);
        const page = request.page;
        if (!page || fitsSomeSheet(scene, page, metrics)) return { scene, title: map.title };
        const pages = await lintasFungsiPages({ pemda, process, map, direction, whole, titled }, page, metrics);
        return { scene, title: map.title, pages };
    }
};
