import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { findingCode, severityName } from '@sikerja/language';

export type SeverityName = ReturnType<typeof severityName>;

export interface ReportedDiagnostic {
    path: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

/** Diagnostics of the given documents, 1-based positions, paths relative to `cwd`, in reading order. */
export function collectDiagnostics(documents: readonly LangiumDocument[], cwd = process.cwd()): ReportedDiagnostic[] {
    const out: ReportedDiagnostic[] = [];
    for (const doc of documents) {
        const file = path.relative(cwd, doc.uri.fsPath) || doc.uri.fsPath;
        for (const d of doc.diagnostics ?? []) {
            out.push({
                path: file.split(path.sep).join('/'),
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
                severity: severityName(d),
                code: findingCode(d),
                message: typeof d.message === 'string' ? d.message : d.message.value
            });
        }
    }
    return out.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
}

export function formatLine(d: ReportedDiagnostic): string {
    return `${d.path}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}
