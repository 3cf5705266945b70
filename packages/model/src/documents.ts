import type { TeamRole } from './types.js';

/**
 * The document forms of a region, as data: the wording, the order of the fields, the signatory and
 * the tembusan each regulation's formats prescribe (Bengkayang Lampiran II, Bengkalis templates 5
 * and 6), or the general naskah dinas form where a region has none. Texts may hold placeholders:
 * {kegiatan} (the team or assignment title), {pemilik} (owner unit), {pdPemilik} (its Perangkat
 * Daerah), {tim} (the team's title as written), {durasi}, {peran} (the member's role), {pemda} (e.g. "Kabupaten Bengkayang"),
 * {kepalaDaerah} ("Bupati Bengkayang"), {ibukota}, {penetap} (the issuer's title), {pembiayaan} (never in the
 * model: always a marked blank). A form text set in
 * capitals takes its values in capitals.
 */
export interface DocumentForms {
    /** What the forms follow, e.g. `Perbup Bengkayang 5/2024 Lampiran II`. */
    basis: string;
    permohonan: PermohonanForm;
    suratTugas: SuratTugasForm;
    keputusan: KeputusanForm;
    /** The labels the form prints before kop values ("Kode Pos :", "Situs :"); the general ones where absent. */
    kop?: Partial<Record<'postalCode' | 'phone' | 'fax' | 'website' | 'email', string>>;
}

/** Copies the model can name: the PPK or the Kepala Perangkat Daerah of each person concerned. */
export type DerivedCopy = 'penilai-kinerja-anggota' | 'kepala-perangkat-daerah-anggota' | 'yang-bersangkutan';

export interface PermohonanForm {
    /** The format's name in the regulation, e.g. `Lampiran II format 1`. */
    form: string;
    subject: string;
    opening: string;
    competenceIntro: string;
    expectationIntro: string;
    duration: string;
    closing: string;
    derivedCopies: DerivedCopy[];
}

export interface SuratTugasForm {
    form: string;
    title: string;
    /** The word between Dasar and Kepada: `Memerintahkan` or `MEMERINTAHKAN:`. */
    command: string;
    /** The person block in the form's own order (Bengkayang: pangkat before NIP; Bengkalis: NIP first). */
    personFields: Array<'nama' | 'nip' | 'pangkat' | 'jabatan'>;
    /** For a member of a team and for an individual assignment. */
    purposeTeam: string;
    purposeIndividual: string;
    /** "Dengan Ketentuan" items; none when the form has none. */
    conditions: string[];
    /** `tempat-tanggal`: "Bengkayang, …"; `ditetapkan`: "Ditetapkan di … / Pada tanggal …". */
    dateLine: 'tempat-tanggal' | 'ditetapkan';
    copies: string[];
    derivedCopies: DerivedCopy[];
}

export interface KeputusanForm {
    form: string;
    /** Per instrument kind: the heading line, e.g. `SURAT KEPUTUSAN {penetap}` or `KEPUTUSAN BUPATI …`. */
    heading: string;
    headingBupati: string;
    about: string;
    considering: string[];
    recalling: string[];
    /** Empty when the form has no MEMUTUSKAN (Bengkayang format 3). */
    decide: string;
    establish: string;
    /** KESATU, KEDUA, …: each a text with placeholders; {lampiran} is the lampiran's reference. */
    diktum: string[];
    lampiranTitle: string;
    tableHeader: [string, string, string];
    roleLabels: Record<TeamRole, string>;
    /** The order of the table's rows by role. */
    roleOrder: TeamRole[];
    copies: string[];
    derivedCopies: DerivedCopy[];
    /** Where the tembusan stands: after the decision (Bengkalis) or after the lampiran (Bengkayang). */
    copiesAfter: 'keputusan' | 'lampiran';
    /**
     * A body the regulation sets for itself (Mahakam Ulu Ps 24: the Tim Koordinasi SPBE "berada dibawah
     * dan bertanggung jawab kepada Bupati"): its diktum, for a team whose title matches (case-insensitive).
     */
    bodies?: Array<{ titlePattern: string; basis: string; diktum: string[] }>;
}

/** The documents `sikerja docs` writes (named here so that a command line can offer them without loading the writers). */
export const DOCUMENT_KINDS = ['permohonan', 'surat-tugas', 'keputusan', 'peta-jabatan', 'lampiran'] as const;
export type DocumentKind = typeof DOCUMENT_KINDS[number];

export const DIKTUM_ORDINALS = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH'];
