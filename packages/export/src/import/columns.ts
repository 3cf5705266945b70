import type { SheetRow } from './read-sheet.js';

/** What a column of a peta jabatan holds. */
export type Field = 'no' | 'id' | 'atasan' | 'nama' | 'jenis' | 'jenjang' | 'kelas' | 'b' | 'k' | 'selisih' | 'keterangan' | 'idSikerja' | 'unitKerja' | 'level' | 'eselon';

/** Header texts in use in Bagian Organisasi spreadsheets, compared without case, spaces or punctuation. */
const HEADERS: Record<Field, string[]> = {
    no: ['no', 'nomor', 'nourut', 'nomorurut'],
    id: ['id', 'idjabatan', 'kodejabatan', 'kode'],
    atasan: ['atasanid', 'idatasan', 'atasan', 'kodeatasan', 'induk', 'parentid'],
    nama: ['namajabatan', 'jabatan', 'nama', 'namajabatanunit', 'unitjabatan', 'namaunitjabatan', 'unitkerjajabatan', 'namaunitkerjajabatan', 'jabatanunitkerja', 'uraianjabatan'],
    jenis: ['jenis', 'jenisjabatan', 'jenisjab', 'kategorijabatan'],
    jenjang: ['jenjang', 'jenjangjabatan'],
    kelas: ['kelas', 'kelasjabatan', 'kls'],
    b: ['b', 'bezetting', 'eksisting', 'pegawaiyangada', 'jumlahpegawai', 'jmlpegawai', 'yangada', 'ygada'],
    k: ['k', 'kebutuhan', 'abk', 'kebutuhanabk', 'formasi', 'jumlahkebutuhan', 'keb', 'kebpeg', 'kebpegawai'],
    selisih: ['±', '+/-', '+-', 'selisih', 'kekurangankelebihan', 'kuranglebih', 'kl', 'lebihkurang'],
    keterangan: ['keterangan', 'ket'],
    idSikerja: ['idsikerja'],
    // The unit of each row and its depth, as kept by Anjab/ABK portals (peta_jabatan.unit_kerja, level).
    unitKerja: ['unitkerja', 'unitorganisasi', 'namaunitkerja', 'namaunit'],
    level: ['level', 'tingkat', 'leveljabatan', 'levelunit'],
    eselon: ['eselon', 'eselonering', 'esl']
};

export function normaliseHeader(text: string): string {
    const t = text.toLowerCase().replace(/\s+/g, '');
    return t === '±' || t === '+/-' || t === '+-' ? t : t.replace(/[^\p{L}\p{N}±]/gu, '');
}

const LOOKUP = new Map<string, Field>(Object.entries(HEADERS).flatMap(([field, names]) => names.map(n => [normaliseHeader(n), field as Field])));

export type Columns = Partial<Record<Field, number>>;

export interface HeaderFound {
    /** Index into the sheet's rows. */
    at: number;
    /** 1, or 2 for a header in two rows ("Jumlah Pegawai" above "B" and "K"). */
    rows: number;
    columns: Columns;
}

/** A mapping file's or the flags' say on what cannot be detected: which row is the header, which column holds what. */
export interface ColumnMapping {
    headerRow?: number;
    columns?: Partial<Record<Field, string | number>>;
    layout?: 'id-atasan' | 'nomor' | 'indentasi' | 'level';
    sheet?: string;
    /** The Perangkat Daerah's title, when the sheet does not say it. */
    perangkatDaerah?: string;
}

/** "C" → 2, 3 → 2 (zero-based). */
function columnIndex(ref: string | number): number {
    if (typeof ref === 'number') return ref - 1;
    let n = 0;
    for (const ch of ref.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
}

/**
 * The header row: the first among the first 40 rows where a column names the jabatan and another
 * gives kelas, B or K. Title rows above it (pemda, Perangkat Daerah) are left for the caller.
 */
export function findHeader(rows: readonly SheetRow[], mapping: ColumnMapping = {}): HeaderFound | undefined {
    if (mapping.headerRow !== undefined) {
        const at = rows.findIndex(r => r.row === mapping.headerRow);
        if (at < 0) return undefined;
        return { at, rows: 1, columns: { ...columnsOf(rows[at]), ...mappedColumns(mapping) } };
    }
    // The header is recognised by its own words; the mapping then says what the words do not.
    for (let i = 0; i < Math.min(rows.length, 40); i++) {
        const own = columnsOf(rows[i]);
        if (own.nama === undefined) continue;
        const below = rows[i + 1] ? secondHeaderRow(own, rows[i + 1]) : undefined;
        // The second row is the more specific: "B" and "K" under a merged "Jumlah Pegawai".
        const columns = { ...own, ...below };
        if (columns.kelas !== undefined || columns.b !== undefined || columns.k !== undefined) return { at: i, rows: below ? 2 : 1, columns: { ...columns, ...mappedColumns(mapping) } };
    }
    return undefined;
}

/**
 * The row under a header is its second row when it names figures' columns and no jabatan column but
 * the header's own (a "Nama Jabatan" merged down both rows). Only the figures' columns are taken from it.
 * A first data row is none, whatever its figures say ("Kelas 14"): it has a title under "Nama Jabatan".
 */
function secondHeaderRow(own: Columns, row: SheetRow): Columns | undefined {
    const columns = columnsOf(row);
    if (columns.nama !== undefined && columns.nama !== own.nama) return undefined;
    if (own.nama !== undefined && (row.cells[own.nama] ?? '').trim() !== '' && columns.nama === undefined) return undefined;
    const figures: Columns = {};
    for (const f of ['kelas', 'b', 'k', 'selisih'] as const) if (columns[f] !== undefined) figures[f] = columns[f];
    return Object.keys(figures).length > 0 ? figures : undefined;
}

function mappedColumns(mapping: ColumnMapping): Columns {
    return Object.fromEntries(Object.entries(mapping.columns ?? {}).map(([f, ref]) => [f, columnIndex(ref as string | number)]));
}

/** For the jabatan's name, "Nama Jabatan" and "Jabatan" win over a bare "Nama" (often the person's). */
const NAME_PRIORITY = ['namajabatan', 'namajabatanunit', 'unitjabatan', 'namaunitjabatan', 'unitkerjajabatan', 'namaunitkerjajabatan', 'jabatanunitkerja', 'uraianjabatan', 'jabatan', 'nama'];

/** Headers written longer than the usual ones: "Bezetting (B)", "Kebutuhan Pegawai (K)", "Kelas Jabatan (Perpres)". */
const PREFIXES: Array<[RegExp, Field]> = [
    [/^(bezet|bezzet|beset)/, 'b'], [/^(kebutuhan|abk)/, 'k'], [/^kelas/, 'kelas'],
    [/^(selisih|kekurangan|kelebihan|lebihkurang|kuranglebih)/, 'selisih'], [/^unitkerja/, 'unitKerja'], [/^level/, 'level']
];

/**
 * Headers that say what they count in a longer phrase: "Jumlah Pegawai Eksisting (B)", "Jumlah Pegawai Saat Ini", "Jumlah
 * Kebutuhan Pegawai (K)", "Pemangku Jabatan", "Kurang/Lebih (+/-)". A difference is recognised first:
 * "Selisih (Kebutuhan − Eksisting)" names both of the others.
 */
function describedField(text: string, key: string): Field | undefined {
    // "Nama Pemangku", "Nama Pejabat": the person's name, no figure.
    if (key.startsWith('nama')) return undefined;
    if (/selisih|kurang|lebih|±/.test(key) || /\+\s*\/?\s*-/.test(text)) return 'selisih';
    const marker = /\(\s*([BK])\s*\)\s*$/i.exec(text.trim())?.[1].toLowerCase();
    if (marker === 'b' || marker === 'k') return marker;
    if (/eksisting|existing|bezet|bezzet|beset|yangada|ygada|pemangku|terisi/.test(key)) return 'b';
    if (/kebutuhan|abk|formasi/.test(key)) return 'k';
    // e-Formasi and Anjab-ABK exports: "Jumlah Pegawai Saat Ini", "Kondisi Riil".
    if (/saatini|riil|real/.test(key)) return 'b';
    return undefined;
}

function columnsOf(row: SheetRow): Columns {
    const out: Columns = {};
    let nameRank = Infinity;
    const described: Array<[Field, number]> = [];
    row.cells.forEach((text, i) => {
        const key = normaliseHeader(text);
        const field = LOOKUP.get(key) ?? (key.length > 0 ? PREFIXES.find(([re]) => re.test(key))?.[1] : undefined);
        if (field === 'nama') {
            const rank = NAME_PRIORITY.indexOf(key);
            if (rank < nameRank) { nameRank = rank; out.nama = i; }
        } else if (field && out[field] === undefined) {
            out[field] = i;
        } else if (!field && key.length > 0) {
            const guessed = describedField(text, key);
            if (guessed) described.push([guessed, i]);
        }
    });
    // A column named in a phrase counts only where no column names the field outright ("B" beats "Jumlah Pemangku").
    for (const [field, i] of described) if (out[field] === undefined) out[field] = i;
    return out;
}

/** A number as analysts write it: "3", "3,0", " 3 ", stored as text or as a number; "-" and "" are no number. */
export function numberIn(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const t = text.replace(/\s/g, '').replace(',', '.').replace(/^\((-?\d+)\)$/, '-$1');
    if (t === '' || t === '-' || !/^[+-]?\d+(\.0+)?$/.test(t)) return undefined;
    return Number(t);
}

/** Kelas, B and K are counts: a negative one is no figure (reported by the caller). */
export function countIn(text: string | undefined): number | undefined {
    const n = numberIn(text);
    return n === undefined || n < 0 ? undefined : n;
}
