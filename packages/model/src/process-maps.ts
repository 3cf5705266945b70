import type { Process } from './types.js';

/** A process that has a peta proses of its own: the level-0 map, or one decomposed into sub-processes. */
export function hasLevelMap(p: Process): boolean {
    return p.level === 0 || p.children.length > 0;
}
