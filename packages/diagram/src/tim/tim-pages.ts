import type { PemdaModel, Team } from '@sikerja/model';
import { fewestPages, titleWidth, withinBudget, type Sheet } from '../paging.js';
import type { Scene } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { layoutTeam, type AnggotaChunk, type TeamLayout } from './tim-layout.js';

/** A page of a susunan tim with its title: the first names the team whole, a later one says "(LANJUTAN)". */
export type TitledTeam = (laid: TeamLayout, continued: boolean, titleWidth: number) => Scene;

/**
 * A susunan tim too long for one page at print size, over pages by its content, never tiled: the
 * first page holds the team's leaders and the first rows of its anggota; each later page continues
 * the list with its column heads repeated, as many tables side by side as the page is wide, each
 * as long as the page is tall. No row is cut. The sheet (either way round, when it may be turned)
 * that takes fewer pages is used; undefined where not even one row fits a page.
 */
export function teamPages(pemda: PemdaModel, team: Team, metrics: FontMetrics, page: Sheet, titled: TitledTeam): Promise<Scene[] | undefined> {
    return fewestPages(page, budget => onSheet(pemda, team, metrics, budget, titled));
}

async function onSheet(pemda: PemdaModel, team: Team, metrics: FontMetrics, budget: { width: number; height: number }, titled: TitledTeam): Promise<Scene[] | undefined> {
    const count = team.members.filter(m => m.role === 'anggota').length;
    const sceneOf = async (chunks: AnggotaChunk[], continued: boolean) =>
        titled(await layoutTeam(pemda, team, metrics, { anggotaChunks: chunks, anggotaOnly: continued }), continued, titleWidth(budget));
    const fits = (scene: Scene) => withinBudget(scene, budget, metrics);
    /** How far a table starting at `start`, after the page's earlier tables, runs on the page: `start` where not one row fits. */
    const furthest = async (earlier: AnggotaChunk[], start: number, continued: boolean): Promise<number> => {
        if (!fits(await sceneOf([...earlier, [start, start + 1]], continued))) return start;
        let [low, high] = [start + 1, count];
        while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (fits(await sceneOf([...earlier, [start, mid]], continued))) low = mid;
            else high = mid - 1;
        }
        return low;
    };
    const first = await furthest([], 0, false);
    const pages = [await sceneOf(first > 0 ? [[0, first]] : [], false)];
    for (let next = first; next < count;) {
        const chunks: AnggotaChunk[] = [];
        while (next < count) {
            const end = await furthest(chunks, next, true);
            if (end === next) break;
            chunks.push([next, end]);
            next = end;
        }
        if (chunks.length === 0) return undefined;
        pages.push(await sceneOf(chunks, true));
    }
    return pages;
}
