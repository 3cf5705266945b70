import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ORG_KINDS } from '@sikerja/model';
import { findHeader, normaliseHeader, type ColumnMapping } from './columns.js';
import { NameScope, organisationOfHead, titleCase } from './guess.js';
import { organise, type ImportedOrganisation, type ImportedPosition, type ImportedUnit } from './organise.js';
import { nameAll, printOrganisations, printPemdaDefinition } from './print.js';
import { readSheets, tablesOf, type Sheet } from './read-sheet.js';
import { classifyRows, type DataRow } from './rows.js';
import { summarise, type SheetSummary } from './summary.js';
import { detectLayout, placeRows, subtreeSums, type RowNode } from './tree.js';

/** A trailing "Kabupaten Bengkayang", "Pemerintah Kota X", "Provinsi Y": a word must follow, so "Tata Kota" stays. */
const REGION_SUFFIX = /\s+(pemerintah\s+)?(kabupaten|kota|provinsi)\s+\S.*$/i;
/** A title that names a Perangkat Daerah or unit kerja by its kind. */
const PD_TITLE = /^(dinas|badan|inspektorat|sekretariat|satuan|kecamatan|kelurahan|rsud|rumah sakit|uptd?|puskesmas)\b/i;

export interface ImportRequest {
    files: readonly string[];
    /** The pemda the written files belong to (`pemda <Nama>`). */
    pemda: string;
    sheet?: string;
    mapping?: ColumnMapping;
    outDir: string;
    /** For a pemda.sikerja written when the folder has none. */
    pemdaTitle?: string;
    regulation?: string;
}

export type RowOutcomeKind = 'jabatan' | 'pimpinan' | 'unit' | 'organisasi' | 'subtotal' | 'judul' | 'kepala-tabel' | 'dilewati';

export interface RowOutcome {
    file: string;
    sheet: string;
    row: number;
    outcome: RowOutcomeKind;
    /** The qualified name it became. */
    as?: string;
    title?: string;
    /** What was guessed, and why. */
    guesses: string[];
    /** Guesses that decide the structure: points an analyst should review. */
    review?: string[];
    /** Why a row was skipped, or what a check found (subtotal, ±). */
    note?: string;
    /** Where the row's declaration was written: the .sikerja file and its line (1-based). */
    declaration?: { file: string; line: number };
}

export interface ImportReport {
    written: Array<{ file: string; perangkatDaerah: string; positions: number; sheet: string; source: string }>;
    /** The folder whose model files the written ones belong to: where the pemda is defined (the output folder or one above it). */
    pemdaFolder?: string;
    rows: RowOutcome[];
    /** One per sheet imported: what the report opens with. */
    summaries: SheetSummary[];
    errors: Array<{ file: string; sheet?: string; row?: number; message: string }>;
}

/** `dinas Name "Title"`: an organisation already written in the output folder. */
const ORGANISATION_HEADER = new RegExp(`^\\s*(?:${ORG_KINDS.join('|')})\\s+([A-Za-z_]\\w*)\\s+"((?:\\\\.|[^"\\\\])*)"`, 'gm');
const SKIP_REASONS: Partial<Record<DataRow['kind'], string>> = {
    kosong: 'baris kosong', 'kepala-berulang': 'kepala tabel yang berulang (mis. di awal halaman cetak)', 'nomor-kolom': 'nomor kolom tabel (1, 2, 3 …), bukan jabatan', 'tanpa-nama': 'tanpa nama jabatan; nilai lain di baris ini tidak diimpor',
    'kelompok-jenis': 'pengelompokan menurut jenis jabatan, bukan unit dan bukan jabatan; baris di bawahnya tetap di unit di atasnya'
};

/**
 * Peta jabatan spreadsheets into .sikerja files, one per Perangkat Daerah (a sheet), each row
 * accounted for in the report: imported as what, with what guessed, or skipped and why.
 */
export async function importSpreadsheets(request: ImportRequest): Promise<ImportReport> {
    const report: ImportReport = { written: [], rows: [], summaries: [], errors: [] };
    const topScope = new NameScope();
    await fs.mkdir(request.outDir, { recursive: true });
    const existingTitles = new Map<string, string>();
    for (const existing of await modelFiles(request.outDir)) {
        for (const m of (await fs.readFile(existing, 'utf8')).matchAll(ORGANISATION_HEADER)) {
            topScope.claim(m[1]);
            existingTitles.set(m[2].toLowerCase(), path.basename(existing));
        }
    }
    for (const file of request.files) {
        let sheets: Sheet[];
        try {
            sheets = await readSheets(file);
        } catch (e) {
            report.errors.push({ file, message: `berkas tidak dapat dibaca sebagai .xlsx atau .csv: ${e instanceof Error ? e.message : String(e)}` });
            continue;
        }
        const wanted = request.sheet ?? request.mapping?.sheet;
        if (wanted && !sheets.some(s => s.name === wanted)) report.errors.push({ file, message: `lembar "${wanted}" tidak ada; lembar yang ada: ${sheets.map(s => s.name).join(', ')}` });
        for (const sheet of sheets) {
            if (wanted ? sheet.name !== wanted : sheet.hidden) {
                if (!wanted) report.rows.push({ file, sheet: sheet.name, row: 0, outcome: 'dilewati', guesses: [], note: `lembar tersembunyi, tidak diimpor; sebutkan dengan --sheet "${sheet.name}" untuk mengimpornya` });
                continue;
            }
            for (const table of tablesOf(sheet)) await importSheet(table, request, topScope, report, existingTitles);
        }
    }
    if (report.written.length > 0) report.pemdaFolder = await writePemdaFileIfMissing(request, report);
    return report;
}

async function importSheet(sheet: Sheet, request: ImportRequest, topScope: NameScope, report: ImportReport, existingTitles: Map<string, string>): Promise<void> {
    const base = { file: sheet.file, sheet: sheet.name };
    if (sheet.rows.every(r => r.cells.every(c => c === ''))) return;
    const header = findHeader(sheet.rows, request.mapping);
    if (!header) {
        // A workbook's recapitulation (one row per Perangkat Daerah, no jabatan) is no peta jabatan: said, not an error.
        const recap = sheet.rows.slice(0, 40).find(r => r.cells.some(c => /^(nama)?(perangkatdaerah|opd|skpd)$/.test(normaliseHeader(c))));
        if (recap) {
            report.rows.push({ ...base, row: recap.row, outcome: 'dilewati', guesses: [], note: 'lembar rekapitulasi per perangkat daerah (kolom "Perangkat Daerah", tanpa kolom "Nama Jabatan"), bukan peta jabatan: tidak diimpor' });
            return;
        }
        report.errors.push({ ...base, message: 'kepala tabel tidak dikenali: di 40 baris pertama tidak ada baris dengan kolom "Nama Jabatan"/"Jabatan" dan "Kelas", "B" atau "K". '
            + `Tulis berkas pemetaan (--mapping) dengan "headerRow" dan "columns"; tidak ada baris lembar ini yang diimpor (${sheet.rows.length} baris).` });
        return;
    }
    const titleRows = sheet.rows.slice(0, header.at).filter(r => r.cells.some(c => c !== ''));
    // "PETA JABATAN DI LINGKUNGAN BADAN X TAHUN 2025" names the Badan X.
    const pdTitleRow = titleRows.map(r => r.cells.find(c => c !== '')!.replace(/^peta jabatan\s*((di lingkungan|pada)\s+)?/i, '').replace(/\s+(tahun|keadaan|per)\s+.*\d{4}.*$/i, '').replace(/\s+(19|20)\d{2}$/, '').trim())
        .find(t => PD_TITLE.test(t));
    // "Inspektorat Daerah Kabupaten Bengkayang": the region is the pemda's, which every diagram and
    // document already names under the Perangkat Daerah; kept in the title it would be said twice.
    const region = pdTitleRow ? REGION_SUFFIX.exec(pdTitleRow) : null;
    const pdTitleWithoutRegion = region ? pdTitleRow!.slice(0, region.index).trim() : pdTitleRow;
    const rows = classifyRows(sheet.rows.slice(header.at + header.rows), sheet.rows[header.at], header.columns);
    // Without a title row, a sheet named for its Perangkat Daerah names it; else the head's title does ("Kepala Dinas Sosial").
    const head = rows.find(r => r.kind === 'jabatan' || r.kind === 'unit');
    const headOf = head?.kind === 'jabatan' ? organisationOfHead(titleCase(head.title)) : undefined;
    const pdTitle = request.mapping?.perangkatDaerah ? { title: request.mapping.perangkatDaerah }
        : pdTitleWithoutRegion ? {
            title: titleCase(pdTitleWithoutRegion),
            guessed: `nama perangkat daerah dari baris judul di atas tabel${region ? ` (tanpa "${titleCase(region[0].trim())}": nama daerah ada pada pemda)` : ''}`
        }
        : !PD_TITLE.test(sheet.name) && headOf ? { title: headOf, guessed: `nama perangkat daerah dari jabatan kepalanya "${titleCase(head!.title)}" (tanpa baris judul)` }
        : { title: titleCase(sheet.name), guessed: `nama perangkat daerah dari nama lembar "${sheet.name}"` };
    const firstOutcome = report.rows.length;
    for (const r of titleRows) report.rows.push({ ...base, row: r.row, outcome: 'judul', guesses: [], note: r.cells.filter(Boolean).join(' ') });
    for (let i = 0; i < header.rows; i++) report.rows.push({ ...base, row: sheet.rows[header.at + i].row, outcome: 'kepala-tabel', guesses: [] });

    const layout = request.mapping?.layout ?? detectLayout(rows, header.columns.id !== undefined && header.columns.atasan !== undefined);
    const placed = placeRows(rows, layout);
    for (const p of placed.problems) report.errors.push({ ...base, row: p.row, message: p.message });
    const { organisations, placements } = organise(placed.roots, pdTitle, followsHeads(layout, rows));
    const qualified = nameAll(organisations, topScope);
    const byRow = new Map(placements.map(p => [p.row, p]));
    const nodesByTitle = new Map<string, RowNode>();
    const nodeByRow = new Map<number, RowNode>();
    const walk = (n: RowNode) => {
        if (!nodesByTitle.has(n.data.title.toLowerCase())) nodesByTitle.set(n.data.title.toLowerCase(), n);
        nodeByRow.set(n.data.row, n);
        n.children.forEach(walk);
    };
    placed.roots.forEach(walk);
    const all = { b: 0, k: 0 };
    for (const n of placed.roots) { const s = subtreeSums(n); all.b += s.b; all.k += s.k; }

    const lastSubtotal = [...rows].reverse().find(r => r.kind === 'subtotal');
    const org = placements.find(p => p.as === 'organisasi' && p.row === 0);
    // Each row's declaration, to point at once the file is written.
    const declared = new Map<RowOutcome, ImportedUnit | ImportedPosition>();
    if (org) {
        const outcome: RowOutcome = { ...base, row: 0, outcome: 'organisasi', as: org.target && qualified.get(org.target), title: org.title, guesses: org.guesses, ...(org.review.length > 0 ? { review: org.review } : {}) };
        report.rows.push(outcome);
        if (org.target) declared.set(outcome, org.target);
    }
    for (const r of rows) {
        const skip = SKIP_REASONS[r.kind];
        if (skip) { report.rows.push({ ...base, row: r.row, outcome: 'dilewati', guesses: [], note: skip }); continue; }
        if (r.kind === 'subtotal') { report.rows.push({ ...base, row: r.row, outcome: 'subtotal', title: r.title, guesses: [], note: subtotalCheck(r, placed.subtotalOf.get(r.row), nodesByTitle, all, r === lastSubtotal) }); continue; }
        // A unit named only in the Unit Kerja column is reported at the row that first names it.
        const named = byRow.get(-r.row);
        if (named) {
            const outcome: RowOutcome = { ...base, row: r.row, outcome: 'unit', title: named.title, as: named.target && qualified.get(named.target), guesses: named.guesses, ...(named.review.length > 0 ? { review: named.review } : {}) };
            report.rows.push(outcome);
            if (named.target) declared.set(outcome, named.target);
        }
        const p = byRow.get(r.row);
        if (!p) { report.rows.push({ ...base, row: r.row, outcome: 'dilewati', guesses: [], note: 'tidak dapat ditempatkan' }); continue; }
        // A unit row's figures are its total: checked against its positions, like a "Jumlah" row.
        const totalled = r.kind === 'unit' && (r.b !== undefined || r.k !== undefined);
        const note = totalled ? subtotalCheck(r, nodeByRow.get(r.row), nodesByTitle, all, false)
            : r.selisih !== undefined && r.b !== undefined && r.k !== undefined && r.selisih !== r.b - r.k
            ? `± tertulis ${r.selisih}, padahal B − K = ${r.b - r.k}: tidak disalin (± dihitung SiKerja)` : undefined;
        const outcome: RowOutcome = { ...base, row: r.row, outcome: p.as, title: p.title, as: p.target && qualified.get(p.target), guesses: p.guesses, ...(p.review.length > 0 ? { review: p.review } : {}), note };
        report.rows.push(outcome);
        if (p.target) declared.set(outcome, p.target);
    }
    const positions = placements.filter(p => p.as === 'jabatan' || p.as === 'pimpinan').length;
    const pd = organisations[0];
    const summary = summarise({ file: path.basename(sheet.file), sheet: sheet.name, organisations, qualified, rows, columns: header.columns, outcomes: report.rows.slice(firstOutcome), encoding: sheet.encoding });
    report.summaries.push(summary);
    // Importing the same sheet twice into one folder would declare the Perangkat Daerah twice.
    const already = existingTitles.get(pd.title.toLowerCase());
    if (already) {
        report.errors.push({ ...base, message: `${pd.title} sudah ada di ${already}; tidak ditulis lagi (pindahkan berkas itu atau pilih --out lain)` });
        return;
    }
    const target = path.join(request.outDir, `${pd.name}.sikerja`);
    const origin = `${path.basename(sheet.file)}, lembar "${sheet.name}"`;
    try {
        const printed = printOrganisations(request.pemda, organisations, qualified, origin);
        await fs.writeFile(target, printed.text, { flag: 'wx' });
        for (const [outcome, item] of declared) {
            const line = printed.lineOf.get(item);
            if (line !== undefined) outcome.declaration = { file: target, line };
        }
        for (const o of organisations) existingTitles.set(o.title.toLowerCase(), path.basename(target));
        report.written.push({ file: target, perangkatDaerah: pd.title, positions, sheet: sheet.name, source: sheet.file });
        summary.written = path.basename(target);
    } catch (e) {
        const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
        report.errors.push({ ...base, message: exists ? `${target} sudah ada dan tidak ditimpa; pindahkan atau pilih --out lain` : `tidak dapat menulis ${target}: ${String(e)}` });
    }
}

/**
 * Whether heads open the units their following rows fill: where the sheet places positions by
 * nothing else (indentation layout, or a Unit Kerja column naming one unit for every row).
 */
function followsHeads(layout: string, rows: readonly DataRow[]): boolean {
    if (layout === 'indentasi') return true;
    return layout === 'level' && !rows.some(r => r.kind === 'unit') && new Set(rows.map(r => r.unitKerja).filter(u => u !== undefined)).size <= 1;
}

/**
 * "Jumlah Bidang X" against the positions below Bidang X; the last total of the sheet may also
 * count the whole table (a Perangkat Daerah with its unit kerja).
 */
function subtotalCheck(r: DataRow, closes: RowNode | undefined, byTitle: Map<string, RowNode>, all: { b: number; k: number }, last: boolean): string {
    const named = r.subtotalOf ?? '';
    const node = closes ?? byTitle.get(named);
    const scopes = [node ? subtreeSums(node) : undefined, last || !named || /^(seluruh|semua|keseluruhan|total)$/.test(named) ? all : undefined]
        .filter((x): x is { b: number; k: number } => x !== undefined);
    if (scopes.length === 0) return 'jumlah tidak dicocokkan: unit yang dijumlahkan tidak dikenali; tidak diimpor sebagai jabatan';
    if (r.b === undefined && r.k === undefined) return 'jumlah tidak dicocokkan: tidak ada angka B atau K yang terbaca di baris ini; tidak diimpor sebagai jabatan';
    const fits = (scope: { b: number; k: number }) => (r.b === undefined || r.b === scope.b) && (r.k === undefined || r.k === scope.k);
    const match = scopes.find(fits);
    if (match) return `jumlah cocok dengan data (B ${match.b}, K ${match.k}); tidak diimpor sebagai jabatan`;
    const scope = scopes[0];
    const diffs = [r.b !== undefined && r.b !== scope.b ? `B tertulis ${r.b}, data ${scope.b}` : '', r.k !== undefined && r.k !== scope.k ? `K tertulis ${r.k}, data ${scope.k}` : ''].filter(Boolean);
    return `jumlah TIDAK cocok: ${diffs.join('; ')}; tidak diimpor sebagai jabatan`;
}

async function modelFiles(dir: string): Promise<string[]> {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter(e => e.isFile() && e.name.endsWith('.sikerja')).map(e => path.join(dir, e.name));
}

/**
 * The written files name their pemda; one file must define it. A definition in the folder or in a
 * folder above it (importing into a kabupaten's subfolder) is enough; otherwise pemda.sikerja is written.
 */
async function writePemdaFileIfMissing(request: ImportRequest, report: ImportReport): Promise<string> {
    const defines = new RegExp(`^\\s*pemda\\s+${request.pemda}\\s*\\{`, 'm');
    for (let dir = path.resolve(request.outDir); ; dir = path.dirname(dir)) {
        for (const f of await modelFiles(dir)) {
            if (defines.test(await fs.readFile(f, 'utf8').catch(() => ''))) return dir;
        }
        if (path.dirname(dir) === dir) break;
    }
    const text = printPemdaDefinition(request.pemda, request.pemdaTitle, request.regulation);
    const target = path.join(request.outDir, 'pemda.sikerja');
    await fs.writeFile(target, text, { flag: 'wx' }).catch(() => {
        report.errors.push({ file: target, message: `${target} sudah ada tetapi tidak mendefinisikan pemda ${request.pemda}; berkas yang ditulis belum punya definisi pemda` });
    });
    return path.resolve(request.outDir);
}

export type { ImportedOrganisation, ImportedPosition, ImportedUnit };
