import type { JenisJabatan, Jenjang, KategoriJf, OrgKind, UnitKind } from '@sikerja/model';
import { guessOrgKind, guessUnitKind, orgKindOf, titleCase, unitTitleFromLeader } from './guess.js';
import { decideJenis, isStructural, jenjangOf } from './jenis.js';
import { unitRank } from './nesting.js';
import type { DataRow } from './rows.js';
import type { RowNode } from './tree.js';

export interface ImportedPosition {
    title: string;
    jenis: JenisJabatan;
    kategori?: KategoriJf;
    jenjang?: Jenjang;
    kelas?: number;
    b?: number;
    k?: number;
    row: number;
    /** The name kept from the ID SiKerja column (a round trip), else derived from the title. */
    name?: string;
    /** A JF from penyetaraan jabatan administrasi, as its title said. */
    hasilPenyetaraan?: boolean;
    /** A JF whose written superior is another JF or pelaksana: its penilai, written as `dibawah`. */
    under?: ImportedPosition;
}

export interface ImportedUnit {
    title: string;
    kind: UnitKind | OrgKind;
    name?: string;
    row?: number;
    leader?: ImportedPosition;
    positions: ImportedPosition[];
    units: ImportedUnit[];
    /** Made from its head's title: the sheet has no unit row for it. */
    fromHead?: true;
}

export interface ImportedOrganisation extends ImportedUnit {
    kind: OrgKind;
    /** A unit kerja (Puskesmas, UPTD, Kelurahan) listed inside its Perangkat Daerah's sheet. */
    induk?: ImportedOrganisation;
}

/** What the report says of each placed row: how it was imported and what was guessed. */
export interface Placement {
    row: number;
    as: 'jabatan' | 'pimpinan' | 'unit' | 'organisasi';
    title: string;
    guesses: string[];
    /** Guesses that decide the structure (where a unit starts, who heads it, a jenis not written): points to review. */
    review: string[];
    /** Filled in when the names are given: the qualified name in the written file. */
    target?: ImportedUnit | ImportedPosition;
}

const UNIT_KERJA = /^(uptd?\b|upt |unit pelaksana teknis|puskesmas|uptd puskesmas|kelurahan|satuan pendidikan|(sd|smp|sma)n?\s|sekolah (dasar|menengah))/i;
const KELOMPOK = /^kelompok (jabatan fungsional|jf)/i;
const LEADER_TITLE = /^(kepala|sekretaris|camat|lurah|inspektur|direktur)\b/i;
/** The Jenis Jabatan cell, with an Eselon column's numeral when the sheet has one ("Struktural / Eselon III.a"). */
function writtenJenis(d: DataRow): string | undefined {
    const eselon = d.eselon && /\b(i{1,3}|iv|v|[1-5])\b/i.test(d.eselon) ? `Eselon ${d.eselon}` : undefined;
    return [d.jenis, eselon].filter(Boolean).join(' / ') || undefined;
}

/** Structural levels, highest first, for the heads a flat sheet nests by. */
const LEVEL_RANK: Partial<Record<JenisJabatan, number>> = { 'jpt-madya': 0, 'jpt-pratama': 1, administrator: 2, pengawas: 3 };

/**
 * The Perangkat Daerah a sheet describes, with its unit kerja: units from unit rows (or from the
 * structural position that leads them), positions with their figures, every guess recorded.
 */
export function organise(roots: RowNode[], pdTitle: { title: string; guessed?: string }, followHeads = false): { organisations: ImportedOrganisation[]; placements: Placement[] } {
    const placements: Placement[] = [];
    let top = roots;
    let rootRow: RowNode | undefined;
    // The sheet's first row is the Perangkat Daerah itself (as SiKerja writes it): it is the organisation.
    // Its unit kerja may follow it at the top level (after the PD's own subtotal): they stay under it.
    const first = roots[0];
    // A single top unit of the highest rank (a "Sekretariat Jenderal" holding every row) is the organisation too.
    if (first && first.data.kind === 'unit' && (orgKindOf(first.data.title) !== undefined || (roots.length === 1 && unitRank(first.data.title, true) === 0))
        && roots.slice(1).every(r => r.data.kind === 'unit' && UNIT_KERJA.test(r.data.title))) {
        rootRow = first;
        top = [...first.children, ...roots.slice(1)];
    }
    const title = rootRow ? titleCase(rootRow.data.title) : pdTitle.title;
    const kind = guessOrgKind(title);
    const pd: ImportedOrganisation = { title, kind: kind.value, positions: [], units: [], row: rootRow?.data.row, name: rootRow?.data.idSikerja };
    const organisations: ImportedOrganisation[] = [pd];
    placements.push({ row: rootRow?.data.row ?? 0, as: 'organisasi', title, guesses: [kind.reason, ...(rootRow ? [] : pdTitle.guessed ? [pdTitle.guessed] : [])],
        review: orgKindOf(title) === undefined ? [`jenis perangkat daerah "${title}" tidak ada dalam bahasa: ditulis ${kind.value}`] : [], target: pd });

    const position = (n: RowNode, guesses: string[], review: string[]): ImportedPosition => {
        const d = n.data;
        const jenis = decideJenis(d.title, writtenJenis(d), d.kelas);
        if (jenis.guessed) guesses.push(jenis.reason);
        if (jenis.review) review.push(jenis.review);
        const written = d.jenjang ? jenjangOf(d.jenjang) : undefined;
        const fromTitle = jenis.value === 'fungsional' ? written ?? jenjangOf(d.title) : undefined;
        if (jenis.value === 'fungsional' && !written && fromTitle) {
            guesses.push(fromTitle.older ? `jenjang ${fromTitle.jenjang} dari sebutan lama "${fromTitle.older}" pada judul (tanpa "Ahli")` : `jenjang ${fromTitle.jenjang} dari judul`);
        }
        guesses.push(...n.notes, ...d.warnings);
        // A head's row in capitals ("KEPALA DINAS KESEHATAN") is written as its unit's title is.
        const title = titleCase(d.title);
        if (title !== d.title) guesses.push('judul huruf besar ditulis dengan huruf awal besar');
        return { title, jenis: jenis.value, kategori: fromTitle?.kategori, jenjang: fromTitle?.jenjang, kelas: d.kelas, b: d.b, k: d.k, row: d.row, name: d.idSikerja,
            ...(d.penyetaraan && jenis.value === 'fungsional' ? { hasilPenyetaraan: true } : {}) };
    };

    const place = (n: RowNode, into: ImportedUnit, over?: ImportedPosition, followed?: string): ImportedUnit | undefined => {
        const d = n.data;
        if (d.kind === 'unit') {
            if (KELOMPOK.test(d.title)) {
                placements.push({ row: d.row, as: 'unit', title: d.title, guesses: [`"${d.title}" bukan unit organisasi: jabatannya ditempatkan di ${into.title}`], review: [] });
                placeList(n.children, into);
                return;
            }
            if (UNIT_KERJA.test(d.title)) {
                const orgTitle = titleCase(d.title);
                const k = guessOrgKind(orgTitle);
                const org: ImportedOrganisation = { title: orgTitle, kind: k.value, positions: [], units: [], row: d.row, induk: pd, name: d.idSikerja };
                organisations.push(org);
                placements.push({ row: d.row, as: 'organisasi', title: org.title, guesses: [k.reason, `unit kerja dengan induk ${pd.title}`], review: [], target: org });
                placeList(n.children, org);
                return;
            }
            const unitTitle = titleCase(d.title);
            const k = guessUnitKind(unitTitle);
            const unit: ImportedUnit = { title: unitTitle, kind: k.value, positions: [], units: [], row: d.row, name: d.idSikerja };
            into.units.push(unit);
            const guesses = [...(d.unitBecause ? [d.unitBecause] : []), k.reason, ...(unit.title !== d.title ? ['judul huruf besar ditulis dengan huruf awal besar'] : []), ...n.notes];
            const review = [...n.review, ...(k.value === 'unit' ? [`jenis unit "${unitTitle.split(/\s+/)[0]}" tidak ada dalam bahasa: ditulis unit dengan judulnya`] : [])];
            placements.push({ row: d.row, as: 'unit', title: unit.title, guesses, review, target: unit });
            placeList(n.children, unit);
            return;
        }
        const guesses: string[] = [];
        const review: string[] = [...n.review];
        const p = position(n, guesses, review);
        if (followed) { guesses.push(followed); review.push(followed); }
        // A unit row's first "Kepala …" leads it even when it is a JF (Kepala Puskesmas) and nothing hangs below it.
        const headed = !into.leader && LEADER_TITLE.test(p.title);
        const leads = isStructural(p.jenis) || n.children.length > 0 || headed;
        if (leads && !into.leader) {
            into.leader = p;
            if (!isStructural(p.jenis) || writtenJenis(d) === undefined) guesses.push(`pimpinan ${into.title}: jabatan pertama yang memimpin di unit itu`);
            if (!isStructural(p.jenis)) review.push(`${p.jenis} ditulis sebagai pimpinan ${into.title}`);
            placements.push({ row: d.row, as: 'pimpinan', title: p.title, guesses, review, target: p });
            for (const c of n.children) place(c, into);
            return;
        }
        if (leads && isStructural(p.jenis)) {
            const unitTitle = unitTitleFromLeader(p.title);
            const k = guessUnitKind(unitTitle);
            const unit: ImportedUnit = { title: unitTitle, kind: k.value, positions: [], units: [], leader: p, fromHead: true };
            into.units.push(unit);
            guesses.push(`memimpin unit "${unitTitle}" (nama unit dari judul pimpinannya; ${k.reason})`);
            review.push(`unit "${unitTitle}" dibuat dari judul pimpinannya (tidak ada baris unit)`);
            placements.push({ row: d.row, as: 'pimpinan', title: p.title, guesses, review, target: p });
            for (const c of n.children) place(c, unit);
            return unit;
        }
        // A JF or pelaksana whose superior in the sheet is not a structural leader: its penilai is written.
        if (over && !isStructural(over.jenis)) { p.under = over; guesses.push(`Pejabat Penilai Kinerja dari kolom atasan: ${over.title} (dibawah)`); }
        into.positions.push(p);
        if (isStructural(p.jenis)) review.push(`jabatan ${p.jenis} yang tidak memimpin unit`);
        placements.push({ row: d.row, as: 'jabatan', title: p.title, guesses, review, target: p });
        for (const c of n.children) place(c, into, p);
        return undefined;
    };

    /**
     * Rows in sheet order. Where the sheet gives positions no place of their own (no unit row, no
     * indentation), a head opens the unit the rows after it fill, until a head of its level or higher:
     * peta jabatan list each head followed by its staff. Each such placement is a point to review.
     */
    const placeList = (nodes: readonly RowNode[], into: ImportedUnit): void => {
        const open: Array<{ rank: number; unit: ImportedUnit }> = [];
        for (const n of nodes) {
            if (!followHeads || n.data.kind === 'unit') { place(n, into); continue; }
            const rank = LEVEL_RANK[decideJenis(n.data.title, writtenJenis(n.data), n.data.kelas).value];
            if (rank !== undefined) while (open.length > 0 && open[open.length - 1].rank >= rank) open.pop();
            const target = open[open.length - 1]?.unit;
            const opened = place(n, target ?? into, undefined, target ? `ditempatkan di ${target.title}: barisnya mengikuti pimpinan unit itu` : undefined);
            if (opened && rank !== undefined) open.push({ rank, unit: opened });
        }
    };

    placeList(top, pd);
    return { organisations, placements };
}
