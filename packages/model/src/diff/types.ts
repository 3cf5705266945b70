/**
 * What changed between two versions of a pemda's model (`sikerja diff`, the matriks perubahan).
 * Elements are matched by meaning, not by text position: see `diff.ts`.
 */

export const DIFF_ELEMENT_KINDS = ['organisasi', 'unit', 'jabatan', 'kelompok', 'tim', 'penugasan', 'proses', 'pegawai'] as const;
export type DiffElementKind = typeof DIFF_ELEMENT_KINDS[number];

export const DIFF_CHANGE_KINDS = ['ditambah', 'dihapus', 'diubah', 'dipindah', 'diganti-nama'] as const;
export type DiffChangeKind = typeof DIFF_CHANGE_KINDS[number];

/** A field's value as JSON: absent is null; lists are sorted (their order carries no meaning). */
export type FieldValue = string | number | boolean | null | FieldValue[];

export interface Change {
    /** Qualified name in the new version (in the old one for `dihapus`). */
    element: string;
    kind: DiffElementKind;
    change: DiffChangeKind;
    /** The old qualified name, when it differs from `element` (always for `dipindah` and `diganti-nama`). */
    from?: string;
    /**
     * What changed, old and new. Besides the element's own properties: `parent`/`unit`/`induk` for a
     * move, and for a reshaped unit `dipecah` (old unit, the units its members went to), `digabung`
     * (the units its members came from, new unit) and `menjadi` (a removed unit, the one unit or
     * kelompok its members went to).
     */
    fields?: Record<string, [FieldValue, FieldValue]>;
    /** The pemda the element belongs to. */
    pemda: string;
    /** The Perangkat Daerah it belongs to (new version first), when it belongs to one. */
    perangkatDaerah?: string;
}

/** Peta jabatan figures of a Perangkat Daerah with its unit kerja. */
export interface DiffFigures {
    jabatan: number;
    bezetting: number;
    kebutuhan: number;
    selisih: number;
}

export interface PerangkatDaerahSummary {
    pemda: string;
    /** Id in the new version (the old one when the PD was removed). */
    id: string;
    from?: string;
    title: string;
    before: DiffFigures | null;
    after: DiffFigures | null;
    /** Changes grouped under this PD. */
    changes: number;
}

export interface DiffSummary {
    counts: Record<DiffChangeKind, number>;
    perangkatDaerah: PerangkatDaerahSummary[];
}

export interface ModelDiff {
    changes: Change[];
    summary: DiffSummary;
    /** What was left out because it could not be read soundly on either side (`withoutUnsound`). */
    skipped?: Array<{ pemda: string; kind: DiffElementKind; id: string }>;
}
