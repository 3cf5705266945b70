import type { Group, IndividualAssignment, Organisation, Pegawai, PemdaModel, Position, Process, Team, UnitNode } from '../types.js';

/** An organisation or a unit inside one, with where it sits. */
export interface UnitEntry {
    node: UnitNode;
    isOrganisation: boolean;
    /** The containing unit; for an organisation its induk organisation. */
    parent?: string;
    /** The organisation whose tree holds it (itself for an organisation). */
    organisation: string;
    /** Direct positions (the leader first) and direct sub-units, by id. */
    positions: string[];
    units: string[];
}

/**
 * One version of a pemda, flattened for matching: every element by its qualified name, in the order
 * of the structure (a Perangkat Daerah, then its units depth first, then its unit kerja).
 */
export class Side {
    readonly units = new Map<string, UnitEntry>();
    readonly positions = new Map<string, Position>();
    readonly groups = new Map<string, Group>();
    readonly teams = new Map<string, Team>();
    readonly assignments = new Map<string, IndividualAssignment>();
    readonly processes = new Map<string, Process>();
    readonly pegawai = new Map<string, Pegawai>();
    /** Unit, position and kelompok ids in structure order. */
    readonly order = new Map<string, number>();
    /** Organisations in structure order: each Perangkat Daerah followed by its unit kerja. */
    readonly organisations: Organisation[];

    constructor(readonly pemda: PemdaModel) {
        this.organisations = structureOrder(pemda.organisations);
        for (const org of this.organisations) this.addUnit(org, true, org.induk, org.id);
        for (const t of pemda.teams) this.teams.set(t.id, t);
        for (const a of pemda.assignments) this.assignments.set(a.id, a);
        for (const p of pemda.processes) this.processes.set(p.id, p);
        for (const p of pemda.pegawai) this.pegawai.set(p.id, p);
    }

    private addUnit(node: UnitNode, isOrganisation: boolean, parent: string | undefined, organisation: string): void {
        const positions = node.leader ? [node.leader, ...node.positions] : node.positions;
        this.units.set(node.id, { node, isOrganisation, parent, organisation, positions: positions.map(p => p.id), units: node.units.map(u => u.id) });
        this.order.set(node.id, this.order.size);
        for (const p of positions) {
            this.positions.set(p.id, p);
            this.order.set(p.id, this.order.size);
        }
        for (const g of node.groups) {
            this.groups.set(g.id, g);
            this.order.set(g.id, this.order.size);
        }
        for (const u of node.units) this.addUnit(u, false, node.id, organisation);
    }

    organisationOf(unitId: string | undefined): Organisation | undefined {
        const entry = unitId === undefined ? undefined : this.units.get(unitId);
        return entry ? this.units.get(entry.organisation)?.node as Organisation : undefined;
    }

    /** The Perangkat Daerah a unit belongs to (the top of its organisation's induk chain). */
    perangkatDaerahOf(unitId: string | undefined): string | undefined {
        return this.organisationOf(unitId)?.perangkatDaerah;
    }

    /** The sub-units, recursively, of a unit. */
    *subtree(unitId: string): Generator<UnitEntry> {
        const entry = this.units.get(unitId);
        if (!entry) return;
        yield entry;
        for (const u of entry.units) yield* this.subtree(u);
    }
}

/** Each Perangkat Daerah in the order written, its unit kerja right after it; an organisation with a broken induk chain last. */
function structureOrder(organisations: readonly Organisation[]): Organisation[] {
    const byPd = new Map<string, Organisation[]>();
    for (const o of organisations) {
        const list = byPd.get(o.perangkatDaerah);
        if (list) list.push(o); else byPd.set(o.perangkatDaerah, [o]);
    }
    const out = new Set<Organisation>();
    for (const o of organisations) {
        if (o.id !== o.perangkatDaerah) continue;
        out.add(o);
        for (const k of byPd.get(o.id) ?? []) out.add(k);
    }
    for (const o of organisations) out.add(o);
    return [...out];
}
