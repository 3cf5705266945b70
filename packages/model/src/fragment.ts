import type {
    ExternalInstansi, IndividualAssignment, Kop, Pegawai, Organisation, Process, RelationMap, SourceRef, StatusKepegawaian, Team, Template
} from './types.js';

/**
 * What one source document contributes to its pemda, before merging and derivation.
 * The language layer produces fragments; `buildPemdaModel` merges them.
 */
export interface ModelFragment {
    uri: string;
    /** The pemda named by the file's header; fragments without one are not part of any pemda. */
    pemda?: string;
    /** Present when this file defines the pemda (its header has a body). */
    pemdaDefinition?: PemdaDefinition;
    organisations: OrganisationInput[];
    templates: Template[];
    instansi: ExternalInstansi[];
    pegawai: Pegawai[];
    teams: Team[];
    assignments: IndividualAssignment[];
    processes: Process[];
    relationMaps: RelationMap[];
}

export interface PemdaDefinition {
    title?: string;
    province?: string;
    regulation?: string;
    capital?: string;
    regent?: string;
    kop?: Kop;
    source?: SourceRef;
}

export interface OrganisationInput extends Organisation {
    /** For an organisation `menurut <Templat>`: its own titles and figures for template positions. */
    overrides: PositionOverride[];
}

export interface PositionOverride {
    /** Path of the template position relative to the template, e.g. `TataUsaha.KepalaSubbagianTU`. */
    target: string;
    title?: string;
    kelas?: number;
    bezetting?: number;
    kebutuhan?: number;
    status?: StatusKepegawaian;
    source?: SourceRef;
}

export function emptyFragment(uri: string): ModelFragment {
    return { uri, organisations: [], templates: [], instansi: [], pegawai: [], teams: [], assignments: [], processes: [], relationMaps: [] };
}
