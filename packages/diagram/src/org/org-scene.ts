import type { Scene, TitleBlock } from '../scene.js';
import { aspectOf, wrapTitle } from '../scene-title.js';
import type { FontMetrics } from '../text/fonts.js';
import type { OrgBoxes } from './org-boxes.js';
import { layoutOrg, type OrgArrangement } from './org-layout.js';
import type { OrgBlock } from './org-tree.js';

/** Aspect ratios a page can hold: between 1:3 and 3:1, aiming at a landscape sheet. */
const ASPECT_TARGETS = [1.6, 1.0, 2.4, 0.6, 3.2] as const;
const MAX_ASPECT = 3;

/**
 * An organisation tree laid out under its title: the root's rows are packed for a landscape sheet
 * first, then for other shapes until the whole picture fits between 1:3 and 3:1 (the squarest
 * otherwise). Struktur, peta jabatan and their overview differ only in `boxes` and the title.
 */
export async function orgScene(root: OrgBlock, boxes: OrgBoxes, title: TitleBlock['lines'], metrics: FontMetrics, arrangement: OrgArrangement = 'rows'): Promise<Scene> {
    if (arrangement === 'bagan') {
        const laid = await layoutOrg(root, boxes, 1, 'bagan', metrics);
        return { ...laid, title: wrapTitle(title, laid.width, metrics) };
    }
    let best: Scene | undefined;
    for (const aspect of ASPECT_TARGETS) {
        const laid = await layoutOrg(root, boxes, aspect);
        const scene: Scene = { ...laid, title: wrapTitle(title, laid.width, metrics) };
        const ratio = aspectOf(scene);
        if (!best || Math.abs(Math.log(ratio / 1.6)) < Math.abs(Math.log(aspectOf(best) / 1.6))) best = scene;
        if (ratio <= MAX_ASPECT && ratio >= 1 / MAX_ASPECT) break;
    }
    return best!;
}
