import type { Columns } from './columns.js';
import { isStructural } from './jenis.js';
import type { ImportedOrganisation, ImportedPosition, ImportedUnit } from './organise.js';
import type { DataRow } from './rows.js';

/** What an analyst checks in a minute after importing one sheet: the tree's shape, its heads, its totals. */
export interface SheetSummary {
    file: string;
    sheet: string;
    perangkatDaerah: string;
    /** The file written, when it was. */
    written?: string;
    /** Units (the organisation itself included) per kind, and per depth (1 is the organisation). */
    unitsByKind: Record<string, number>;
    unitsByDepth: number[];
    units: number;
    /** Units that head something: a pimpinan. */
    unitsWithHead: number;
    /** Qualified names: units with neither a head nor a position of their own. */
    unitsWithoutPosition: string[];
    unitsWithoutHead: string[];
    /**
     * Qualified names: structural positions (JPT, administrator, pengawas) that lead no unit, and heads
     * of a unit made from their own title that holds nothing else (a title read as a head by mistake).
     */
    positionsHeadingNothing: string[];
    /** Qualified names: units the sheet has no row for, made from their head's title. */
    unitsFromHeads: string[];
    positions: number;
    /** Sums over the sheet's rows (skipped ones included) and over the written positions; undefined where the sheet has no such column. */
    totals: { b?: { sheet: number; model: number }; k?: { sheet: number; model: number } };
    rows: { total: number; skipped: number; guessed: number; review: number };
    /** A CSV read in another encoding than UTF-8. */
    encoding?: string;
}

export interface SummaryInput {
    file: string;
    sheet: string;
    organisations: readonly ImportedOrganisation[];
    qualified: Map<ImportedUnit | ImportedPosition, string>;
    rows: readonly DataRow[];
    columns: Columns;
    outcomes: ReadonlyArray<{ outcome: string; guesses: string[]; review?: string[] }>;
    encoding?: string;
}

export function summarise(input: SummaryInput): SheetSummary {
    const s: SheetSummary = {
        file: input.file, sheet: input.sheet, perangkatDaerah: input.organisations[0]?.title ?? '', unitsByKind: {}, unitsByDepth: [], units: 0, unitsWithHead: 0,
        unitsWithoutPosition: [], unitsWithoutHead: [], positionsHeadingNothing: [], unitsFromHeads: [], positions: 0, totals: {}, rows: { total: 0, skipped: 0, guessed: 0, review: 0 },
        ...(input.encoding ? { encoding: input.encoding } : {})
    };
    const model = { b: 0, k: 0 };
    const name = (x: ImportedUnit | ImportedPosition) => input.qualified.get(x) ?? x.title;
    const count = (p: ImportedPosition) => { s.positions++; model.b += p.b ?? 0; model.k += p.k ?? 0; };
    const walk = (u: ImportedUnit, depth: number) => {
        s.units++;
        s.unitsByKind[u.kind] = (s.unitsByKind[u.kind] ?? 0) + 1;
        s.unitsByDepth[depth - 1] = (s.unitsByDepth[depth - 1] ?? 0) + 1;
        if (u.leader) { s.unitsWithHead++; count(u.leader); } else s.unitsWithoutHead.push(name(u));
        if (!u.leader && u.positions.length === 0) s.unitsWithoutPosition.push(name(u));
        if (u.fromHead) s.unitsFromHeads.push(name(u));
        if (u.fromHead && u.leader && u.positions.length === 0 && u.units.length === 0) s.positionsHeadingNothing.push(name(u.leader));
        for (const p of u.positions) {
            count(p);
            if (isStructural(p.jenis)) s.positionsHeadingNothing.push(name(p));
        }
        u.units.forEach(c => walk(c, depth + 1));
    };
    input.organisations.forEach(o => walk(o, 1));
    for (let i = 0; i < s.unitsByDepth.length; i++) s.unitsByDepth[i] ??= 0;
    // Positions' rows and skipped rows that carry figures; a unit row's figures are its total, not posts.
    const counted = input.rows.filter(r => r.kind === 'jabatan' || r.kind === 'tanpa-nama');
    const sheetSum = (f: 'b' | 'k') => counted.reduce((sum, r) => sum + (r[f] ?? 0), 0);
    if (input.columns.b !== undefined) s.totals.b = { sheet: sheetSum('b'), model: model.b };
    if (input.columns.k !== undefined) s.totals.k = { sheet: sheetSum('k'), model: model.k };
    s.rows = {
        total: input.outcomes.length, skipped: input.outcomes.filter(o => o.outcome === 'dilewati').length,
        guessed: input.outcomes.filter(o => o.guesses.length > 0).length, review: input.outcomes.filter(o => (o.review?.length ?? 0) > 0).length
    };
    return s;
}

const list = (xs: readonly string[], max = 10) => xs.length === 0 ? 'tidak ada' : `${xs.length}: ${xs.slice(0, max).join(', ')}${xs.length > max ? `, dan ${xs.length - max} lagi` : ''}`;

function totalLine(label: string, t: { sheet: number; model: number } | undefined): string {
    if (!t) return `${label}: lembar tidak punya kolom ${label}`;
    return `${label}: lembar ${t.sheet}, model ${t.model}${t.sheet === t.model ? ' (sama)' : ` (BEDA ${t.model - t.sheet}: periksa baris yang dilewati)`}`;
}

/** The summary as the report opens with it, in the analyst's words. */
export function formatSummary(s: SheetSummary): string[] {
    const kinds = Object.entries(s.unitsByKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    const depths = s.unitsByDepth.map((n, i) => `${i + 1}: ${n}`).join(', ');
    return [
        `Ringkasan ${s.file}, lembar "${s.sheet}": ${s.perangkatDaerah}${s.written ? ` → ${s.written}` : ' (tidak ditulis)'}`,
        `  Unit: ${s.units} (${kinds}); per tingkat ${depths}`,
        `  Pimpinan: ${s.unitsWithHead} dari ${s.units} unit; unit tanpa pimpinan: ${list(s.unitsWithoutHead)}`,
        `  Unit tanpa jabatan: ${list(s.unitsWithoutPosition)}`,
        `  Unit tanpa baris unit (dibuat dari judul pimpinannya): ${list(s.unitsFromHeads)}`,
        `  Jabatan yang tidak memimpin apa pun: ${list(s.positionsHeadingNothing)}`,
        `  Jabatan: ${s.positions}; ${totalLine('B', s.totals.b)}; ${totalLine('K', s.totals.k)}`,
        `  Baris: ${s.rows.total}; dilewati ${s.rows.skipped}; dengan tebakan ${s.rows.guessed}; perlu ditinjau ${s.rows.review}${s.rows.review > 0 ? ' (baris bertanda TINJAU di bawah)' : ''}`,
        ...(s.encoding ? [`  Teks: berkas ini bukan UTF-8; dibaca sebagai ${s.encoding}${s.encoding === 'Windows-1252' ? ' (ANSI, seperti Excel di Windows menyimpan "CSV (dipisahkan koma)")' : ''}. `
            + 'Periksa huruf khusus (’ – é) di berkas yang ditulis, atau simpan ulang sebagai "CSV UTF-8".'] : [])
    ];
}
