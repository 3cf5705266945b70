import type { PemdaModel } from '../types.js';
import type { DiffElementKind } from './types.js';

export interface SkippedElement {
    pemda: string;
    kind: DiffElementKind;
    id: string;
}

interface TopLevel { id: string; source?: { uri: string } }

/**
 * Both versions without what a broken file declares (a file that does not parse or link holds an
 * unknown part of its elements): every top-level element written in such a file, on either side, is
 * left out of both, so that what could not be read is not reported as removed or added.
 */
export function withoutFiles(before: readonly PemdaModel[], after: readonly PemdaModel[], broken: (uri: string) => boolean): {
    before: PemdaModel[]; after: PemdaModel[]; skipped: SkippedElement[];
} {
    const skip = new Map<string, SkippedElement>();
    const lists = (p: PemdaModel): Array<[DiffElementKind, TopLevel[]]> => [
        ['organisasi', p.organisations], ['tim', p.teams], ['penugasan', p.assignments], ['proses', p.processes], ['pegawai', p.pegawai]
    ];
    for (const p of [...before, ...after]) {
        for (const [kind, elements] of lists(p)) {
            for (const e of elements) if (e.source && broken(e.source.uri)) skip.set(`${p.name}|${kind}|${e.id}`, { pemda: p.name, kind, id: e.id });
        }
    }
    const prune = (p: PemdaModel): PemdaModel => {
        const keep = <T extends TopLevel>(kind: DiffElementKind, xs: T[]) => xs.filter(e => !skip.has(`${p.name}|${kind}|${e.id}`));
        return {
            ...p, organisations: keep('organisasi', p.organisations), teams: keep('tim', p.teams), assignments: keep('penugasan', p.assignments),
            processes: keep('proses', p.processes), pegawai: keep('pegawai', p.pegawai)
        };
    };
    return { before: before.map(prune), after: after.map(prune), skipped: [...skip.values()] };
}
