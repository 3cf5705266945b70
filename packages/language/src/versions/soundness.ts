import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';

/** Findings after which nothing in the file can be trusted: its text did not parse, or it belongs to no pemda. */
export const FILE_UNSOUND: ReadonlySet<string> = new Set(['lexing-error', 'unterminated-string', 'parsing-error', 'syntax-errors-truncated', 'pemda-header-missing', 'pemda-undefined', 'pemda-defined-twice']);
/** Findings that leave only the declaration holding them in doubt: a name that does not link, or is declared twice. */
export const LINE_UNSOUND: ReadonlySet<string> = new Set(['linking-error', 'duplicate-name']);

/** How much of its file a finding with this code leaves in doubt: all of it, its declaration's line, or nothing. */
export function doubtCast(code: string): 'file' | 'line' | undefined {
    return FILE_UNSOUND.has(code) ? 'file' : LINE_UNSOUND.has(code) ? 'line' : undefined;
}

/** A finding's code as the server publishes it (Langium's own findings carry it in `data`). */
export function findingCode(d: Diagnostic): string {
    const data = d.data as { code?: unknown } | undefined;
    const code = d.code ?? data?.code;
    return code === undefined ? 'tanpa-kode' : String(code);
}

/** What of one version cannot be compared, by file key: the whole file, or the zero-based lines of names in doubt. */
export type Doubts = Map<string, 'file' | number[]>;

/** The doubts of a version's documents, each file under `key(uri)` (the same file on both sides has the same key). */
export function doubtsOf(documents: Iterable<LangiumDocument>, key: (uri: string) => string): Doubts {
    const out: Doubts = new Map();
    for (const document of documents) {
        const file = key(document.uri.toString());
        for (const d of document.diagnostics ?? []) {
            if (d.severity !== 1) continue;
            const cast = doubtCast(findingCode(d));
            if (cast === 'file') out.set(file, 'file');
            else if (cast === 'line') {
                const lines = out.get(file);
                if (lines !== 'file') out.set(file, [...lines ?? [], d.range.start.line]);
            }
        }
    }
    return out;
}
