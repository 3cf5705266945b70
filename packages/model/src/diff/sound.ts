import type { PemdaModel, SourceRef } from '../types.js';
import type { DiffElementKind } from './types.js';

export interface SkippedElement {
    pemda: string;
    kind: DiffElementKind;
    id: string;
}

/**
 * Where one version cannot be trusted, per file: `file` when its text does not parse (what follows
 * an error may be lost), or the zero-based lines of a name that does not link (only the declaration
 * holding it is in doubt).
 */
export type Unsound = (uri: string) => 'file' | readonly number[] | undefined;

interface TopLevel { id: string; source?: SourceRef }

/**
 * Both versions without what cannot be read soundly on either side: every top-level element written
 * in a file that does not parse, and the one holding a reference that does not link (the last
 * declared at or before its line). What is left out of one version is left out of the other, so that
 * it is not reported as removed or added.
 */
export function withoutUnsound(before: readonly PemdaModel[], after: readonly PemdaModel[], unsoundBefore: Unsound, unsoundAfter: Unsound): {
    before: PemdaModel[]; after: PemdaModel[]; skipped: SkippedElement[];
} {
    const skip = new Map<string, SkippedElement>();
    const lists = (p: PemdaModel): Array<[DiffElementKind, TopLevel[]]> => [
        ['organisasi', p.organisations], ['tim', p.teams], ['penugasan', p.assignments], ['proses', p.processes], ['pegawai', p.pegawai]
    ];
    const mark = (models: readonly PemdaModel[], unsound: Unsound) => {
        for (const p of models) {
            const byFile = new Map<string, Array<{ kind: DiffElementKind; id: string; line: number }>>();
            for (const [kind, elements] of lists(p)) {
                for (const e of elements) {
                    if (!e.source) continue;
                    const list = byFile.get(e.source.uri) ?? [];
                    list.push({ kind, id: e.id, line: e.source.range.start.line });
                    byFile.set(e.source.uri, list);
                }
            }
            for (const [uri, elements] of byFile) {
                const doubt = unsound(uri);
                if (doubt === undefined) continue;
                elements.sort((x, y) => x.line - y.line);
                const hit = doubt === 'file' ? elements
                    : doubt.map(line => elements.filter(e => e.line <= line).pop()).filter(e => e !== undefined);
                for (const e of hit) skip.set(`${p.name}|${e.kind}|${e.id}`, { pemda: p.name, kind: e.kind, id: e.id });
            }
        }
    };
    mark(before, unsoundBefore);
    mark(after, unsoundAfter);
    const prune = (p: PemdaModel): PemdaModel => {
        const keep = <T extends TopLevel>(kind: DiffElementKind, xs: T[]) => xs.filter(e => !skip.has(`${p.name}|${kind}|${e.id}`));
        return {
            ...p, organisations: keep('organisasi', p.organisations), teams: keep('tim', p.teams), assignments: keep('penugasan', p.assignments),
            processes: keep('proses', p.processes), pegawai: keep('pegawai', p.pegawai)
        };
    };
    return { before: before.map(prune), after: after.map(prune), skipped: [...skip.values()] };
}
