import { countIn, numberIn, type Columns } from './columns.js';
import { namesJenjang } from './jenis.js';
import type { SheetRow } from './read-sheet.js';

/** What a data row below the header is, before the layout places it. */
export type RowKind = 'jabatan' | 'unit' | 'subtotal' | 'kosong' | 'kepala-berulang' | 'nomor-kolom' | 'tanpa-nama' | 'kelompok-jenis';

/**
 * A row that groups a unit's positions by their jenis ("JABATAN FUNGSIONAL", "Jabatan Pelaksana:"):
 * no unit, no position; the rows under it stay in the unit above it.
 */
const JENIS_GROUP = /^(kelompok\s+)?(jabatan|pejabat)?\s*(struktural|fungsional(\s+(tertentu|umum))?|pelaksana|administrasi|pimpinan tinggi)\s*:?$/i;

export interface DataRow {
    row: number;
    kind: RowKind;
    title: string;
    /** The text of the No, ID and Atasan columns. */
    no?: string;
    id?: string;
    atasan?: string;
    jenis?: string;
    jenjang?: string;
    kelas?: number;
    b?: number;
    k?: number;
    /** The ± column as written, compared with B − K, never copied. */
    selisih?: number;
    keterangan?: string;
    idSikerja?: string;
    /** The Unit Kerja column: the unit the row belongs to, by title. */
    unitKerja?: string;
    /** The Level column: the row's depth in the tree. */
    level?: number;
    /** An Eselon column ("III.a"), read with the Jenis Jabatan column. */
    eselon?: string;
    /** For a "Jumlah …" row: what it totals, lower case ("bidang x"; empty for a bare "JUMLAH"). */
    subtotalOf?: string;
    /** The title said "(Hasil Penyetaraan)": a JF from penyetaraan jabatan administrasi. */
    penyetaraan?: boolean;
    /** What the row says that cannot be taken (a negative count), for the report. */
    warnings: string[];
    indent: number;
    bold: boolean;
    /** Why a row without figures was read as a unit (capitals, merged, bold, its word). */
    unitBecause?: string;
}

const SUBTOTAL = /^(jumlah|total|sub ?total|jml\.?)\b/i;
const SUBTOTAL_WORD = /^(jumlah|total|sub ?total|jml\.?)\s*/i;
/** Names analysts give to unit rows, as opposed to positions. */
const UNIT_NAME = /^(sekretariat|biro\b|deputi\b|kedeputian|direktorat|pusat\b|kantor\b|balai\b|loka\b|bidang|bagian|sub ?bagian|seksi|sub ?bidang|asisten|inspektur pembantu|kelompok jabatan|kelompok jf|uptd?\b|unit\b|puskesmas|upt |kelurahan|kecamatan|dinas|badan|inspektorat|satuan|rsud|rumah sakit)/i;

/** No number, or a unit's letter or roman numeral ("A", "IV"): positions are numbered 1, 2, 3. */
function isUnnumbered(d: DataRow): boolean {
    return d.no === undefined || /^[A-Za-z]{1,4}[.)]?$/.test(d.no);
}

/**
 * Some sheets write a unit's totals on its grouping row: unnumbered, without kelas or jenis, named as
 * a unit and drawn as one (capitals, bold or merged).
 */
function totalledUnit(r: SheetRow, d: DataRow): boolean {
    const drawn = r.bold || r.merged || (/\p{Lu}{3}/u.test(d.title) && d.title === d.title.toUpperCase());
    return isUnnumbered(d) && d.kelas === undefined && d.jenis === undefined && drawn && UNIT_NAME.test(d.title) && !namesJenjang(d.title);
}

/**
 * A row without figures is a unit (a grouping row) when it is drawn as one: merged, bold, or, without
 * a number, in capitals, whatever its word ("KANTOR … DI IBU KOTA PROVINSI"); or when its word names
 * a unit and no jenis is written for it.
 */
function unitEvidence(r: SheetRow, d: DataRow): string | undefined {
    // "Asisten Apoteker Terampil" without figures is a JF post left empty, not a unit called "Asisten".
    if (namesJenjang(d.title)) return undefined;
    const unnumbered = isUnnumbered(d);
    if (r.merged && (unnumbered || d.jenis === undefined)) return 'baris unit: sel gabungan tanpa angka';
    if (r.bold && (unnumbered || d.jenis === undefined)) return 'baris unit: huruf tebal tanpa angka';
    if (unnumbered && /\p{Lu}{3}/u.test(d.title) && d.title === d.title.toUpperCase()) return 'baris unit: huruf besar tanpa nomor dan angka';
    if ((d.jenis === undefined || unnumbered) && UNIT_NAME.test(d.title)) return 'baris unit: namanya nama unit, tanpa angka';
    return undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** A Level cell as written: "3", "Level 3", "L3", "III". */
function levelIn(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const digits = /\d+/.exec(text);
    if (digits) return Number(digits[0]);
    return ROMAN[text.trim().toLowerCase().replace(/^(level|tingkat)\s*/, '')];
}

/** An "ID SiKerja" cell is used as a name only when it is one (each segment an identifier). */
function validId(text: string | undefined): string | undefined {
    // A segment starting with a capital cannot be one of the language's (lower-case) keywords.
    return text !== undefined && /^[_A-Z]\w*(\.[_A-Z]\w*)*$/.test(text) ? text : undefined;
}

/**
 * "1 2 3 4 5 6" (or "(1) (2) (3)") under the header: the numbers of the columns, as official tables
 * print them, read as a row its figures would make a jabatan "2" of kelas 3.
 */
function isColumnNumbering(cells: readonly string[]): boolean {
    const filled = cells.filter(c => c !== '');
    if (filled.length < 3) return false;
    const numbers = filled.map(c => /^\(?\s*(\d+)\s*\)?\.?$/.exec(c)?.[1]);
    return numbers.every((n, i) => n !== undefined && (i === 0 || Number(n) === Number(numbers[i - 1]) + 1));
}

/** Classify every row below the header; the figures are read as numbers however they were stored. */
export function classifyRows(rows: readonly SheetRow[], header: SheetRow, columns: Columns): DataRow[] {
    const get = (r: SheetRow, field: keyof Columns) => { const c = columns[field]; return c === undefined ? undefined : r.cells[c] || undefined; };
    const headerKey = header.cells.join('|').toLowerCase();
    return rows.map(r => {
        const written = get(r, 'nama') ?? '';
        const { title, penyetaraan, notes } = cleanTitle(written);
        // A merged unit row shows its title in every column it spans: there it is no value.
        const own = (field: keyof Columns) => { const t = get(r, field); return t === written ? undefined : t; };
        // A merged unit row repeats its title in every cell it spans: that is no figure.
        const warnings: string[] = [...notes];
        const kelas = countIn(own('kelas'));
        const figure = (field: keyof Columns) => {
            const t = get(r, field);
            if (t === written) return undefined;
            // Excel's accounting format prints a zero as "-", and sheets typed after it copy the dash: on a
            // position's row (one with its kelas) a dash in B, K or ± counts none.
            if (field !== 'kelas' && kelas !== undefined && /^[-–—]$/.test((t ?? '').trim())) {
                warnings.push(`${field === 'selisih' ? '±' : field.toUpperCase()} tertulis "-": dibaca 0`);
                return 0;
            }
            if (field === 'selisih') return numberIn(t);
            const n = countIn(t);
            // A lone dash elsewhere (a unit's row, a kelas) is nothing written.
            if (n !== undefined || t === undefined || /^[-–—]?$/.test(t.trim())) return n;
            const label = field === 'kelas' ? 'Kelas' : field.toUpperCase();
            if (numberIn(t) !== undefined) {
                warnings.push(`${label} tertulis ${t}: bukan bilangan cacah, tidak diimpor`);
                return undefined;
            }
            // "Kelas 12", "12 (dua belas)", "3 orang": the one number written is the figure.
            const numbers = t.match(/\d+/g);
            if (numbers?.length === 1) {
                warnings.push(`${label} tertulis "${t.trim()}": dibaca ${Number(numbers[0])}`);
                return Number(numbers[0]);
            }
            warnings.push(`${label} tertulis "${t.trim()}": bukan angka, tidak diimpor`);
            return undefined;
        };
        const base: DataRow = {
            row: r.row, kind: 'jabatan', title, ...(penyetaraan ? { penyetaraan } : {}), no: own('no'), id: get(r, 'id'), atasan: get(r, 'atasan'), jenis: get(r, 'jenis') === written ? undefined : get(r, 'jenis'),
            jenjang: get(r, 'jenjang') === written ? undefined : get(r, 'jenjang'), kelas: figure('kelas'), b: figure('b'), k: figure('k'), selisih: figure('selisih'),
            keterangan: get(r, 'keterangan') === written ? undefined : get(r, 'keterangan'), idSikerja: validId(get(r, 'idSikerja')), warnings,
            // A head's Unit Kerja may be its own title ("Deputi Bidang X"); only a merged row repeats it as no value.
            unitKerja: get(r, 'unitKerja') === written && r.merged ? undefined : get(r, 'unitKerja'), level: levelIn(own('level')),
            eselon: get(r, 'eselon') === written ? undefined : get(r, 'eselon'),
            indent: columns.nama === undefined ? 0 : r.indent[columns.nama] ?? 0, bold: r.bold
        };
        if (r.cells.every(c => c === '')) return { ...base, kind: 'kosong' };
        if (r.cells.join('|').toLowerCase() === headerKey) return { ...base, kind: 'kepala-berulang' };
        if (isColumnNumbering(r.cells)) return { ...base, kind: 'nomor-kolom' };
        if (title === '') return { ...base, kind: 'tanpa-nama' };
        if (JENIS_GROUP.test(title.trim()) && base.kelas === undefined && base.b === undefined && base.k === undefined) return { ...base, kind: 'kelompok-jenis' };
        if (SUBTOTAL.test(title)) return { ...base, kind: 'subtotal', subtotalOf: title.replace(SUBTOTAL_WORD, '').trim().toLowerCase() };
        const hasFigures = base.kelas !== undefined || base.b !== undefined || base.k !== undefined;
        if (hasFigures) return totalledUnit(r, base) ? { ...base, kind: 'unit', unitBecause: 'baris unit dengan jumlah B/K unitnya (tanpa nomor dan kelas)' } : base;
        const because = unitEvidence(r, base);
        return because ? { ...base, kind: 'unit', unitBecause: because } : base;
    });
}

/**
 * A title as the model writes it: without the sheet's footnote marks ("Perencana Ahli Pertama*)") and
 * with "(Hasil Penyetaraan)" read as the fact it states, each said in the report.
 */
function cleanTitle(written: string): { title: string; penyetaraan: boolean; notes: string[] } {
    const notes: string[] = [];
    let title = written;
    const mark = /\s*(\(\*+\)|\*+\)?)\s*$/.exec(title);
    if (mark && mark.index > 0) {
        title = title.slice(0, mark.index);
        notes.push(`tanda catatan kaki "${mark[0].trim()}" tidak dimasukkan ke judul`);
    }
    const penyetaraan = /\s*\(\s*hasil\s+penyetaraan\s*\)\s*/i.exec(title);
    if (penyetaraan) {
        title = `${title.slice(0, penyetaraan.index)} ${title.slice(penyetaraan.index + penyetaraan[0].length)}`.trim();
        notes.push('"(Hasil Penyetaraan)" pada judul dibaca sebagai hasil-penyetaraan');
    }
    return { title, penyetaraan: penyetaraan !== null, notes };
}
