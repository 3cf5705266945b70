import type { Matching } from './match.js';
import type { Side } from './sides.js';
import type { FieldValue } from './types.js';

/** The reshaping of one unit, as fields of its change: split, merged, or become another unit or a kelompok. */
export type Reshaped = Map<string, Record<string, [FieldValue, FieldValue]>>;

/**
 * Units split or merged, read from where their members went: a unit's jabatan (not its pimpinan,
 * whose post goes with the unit) and sub-units. A removed unit whose members all went to one place
 * `menjadi` that place — a kelompok when they now form a new one; a unit whose members went to two
 * or more units, one of them new or itself removed, is `dipecah`; a unit that took in the members of
 * one or more removed units (and had its own, or took in two) is `digabung`. Keys: `b:<old id>` and `a:<new id>`.
 */
export function reshapedUnits(b: Side, a: Side, m: Matching): Reshaped {
    const out: Reshaped = new Map();
    const put = (key: string, field: string, value: [FieldValue, FieldValue]) => {
        const fields = out.get(key) ?? {};
        fields[field] = value;
        out.set(key, fields);
    };
    const byOrderA = (x: string, y: string) => (a.order.get(x) ?? 0) - (a.order.get(y) ?? 0);
    const byOrderB = (x: string, y: string) => (b.order.get(x) ?? 0) - (b.order.get(y) ?? 0);

    for (const [id, entry] of b.units) {
        const members = [...entry.positions.filter(p => p !== entry.node.leader?.id), ...entry.units];
        const to = new Map<string, number>();
        const groups = new Set<string | undefined>();
        for (const member of members) {
            const place = placeAfter(member, a, m);
            if (place === undefined) continue;
            to.set(place.unit, (to.get(place.unit) ?? 0) + 1);
            groups.add(place.group);
        }
        const kept = m.units.after(id);
        if (kept === undefined) {
            if (to.size === 1) {
                const [group] = groups;
                const intoGroup = groups.size === 1 && group !== undefined && !m.groups.hasAfter(group) && entry.units.length === 0;
                put(`b:${id}`, 'menjadi', [id, intoGroup ? group! : [...to.keys()][0]]);
            } else if (to.size > 1) {
                put(`b:${id}`, 'dipecah', [id, [...to.keys()].sort(byOrderA)]);
            }
        } else {
            const carved = [...to].filter(([unit, n]) => unit !== kept && !m.units.hasAfter(unit) && n >= 2).map(([unit]) => unit);
            if (carved.length > 0) put(`b:${id}`, 'dipecah', [id, [kept, ...carved].sort(byOrderA)]);
        }
    }

    const becameGroup = (unit: string) => {
        const into = out.get(`b:${unit}`)?.menjadi?.[1];
        return typeof into === 'string' && a.groups.has(into);
    };
    for (const [id, entry] of a.units) {
        const members = [...entry.positions.filter(p => p !== entry.node.leader?.id), ...entry.units];
        const from = new Set<string>();
        for (const member of members) {
            const source = placeBefore(member, b, m);
            if (source !== undefined) from.add(source);
        }
        // Units merged: this one as it was and the removed ones whose members came here; a unit that
        // only lent it a jabatan, or a removed one whose members now form a kelompok here, is no part of it.
        const was = m.units.before(id);
        const merged = [...from].filter(s => s === was || (!m.units.hasBefore(s) && !becameGroup(s)));
        if (merged.length >= 2) put(`a:${id}`, 'digabung', [merged.sort(byOrderB), id]);
    }
    return out;
}

/** Where an old member (a jabatan or a unit) is in the new version: its unit (or parent) and kelompok. */
function placeAfter(member: string, a: Side, m: Matching): { unit: string; group?: string } | undefined {
    const position = a.positions.get(m.positions.after(member) ?? '');
    if (position) return { unit: position.unit, group: position.group };
    const unit = a.units.get(m.units.after(member) ?? '');
    return unit?.parent === undefined ? undefined : { unit: unit.parent };
}

function placeBefore(member: string, b: Side, m: Matching): string | undefined {
    const position = b.positions.get(m.positions.before(member) ?? '');
    if (position) return position.unit;
    return b.units.get(m.units.before(member) ?? '')?.parent;
}
