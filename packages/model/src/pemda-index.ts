import type { Group, Organisation, Pegawai, PemdaModel, PermohonanPelibatan, Position, Process, SourceRef, TeamMember, UnitNode } from './types.js';

/** A declared element: its qualified name and where it is written. */
export interface Declared {
    readonly id: string;
    readonly source?: SourceRef;
}

/** A NIP is 18 digits (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut); analysts often group them with spaces. */
export function nipDigits(nip: string): string {
    return nip.replace(/[\s.]/g, '');
}

interface PegawaiLookups {
    byId: Map<string, Pegawai>;
    byPosition: Map<string, Pegawai[]>;
    byNip: Map<string, Pegawai>;
}

/** Lookups inside one organisation's tree. Built once per organisation object and kept with it. */
export class OrganisationIndex {
    readonly units = new Map<string, UnitNode>();
    readonly positions = new Map<string, Position>();
    readonly groups = new Map<string, Group>();

    private constructor(readonly organisation: Organisation) {
        this.addUnit(organisation);
    }

    private static readonly built = new WeakMap<Organisation, OrganisationIndex>();

    static of(organisation: Organisation): OrganisationIndex {
        let index = OrganisationIndex.built.get(organisation);
        if (!index) OrganisationIndex.built.set(organisation, index = new OrganisationIndex(organisation));
        return index;
    }

    private addUnit(unit: UnitNode): void {
        this.units.set(unit.id, unit);
        if (unit.leader) this.positions.set(unit.leader.id, unit.leader);
        for (const p of unit.positions) this.positions.set(p.id, p);
        for (const g of unit.groups) this.groups.set(g.id, g);
        for (const child of unit.units) this.addUnit(child);
    }
}

/**
 * Lookups over one pemda's model, built once per model. Rules and derivations use these instead of
 * walking the tree per element. An id starts with its organisation's name (`DPMPTSP.Bidang.Analis`),
 * so a lookup goes to that organisation's own index: building this one costs a step per
 * organisation, not per position, and an edit in one file leaves the others' indexes as they were.
 */
export class PemdaIndex {
    readonly organisations = new Map<string, Organisation>();
    private readonly byOrganisation = new Map<string, OrganisationIndex>();
    readonly processes = new Map<string, Process>();
    /** Every process, peta lintas fungsi and SOP code, with the ids that use it. */
    readonly codeUses = new Map<string, string[]>();
    private readonly perangkatDaerahCache = new Map<string, string>();
    private people?: PegawaiLookups;

    constructor(readonly model: PemdaModel) {
        for (const org of model.organisations) {
            this.organisations.set(org.id, org);
            this.byOrganisation.set(org.id, OrganisationIndex.of(org));
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

    /** The index of the organisation an id belongs to, read from the id's first segment. */
    indexOf(id: string): OrganisationIndex | undefined {
        const dot = id.indexOf('.');
        return this.byOrganisation.get(dot < 0 ? id : id.slice(0, dot));
    }

    unit(id: string | undefined): UnitNode | undefined {
        return id === undefined ? undefined : this.indexOf(id)?.units.get(id);
    }

    position(id: string | undefined): Position | undefined {
        return id === undefined ? undefined : this.indexOf(id)?.positions.get(id);
    }

    group(id: string | undefined): Group | undefined {
        return id === undefined ? undefined : this.indexOf(id)?.groups.get(id);
    }

    /**
     * The declaration an id names, whatever it is: a unit, position or kelompok, a team, an
     * instansi, a process, its map, or a peta relasi. What a diagram follows when the model gives
     * it a reference (a lane's jabatan, a member's Perangkat Daerah) rather than the node itself.
     */
    declared(id: string | undefined): Declared | undefined {
        if (id === undefined) return undefined;
        const inOrganisation = this.unit(id) ?? this.position(id) ?? this.group(id);
        if (inOrganisation) return inOrganisation;
        const process = this.processes.get(id);
        if (process) return process;
        const dot = id.lastIndexOf('.');
        const map = dot > 0 ? this.processes.get(id.slice(0, dot))?.maps.find(m => m.id === id) : undefined;
        return map ?? this.model.teams.find(t => t.id === id) ?? this.model.instansi.find(i => i.id === id)
            ?? this.model.relationMaps.find(m => m.id === id);
    }

    organisationOf(unitId: string): Organisation | undefined {
        const index = this.indexOf(unitId);
        return index?.units.has(unitId) ? index.organisation : undefined;
    }

    /** The unit itself, its containers, then the induk organisations, nearest first; stops on a cycle. */
    *ancestors(unitId: string): Generator<UnitNode> {
        const seen = new Set<string>();
        let current = this.unit(unitId);
        while (current && !seen.has(current.id)) {
            seen.add(current.id);
            yield current;
            current = this.unit(current.parent);
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
        const org = this.organisationOf(unitId);
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

    /** Whether the position leads the unit or one of the units above it (a Pimpinan Unit Organisasi of it). */
    leads(positionId: string | undefined, unitId: string): boolean {
        if (positionId === undefined) return false;
        for (const u of this.ancestors(unitId)) if (u.leader?.id === positionId) return true;
        return false;
    }

    /**
     * Whether a surat permohonan reaches a member of this pemda: sent to its post, to its Pejabat
     * Penilai Kinerja, to a pimpinan of its unit or above, or to that unit or one above it.
     */
    letterReaches(letter: PermohonanPelibatan, member: TeamMember): boolean {
        const to = letter.recipient;
        const post = this.position(member.position);
        if (to === undefined || !post) return false;
        if (this.position(to)) return to === post.id || post.penilaiKinerja === to || this.leads(to, post.unit);
        return this.unit(to) !== undefined && this.isWithin(post.unit, to);
    }

    /** The nearest leader above a unit (the unit's own leader first). */
    leaderOf(unitId: string): Position | undefined {
        for (const u of this.ancestors(unitId)) {
            if (u.leader) return u.leader;
        }
        return undefined;
    }

    /** The pegawai who hold a position, in the order written (files by path). */
    holders(positionId: string | undefined): readonly Pegawai[] {
        return positionId === undefined ? [] : this.pegawaiLookups().byPosition.get(positionId) ?? [];
    }

    pegawai(id: string | undefined): Pegawai | undefined {
        return id === undefined ? undefined : this.pegawaiLookups().byId.get(id);
    }

    /** The first pegawai written (files by path) with this NIP, spaces and dots aside. */
    firstWithNip(nip: string): Pegawai | undefined {
        return this.pegawaiLookups().byNip.get(nipDigits(nip));
    }

    /** The person behind a team role: the pegawai named for it, else the holder of a post only one pegawai fills. */
    personOf(member: TeamMember): Pegawai | undefined {
        if (member.pegawai !== undefined) return this.pegawai(member.pegawai);
        return this.soleHolder(member.position);
    }

    /** The pegawai in a post of bezetting 1 (or unwritten), when one is written; with more posts, which one is not known. */
    soleHolder(positionId: string | undefined): Pegawai | undefined {
        const holders = this.holders(positionId);
        return holders.length === 1 && (this.position(positionId)?.bezetting ?? 1) <= 1 ? holders[0] : undefined;
    }

    /** The Perangkat Daerah's head: the leader of the organisation at the top of the induk chain. */
    headOfPerangkatDaerah(unitId: string | undefined): Position | undefined {
        const pd = unitId === undefined ? undefined : this.perangkatDaerahOf(unitId);
        return pd === undefined ? undefined : this.organisations.get(pd)?.leader;
    }

    private pegawaiLookups(): PegawaiLookups {
        if (this.people) return this.people;
        const byId = new Map<string, Pegawai>();
        const byPosition = new Map<string, Pegawai[]>();
        const byNip = new Map<string, Pegawai>();
        for (const p of this.model.pegawai) {
            if (!byId.has(p.id)) byId.set(p.id, p);
            if (p.nip !== undefined && !byNip.has(nipDigits(p.nip))) byNip.set(nipDigits(p.nip), p);
            if (p.position === undefined) continue;
            const list = byPosition.get(p.position);
            if (list) list.push(p); else byPosition.set(p.position, [p]);
        }
        return this.people = { byId, byPosition, byNip };
    }
}
