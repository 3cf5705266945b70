import { hasLevelMap, PemdaIndex, type CrossFunctionalMap, type PemdaModel, type Process } from '@sikerja/model';
import { laneTally } from '../overview/overview-scene.js';
import { tallyOverviewScene, type Tally } from '../overview/overview-scene.js';
import type { DiagramKindEntry } from './kind.js';

/** A peta lintas fungsi by its id, with its process. */
export function mapOf(pemda: PemdaModel, id: string): { process: Process; map: CrossFunctionalMap } | undefined {
    for (const process of pemda.processes) {
        const map = process.maps.find(m => m.id === id);
        if (map) return { process, map };
    }
    return undefined;
}

/** A map's id is drawn as itself; a process not decomposed further, as its first map. */
export function resolveMap(pemda: PemdaModel, name: string): string | undefined {
    if (mapOf(pemda, name)) return name;
    const process = pemda.processes.find(p => p.id === name);
    return process && !hasLevelMap(process) && process.maps.length > 0 ? process.maps[0].id : undefined;
}

export function mapElements(pemda: PemdaModel): Array<{ element: string; title: string }> {
    return pemda.processes.flatMap(p => p.maps.map(m => ({ element: m.id, title: m.title })));
}

/** Lanes, symbols and arrows: what a lintas fungsi map or its SOP draws. */
export function mapCount(pemda: PemdaModel, element: string): number {
    const found = mapOf(pemda, element);
    return found ? found.map.lanes.length + found.map.nodes.length + found.map.flows.length : 0;
}

export function mapTally(pemda: PemdaModel, element: string): Tally | undefined {
    const found = mapOf(pemda, element);
    return found && laneTally(new PemdaIndex(pemda), found.map);
}

/** What the two kinds drawn from a peta lintas fungsi (the map, its SOP AP) share: which element, how many, its overview. */
export function mapKind(label: string): Pick<DiagramKindEntry, 'drawnFor' | 'resolve' | 'elements' | 'count' | 'overview'> {
    return {
        drawnFor: 'peta lintas fungsi', resolve: resolveMap, elements: mapElements, count: mapCount,
        overview: (pemda, element, metrics) => tallyOverviewScene(pemda, mapTally(pemda, element), label, metrics)
    };
}
