import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { memoryWorkspace, type MemoryWorkspaceOptions } from '@sikerja/language/testing';
import { RULES, type SiKerjaServices } from '@sikerja/language';
import { isCrashDiagnostic } from '../scripts/lib/crash.js';

export interface Workspace {
    services: SiKerjaServices;
    docs: Record<string, LangiumDocument>;
    /** Replace a file's text (or add a file) and rebuild, as the language server does on an edit. */
    edit(file: string, text: string): Promise<LangiumDocument>;
    /**
     * A keystroke as the language server receives it: the new text, and an update under the workspace
     * lock that cancels the one still running. Not awaited, as the editor does not wait either.
     */
    type(file: string, text: string): void;
    /** Waits until every update typed so far has ended. */
    settled(): Promise<void>;
    /** What the editor shows for a file: the diagnostics last published for it (severity, code, line, message). */
    published(file: string): Finding[];
    /** Diagnostics of one file, as an analyst sees them: severity, code, 1-based line, message. */
    diagnostics(file: string): Finding[];
    errors(file: string): Finding[];
    warnings(file: string): Finding[];
}

export interface Finding {
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    line: number;
    column: number;
    /** The text the diagnostic underlines. */
    text: string;
    message: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

export const PEMDA_FILE = `pemda Uji {
    nama "Kabupaten Uji"
    regulasi "Perbup Bengkayang 5/2024"
}
`;

export function uriOf(file: string): URI {
    return URI.parse(`file:///ws/${file}`);
}

/** Build an in-memory workspace from `{ fileName: text }` and validate it (the language's own test workspace). */
export async function buildWorkspace(files: Record<string, string>, options: MemoryWorkspaceOptions = {}): Promise<Workspace> {
    const ws = await memoryWorkspace(files, options);
    const diagnostics = (file: string) => toFindings(ws.docs[file], ws.docs[file].diagnostics ?? []);
    return {
        services: ws.services, docs: ws.docs, diagnostics, edit: ws.edit, type: ws.type, settled: ws.settled,
        published: file => toFindings(ws.docs[file], ws.published(file)),
        errors: file => diagnostics(file).filter(d => d.severity === 'error'),
        warnings: file => diagnostics(file).filter(d => d.severity === 'warning')
    };
}

/** A snippet in pemda `Uji` (header added), validated with a pemda definition beside it. */
export async function validateSnippet(body: string, extraFiles: Record<string, string> = {}): Promise<Workspace & { findings: Finding[] }> {
    const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'snippet.sikerja': `pemda Uji\n${body}`, ...extraFiles });
    return { ...ws, findings: ws.diagnostics('snippet.sikerja') };
}

function toFindings(doc: LangiumDocument, diagnostics: Diagnostic[]): Finding[] {
    return diagnostics.map(d => {
        const data = d.data as { code?: string } | undefined;
        return {
            severity: SEVERITIES[d.severity ?? 1],
            code: String(d.code ?? data?.code ?? ''),
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            text: doc.textDocument.getText(d.range),
            message: typeof d.message === 'string' ? d.message : d.message.value
        };
    }).sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Findings of the structure checks only, leaving out the regulation rules (tested on their own). */
export function withoutRules(findings: Finding[]): Finding[] {
    return findings.filter(f => !(f.code in RULES));
}

/** Findings of the regulation rules only. */
export function onlyRules(findings: Finding[]): Finding[] {
    return findings.filter(f => f.code in RULES);
}

/** Offset of the first occurrence of `marker` (optionally the n-th) in a document. */
export function positionOf(doc: LangiumDocument, marker: string, occurrence = 0): { line: number; character: number } {
    const text = doc.textDocument.getText();
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(marker, index + 1);
        if (index < 0) throw new Error(`marker not found: ${marker}`);
    }
    return doc.textDocument.positionAt(index);
}

/** The example regions (not the flawed teaching files), every file keyed `region/file.sikerja`. */
export function readExamples(regions = ['bengkayang', 'tanjung-jabung-timur', 'mahakam-ulu', 'kampar']): Record<string, string> {
    const root = path.resolve(__dirname, '../examples');
    const files: Record<string, string> = {};
    for (const region of regions) {
        for (const f of fs.readdirSync(path.join(root, region)).filter(f => f.endsWith('.sikerja')).sort()) {
            files[`${region}/${f}`] = fs.readFileSync(path.join(root, region, f), 'utf8');
        }
    }
    // A test looping over these files must check something: an empty region or list is an error, not a pass.
    for (const region of regions) if (!Object.keys(files).some(f => f.startsWith(`${region}/`))) throw new Error(`examples/${region}: no .sikerja file to check`);
    if (Object.keys(files).length === 0) throw new Error('readExamples: no region given, nothing to check');
    return files;
}

/**
 * Where SiKerja itself failed in a workspace, as `file:line message`: every diagnostic the fuzzer's
 * detector (`isCrashDiagnostic`, scripts/lib/crash.ts) counts as a crash, `check-failed` first of all.
 */
export function crashesIn(ws: Workspace): string[] {
    return Object.keys(ws.docs).flatMap(f => ws.diagnostics(f).filter(isCrashDiagnostic).map(d => `${f}:${d.line} ${d.code} ${d.message}`));
}
