import { nipDigits } from '../pemda-index.js';
import type { Position } from '../types.js';
import type { Side } from './sides.js';

/** One kind's matches: old id → new id, and back. */
export class Pairs {
    private readonly forward = new Map<string, string>();
    private readonly back = new Map<string, string>();
    set(before: string, after: string): void { this.forward.set(before, after); this.back.set(after, before); }
    after(before: string | undefined): string | undefined { return before === undefined ? undefined : this.forward.get(before); }
    before(after: string | undefined): string | undefined { return after === undefined ? undefined : this.back.get(after); }
    hasBefore(id: string): boolean { return this.forward.has(id); }
    hasAfter(id: string): boolean { return this.back.has(id); }
}

/** The elements of the old version matched to the new one, per kind. */
export class Matching {
    readonly units = new Pairs();
    readonly positions = new Pairs();
    readonly groups = new Pairs();
    readonly teams = new Pairs();
    readonly assignments = new Pairs();
    readonly processes = new Pairs();
    readonly pegawai = new Pairs();

    /** An old reference (to any element) in the new version's names; undefined when its element is gone. */
    ref(id: string | undefined): string | undefined {
        if (id === undefined) return undefined;
        for (const p of [this.positions, this.units, this.groups, this.teams, this.assignments, this.processes, this.pegawai]) {
            const a = p.after(id);
            if (a !== undefined) return a;
        }
        return undefined;
    }
}

/** Every element of the old version found in the new one: units first, since a jabatan's place is its unit as now named. */
export function matchPemda(b: Side, a: Side): Matching {
    const m = new Matching();
    matchUnits(b, a, m);
    matchPositions(b, a, m);
    matchGroups(b, a, m);
    matchFlat(b, a, m);
    return m;
}

/**
 * Pair what is still unpaired by a key, in the old version's order. Among several new candidates
 * the `prefer`red one is taken (the same Perangkat Daerah), else the first written.
 */
function pairBy(before: Iterable<string>, after: Iterable<string>, pairs: Pairs,
    keyOfBefore: (id: string) => string | undefined, keyOfAfter: (id: string) => string | undefined,
    prefer: (before: string, after: string) => boolean = () => false): number {
    const index = new Map<string, string[]>();
    for (const a of after) {
        if (pairs.hasAfter(a)) continue;
        const key = keyOfAfter(a);
        if (key === undefined) continue;
        const list = index.get(key);
        if (list) list.push(a); else index.set(key, [a]);
    }
    let paired = 0;
    for (const b of before) {
        if (pairs.hasBefore(b)) continue;
        const key = keyOfBefore(b);
        const free = key === undefined ? undefined : index.get(key)?.filter(a => !pairs.hasAfter(a));
        if (!free?.length) continue;
        pairs.set(b, free.find(a => prefer(b, a)) ?? free[0]);
        paired++;
    }
    return paired;
}

/**
 * Organisations and units. The same name under the same (matched) parent is the same unit; then the
 * same title under the same parent (renamed); then the same name and title elsewhere (moved); last,
 * a unit whose jabatan and sub-units are mostly another's (renamed and retitled, or moved). Repeated
 * until nothing more pairs, since a parent paired late lets its children pair by place.
 */
export function matchUnits(b: Side, a: Side, m: Matching): void {
    for (const id of b.units.keys()) if (a.units.has(id)) m.units.set(id, id);
    const place = (side: Side, mapped: boolean) => (id: string) => {
        const e = side.units.get(id)!;
        if (e.parent === undefined) return `${e.isOrganisation}|`;
        const parent = mapped ? m.units.after(e.parent) : e.parent;
        return parent === undefined ? undefined : `${e.isOrganisation}|${parent}`;
    };
    for (let round = 0; round < 50; round++) {
        const placeB = place(b, true), placeA = place(a, false);
        const byPlace = pairBy(b.units.keys(), a.units.keys(), m.units, id => joined(placeB(id), b.units.get(id)!.node.name), id => joined(placeA(id), a.units.get(id)!.node.name))
            + pairBy(b.units.keys(), a.units.keys(), m.units, id => joined(placeB(id), b.units.get(id)!.node.title), id => joined(placeA(id), a.units.get(id)!.node.title));
        if (byPlace > 0) continue;
        const pdB = (id: string) => a.perangkatDaerahOf(m.units.after(b.units.get(id)!.organisation)) ?? `(lama) ${b.perangkatDaerahOf(id)}`;
        const elsewhere = pairBy(b.units.keys(), a.units.keys(), m.units, id => `${pdB(id)}|${unitKey(b, id)}`, id => `${a.perangkatDaerahOf(id)}|${unitKey(a, id)}`)
            || pairBy(b.units.keys(), a.units.keys(), m.units, id => unitKey(b, id), id => unitKey(a, id));
        if (elsewhere > 0) continue;
        if (pairByContent(b, a, m) === 0) break;
    }
}

function joined(place: string | undefined, value: string): string | undefined {
    return place === undefined ? undefined : `${place}|${value}`;
}

function unitKey(side: Side, id: string): string {
    const e = side.units.get(id)!;
    return `${e.isOrganisation}|${e.node.name}|${e.node.title}`;
}

/** What a unit holds, as its jabatan and sub-units are written: name and title. */
function contentOf(side: Side, id: string): Set<string> {
    const out = new Set<string>();
    for (const e of side.subtree(id)) {
        if (e.node.id !== id) out.add(`u|${e.node.name}|${e.node.title}`);
        for (const p of e.positions) {
            const pos = side.positions.get(p)!;
            out.add(`p|${pos.name}|${pos.title}`);
        }
    }
    return out;
}

/** Unpaired units that hold mostly the same (more than half of the larger), each the other's best. */
function pairByContent(b: Side, a: Side, m: Matching): number {
    const freeB = [...b.units.keys()].filter(id => !m.units.hasBefore(id));
    const freeA = [...a.units.keys()].filter(id => !m.units.hasAfter(id));
    if (freeB.length === 0 || freeA.length === 0) return 0;
    const contentA = new Map(freeA.map(id => [id, contentOf(a, id)]));
    const holders = new Map<string, string[]>();
    for (const [id, content] of contentA) for (const s of content) {
        const list = holders.get(s);
        if (list) list.push(id); else holders.set(s, [id]);
    }
    const best = new Map<string, { other: string; score: number }>();
    const bestOfA = new Map<string, { other: string; score: number }>();
    for (const id of freeB) {
        const content = contentOf(b, id);
        const common = new Map<string, number>();
        for (const s of content) for (const h of holders.get(s) ?? []) common.set(h, (common.get(h) ?? 0) + 1);
        for (const [other, n] of common) {
            if (b.units.get(id)!.isOrganisation !== a.units.get(other)!.isOrganisation) continue;
            const score = n / Math.max(content.size, contentA.get(other)!.size);
            if (score <= 0.5) continue;
            if (score > (best.get(id)?.score ?? 0)) best.set(id, { other, score });
            if (score > (bestOfA.get(other)?.score ?? 0)) bestOfA.set(other, { other: id, score });
        }
    }
    let paired = 0;
    for (const [id, { other }] of best) {
        if (bestOfA.get(other)?.other !== id) continue;
        m.units.set(id, other);
        paired++;
    }
    return paired;
}

/**
 * Jabatan. The same name and title in the same (matched) unit is the same jabatan; then the same name
 * and title in another unit of the same Perangkat Daerah (moved); then the same name in the same unit
 * (retitled); the same title and role there (renamed); the same title, jenis and jenjang in another
 * unit of the Perangkat Daerah (moved and renamed); last the same name and title in another Perangkat
 * Daerah. A pimpinan leads its unit: it is not moved apart from it.
 */
export function matchPositions(b: Side, a: Side, m: Matching): void {
    const P = m.positions;
    const before = [...b.positions.keys()], after = [...a.positions.keys()];
    const pb = (id: string) => b.positions.get(id)!, pa = (id: string) => a.positions.get(id)!;
    const inUnit = (unit: string | undefined, ...parts: Array<string | undefined>) => unit === undefined ? undefined : [unit, ...parts].join('|');
    const pdOfBefore = (id: string) => a.perangkatDaerahOf(m.units.after(b.organisationOf(pb(id).unit)?.id)) ?? `lama:${b.perangkatDaerahOf(pb(id).unit)}`;
    const movable = (p: Position) => p.role === 'jabatan';
    const named = (p: Position) => `${p.name}|${p.title}`;
    const looks = (p: Position) => `${p.title}|${p.jenis ?? ''}|${p.jenjang ?? ''}`;
    const inPd = (pd: string | undefined, p: Position, key: (p: Position) => string) => movable(p) ? `${pd}|${key(p)}` : undefined;
    const here = (id: string, ...parts: string[]) => inUnit(m.units.after(pb(id).unit), ...parts);
    const there = (id: string, ...parts: string[]) => inUnit(pa(id).unit, ...parts);
    pairBy(before, after, P, id => here(id, pb(id).name, pb(id).title), id => there(id, pa(id).name, pa(id).title));
    // A name and title found elsewhere in the Perangkat Daerah is a move, even when the old unit now
    // has another jabatan of that name.
    pairBy(before, after, P, id => inPd(pdOfBefore(id), pb(id), named), id => inPd(a.perangkatDaerahOf(pa(id).unit), pa(id), named));
    pairBy(before, after, P, id => here(id, pb(id).name), id => there(id, pa(id).name));
    pairBy(before, after, P, id => here(id, pb(id).role, pb(id).title), id => there(id, pa(id).role, pa(id).title));
    pairBy(before, after, P, id => inPd(pdOfBefore(id), pb(id), looks), id => inPd(a.perangkatDaerahOf(pa(id).unit), pa(id), looks));
    pairBy(before, after, P, id => movable(pb(id)) ? named(pb(id)) : undefined, id => movable(pa(id)) ? named(pa(id)) : undefined);
}

/**
 * Kelompok: the same name, then the same title, in the same (matched) unit; the same name and title
 * elsewhere; last, the new kelompok most of its old members are now listed in.
 */
export function matchGroups(b: Side, a: Side, m: Matching): void {
    const G = m.groups;
    const before = [...b.groups.keys()], after = [...a.groups.keys()];
    const gb = (id: string) => b.groups.get(id)!, ga = (id: string) => a.groups.get(id)!;
    const at = (unit: string | undefined, v: string) => unit === undefined ? undefined : `${unit}|${v}`;
    pairBy(before, after, G, id => at(m.units.after(gb(id).unit), gb(id).name), id => at(ga(id).unit, ga(id).name));
    pairBy(before, after, G, id => at(m.units.after(gb(id).unit), gb(id).title), id => at(ga(id).unit, ga(id).title));
    pairBy(before, after, G, id => `${gb(id).name}|${gb(id).title}`, id => `${ga(id).name}|${ga(id).title}`);
    // Members: old kelompok → new kelompok → how many of its members went there.
    const moved = new Map<string, Map<string, number>>();
    const sizeB = new Map<string, number>(), sizeA = new Map<string, number>();
    for (const p of b.positions.values()) if (p.group) sizeB.set(p.group, (sizeB.get(p.group) ?? 0) + 1);
    for (const p of a.positions.values()) if (p.group) sizeA.set(p.group, (sizeA.get(p.group) ?? 0) + 1);
    for (const p of b.positions.values()) {
        const now = a.positions.get(m.positions.after(p.id) ?? '');
        if (!p.group || !now?.group || G.hasBefore(p.group) || G.hasAfter(now.group)) continue;
        const to = moved.get(p.group) ?? new Map<string, number>();
        to.set(now.group, (to.get(now.group) ?? 0) + 1);
        moved.set(p.group, to);
    }
    for (const [from, to] of moved) {
        for (const [into, n] of to) {
            if (G.hasAfter(into) || n * 2 <= sizeB.get(from)! || n * 2 <= sizeA.get(into)!) continue;
            G.set(from, into);
            break;
        }
    }
}

/** Teams, assignments, processes and pegawai: the same name; then the same title (a process: code; a pegawai: NIP). */
export function matchFlat(b: Side, a: Side, m: Matching): void {
    const flat = <T extends { id: string; title: string }>(pairs: Pairs, before: Map<string, T>, after: Map<string, T>, ...keys: Array<(x: T) => string | undefined>) => {
        for (const id of before.keys()) if (after.has(id)) pairs.set(id, id);
        for (const key of keys) pairBy(before.keys(), after.keys(), pairs, id => key(before.get(id)!), id => key(after.get(id)!));
    };
    const title = (x: { title: string }) => x.title.trim() === '' ? undefined : x.title;
    flat(m.teams, b.teams, a.teams, title);
    flat(m.assignments, b.assignments, a.assignments, title);
    flat(m.processes, b.processes, a.processes, p => p.code, title);
    flat(m.pegawai, b.pegawai, a.pegawai, p => p.nip === undefined ? undefined : nipDigits(p.nip), title);
}
