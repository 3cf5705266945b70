import type { Group, Organisation, PemdaModel, Position, Process, UnitNode } from './types.js';

/**
 * Lookups over one pemda's model, built once per model. Rules and derivations use these
 * instead of walking the tree per element.
 */
export class PemdaIndex {
    readonly units = new Map<string, UnitNode>();
    readonly organisations = new Map<string, Organisation>();
    readonly positions = new Map<string, Position>();
    readonly groups = new Map<string, Group>();
    readonly processes = new Map<string, Process>();
    /** Every process, peta lintas fungsi and SOP code, with the ids that use it. */
    readonly codeUses = new Map<string, string[]>();
    /** Unit id -> the organisation whose tree contains it. */
    private readonly organisationOfUnit = new Map<string, Organisation>();
    private readonly perangkatDaerahCache = new Map<string, string>();

    constructor(readonly model: PemdaModel) {
        for (const org of model.organisations) {
            this.organisations.set(org.id, org);
            this.addUnit(org, org);
        }
        for (const p of model.processes) {
            this.processes.set(p.id, p);
            this.useCode(p.code, p.id);
            for (const m of p.maps) {
                this.useCode(m.code, m.id);
                for (const s of m.sops) this.useCode(s.code, s.id);
            }
        }
    }

    private useCode(code: string | undefined, id: string): void {
        if (!code) return;
        const list = this.codeUses.get(code);
        if (list) list.push(id); else this.codeUses.set(code, [id]);
    }

    /** A process and the processes below it, following `induk` down; stops on a cycle. */
    *processTree(id: string, seen = new Set<string>()): Generator<Process> {
        const p = this.processes.get(id);
        if (!p || seen.has(id)) return;
        seen.add(id);
        yield p;
        for (const c of p.children) yield* this.processTree(c, seen);
    }

    private addUnit(unit: UnitNode, org: Organisation): void {
        this.units.set(unit.id, unit);
        this.organisationOfUnit.set(unit.id, org);
        if (unit.leader) this.positions.set(unit.leader.id, unit.leader);
        for (const p of unit.positions) this.positions.set(p.id, p);
        for (const g of unit.groups) this.groups.set(g.id, g);
        for (const child of unit.units) this.addUnit(child, org);
    }

    unit(id: string | undefined): UnitNode | undefined {
        return id === undefined ? undefined : this.units.get(id);
    }

    position(id: string | undefined): Position | undefined {
        return id === undefined ? undefined : this.positions.get(id);
    }

    organisationOf(unitId: string): Organisation | undefined {
        return this.organisationOfUnit.get(unitId);
    }

    /** The unit itself, its containers, then the induk organisations, nearest first; stops on a cycle. */
    *ancestors(unitId: string): Generator<UnitNode> {
        const seen = new Set<string>();
        let current = this.units.get(unitId);
        while (current && !seen.has(current.id)) {
            seen.add(current.id);
            yield current;
            current = current.parent === undefined ? undefined : this.units.get(current.parent);
        }
    }

    isWithin(unitId: string, ancestorId: string): boolean {
        for (const u of this.ancestors(unitId)) {
            if (u.id === ancestorId) return true;
        }
        return false;
    }

    /** The Perangkat Daerah a unit belongs to: the top of its organisation's induk chain. */
    perangkatDaerahOf(unitId: string): string | undefined {
        const org = this.organisationOfUnit.get(unitId);
        if (!org) return undefined;
        const cached = this.perangkatDaerahCache.get(org.id);
        if (cached) return cached;
        let top: Organisation = org;
        for (const u of this.ancestors(org.id)) {
            const o = this.organisations.get(u.id);
            if (o) top = o;
        }
        this.perangkatDaerahCache.set(org.id, top.id);
        return top.id;
    }

    /** The nearest leader above a unit (the unit's own leader first). */
    leaderOf(unitId: string): Position | undefined {
        for (const u of this.ancestors(unitId)) {
            if (u.leader) return u.leader;
        }
        return undefined;
    }
}
