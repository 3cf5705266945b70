import type { DiagramKind, PemdaModel } from '@sikerja/model';
import type { DiagramKindEntry } from './kind.js';
import { level } from './level.js';
import { lintasFungsi } from './lintas-fungsi.js';
import { petaJabatan } from './peta-jabatan.js';
import { relasi } from './relasi.js';
import { sop } from './sop.js';
import { struktur } from './struktur.js';
import { tim } from './tim.js';

/**
 * Every kind of diagram, one line each. The type makes a kind of the protocol (`DIAGRAM_KINDS` in
 * @sikerja/model) without an entry a compile error. Where an element can be drawn as several kinds,
 * this order is the preview's picker order and the first is the one it opens with.
 */
export const DIAGRAM_KIND_REGISTRY = {
    struktur,
    'peta-jabatan': petaJabatan,
    tim,
    'lintas-fungsi': lintasFungsi,
    sop,
    relasi,
    level
} as const satisfies Record<DiagramKind, DiagramKindEntry>;

export function kindEntry(kind: DiagramKind): DiagramKindEntry {
    return DIAGRAM_KIND_REGISTRY[kind];
}

export const DIAGRAM_KIND_ENTRIES: readonly DiagramKindEntry[] = Object.values(DIAGRAM_KIND_REGISTRY);

/** How a kind is shown: the preview's picker and sentences, the export's header. */
export const DIAGRAM_KIND_LABELS = Object.fromEntries(DIAGRAM_KIND_ENTRIES.map(e => [e.kind, e.label])) as Record<DiagramKind, string>;

/**
 * What the editor can draw for a name (the declaration the cursor is in, or a name it gives): the
 * element drawn, and the kinds it can be drawn as, its usual one first.
 */
export function drawableFor(pemda: PemdaModel, name: string): { element: string; kinds: DiagramKind[] } | undefined {
    for (const entry of DIAGRAM_KIND_ENTRIES) {
        const element = entry.resolve(pemda, name);
        if (element === undefined) continue;
        return { element, kinds: DIAGRAM_KIND_ENTRIES.filter(e => e.resolve(pemda, name) === element).map(e => e.kind) };
    }
    return undefined;
}
