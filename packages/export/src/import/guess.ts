import type { OrgKind, UnitKind } from '@sikerja/model';

/** A guess and the reason the report gives for it. */
export interface Guess<T> {
    value: T;
    reason: string;
}

const UNIT_KINDS: Array<[RegExp, UnitKind]> = [
    [/^sekretariat\b/i, 'sekretariat'], [/^sub ?bagian\b/i, 'subbagian'], [/^sub ?bidang\b/i, 'subbidang'], [/^bidang\b/i, 'bidang'],
    [/^bagian\b/i, 'bagian'], [/^seksi\b/i, 'seksi'], [/^asisten\b(?! deputi)/i, 'asisten'], [/^biro\b/i, 'biro'], [/^(inspektur pembantu|inspektorat pembantu|irban)\b/i, 'inspektur-pembantu']
];

export function guessUnitKind(title: string): Guess<UnitKind> {
    const found = UNIT_KINDS.find(([re]) => re.test(title));
    return found ? { value: found[1], reason: `jenis unit dari namanya ("${title}")` } : { value: 'unit', reason: `jenis unit tidak dikenali dari nama "${title}": unit` };
}

const ORG_KINDS: Array<[RegExp, OrgKind]> = [
    [/^sekretariat daerah\b/i, 'sekretariat-daerah'], [/^sekretariat (dprd|dewan)/i, 'sekretariat-dprd'], [/^inspektorat\b/i, 'inspektorat'],
    [/^satuan polisi pamong praja|^satpol/i, 'satpol-pp'], [/^kecamatan\b/i, 'kecamatan'], [/^kelurahan\b/i, 'kelurahan'],
    [/puskesmas/i, 'puskesmas'], [/^(rsud|rumah sakit)/i, 'rsud'], [/^(uptd?|unit pelaksana teknis)\b.*(sekolah|sd|smp|satuan pendidikan)/i, 'satuan-pendidikan'],
    [/^((sd|smp|sma)n?\s|sekolah (dasar|menengah)|satuan pendidikan)/i, 'satuan-pendidikan'],
    [/^(uptd?|unit pelaksana teknis)\b/i, 'uptd'], [/^badan\b/i, 'badan'], [/^dinas\b/i, 'dinas']
];

/** The kind a Perangkat Daerah's or unit kerja's title names, if it names one. */
export function orgKindOf(title: string): OrgKind | undefined {
    return ORG_KINDS.find(([re]) => re.test(title))?.[1];
}

export function guessOrgKind(title: string): Guess<OrgKind> {
    const found = orgKindOf(title);
    return found ? { value: found, reason: `jenis perangkat daerah dari namanya ("${title}")` } : { value: 'dinas', reason: `jenis perangkat daerah tidak dikenali dari "${title}": dinas` };
}

/** The unit a leader leads, named from its title: "Kepala Bidang Kesehatan" → "Bidang Kesehatan"; "Sekretaris" → "Sekretariat". */
export function unitTitleFromLeader(title: string): string {
    if (/^sekretaris$/i.test(title)) return 'Sekretariat';
    // The Sekretaris of a Kecamatan or Kelurahan leads its Sekretariat (Perbup lampiran figures).
    if (/^sekretaris camat$/i.test(title)) return 'Sekretariat Kecamatan';
    if (/^sekretaris (lurah|kelurahan)$/i.test(title)) return 'Sekretariat Kelurahan';
    const m = /^kepala\s+(.+)$/i.exec(title);
    if (m) return m[1].charAt(0).toUpperCase() + m[1].slice(1);
    return title;
}

const SMALL = new Set(['dan', 'atau', 'pada', 'untuk', 'serta', 'di', 'ke', 'dari', 'yang', 'dengan']);
const KEEP = new Set(['UPTD', 'UPT', 'RSUD', 'DPRD', 'SDM', 'PPKB', 'KB', 'TU', 'PMD', 'ASN', 'SPBE', 'II', 'III', 'IV', 'VI', 'VII', 'I', 'V',
    // Abbreviations peta jabatan write in titles of units and posts.
    'TIK', 'PAUD', 'PNF', 'SD', 'SMP', 'SMA', 'SMK', 'PNS', 'PPPK', 'JF', 'PP', 'PKK', 'UMKM', 'IKM', 'BUMD', 'BLUD', 'PPID', 'LPSE', 'APBD',
    'PBB', 'BPHTB', 'KIA', 'KLB', 'IGD', 'ICU', 'PTM', 'RT', 'RW', 'KTP', 'OPD', 'SKPD', 'PD', 'BPBD', 'BPKAD', 'BKPSDM', 'DPMPTSP', 'TPP']);

/** "DINAS KESEHATAN DAN KELUARGA BERENCANA" → "Dinas Kesehatan dan Keluarga Berencana"; mixed case is left alone. */
export function titleCase(text: string): string {
    if (text !== text.toUpperCase()) return text;
    return text.toLowerCase().split(' ').map((w, i) => {
        const upper = w.toUpperCase();
        if (KEEP.has(upper.replace(/[^A-Z]/g, ''))) return upper;
        if (i > 0 && SMALL.has(w)) return w;
        return w.replace(/^(\p{L})/u, c => c.toUpperCase()).replace(/([-/(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
    }).join(' ');
}

const MAX_IDENTIFIER = 64;
/** The words that tell two positions of one JF apart: its jenjang, at the end of the title. */
const JENJANG_TAIL = /^(ahli|terampil|mahir|penyelia|pemula|pertama|muda|madya|utama)$/i;

/**
 * A readable identifier from a title: "Analis Kebijakan Ahli Muda" → "AnalisKebijakanAhliMuda". A
 * title too long keeps its first words and its distinguishing end (the jenjang, or the last word),
 * the words between shortened to their initials: "…PerundangUndanganLAhliMuda", not "…LegislAhliMu".
 */
export function identifierFrom(title: string, fallback: string): string {
    const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean)
        .map(w => w.charAt(0).toUpperCase() + (w === w.toUpperCase() && w.length > 4 ? w.slice(1).toLowerCase() : w.slice(1)));
    let id = words.join('');
    if (id.length > MAX_IDENTIFIER) id = shortened(words);
    if (!/^[A-Za-z_]/.test(id)) id = fallback + id;
    return id || fallback;
}

function shortened(words: string[]): string {
    let from = words.length - 1;
    while (from > 1 && JENJANG_TAIL.test(words[from - 1]) && JENJANG_TAIL.test(words[from])) from--;
    const tail = words.slice(from).join('').slice(0, MAX_IDENTIFIER / 2);
    const middle = words.slice(0, from);
    let head = '';
    let kept = 0;
    // Whole words from the front while the rest still fits as initials.
    while (kept < middle.length && (head + middle[kept]).length + (middle.length - kept - 1) + tail.length <= MAX_IDENTIFIER) head += middle[kept++];
    const initials = middle.slice(kept).map(w => w.charAt(0)).join('');
    return (head + initials).slice(0, MAX_IDENTIFIER - tail.length) + tail;
}

/** A title without an enclosing unit's title it repeats: "Subbagian Umum Kantor X" in "Kantor X" is "Subbagian Umum". */
export function withoutEnclosing(title: string, enclosing: readonly string[]): string {
    for (const outer of enclosing) {
        const at = title.toLowerCase().lastIndexOf(outer.toLowerCase());
        if (outer.length > 0 && at > 0 && at + outer.length === title.length) return title.slice(0, at).replace(/[\s,-]+$/, '');
    }
    return title;
}

/** Names unique within one scope: the second "AnalisKebijakanAhliMuda" becomes "AnalisKebijakanAhliMuda2". */
export class NameScope {
    private readonly used = new Set<string>();

    claim(wanted: string): string {
        let name = wanted;
        for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
        this.used.add(name.toLowerCase());
        return name;
    }
}

/**
 * The Perangkat Daerah a head's title names: "Kepala Dinas Sosial" leads the Dinas Sosial, "Camat
 * Sungai Raya" the Kecamatan Sungai Raya, "Sekretaris Daerah" the Sekretariat Daerah.
 */
export function organisationOfHead(title: string): string | undefined {
    const t = title.trim().replace(/\s+/g, ' ');
    const led = /^kepala ((dinas|badan|satuan|kantor|pusat|uptd?|unit pelaksana teknis|rumah sakit|puskesmas)\b.*)$/i.exec(t);
    if (led) return led[1];
    const camat = /^camat (.+)$/i.exec(t);
    if (camat) return `Kecamatan ${camat[1]}`;
    const lurah = /^lurah (.+)$/i.exec(t);
    if (lurah) return `Kelurahan ${lurah[1]}`;
    if (/^sekretaris daerah\b/i.test(t)) return t.replace(/^sekretaris/i, 'Sekretariat');
    if (/^sekretaris (dprd|dewan perwakilan rakyat daerah)\b/i.test(t)) return t.replace(/^sekretaris/i, 'Sekretariat');
    if (/^inspektur( (daerah|kabupaten|kota)\b.*)?$/i.test(t)) return t.replace(/^inspektur/i, 'Inspektorat');
    return undefined;
}
