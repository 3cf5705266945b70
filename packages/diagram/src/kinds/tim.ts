import { memberTally, tallyOverviewScene } from '../overview/overview-scene.js';
import { wrapTitle } from '../scene-title.js';
import { layoutTeam } from '../tim/tim-layout.js';
import { teamPages, type TitledTeam } from '../tim/tim-pages.js';
import { fitsSomeSheet } from '../paging.js';
import type { DiagramKindEntry } from './kind.js';

/** Susunan tim kerja: pengarah, penanggung jawab, ketua and anggota, each member where it comes from. */
export const tim: DiagramKindEntry = {
    kind: 'tim', label: 'Susunan Tim Kerja', noun: 'susunan tim', drawnFor: 'tim kerja',
    resolve: (pemda, name) => pemda.teams.some(t => t.id === name) ? name : undefined,
    elements: pemda => pemda.teams.map(t => ({ element: t.id, title: t.title })),
    count: (pemda, element) => pemda.teams.find(t => t.id === element)?.members.length ?? 0,
    async draw(pemda, request, metrics) {
        const team = pemda.teams.find(t => t.id === request.element);
        if (!team) return undefined;
        const titled: TitledTeam = ({ titleLines, ...laid }, continued, maxWidth) => ({
            ...laid, title: wrapTitle(continued ? [
                { text: 'SUSUNAN TIM KERJA (LANJUTAN)', size: 11, weight: 'bold' },
                { text: team.title, size: 10, weight: 'bold' }
            ] : [
                { text: 'SUSUNAN TIM KERJA', size: 11, weight: 'bold' },
                { text: team.title, size: 10, weight: 'bold' },
                ...titleLines.map(text => ({ text, size: 7.5, weight: 'regular' as const })),
                { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' }
            ], laid.width, metrics, maxWidth)
        });
        const drawn = async (anggotaAsTables: boolean) => ({ scene: titled(await layoutTeam(pemda, team, metrics, { anggotaAsTables }), false, Infinity), title: team.title });
        const boxes = await drawn(false);
        // For print, anggota whose boxes the page cannot hold at 8 pt are listed as the SK's lampiran lists them.
        if (!request.page || fitsSomeSheet(boxes.scene, request.page, metrics)) return boxes;
        const tables = await drawn(true);
        if (fitsSomeSheet(tables.scene, request.page, metrics)) return tables;
        // A list longer than a page: over pages by its rows, never tiled.
        const pages = await teamPages(pemda, team, metrics, request.page, titled);
        return pages ? { ...tables, pages } : tables;
    },
    overview(pemda, element, metrics) {
        const team = pemda.teams.find(t => t.id === element);
        return tallyOverviewScene(pemda, team && memberTally(pemda, team), tim.label, metrics);
    }
};
