import type { DocumentForms, Instrument, IssuerKind, JenisJabatan, Jenjang, OrgKind, UnitKind, WorkScope } from '@sikerja/model';
import type { RuleCode } from '../rules/catalogue.js';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

/** Where a rule comes from: the article's number and its text, as the regulation words it. */
export interface Citation {
    /** The regulation, e.g. `Perbup Kampar 9/2025`; filled from the profile that states the citation. */
    source?: string;
    /** e.g. `Ps 9 ayat (3)`, `Lampiran I.II.2`. */
    ref: string;
    /** The article's words, verbatim from the regulation's text (`docs/regulasi/`), unless `summary`. */
    text: string;
    /**
     * The text is SiKerja's summary, not the regulation's words: the regulation is not in the
     * repository (PermenPANRB 7/2022), only slides of it are (Bengkalis), or the shape is read from a
     * figure the text does not contain.
     */
    summary?: boolean;
    /**
     * The findings this article governs, by the case name the rule gives them (e.g. `surat-sukarela`);
     * a citation without cases is the rule's general article, cited by every other finding.
     */
    cases?: string[];
}

export interface RuleSetting {
    severity: RuleSeverity;
    citations: Citation[];
}

/** The susunan organisasi a kind of organisation must have, as the region's annex draws it. */
export interface StructureShape {
    label: string;
    citation: Citation;
    /** Seksi or subbidang under a Bidang (or an Inspektur Pembantu). */
    bidangSubunits?: 'required' | 'allowed' | 'none';
    /** Subbagian under the Sekretariat. */
    sekretariatSubunits?: 'required' | 'allowed' | 'none';
    /** Units whose leader may be the Pejabat Penilai Kinerja of JF and pelaksana; `organisasi` is the head. */
    jfUnder?: Array<UnitKind | 'organisasi'>;
    /** The jenis of the head the annex places over this kind of organisation, and the article that says so. */
    headJenis?: JenisJabatan[];
    headCiting?: string;
    /** The only Subbagian kept (TJT Lampiran angka 2: the Setda keeps its protokol pengawas), by title. */
    retainedSubbagian?: string;
    /**
     * The sub-unit rules (`bidangSubunits`, `sekretariatSubunits`) are read from the annex's figures,
     * which the regulation's text does not contain (TJT Model 2–4): findings say so.
     */
    subunitsFromFigure?: boolean;
}

/** The letters of permohonan-complete whose parties a region names: penunjukan across units or instansi, and the volunteer's own. */
export type PermohonanCase = 'kirim-lintas-unit' | 'kirim-lintas-instansi' | 'surat-sukarela';

/** An official of the member a letter asks for: its Pejabat Penilai Kinerja, or a Pimpinan Unit Organisasi over it. */
export type LetterParty = 'penilai-kinerja' | 'pimpinan-unit';

export interface LeaderMatcher {
    label: string;
    /** The head of an organisation with this urusan (case-insensitive substring). */
    headOfUrusan?: string;
    /** The head of an organisation of this kind. */
    headOfKind?: OrgKind;
    /** The leader of a unit whose title contains this text. */
    leaderOfUnitTitled?: string;
    /** Any position in a unit whose title contains this text, or in a unit under it. */
    withinUnitTitled?: string;
}

/** A body of the region's SPBE governance other than the Tim Koordinasi (Mahakam Ulu Ps 25, 26). */
export interface SpbeBody {
    label: string;
    titlePattern: string;
    /** How it is set (Ps 25 ayat (4), Ps 26 ayat (2): by the Bupati). */
    instrument?: Instrument;
    /** Its members are ASN of the pemda across Perangkat Daerah (Ps 25 ayat (2)). */
    lintasPerangkatDaerah?: boolean;
    /** The case its findings cite (`Citation.cases`); the instrument finding cites `<case>-instrumen`. */
    case: string;
}

export interface Profile {
    id: string;
    /** Short name used in messages, e.g. `Perbup Kampar 9/2025`. */
    short: string;
    title: string;
    /** Scope names in the regulation's own words, where they differ from SiKerja's. */
    scopeLabels?: Partial<Record<WorkScope, string>>;
    /** The regulation's text in `docs/regulasi/`, which every quotation of the profile is taken from. */
    naskah?: string;
    /** The texts of `regulasi "..."` that select this profile (compared without case and spacing). */
    aliases: string[];
    extends?: string;
    rules: Record<RuleCode, RuleSetting>;
    kedudukan: {
        eligibleSuperiors: JenisJabatan[];
        /** Organisations a JF may lead as unit kerja mandiri, with JF and pelaksana under it. */
        jfLedOrganisations: OrgKind[];
    };
    ketua: {
        /** Whether the ketua must come from the owner unit itself or only from its Perangkat Daerah. */
        ownerLevel: 'unit' | 'perangkat-daerah';
        appliesTo: WorkScope[];
        /**
         * Whether the clause reaches a structural ketua too. Bengkayang, TJT and Mahulu speak of the
         * "Pejabat Fungsional atau pelaksana yang berperan sebagai ketua"; Kampar (Ps 5 ayat (5)) of
         * whoever "berperan sebagai ketua tim", where an Administrator may lead (Ps 4 ayat (6)); so
         * do the Bengkalis slides ("diketuai oleh personal").
         */
        coversStructuralKetua?: boolean;
    };
    ketuaEligibility: {
        /** The lowest jenjang a JF hasil penyetaraan needs to lead (Bengkalis: ahli madya). */
        minPenyetaraanJenjang?: Jenjang;
    };
    sukarela: { allowedScopes: WorkScope[] };
    /** Who a surat permohonan pelibatan goes through, is copied to, or carries the consent of. */
    permohonan: {
        /**
         * The Pejabat yang Berwenang a letter to another instansi goes to first (`melalui`). No Perbup
         * text names the office; `basis` says where SiKerja takes it from.
         */
        pejabatYangBerwenang: { label: string; headOfKind: OrgKind; basis: string };
        /** Per case of the letter (the rule's case names), the officials of the member asked for who receive a copy or give consent. */
        parties: Partial<Record<PermohonanCase, { tembusan?: LetterParty[]; persetujuan?: LetterParty[] }>>;
    };
    instruments: {
        tim: Record<WorkScope, Instrument[]>;
        individu: Record<WorkScope, Instrument[]>;
        /** The ayat that governs each case, where the rule cites one per scope (Bengkayang Ps 11 ayat (1)–(3)). */
        citing?: Partial<Record<'tim' | 'individu', Partial<Record<WorkScope, string[]>>>>;
        /**
         * This pemda's instrument for its own people in work another instansi owns (`pemilik-kinerja dari`),
         * where the Perbup sets it apart from the lintas instansi row: Kampar Ps 4 ayat (9) names only teams
         * dalam and lintas Perangkat Daerah, so Ps 4 ayat (8)'s surat tugas sets such a penugasan.
         */
        instansiLain?: { tim: Instrument[]; individu: Instrument[]; citing?: string[] };
    };
    issuers: {
        /** Who signs each instrument; an instrument not listed is not checked. */
        instrument: Partial<Record<Instrument, IssuerKind[]>>;
        /** Who signs a member's own Surat Tugas (relative to the member: its Kepala PD or its PPK). */
        memberLetter: IssuerKind[];
    };
    /** The document forms of the region (wording, order of fields, signatory, tembusan): data for `sikerja docs`. */
    documents: DocumentForms;
    reporting: {
        /** Kampar Ps 6: the ketua may report to the penanggung jawab instead of the head. */
        ketuaReportsToPenanggungJawab: boolean;
        /**
         * Whom the ketua and an individual report to: the Pimpinan Unit Organisasi pemilik kinerja, or
         * (Kampar Ps 6 ayat (1) and (2)) the Kepala Perangkat Daerah pemilik kinerja.
         */
        to: 'pimpinan-unit-organisasi' | 'kepala-perangkat-daerah';
    };
    structure: {
        shapes: Record<string, StructureShape>;
        /** Shape by declared model number (`model 1`..`model 4`). */
        byModel: Record<string, string>;
        /** Shape by organisation kind, or kind and UPTD class (`uptd-A`). */
        byKind: Record<string, string>;
        /** Shape by urusan when neither applies (Bengkayang names PD types by urusan). */
        byUrusan: Record<string, string>;
        /** The model the annex assigns to an urusan (Tanjung Jabung Timur Lampiran 1). */
        urusanModel: Record<string, number>;
    };
    spbeTeam?: {
        titlePattern: string;
        /** How the team is set (Mahakam Ulu Ps 24 ayat (1) and (7): by the Bupati). */
        instrument?: Instrument;
        ketua: LeaderMatcher;
        anggota: LeaderMatcher[];
        /** Who runs its sekretariat (Mahakam Ulu Ps 27 ayat (1): the Asisten Administrasi Umum), when one is written. */
        sekretariat?: LeaderMatcher;
        /** The team answers to the Bupati, whom no `penanggung-jawab` can name (Mahakam Ulu Ps 24 ayat (2)). */
        answersToBupati?: boolean;
        /** The other SPBE bodies the region's articles govern. */
        bodies?: SpbeBody[];
    };
    kelas: {
        /** Every kelas jabatan lies on this scale (1–17: the kelas jabatan of the evaluasi jabatan), whatever the jabatan. */
        scale: [number, number];
        jenjang: Partial<Record<Jenjang, [number, number]>>;
        /** Per JF title prefix, e.g. `"Dokter Ahli Pertama": [9, 9]`. */
        jabatan: Record<string, [number, number]>;
    };
}

/** A regional file: anything it leaves out comes from the profile it extends. */
export type ProfileFile = Partial<Omit<Profile, 'rules'>> & { id: string; rules?: Partial<Record<RuleCode, Partial<RuleSetting>>> };
