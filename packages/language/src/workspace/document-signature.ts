import type { ModelFragment, UnitNode } from '@sikerja/model';

/**
 * What other documents of the pemda may read from a document without referencing it. A document
 * that references this one is relinked and revalidated by Langium whenever this one changes; the
 * facts here reach documents that do not: the regulation (every rule's profile), top-level names
 * (duplicates, names that now resolve), the chains walked across files (`induk`, `dibawah`,
 * process `induk` and `pemilik`), process codes (unique per pemda), the outputs a peta relasi
 * looks for below a process, which organisations follow a template (a template's own
 * positions are judged through its first instance). The pegawai's NIPs and posts are a fact of their
 * own: only the other pegawai files read them (unique NIPs, holders against bezetting).
 */
export interface DocumentSignature {
    readonly pemda: string | undefined;
    readonly names: ReadonlySet<string>;
    readonly facts: string;
    /** The pegawai's posts and NIPs; empty for a file without pegawai. */
    readonly pegawai: string;
}

export const EMPTY_SIGNATURE: DocumentSignature = { pemda: undefined, names: new Set(), facts: '', pegawai: '' };

export function documentSignature(f: ModelFragment): DocumentSignature {
    const names = new Set<string>();
    for (const list of [f.organisations, f.templates, f.instansi, f.pegawai, f.teams, f.assignments, f.processes, f.relationMaps]) {
        for (const item of list) names.add(item.id);
    }
    const definition = f.pemdaDefinition && [f.pemdaDefinition.title, f.pemdaDefinition.province, f.pemdaDefinition.regulation,
        f.pemdaDefinition.capital, f.pemdaDefinition.regent, f.pemdaDefinition.kop];
    const organisations = f.organisations.map(o => [o.id, o.kind, o.title, o.template, o.uptdClass, o.structureModel, o.affairs, o.induk,
        o.overrides.filter(x => x.title !== undefined).map(x => [x.target, x.title]), penilaiEdges(o)]);
    const processes = f.processes.map(p => [p.id, p.code, p.level, p.parent, p.owner, p.outputs,
        p.maps.map(m => [m.code, m.sops.map(s => s.code), m.nodes.filter(n => n.output !== undefined).map(n => n.output)])]);
    const facts = definition || organisations.length > 0 || processes.length > 0 ? JSON.stringify([definition, organisations, processes]) : '';
    const pegawai = f.pegawai.length > 0 ? JSON.stringify(f.pegawai.map(p => [p.position, p.nip])) : '';
    return { pemda: f.pemda, names, facts, pegawai };
}

/** The `dibawah`, kelompok penilai and koordinator edges of a unit tree: chains followed across files. */
function penilaiEdges(unit: UnitNode, out: Array<[string, string | undefined, string | undefined]> = []): Array<[string, string | undefined, string | undefined]> {
    for (const p of unit.positions) if (p.declaredPenilai !== undefined) out.push([p.id, p.declaredPenilai, undefined]);
    if (unit.leader?.declaredPenilai !== undefined) out.push([unit.leader.id, unit.leader.declaredPenilai, undefined]);
    for (const g of unit.groups) if (g.penilai !== undefined || g.coordinator !== undefined) out.push([g.id, g.penilai, g.coordinator]);
    for (const u of unit.units) penilaiEdges(u, out);
    return out;
}

export interface SignatureChange {
    /** Pemda whose membership changed (a header was written, removed or renamed): rebuild them whole. */
    readonly pemdaChanged: string[];
    /** Top-level names added or removed, per pemda. */
    readonly names: Map<string, Set<string>>;
    /** Pemda where some cross-document fact changed: revalidate every document. */
    readonly factsChanged: Set<string>;
    /** Pemda where a pegawai's post or NIP changed: revalidate its pegawai files. */
    readonly pegawaiChanged: Set<string>;
}

export function compareSignatures(before: DocumentSignature, after: DocumentSignature, into: SignatureChange): void {
    if (before.pemda !== after.pemda) {
        for (const p of [before.pemda, after.pemda]) if (p !== undefined) into.pemdaChanged.push(p);
        return;
    }
    const pemda = after.pemda;
    if (pemda === undefined) return;
    for (const [a, b] of [[before.names, after.names], [after.names, before.names]]) {
        for (const name of a) {
            if (b.has(name)) continue;
            let set = into.names.get(pemda);
            if (!set) into.names.set(pemda, set = new Set());
            set.add(name);
        }
    }
    if (before.facts !== after.facts) into.factsChanged.add(pemda);
    if (before.pegawai !== after.pegawai) into.pegawaiChanged.add(pemda);
}
