import type { PemdaModel } from '../types.js';
import { Side } from './sides.js';
import type { Change, FieldValue, ModelDiff } from './types.js';

/**
 * The changes of a `ModelDiff` as a struktur or peta jabatan of the new version marks them
 * (`sikerja export --sejak`): plain data keyed by the drawn element's id, so the diagram package
 * draws them without knowing how they were found.
 */
export interface DiagramMarks {
    /** The old version as the keterangan names it: `HEAD~1`, a folder. */
    sejak: string;
    /** By the id of a unit, jabatan or kelompok of the new version. */
    marks: Record<string, ElementMark>;
    /** What the new version no longer has, listed at the foot of its Perangkat Daerah's diagram. */
    removed: RemovedElement[];
}

export interface ElementMark {
    /** `baru` when added; otherwise what else changed is in the fields below. */
    baru?: boolean;
    /** The old title, when it changed: "semula …". */
    semula?: string;
    /** The title of the unit (or induk) it sat in before it moved: "dipindah dari …". */
    dipindahDari?: string;
    /** Changed figures, old and new: "8 → 9". */
    figures?: Partial<Record<MarkedFigure, [number | null, number | null]>>;
}

export const MARKED_FIGURES = ['kelas', 'bezetting', 'kebutuhan'] as const;
export type MarkedFigure = typeof MARKED_FIGURES[number];

export interface RemovedElement {
    id: string;
    kind: 'organisasi' | 'unit' | 'jabatan' | 'kelompok';
    title: string;
    /** The title of the unit it sat in, in the old version. */
    place?: string;
    /** The Perangkat Daerah whose diagram lists it, as the new version names it. */
    perangkatDaerah?: string;
    /** A jabatan's unit as the new version names it, when that unit is still there: the jabatan keeps a place in its table. */
    unit?: string;
    kelas?: number;
    bezetting?: number;
    kebutuhan?: number;
}

const DRAWN_KINDS = new Set(['organisasi', 'unit', 'jabatan', 'kelompok']);

/** The marks of each pemda of the new version, by pemda name. */
export function diagramMarks(diff: ModelDiff, before: readonly PemdaModel[], sejak: string): Record<string, DiagramMarks> {
    const sides = new Map(before.map(p => [p.name, new Side(p)]));
    const out: Record<string, DiagramMarks> = {};
    const units = unitsNow(diff);
    for (const c of diff.changes) {
        if (!DRAWN_KINDS.has(c.kind)) continue;
        const side = sides.get(c.pemda) ?? new Side({ name: c.pemda, organisations: [], templates: [], instansi: [], pegawai: [], teams: [], assignments: [], processes: [], relationMaps: [] });
        const marks = out[c.pemda] ??= { sejak, marks: {}, removed: [] };
        if (c.change === 'dihapus') marks.removed.push(removedOf(c, side, old => units(c.pemda, old)));
        else {
            const mark = markOf(c, side);
            if (Object.keys(mark).length > 0) marks.marks[c.element] = mark;
        }
    }
    return out;
}

function titleIn(side: Side, id: FieldValue | undefined): string | undefined {
    if (typeof id !== 'string') return undefined;
    return side.units.get(id)?.node.title ?? side.positions.get(id)?.title ?? side.groups.get(id)?.title;
}

function markOf(c: Change, before: Side): ElementMark {
    if (c.change === 'ditambah') return { baru: true };
    const mark: ElementMark = {};
    const fields = c.fields ?? {};
    if (fields.title && typeof fields.title[0] === 'string') mark.semula = fields.title[0];
    if (c.change === 'dipindah') {
        const place = fields.unit ?? fields.parent ?? fields.induk;
        const title = titleIn(before, place?.[0]);
        if (title) mark.dipindahDari = title;
    }
    for (const f of MARKED_FIGURES) {
        const v = fields[f];
        if (!v) continue;
        const num = (x: FieldValue) => typeof x === 'number' ? x : null;
        (mark.figures ??= {})[f] = [num(v[0]), num(v[1])];
    }
    return mark;
}

/** An old unit's id in the new version: as renamed or moved, nothing when it was removed, else the same. */
function unitsNow(diff: ModelDiff): (pemda: string, old: string) => string | undefined {
    const moved = new Map<string, string>(), removed = new Set<string>();
    for (const c of diff.changes) {
        if (c.kind !== 'unit' && c.kind !== 'organisasi') continue;
        if (c.change === 'dihapus') removed.add(`${c.pemda}\u0000${c.element}`);
        else if (c.from !== undefined) moved.set(`${c.pemda}\u0000${c.from}`, c.element);
    }
    return (pemda, old) => moved.get(`${pemda}\u0000${old}`) ?? (removed.has(`${pemda}\u0000${old}`) ? undefined : old);
}

function removedOf(c: Change, before: Side, unitNow: (old: string) => string | undefined): RemovedElement {
    const kind = c.kind as RemovedElement['kind'];
    const r: RemovedElement = { id: c.element, kind, title: c.element };
    if (c.perangkatDaerah !== undefined) r.perangkatDaerah = c.perangkatDaerah;
    const position = kind === 'jabatan' ? before.positions.get(c.element) : undefined;
    const unit = kind === 'unit' || kind === 'organisasi' ? before.units.get(c.element) : undefined;
    const group = kind === 'kelompok' ? before.groups.get(c.element) : undefined;
    if (position) {
        r.title = position.title;
        const place = titleIn(before, position.unit);
        if (place && position.role !== 'pimpinan') r.place = place;
        const unit = position.role === 'pimpinan' ? undefined : unitNow(position.unit);
        if (unit !== undefined) r.unit = unit;
        if (position.kelas !== undefined) r.kelas = position.kelas;
        if (position.bezetting !== undefined) r.bezetting = position.bezetting;
        if (position.kebutuhan !== undefined) r.kebutuhan = position.kebutuhan;
    } else if (unit) {
        r.title = unit.node.title;
        const place = titleIn(before, unit.parent);
        if (place) r.place = place;
    } else if (group) {
        r.title = group.title;
        const place = titleIn(before, group.unit);
        if (place) r.place = place;
    }
    return r;
}
