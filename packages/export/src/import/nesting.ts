import type { DataRow } from './rows.js';
import { placedByKind, type PlacedRows, type RowNode } from './tree.js';

export const UNKNOWN_RANK = 2.5;

/**
 * How high a unit's word ranks, for sheets that nest units neither by indentation nor by a Level
 * column: a Biro holds Bagian, a Bagian holds Subbagian. A word the language does not know (a
 * "Kantor … di Ibu Kota Provinsi") sits below a Biro and above a Bagian. An organisation's word
 * ranks highest only for the sheet's first unit: an "Inspektorat" or a "Sekretariat Utama" inside a
 * Sekretariat Jenderal or a Badan is one of its units.
 */
export function unitRank(title: string, first = false): number {
    const t = title.toLowerCase();
    if (/^(dinas|badan|inspektorat|sekretariat (daerah|dprd|dewan|jenderal|utama|kementerian)|kementerian|lembaga|kecamatan|satuan polisi|rsud|rumah sakit)\b/.test(t)
        && !/^inspektorat (pembantu|wilayah)\b/.test(t)) return first ? 0 : 1;
    // An Asisten coordinates Biro in a provinsi's Setda and Bagian in a kabupaten's; an Asisten Deputi sits in a Deputi.
    if (/^asisten deputi\b/.test(t)) return 2;
    if (/^(deputi|kedeputian|direktorat jenderal|inspektorat (utama|jenderal)|asisten)\b/.test(t)) return 1;
    if (/^(biro|pusat|direktorat|sekretariat|bidang|inspektur pembantu|inspektorat pembantu|inspektorat wilayah|irban|uptd?|unit pelaksana|puskesmas|kelurahan|balai)\b/.test(t)) return 2;
    if (/^(bagian|subdirektorat|sub direktorat)\b/.test(t)) return 3;
    if (/^(sub ?bagian|sub ?bidang|seksi|sub ?seksi|urusan)\b/.test(t)) return 4;
    return UNKNOWN_RANK;
}

/**
 * The non-structural units of a hospital, listed among its Bagian and Bidang (Instalasi Farmasi,
 * Komite Medik, Satuan Pengawas Internal, Unit Layanan Pengadaan): they hold positions, never a unit
 * listed after them.
 */
const HOLDS_NO_UNIT = /^(instalasi|komite|satuan pengawas internal|unit layanan)\b/;

/**
 * Whether an open unit holds the next unit, by their words: a higher rank holds a lower one, except
 * that a Sekretariat holds its Subbagian but not the Seksi or Subbidang listed after it (in a
 * Kecamatan or Kelurahan they stand beside the Sekretariat, in a Dinas under a Bidang).
 */
export function holds(outer: RowNode, inner: RowNode): boolean {
    if (openRank(outer) >= unitRank(inner.data.title, false)) return false;
    const o = outer.data.title.toLowerCase(), i = inner.data.title.toLowerCase();
    if (HOLDS_NO_UNIT.test(o)) return false;
    return !(/^sekretariat\b/.test(o) && !/^sekretariat (daerah|dprd|dewan|jenderal|utama|kementerian)\b/.test(o) && /^(seksi|sub ?bidang|sub ?seksi)\b/.test(i));
}

/** The rank of an open unit: the sheet's top unit keeps an organisation's rank. */
export function openRank(u: RowNode): number {
    return unitRank(u.data.title, u.parent === undefined);
}

/** Titles compared as an analyst reads them: case, punctuation and spacing aside. */
export function sameTitle(a: string): string {
    return a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A sheet with a Level column (the depth of each row) and perhaps a Unit Kerja column (the unit each
 * row belongs to): unit rows nest by their level; a position goes to the unit its Unit Kerja names
 * (the nearest one open, so that a title repeated under many parents is the right one), else to the
 * unit its level says.
 */
export function byLevel(nodes: RowNode[], rows: readonly DataRow[]): PlacedRows {
    const byRow = new Map(nodes.map(n => [n.data.row, n]));
    const roots: RowNode[] = [];
    const open: RowNode[] = [];
    const seen = new Map<string, RowNode>();
    const subtotalOf = new Map<number, RowNode>();
    const offset = positionOffset(rows);
    const immediate = unitKerjaIsImmediate(rows);
    // A sheet with no unit row names its units only in the Unit Kerja column: each is opened where first named.
    const fromUnitKerja = !rows.some(r => r.kind === 'unit');
    const attach = (n: RowNode, parent: RowNode | undefined) => { if (parent) { n.parent = parent; parent.children.push(n); } else roots.push(n); };
    for (const r of rows) {
        if (r.kind === 'subtotal') {
            const named = open.findLast(u => sameTitle(u.data.title) === sameTitle(r.subtotalOf ?? ''));
            if (named) subtotalOf.set(r.row, named);
            continue;
        }
        const n = byRow.get(r.row);
        if (!n) continue;
        if (n.data.kind === 'unit') {
            openUnit(n, open);
            attach(n, open[open.length - 1]);
            open.push(n);
            seen.set(sameTitle(n.data.title), n);
            continue;
        }
        if (fromUnitKerja && n.data.unitKerja !== undefined && !isOpen(n.data.unitKerja, open)) {
            const unit = unitFromUnitKerja(n, offset);
            openUnit(unit, open);
            attach(unit, open[open.length - 1]);
            open.push(unit);
            seen.set(sameTitle(unit.data.title), unit);
        }
        attach(n, unitOfPosition(n, open, seen, offset, immediate));
    }
    return { roots, problems: [], subtotalOf };
}

/** A unit named again after it closed is a new one: the same title under another parent ("Bagian Administrasi" of each Kantor). */
function isOpen(unitKerja: string, open: readonly RowNode[]): boolean {
    const wanted = sameTitle(unitKerja);
    return open.some(u => { const t = sameTitle(u.data.title); return t === wanted || wanted.startsWith(`${t} `) || t.startsWith(`${wanted} `); });
}

/**
 * A unit the sheet names only in the Unit Kerja column, opened at the first row that names it: its
 * level is that row's less the sheet's offset. Its row number is that row's, negated: it has no row.
 */
function unitFromUnitKerja(first: RowNode, offset: number): RowNode {
    const d = first.data;
    const data: DataRow = {
        row: -d.row, kind: 'unit', title: d.unitKerja!, level: d.level === undefined ? undefined : d.level - offset, warnings: [], indent: 0, bold: false,
        unitBecause: `unit dari kolom Unit Kerja (pertama disebut baris ${d.row}); tidak ada baris unit`
    };
    return { data, children: [], notes: [], review: [] };
}

/** Closes the open units at the new unit's level or deeper; without a level, its word's rank decides. */
function openUnit(n: RowNode, open: RowNode[]): void {
    const level = n.data.level;
    if (level !== undefined) {
        while (open.length > 0 && (open[open.length - 1].data.level ?? Infinity) >= level) open.pop();
        return;
    }
    while (open.length > 0 && !holds(open[open.length - 1], n)) open.pop();
    placedByKind(n, open[open.length - 1]);
}

function unitOfPosition(n: RowNode, open: RowNode[], seen: Map<string, RowNode>, offset: number, immediate: boolean): RowNode | undefined {
    const d = n.data;
    const byLevelOf = () => {
        if (d.level === undefined) return open[open.length - 1];
        for (let i = open.length - 1; i >= 0; i--) if ((open[i].data.level ?? 0) <= d.level - offset) return open[i];
        return undefined;
    };
    const candidate = byLevelOf();
    if (d.unitKerja === undefined) return candidate;
    const wanted = sameTitle(d.unitKerja);
    const exact = (u: RowNode) => sameTitle(u.data.title) === wanted;
    // "Bagian Tata Usaha Deputi Bidang Administrasi" names the "BAGIAN TATA USAHA" row when no title is that exact one.
    const prefixed = (u: RowNode) => { const t = sameTitle(u.data.title); return wanted.startsWith(`${t} `) || t.startsWith(`${wanted} `); };
    const named = open.some(exact) || seen.has(wanted) ? exact : (u: RowNode) => exact(u) || prefixed(u);
    // A Unit Kerja naming the unit the row's place gives, or a unit above it (sheets that name the Biro
    // of every row below it), agrees with that place.
    let agrees = false;
    for (let u = candidate; u && !agrees; u = u.parent) agrees = named(u);
    if (agrees && (d.level !== undefined || !immediate)) return candidate;
    const inOpen = open.findLast(named);
    if (inOpen) return inOpen;
    const earlier = seen.get(wanted);
    if (earlier) {
        n.notes.push(`Unit Kerja "${d.unitKerja}": unit itu sudah ditutup baris unit lain di atasnya; ditempatkan di ${earlier.data.title} yang terakhir`);
        return earlier;
    }
    n.review.push(`Unit Kerja "${d.unitKerja}" tidak ada sebagai baris unit; ditempatkan ${candidate ? `di ${candidate.data.title}` : 'di puncak'} menurut ${d.level !== undefined ? 'Level' : 'urutan baris'}`);
    return candidate;
}

/** Whether Unit Kerja names each row's own unit (the head after a unit row names that unit) or a unit above it. */
function unitKerjaIsImmediate(rows: readonly DataRow[]): boolean {
    let own = 0, other = 0;
    for (let i = 0; i + 1 < rows.length; i++) {
        const u = rows[i], p = rows[i + 1];
        if (u.kind !== 'unit' || p.kind !== 'jabatan' || p.unitKerja === undefined) continue;
        if (sameTitle(p.unitKerja) === sameTitle(u.title)) own++; else other++;
    }
    return own >= other;
}

/**
 * Whether a position's Level is its unit's level (offset 0) or one below it (offset 1): read from the
 * first position after each unit row, the sheets differ.
 */
function positionOffset(rows: readonly DataRow[]): number {
    let same = 0, below = 0;
    for (let i = 0; i + 1 < rows.length; i++) {
        const u = rows[i], p = rows[i + 1];
        if (u.kind !== 'unit' || p.kind !== 'jabatan' || u.level === undefined || p.level === undefined) continue;
        if (p.level === u.level) same++;
        else if (p.level === u.level + 1) below++;
    }
    return same > below ? 0 : 1;
}
