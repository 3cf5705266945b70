import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { countDiagnostics, fileKey, loadWorkspace } from '@sikerja/language';
import { importSpreadsheets, reportText, type ColumnMapping, type ImportReport } from '@sikerja/export/import';
import { collectDiagnostics, formatLine } from '../diagnostics.js';
import { outputFolder } from './output-model.js';

export interface ImportOptions {
    pemda: string;
    sheet?: string;
    mapping?: string;
    out: string;
    format: 'text' | 'json';
    nama?: string;
    regulasi?: string;
}

/**
 * `sikerja import`: peta jabatan spreadsheets (.xlsx, .csv) into .sikerja files, one per Perangkat
 * Daerah, then validated like any model; the report accounts for every row.
 */
export async function importCommand(files: string[], options: ImportOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
    if (!/^[A-Za-z_]\w*$/.test(options.pemda)) {
        err(`sikerja: --pemda "${options.pemda}" bukan nama yang sah: huruf, angka dan _ tanpa spasi, mis. Bengkayang.`);
        return 2;
    }
    for (const f of files) {
        if (!(await fs.stat(f).catch(() => undefined))?.isFile()) {
            err(`sikerja: berkas ${f} tidak ada.`);
            return 2;
        }
    }
    let mapping: ColumnMapping | undefined;
    if (options.mapping) {
        try {
            mapping = JSON.parse(await fs.readFile(options.mapping, 'utf8')) as ColumnMapping;
        } catch (e) {
            err(`sikerja: berkas pemetaan ${options.mapping} tidak dapat dibaca sebagai JSON: ${e instanceof Error ? e.message : String(e)}`);
            return 2;
        }
    }
    const outDir = await outputFolder(options.out, err);
    if (outDir === 2) return 2;
    const report = await importSpreadsheets({
        files, pemda: options.pemda, sheet: options.sheet, mapping, outDir, pemdaTitle: options.nama, regulation: options.regulasi
    });
    const validation = report.written.length > 0 ? await validateWritten(report.pemdaFolder ?? outDir, report) : { errors: 0, lines: [] };
    if (options.format === 'json') {
        out(JSON.stringify({ ...report, validation: { errors: validation.errors, diagnostics: validation.lines } }, null, 2));
    } else {
        // The summary first: what an analyst checks in a minute; then every row.
        for (const l of reportText(report).lines) out(l);
        for (const e of report.errors) err(`${path.basename(e.file)}${e.sheet ? `:${e.sheet}` : ''}${e.row ? `:${e.row}` : ''}: ${e.message}`);
        for (const l of validation.lines) err(l);
        const guessed = report.rows.filter(r => r.guesses.length > 0).length;
        const skipped = report.rows.filter(r => r.outcome === 'dilewati').length;
        const review = report.rows.filter(r => (r.review?.length ?? 0) > 0).length;
        out(`Ditulis ${report.written.length} berkas ke ${path.relative(process.cwd(), outDir) || '.'} (${report.written.map(w => `${path.basename(w.file)}: ${w.positions} jabatan`).join(', ') || 'tidak ada'}); `
            + `${report.rows.length} baris: ${guessed} dengan tebakan, ${skipped} dilewati; ${report.errors.length} masalah, ${review} baris perlu ditinjau; pemeriksaan: ${validation.errors} galat.`);
    }
    return report.errors.length > 0 || validation.errors > 0 ? 1 : 0;
}

/** The written files are checked like any model, with the pemda they join: what does not validate is said, with its place. */
async function validateWritten(pemdaFolder: string, report: ImportReport): Promise<{ errors: number; lines: string[] }> {
    const workspace = await loadWorkspace([pemdaFolder]);
    const written = new Set(report.written.map(w => fileKey(w.file)));
    const docs = workspace.requested.filter(d => written.has(fileKey(d.uri.fsPath)));
    const lines = collectDiagnostics(docs).filter(d => d.severity === 'error').map(formatLine);
    return { errors: countDiagnostics(docs).error, lines };
}
