import * as path from 'node:path';
import type { ImportReport, RowOutcome } from './import-sheets.js';
import { formatSummary } from './summary.js';

const OUTCOME_WORDS: Record<RowOutcome['outcome'], string> = {
    jabatan: 'jabatan', pimpinan: 'pimpinan', unit: 'unit', organisasi: 'organisasi', subtotal: 'jumlah', judul: 'judul', 'kepala-tabel': 'kepala tabel', dilewati: 'dilewati'
};

/** A place in the report text that points at a written declaration. */
export interface ReportLink {
    /** 0-based line of the report and the span of the name on it. */
    line: number;
    start: number;
    end: number;
    /** The .sikerja file and its line (1-based). */
    file: string;
    target: number;
}

/** One row as the report says it: where, what it became, what to review, what was guessed. */
export function rowLine(r: RowOutcome): string {
    const where = `${path.basename(r.file)}:${r.sheet}:${r.row}`;
    const what = [OUTCOME_WORDS[r.outcome], r.as ?? r.title].filter(Boolean).join(' ');
    const extra = [...(r.review ?? []).map(g => `TINJAU: ${g}`), ...r.guesses.map(g => `ditebak: ${g}`), r.note].filter(Boolean).join('; ');
    return `${where} ${what}${extra ? ` — ${extra}` : ''}`;
}

/**
 * The report as an analyst reads it: each sheet's summary first, then every row; with the places
 * where a qualified name can link to its written declaration (the editor's import command uses them).
 */
export function reportText(report: ImportReport): { lines: string[]; links: ReportLink[] } {
    const lines: string[] = [];
    const links: ReportLink[] = [];
    const declarations = new Map<string, { file: string; line: number }>();
    for (const r of report.rows) if (r.as && r.declaration) declarations.set(r.as, r.declaration);
    const linkNames = (text: string) => {
        for (const m of text.matchAll(/[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*/g)) {
            const d = declarations.get(m[0]);
            if (d) links.push({ line: lines.length, start: m.index, end: m.index + m[0].length, file: d.file, target: d.line });
        }
    };
    for (const s of report.summaries) {
        for (const l of formatSummary(s)) { linkNames(l); lines.push(l); }
        lines.push('');
    }
    for (const r of report.rows) {
        const text = rowLine(r);
        const at = r.as && r.declaration ? text.indexOf(` ${r.as}`) + 1 : 0;
        if (r.as && r.declaration && at > 0) links.push({ line: lines.length, start: at, end: at + r.as.length, file: r.declaration.file, target: r.declaration.line });
        lines.push(text);
    }
    return { lines, links };
}
