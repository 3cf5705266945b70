/**
 * The SiKerja semantic model: plain data, independent of Langium and of any AST.
 * Everything after the language layer (rules, JSON export, diagrams, documents) reads this.
 * Identifiers are qualified names inside one pemda, e.g. `DPMPTSP.BidangPerizinan.AnalisKebijakan`.
 */

import type { DocumentForms } from './documents.js';

export const MODEL_SCHEMA_VERSION = '1.0.0';

export interface Position0 { line: number; character: number }
/** Zero-based, end-exclusive, as in LSP. */
export interface SourceRange { start: Position0; end: Position0 }
export interface SourceRef { uri: string; range: SourceRange }

export const ORG_KINDS = [
    'dinas', 'badan', 'inspektorat', 'satpol-pp', 'sekretariat-daerah', 'sekretariat-dprd',
    'kecamatan', 'kelurahan', 'uptd', 'rsud', 'puskesmas', 'satuan-pendidikan'
] as const;
export type OrgKind = typeof ORG_KINDS[number];

export const UNIT_KINDS = [
    'sekretariat', 'bidang', 'bagian', 'asisten', 'subbagian', 'seksi', 'subbidang', 'inspektur-pembantu', 'biro', 'unit'
] as const;
export type UnitKind = typeof UNIT_KINDS[number];

export type JenisJabatan = 'jpt-madya' | 'jpt-pratama' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana';
export type KategoriJf = 'keahlian' | 'keterampilan';
export type Jenjang =
    | 'ahli-pertama' | 'ahli-muda' | 'ahli-madya' | 'ahli-utama'
    | 'pemula' | 'terampil' | 'mahir' | 'penyelia';
export type StatusKepegawaian = 'pns' | 'pppk';

export type TeamRole = 'pengarah' | 'penanggung-jawab' | 'ketua' | 'sekretaris' | 'anggota';
export type AssignmentMethod = 'penunjukan' | 'pengajuan-sukarela';
export type Instrument =
    | 'surat-tugas' | 'keputusan-kepala-perangkat-daerah' | 'keputusan-sekretaris-daerah' | 'keputusan-bupati';

/** How far the people of a team or assignment reach, compared with the unit that owns the target. */
export type WorkScope = 'dalam-unit' | 'lintas-unit' | 'lintas-perangkat-daerah' | 'lintas-instansi';

export interface Position {
    id: string;
    name: string;
    title: string;
    /** `pimpinan` leads its unit; `jabatan` is a JF or pelaksana position in the unit. */
    role: 'pimpinan' | 'jabatan';
    jenis?: JenisJabatan;
    kategori?: KategoriJf;
    jenjang?: Jenjang;
    kelas?: number;
    /** B: pegawai in post (bezetting). */
    bezetting?: number;
    /** K: pegawai needed (kebutuhan, from ABK). */
    kebutuhan?: number;
    /** ±: B − K, negative when posts are unfilled. Derived. */
    selisih?: number;
    status?: StatusKepegawaian;
    hasilPenyetaraan: boolean;
    /** A remaining Kepala Subbagian/Seksi who coordinates JF and pelaksana "seperti ketua tim". */
    sepertiKetuaTim: boolean;
    /** The unit it sits in; for a pimpinan, the unit it leads. */
    unit: string;
    /** The kelompok jabatan it is listed in, if any. */
    group?: string;
    /** Explicit `dibawah` from the model text, before derivation. */
    declaredPenilai?: string;
    /** The declared penilai holds the role by pendelegasian kewenangan (present only when written). */
    penilaiDelegated?: true;
    /** Pejabat Penilai Kinerja: the direct superior. Derived. */
    penilaiKinerja?: string;
    /** The template position this one was instantiated from. */
    fromTemplate?: string;
    source?: SourceRef;
}

export interface Group {
    id: string;
    name: string;
    title: string;
    unit: string;
    penilai?: string;
    coordinator?: string;
    source?: SourceRef;
}

export interface UnitNode {
    id: string;
    name: string;
    title: string;
    kind: OrgKind | UnitKind;
    /** Containing unit, or for an organisation its induk organisation. */
    parent?: string;
    leader?: Position;
    units: UnitNode[];
    positions: Position[];
    groups: Group[];
    source?: SourceRef;
}

/** A Perangkat Daerah or a unit kerja written as its own organisation (UPTD, Puskesmas, Kelurahan, ...). */
export interface Organisation extends UnitNode {
    kind: OrgKind;
    structureModel?: number;
    uptdClass?: string;
    affairs: string[];
    kop?: Kop;
    /** The organisation it belongs to (`induk`), e.g. a Puskesmas's Dinas Kesehatan. */
    induk?: string;
    /** The Perangkat Daerah at the top of the induk chain (itself when it has no induk). Derived. */
    perangkatDaerah: string;
    /** True when following `induk` comes back to this organisation. Derived. */
    indukCycle: boolean;
    template?: string;
}

export interface Template {
    id: string;
    name: string;
    title: string;
    forKind?: OrgKind;
    root: UnitNode;
    source?: SourceRef;
}

export interface ExternalInstansi {
    id: string;
    name: string;
    title: string;
    source?: SourceRef;
}

/** Kop surat data, as printed at the head of a letter. */
export interface Kop {
    /** The logo's image file (`logo`), resolved against the .sikerja file that names it. */
    logo?: string;
    address?: string;
    postalCode?: string;
    phone?: string;
    fax?: string;
    website?: string;
    email?: string;
}

/** A person holding a position. Kept in files of their own; documents print the name, NIP and pangkat. */
export interface Pegawai {
    id: string;
    name: string;
    /** The name as printed, with gelar. */
    title: string;
    /** Nomor Induk Pegawai as written (18 digits, spaces allowed). */
    nip?: string;
    /** Pangkat/golongan as printed, e.g. `Penata Tingkat I (III/d)`. */
    rank?: string;
    status?: StatusKepegawaian;
    /** The position held, by id. */
    position?: string;
    source?: SourceRef;
}

/** A copy (tembusan): a position of this pemda or someone named in words. */
export interface LetterCopy {
    position?: string;
    text?: string;
}

/** What is written about a letter or decision; each field may be absent and is then a marked blank. */
export interface Letter {
    number?: string;
    date?: string;
    place?: string;
    /** The signing official (`oleh`), a position id. */
    issuer?: string;
    nature?: string;
    subject?: string;
    basis: string[];
    considering: string[];
    recalling: string[];
    copies: LetterCopy[];
    source?: SourceRef;
}

export interface TeamMember {
    role: TeamRole;
    /** Position in this pemda, or undefined for a member from another instansi. */
    position?: string;
    /** The holder named for this membership (`pegawai`), when the position has several. */
    pegawai?: string;
    /** This member asked to take part (pengajuan sukarela) in a team otherwise appointed. Present only when written. */
    volunteered?: true;
    /** The member's own Surat Tugas from its Perangkat Daerah, when written. */
    letter?: Letter;
    instansi?: string;
    /** Jabatan title of a member from another instansi. */
    title?: string;
    /** Derived: the unit the member sits in (the position's unit). */
    homeUnit?: string;
    /** Derived: the member's Perangkat Daerah. */
    homePerangkatDaerah?: string;
    source?: SourceRef;
}

export interface PermohonanPelibatan {
    /** The writer: the owner's pimpinan (penunjukan) or the JF (sukarela), a position id. */
    sender?: string;
    /** A PPK or pimpinan (position), unit, Perangkat Daerah or instansi. */
    recipient?: string;
    /** The Pejabat yang Berwenang that forwards the letter across instansi, a position id. */
    via?: string;
    number?: string;
    date?: string;
    nature?: string;
    subject?: string;
    purpose?: string;
    competence: string[];
    expectation: string[];
    duration?: string;
    copies: LetterCopy[];
    /** The officials whose consent the letter carries (`persetujuan`), position ids. */
    approvals: string[];
    /** The Pejabat yang Berwenang's own letter forwarding it to the other instansi (`diteruskan { ... }`). */
    forwarded?: Letter;
    /** The answer that came back (`jawaban { ... }`), when the model records it. */
    answer?: PermohonanAnswer;
    source?: SourceRef;
}

/** The surat jawaban to a permohonan pelibatan. */
export interface PermohonanAnswer {
    number?: string;
    date?: string;
    subject?: string;
    /** The signing official: a position of this pemda, or (`signerTitle`) another instansi's official in words. */
    signer?: string;
    signerTitle?: string;
    /** `disetujui` (true) or `ditolak` (false); absent when not written. */
    agreed?: boolean;
    /** Why a refusal could not agree (Bengkayang I.II.1.b angka 4, TJT Ps 11 ayat (3) huruf d). */
    reasons: string[];
    source?: SourceRef;
}

interface WorkAssignmentBase {
    id: string;
    name: string;
    title: string;
    owner?: string;
    /** Another instansi that owns the work (`pemilik-kinerja dari`); this pemda only lends people to it. */
    ownerInstansi?: string;
    /** The owning unit's title at that instansi. */
    ownerTitle?: string;
    /** Derived: the Perangkat Daerah of the owner unit. */
    ownerPerangkatDaerah?: string;
    targets: string[];
    duration?: string;
    method?: AssignmentMethod;
    instrument?: Instrument;
    /** Number, date, issuer and copies of the instrument, when written (`ditetapkan <instrumen> { ... }`). */
    letter?: Letter;
    permohonan: PermohonanPelibatan[];
    /** Derived. Undefined when the owner or every member is unresolved. */
    scope?: WorkScope;
    source?: SourceRef;
}

export interface Team extends WorkAssignmentBase {
    members: TeamMember[];
}

export interface IndividualAssignment extends WorkAssignmentBase {
    assignee?: TeamMember;
}

/** The rule profile the pemda's regulation selected (filled in by the language layer). */
export interface ProfileRef {
    id: string;
    short: string;
    title: string;
    /** The region's document forms (filled by the language layer from the profile). */
    documents?: DocumentForms;
}

export interface PemdaModel {
    name: string;
    title?: string;
    province?: string;
    regulation?: string;
    /** Where letters are dated ("Bengkayang, 2 Januari 2025"; "di Bengkayang"). */
    capital?: string;
    /** The Bupati's (or Wali Kota's) name, for a Keputusan's signature. */
    regent?: string;
    kop?: Kop;
    profile?: ProfileRef;
    source?: SourceRef;
    organisations: Organisation[];
    templates: Template[];
    instansi: ExternalInstansi[];
    pegawai: Pegawai[];
    teams: Team[];
    assignments: IndividualAssignment[];
    processes: Process[];
    relationMaps: RelationMap[];
}

export interface DiagnosticCounts { error: number; warning: number; info: number; hint: number }

export interface SemanticModel {
    schemaVersion: string;
    pemda: PemdaModel[];
    diagnostics?: DiagnosticCounts;
}

// ---------------------------------------------------------------- proses bisnis

export type ProcessCategory = 'inti' | 'pendukung' | 'manajemen';
export type MapNodeKind = 'mulai' | 'selesai' | 'kegiatan' | 'keputusan' | 'dokumen' | 'penghubung';

/** A lane of a peta lintas fungsi: an org element of this pemda, another instansi, or an outside party. */
export interface Lane {
    id: string;
    name: string;
    title: string;
    kind: 'unit' | 'jabatan' | 'instansi' | 'pihak-luar';
    /** The bound org element or instansi, by id. */
    element?: string;
    source?: SourceRef;
}

export interface MapNode {
    id: string;
    name: string;
    kind: MapNodeKind;
    title: string;
    lane?: string;
    duration?: string;
    output?: string;
    sop?: string;
    /** For a penghubung to another process (off-page connector). */
    target?: string;
    /** Mutu baku kelengkapan of the SOP AP: what the step needs. */
    requirements: string[];
    source?: SourceRef;
}

export interface Flow {
    from: string;
    to: string;
    label?: string;
    source?: SourceRef;
}

export interface Sop {
    id: string;
    name: string;
    title: string;
    code: string;
    source?: SourceRef;
}

/** A peta lintas fungsi: lanes in the order written, nodes and flows ready for layout. */
export interface CrossFunctionalMap {
    id: string;
    name: string;
    title: string;
    code?: string;
    lanes: Lane[];
    nodes: MapNode[];
    flows: Flow[];
    sops: Sop[];
    /** The identity block of the map's SOP AP, as written (each may be empty). */
    sopIdentity: SopIdentity;
    source?: SourceRef;
}

export interface SopIdentity {
    /** Nama SOP as written (`nama-sop`): the SOP's own title, not the map's. */
    name?: string;
    /** Tanggal pembuatan, revisi and efektif, as written. */
    madeOn?: string;
    revisedOn?: string;
    effectiveOn?: string;
    legalBasis: string[];
    qualifications: string[];
    related: string[];
    equipment: string[];
    warnings: string[];
    records: string[];
}

export interface Process {
    id: string;
    name: string;
    title: string;
    code?: string;
    level?: number;
    category?: ProcessCategory;
    parent?: string;
    /** Derived: the processes that name this one as `induk`. */
    children: string[];
    owner?: string;
    inputs: string[];
    outputs: string[];
    maps: CrossFunctionalMap[];
    source?: SourceRef;
}

export interface RelationEnd {
    kind: 'proses' | 'unit' | 'instansi';
    id: string;
}

export interface Relation {
    from?: RelationEnd;
    to?: RelationEnd;
    item: string;
    source?: SourceRef;
}

/** A peta relasi: outputs handed between processes or units. */
export interface RelationMap {
    id: string;
    name: string;
    title: string;
    relations: Relation[];
    source?: SourceRef;
}
