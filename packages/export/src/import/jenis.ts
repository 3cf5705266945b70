import type { JenisJabatan, Jenjang, KategoriJf } from '@sikerja/model';

/** The jenis a row is written with, where it came from, and whether an analyst should look at it. */
export interface JenisDecision {
    value: JenisJabatan;
    /** Which evidence decided, as the report says it. */
    reason: string;
    /** False only when the Jenis Jabatan column named the jenis itself. */
    guessed: boolean;
    /** A guess that decides the structure (who may head a unit): a point to review. */
    review?: string;
}

export interface JenjangFound {
    jenjang: Jenjang;
    kategori: KategoriJf;
    /** The older name the title uses ("Muda" for Ahli Muda), when it uses one. */
    older?: string;
}

const JENJANG: Array<[RegExp, Jenjang, KategoriJf]> = [
    [/\bahli pertama\b/i, 'ahli-pertama', 'keahlian'], [/\bahli muda\b/i, 'ahli-muda', 'keahlian'],
    [/\bahli madya\b/i, 'ahli-madya', 'keahlian'], [/\bahli utama\b/i, 'ahli-utama', 'keahlian'],
    [/\bpemula\b/i, 'pemula', 'keterampilan'], [/\bterampil\b/i, 'terampil', 'keterampilan'],
    [/\bmahir\b/i, 'mahir', 'keterampilan'], [/\bpenyelia\b/i, 'penyelia', 'keterampilan']
];

/**
 * Names from before PermenPANRB 1/2023 still kept in sheets: "Pranata Komputer Muda" is Ahli Muda.
 * Only as the title's last word, and never in a leader's title ("Sekretaris Utama").
 */
const OLDER: Array<[RegExp, Jenjang, KategoriJf, string]> = [
    [/\bpertama$/i, 'ahli-pertama', 'keahlian', 'Pertama'], [/\bmuda$/i, 'ahli-muda', 'keahlian', 'Muda'], [/\bmadya$/i, 'ahli-madya', 'keahlian', 'Madya'],
    [/\butama$/i, 'ahli-utama', 'keahlian', 'Utama'], [/\bpelaksana lanjutan$/i, 'mahir', 'keterampilan', 'Pelaksana Lanjutan']
];

/** Whether a title names a jenjang in today's words ("Ahli Muda", "Terampil"): the title of a JF, never of a unit. */
export function namesJenjang(title: string): boolean {
    return JENJANG.some(([re]) => re.test(title));
}

/** The jenjang a title names ("Analis Kebijakan Ahli Muda", "Pranata Komputer Muda"), with its kategori. */
export function jenjangOf(title: string): JenjangFound | undefined {
    const found = JENJANG.find(([re]) => re.test(title));
    if (found) return { jenjang: found[1], kategori: found[2] };
    const t = title.trim();
    if (/\bahli\b/i.test(t) || t.split(/\s+/).length < 2 || leaderLevel(t)) return undefined;
    const older = OLDER.find(([re]) => re.test(t));
    return older ? { jenjang: older[1], kategori: older[2], older: older[3] } : undefined;
}

/** What a Jenis Jabatan column says: a jenis, or only "Struktural" (the level is still to be found). */
type ColumnSays = { jenis: JenisJabatan } | { structural: true } | { administrasi: true } | undefined;

const ESELON: Record<string, JenisJabatan> = { i: 'jpt-madya', 1: 'jpt-madya', ii: 'jpt-pratama', 2: 'jpt-pratama', iii: 'administrator', 3: 'administrator', iv: 'pengawas', 4: 'pengawas', v: 'pengawas', 5: 'pengawas' };

/** "ESELON III / Administrator", "JPT Pratama", "Fungsional Umum", "JFT", "Struktural", "Eselon IV.a". */
export function columnSays(text: string): ColumnSays {
    const t = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
    // The jenis named in words decides; an eselon alone says it in the older terms.
    if (/ (fungsional umum|jfu) /.test(t)) return { jenis: 'pelaksana' };
    if (/ (jpt|jabatan pimpinan tinggi|pimpinan tinggi) madya /.test(t)) return { jenis: 'jpt-madya' };
    if (/ (jpt|jabatan pimpinan tinggi|pimpinan tinggi) pratama /.test(t)) return { jenis: 'jpt-pratama' };
    if (/ administrator /.test(t)) return { jenis: 'administrator' };
    if (/ pengawas /.test(t)) return { jenis: 'pengawas' };
    if (/ (fungsional|jft|jf|jabatan fungsional) /.test(t)) return { jenis: 'fungsional' };
    if (/ pelaksana /.test(t)) return { jenis: 'pelaksana' };
    const eselon = / eselon ?(iv|iii|ii|i|v|[1-5])( ?[ab])? /.exec(t);
    if (eselon) return { jenis: ESELON[eselon[1]] };
    if (/ (struktural|jpt|jabatan pimpinan tinggi|pimpinan tinggi) /.test(t)) return { structural: true };
    // Jabatan administrasi: administrator, pengawas or pelaksana; the title and kelas tell which.
    if (/ (ja|jabatan administrasi|administrasi) /.test(t)) return { administrasi: true };
    return undefined;
}

/**
 * Leaders' titles and the structural jenis each implies. "Firm" titles name the unit's kind (a
 * Kepala Bidang is an administrator wherever); the others (a Kepala Kantor, a Direktur, a plain
 * Sekretaris) differ between instansi, and a kelas that disagrees decides.
 */
const LEADERS: Array<[RegExp, JenisJabatan, 'firm' | 'loose']> = [
    [/^kepala (sub ?bagian|sub ?bidang|seksi|sub ?seksi)\b|^(kasubbag|kasubag|kasubbid|kasi|kasie)\b/i, 'pengawas', 'firm'],
    [/^(sekretaris (lurah|kelurahan|desa)|lurah)\b/i, 'pengawas', 'firm'],
    [/^kepala (uptd?|unit pelaksana|tata usaha|sub ?unit)\b/i, 'pengawas', 'loose'],
    [/^(sekretaris (jenderal|utama|kementerian)|deputi|direktur jenderal|inspektur (jenderal|utama))\b/i, 'jpt-madya', 'firm'],
    // A provinsi's Sekretaris Daerah is JPT Madya, a kabupaten's JPT Pratama: the kelas tells them apart.
    [/^sekretaris daerah\b/i, 'jpt-madya', 'loose'],
    [/^(kepala (dinas|badan|satuan|biro|pusat)|staf ahli|sekretaris (dprd|dewan))\b/i, 'jpt-pratama', 'firm'],
    [/^(inspektur( daerah| kabupaten| kota| provinsi)?$|asisten\b|direktur\b)/i, 'jpt-pratama', 'loose'],
    [/^(kepala (bidang|bagian)|inspektur pembantu|camat|sekretaris (camat|kecamatan))\b/i, 'administrator', 'firm'],
    [/^(sekretaris|kepala (kantor|rsud|rumah sakit|balai|subdirektorat))\b|^inspektur\b/i, 'administrator', 'loose']
];

function leaderLevel(title: string): { jenis: JenisJabatan; firm: boolean } | undefined {
    const found = LEADERS.find(([re]) => re.test(title.trim()));
    return found ? { jenis: found[1], firm: found[2] === 'firm' } : undefined;
}

/** The structural jenis a kelas falls in, as kelas jabatan are set (JPT Madya 16-17, Pratama 13-15, …). */
function kelasLevel(kelas: number | undefined): JenisJabatan | undefined {
    if (kelas === undefined) return undefined;
    return kelas >= 16 ? 'jpt-madya' : kelas >= 13 ? 'jpt-pratama' : kelas >= 11 ? 'administrator' : kelas >= 8 ? 'pengawas' : undefined;
}

/** Which structural jenis: title and kelas together, the report saying which decided. */
function structuralLevel(title: string, kelas: number | undefined, from: string): JenisDecision {
    const byTitle = leaderLevel(title);
    const byKelas = kelasLevel(kelas);
    if (byTitle && (!byKelas || byKelas === byTitle.jenis)) {
        return { value: byTitle.jenis, guessed: true, reason: `${from}; tingkat dari judul${byKelas ? ` dan kelas ${kelas}` : ''}: ${byTitle.jenis}` };
    }
    if (byTitle && byKelas) {
        const value = byTitle.firm ? byTitle.jenis : byKelas;
        const said = `judul menunjuk ${byTitle.jenis}, kelas ${kelas} menunjuk ${byKelas}`;
        return { value, guessed: true, reason: `${from}; ${said}: dipakai ${value} (${byTitle.firm ? 'judul' : 'kelas'})`, review: `jenis ${value} ditebak: ${said}` };
    }
    if (byKelas) return { value: byKelas, guessed: true, reason: `${from}; tingkat dari kelas ${kelas}: ${byKelas}`, review: `jenis ${byKelas} ditebak dari kelas ${kelas} saja` };
    return { value: 'administrator', guessed: true, reason: `${from}; judul dan kelas tidak menunjukkan tingkat: administrator`, review: 'jenis jabatan struktural tanpa tingkat yang dapat dikenali: ditulis administrator' };
}

/**
 * The jenis of a row: the Jenis Jabatan column when it names an eselon or a jenis; when it says only
 * "Struktural", or there is none, the title and the kelas together. A jenjang in the title decides
 * before any leading word ("Asisten Apoteker Terampil" is a JF, not an Asisten).
 */
export function decideJenis(title: string, written: string | undefined, kelas: number | undefined): JenisDecision {
    const says = written ? columnSays(written) : undefined;
    if (says && 'jenis' in says) return { value: says.jenis, guessed: false, reason: `kolom Jenis Jabatan ("${written}")` };
    if (says && 'structural' in says) return structuralLevel(title, kelas, `kolom Jenis Jabatan "${written}"`);
    const unread = !written ? '' : says ? `kolom Jenis Jabatan "${written}" (jabatan administrasi); ` : `kolom Jenis Jabatan "${written}" tidak dikenali; `;
    const jenjang = jenjangOf(title);
    if (jenjang) return { value: 'fungsional', guessed: true, reason: `${unread}jenis dari judul (jenjang ${jenjang.jenjang} pada judul)` };
    if (leaderLevel(title)) {
        const d = structuralLevel(title, kelas, `${unread}jenis dari judul pimpinan`);
        return { ...d, review: d.review ?? `jenis ${d.value} ditebak dari judul (${written ? 'kolom Jenis Jabatan tidak menyebut tingkatnya' : 'tanpa kolom Jenis Jabatan'})` };
    }
    return { value: 'pelaksana', guessed: true, reason: `${unread}jenis dari judul (tanpa jenjang JF, bukan judul pimpinan): pelaksana` };
}

export function isStructural(jenis: JenisJabatan): boolean {
    return jenis === 'jpt-madya' || jenis === 'jpt-pratama' || jenis === 'administrator' || jenis === 'pengawas';
}
