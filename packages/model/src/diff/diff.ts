import { unitTotals } from '../totals.js';
import type { Organisation, PemdaModel } from '../types.js';
import {
    assignmentFields, changedFields, groupFields, organisationFields, pegawaiFields, positionFields, processFields, teamFields, unitFields,
    type Fields, type RefOf
} from './fields.js';
import { matchPemda, type Matching, type Pairs } from './match.js';
import { structureRanks } from './order.js';
import { reshapedUnits } from './restructure.js';
import { Side } from './sides.js';
import { DIFF_CHANGE_KINDS, type Change, type DiffElementKind, type DiffFigures, type FieldValue, type ModelDiff, type PerangkatDaerahSummary } from './types.js';

interface Ranked { change: Change; pemda: number; group: number; rank: number }

/**
 * What changed from `before` to `after`, pemda by pemda (matched by name), matched by meaning: see
 * `match.ts` for how an element of the old version is found in the new one. Reordered declarations,
 * layout and comments change nothing; a move is `dipindah`, never a removal and an addition.
 */
export function diffModels(before: readonly PemdaModel[], after: readonly PemdaModel[]): ModelDiff {
    const names = [...new Set([...after.map(p => p.name), ...before.map(p => p.name)])];
    const ranked: Ranked[] = [];
    const perangkatDaerah: PerangkatDaerahSummary[] = [];
    names.forEach((name, pemda) => {
        const b = new Side(before.find(p => p.name === name) ?? emptyPemda(name));
        const a = new Side(after.find(p => p.name === name) ?? emptyPemda(name));
        const one = new PemdaDiff(b, a, pemda);
        ranked.push(...one.changes());
        perangkatDaerah.push(...one.summary(ranked));
    });
    ranked.sort((x, y) => x.pemda - y.pemda || x.group - y.group || x.rank - y.rank);
    const changes = ranked.map(r => r.change);
    const counts = Object.fromEntries(DIFF_CHANGE_KINDS.map(k => [k, changes.filter(c => c.change === k).length])) as ModelDiff['summary']['counts'];
    return { changes, summary: { counts, perangkatDaerah } };
}

function emptyPemda(name: string): PemdaModel {
    return { name, organisations: [], templates: [], instansi: [], pegawai: [], teams: [], assignments: [], processes: [], relationMaps: [] };
}

/** Peta jabatan figures of a Perangkat Daerah with its unit kerja. */
function figures(side: Side, pd: string): DiffFigures {
    const f: DiffFigures = { jabatan: 0, bezetting: 0, kebutuhan: 0, selisih: 0 };
    for (const o of side.organisations) {
        if (o.perangkatDaerah !== pd) continue;
        const t = unitTotals(o);
        f.jabatan += t.positions; f.bezetting += t.bezetting; f.kebutuhan += t.kebutuhan;
    }
    f.selisih = f.bezetting - f.kebutuhan;
    return f;
}

const identity: RefOf = id => id ?? null;

class PemdaDiff {
    private readonly m: Matching;
    private readonly ranks: Map<string, number>;
    private readonly groupOf = new Map<string, number>();
    private readonly out: Ranked[] = [];
    /** A reference of the old version in the new names; an element that is gone stays apart from any new one. */
    private readonly mapped: RefOf;

    constructor(private readonly b: Side, private readonly a: Side, private readonly pemda: number) {
        this.m = matchPemda(b, a);
        this.ranks = structureRanks(b, a, this.m);
        this.mapped = id => id === undefined ? null : this.m.ref(id) ?? `(lama) ${id}`;
        const pds = [...a.organisations.filter(o => o.id === o.perangkatDaerah).map(o => o.id),
            ...b.organisations.filter(o => o.id === o.perangkatDaerah && !this.m.units.hasBefore(o.id)).map(o => o.id)];
        pds.forEach((id, i) => this.groupOf.set(id, i));
    }

    changes(): Ranked[] {
        this.structure();
        this.flat();
        return this.out;
    }

    /** Per Perangkat Daerah (new version's order, then removed ones): B, K and ± before and after, and its changes. */
    summary(all: readonly Ranked[]): PerangkatDaerahSummary[] {
        const { a, b, m } = this;
        const rows: PerangkatDaerahSummary[] = [];
        const count = (id: string) => all.filter(r => r.pemda === this.pemda && r.change.perangkatDaerah === id).length;
        for (const o of a.organisations) {
            if (o.id !== o.perangkatDaerah) continue;
            const was = m.units.before(o.id);
            rows.push({ pemda: a.pemda.name, id: o.id, ...(was !== undefined && was !== o.id ? { from: was } : {}), title: o.title,
                before: was === undefined ? null : figures(b, was), after: figures(a, o.id), changes: count(o.id) });
        }
        for (const o of b.organisations) {
            if (o.id !== o.perangkatDaerah || m.units.hasBefore(o.id)) continue;
            rows.push({ pemda: b.pemda.name, id: o.id, title: o.title, before: figures(b, o.id), after: null, changes: count(o.id) });
        }
        return rows;
    }

    /** The Perangkat Daerah an element is listed under: the new version's, else the old one's as now named. */
    private pdAfter(unit: string | undefined): string | undefined { return this.a.perangkatDaerahOf(unit); }
    private pdBefore(unit: string | undefined): string | undefined {
        const old = this.b.perangkatDaerahOf(unit);
        return this.m.units.after(old) ?? old;
    }

    private push(change: Omit<Change, 'pemda'>, rankKey: string): void {
        const c = { element: change.element, kind: change.kind, change: change.change } as Change;
        if (change.from !== undefined) c.from = change.from;
        if (change.fields && Object.keys(change.fields).length > 0) c.fields = change.fields;
        c.pemda = this.a.pemda.name;
        if (change.perangkatDaerah !== undefined) c.perangkatDaerah = change.perangkatDaerah;
        const group = change.perangkatDaerah === undefined ? Number.MAX_SAFE_INTEGER : this.groupOf.get(change.perangkatDaerah) ?? Number.MAX_SAFE_INTEGER - 1;
        this.out.push({ change: c, pemda: this.pemda, group, rank: this.ranks.get(rankKey) ?? this.ranks.size + this.out.length });
    }

    /**
     * A matched pair: moved when its place differs (as now named), renamed when its own name does,
     * changed when a field does; nothing when only its container's name changed.
     */
    private pair(kind: DiffElementKind, before: { id: string; name: string }, after: { id: string; name: string }, fields: Record<string, [FieldValue, FieldValue]>,
        place: { field: string; before?: string; after?: string } | undefined, perangkatDaerah: string | undefined, rankKey = `a:${after.id}`): void {
        const moved = place !== undefined && (place.before === undefined ? null : this.m.units.after(place.before) ?? `(lama) ${place.before}`) !== (place.after ?? null);
        if (moved) fields = { [place.field]: [place.before ?? null, place.after ?? null], ...fields };
        const change = moved ? 'dipindah' : before.name !== after.name ? 'diganti-nama' : Object.keys(fields).length > 0 ? 'diubah' : undefined;
        if (change === undefined) return;
        const from = change === 'dipindah' || change === 'diganti-nama' || before.id !== after.id ? before.id : undefined;
        this.push({ element: after.id, kind, change, from, fields, perangkatDaerah }, rankKey);
    }

    private structure(): void {
        const { a, b, m } = this;
        const reshaped = reshapedUnits(b, a, m);
        const extra = (before: string | undefined, after: string | undefined) => ({ ...(before ? reshaped.get(`b:${before}`) : {}), ...(after ? reshaped.get(`a:${after}`) : {}) });
        for (const [id, e] of b.units) {
            const kind: DiffElementKind = e.isOrganisation ? 'organisasi' : 'unit';
            const now = m.units.after(id);
            if (now === undefined) {
                this.push({ element: id, kind, change: 'dihapus', fields: extra(id, undefined), perangkatDaerah: this.pdBefore(id) }, `b:${id}`);
                continue;
            }
            const n = a.units.get(now)!;
            const fields = e.isOrganisation
                ? changedFields(organisationFields(e.node as Organisation), organisationFields(e.node as Organisation), organisationFields(n.node as Organisation))
                : changedFields(unitFields(e.node), unitFields(e.node), unitFields(n.node));
            Object.assign(fields, extra(id, now));
            this.pair(kind, e.node, n.node, fields, { field: e.isOrganisation ? 'induk' : 'parent', before: e.parent, after: n.parent }, this.pdAfter(now));
        }
        for (const [id, e] of a.units) {
            if (m.units.hasAfter(id)) continue;
            this.push({ element: id, kind: e.isOrganisation ? 'organisasi' : 'unit', change: 'ditambah', fields: extra(undefined, id), perangkatDaerah: this.pdAfter(id) }, `a:${id}`);
        }
        this.members('jabatan', b.positions, a.positions, m.positions, (p, ref) => positionFields(p, ref), p => p.unit);
        this.members('kelompok', b.groups, a.groups, m.groups, (g, ref) => groupFields(g, ref), g => g.unit);
    }

    /** Jabatan and kelompok: each sits in a unit, which is its place. */
    private members<T extends { id: string; name: string }>(kind: DiffElementKind, before: Map<string, T>, after: Map<string, T>, pairs: Pairs,
        fieldsOf: (x: T, ref: RefOf) => Fields, unitOf: (x: T) => string): void {
        for (const [id, x] of before) {
            const now = pairs.after(id);
            if (now === undefined) {
                this.push({ element: id, kind, change: 'dihapus', perangkatDaerah: this.pdBefore(unitOf(x)) }, `b:${id}`);
                continue;
            }
            const y = after.get(now)!;
            const fields = changedFields(fieldsOf(x, identity), fieldsOf(x, this.mapped), fieldsOf(y, identity));
            this.pair(kind, x, y, fields, { field: 'unit', before: unitOf(x), after: unitOf(y) }, this.pdAfter(unitOf(y)));
        }
        for (const [id, y] of after) {
            if (!pairs.hasAfter(id)) this.push({ element: id, kind, change: 'ditambah', perangkatDaerah: this.pdAfter(unitOf(y)) }, `a:${id}`);
        }
    }

    /** Teams, assignments, processes and pegawai: no place of their own; listed under the Perangkat Daerah of what they belong to. */
    private flat(): void {
        const { a, b, m } = this;
        const unitOfSide = (side: Side, id: string | undefined) => id === undefined ? undefined : side.units.has(id) ? id : side.positions.get(id)?.unit;
        const pd = (side: Side, id: string | undefined) => side === a ? this.pdAfter(unitOfSide(a, id)) : this.pdBefore(unitOfSide(b, id));
        const rankBase = this.ranks.size;
        let k = 0;
        const kinds = [
            ['tim', b.teams, a.teams, m.teams, teamFields, (t: { owner?: string }) => t.owner],
            ['penugasan', b.assignments, a.assignments, m.assignments, assignmentFields, (t: { owner?: string }) => t.owner],
            ['proses', b.processes, a.processes, m.processes, processFields, (p: { owner?: string }) => p.owner],
            ['pegawai', b.pegawai, a.pegawai, m.pegawai, pegawaiFields, (p: { position?: string }) => p.position]
        ] as const;
        for (const [kind, before, after, pairs, fieldsOf, anchor] of kinds) {
            const f = fieldsOf as (x: unknown, ref: RefOf) => Fields;
            const at = anchor as (x: unknown) => string | undefined;
            for (const [id, x] of before as Map<string, { id: string; name: string }>) {
                const now = pairs.after(id);
                this.ranks.set(`b:${kind}:${id}`, rankBase + k++);
                if (now === undefined) {
                    this.push({ element: id, kind, change: 'dihapus', perangkatDaerah: pd(b, at(x)) }, `b:${kind}:${id}`);
                    continue;
                }
                const y = (after as Map<string, { id: string; name: string }>).get(now)!;
                this.pair(kind, x, y, changedFields(f(x, identity), f(x, this.mapped), f(y, identity)), undefined, pd(a, at(y)), `b:${kind}:${id}`);
            }
            for (const [id, y] of after as Map<string, { id: string; name: string }>) {
                if (pairs.hasAfter(id)) continue;
                this.ranks.set(`a:${kind}:${id}`, rankBase + k++);
                this.push({ element: id, kind, change: 'ditambah', perangkatDaerah: pd(a, at(y)) }, `a:${kind}:${id}`);
            }
        }
    }
}
