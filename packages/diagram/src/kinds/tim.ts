import { memberTally, tallyOverviewScene } from '../overview/overview-scene.js';
import { wrapTitle } from '../scene-title.js';
import { layoutTeam } from '../tim/tim-layout.js';
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
        const drawn = async (anggotaAsTables: boolean) => {
            const laid = await layoutTeam(pemda, team, metrics, { anggotaAsTables });
            return { scene: { ...laid, title: wrapTitle([
                { text: 'SUSUNAN TIM KERJA', size: 11, weight: 'bold' },
                { text: team.title, size: 10, weight: 'bold' },
                ...laid.titleLines.map(text => ({ text, size: 7.5, weight: 'regular' as const })),
                { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' }
            ], laid.width, metrics) }, title: team.title };
        };
        const boxes = await drawn(false);
        // For print, anggota whose boxes the page cannot hold at 8 pt are listed as the SK's lampiran lists them.
        if (!request.page || fitsSomeSheet(boxes.scene, request.page, metrics)) return boxes;
        return drawn(true);
    },
    overview(pemda, element, metrics) {
        const team = pemda.teams.find(t => t.id === element);
        return tallyOverviewScene(pemda, team && memberTally(pemda, team), tim.label, metrics);
    }
};
