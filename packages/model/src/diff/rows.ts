import { matchPemda } from './match.js';
import { structureRanks } from './order.js';
import { Side } from './sides.js';
import type { PemdaModel, Position } from '../types.js';

/** One line of a peta jabatan before and after side by side: a unit or a jabatan, either side absent when it is new or gone. */
export interface AlignedRow {
    kind: 'unit' | 'jabatan';
    /** Nesting below the Perangkat Daerah (0 for the PD itself and its pimpinan). */
    depth: number;
    before?: { id: string; title: string; kelas?: number; bezetting?: number; kebutuhan?: number };
    after?: { id: string; title: string; kelas?: number; bezetting?: number; kebutuhan?: number };
}

export interface AlignedPerangkatDaerah {
    pemda: string;
    /** New id (old when the PD is gone). */
    id: string;
    title: string;
    rows: AlignedRow[];
}

const figures = (p: Position) => ({ id: p.id, title: p.title, kelas: p.kelas, bezetting: p.bezetting, kebutuhan: p.kebutuhan });

/**
 * The peta jabatan of each Perangkat Daerah (with its unit kerja) in both versions, row by row: a
 * matched unit or jabatan on one row whatever its name now, a removed one right after the place it
 * was in, in the order of the new structure.
 */
export function alignedPetaJabatan(before: readonly PemdaModel[], after: readonly PemdaModel[]): AlignedPerangkatDaerah[] {
    const out: AlignedPerangkatDaerah[] = [];
    for (const name of new Set([...after.map(p => p.name), ...before.map(p => p.name)])) {
        const empty = { name, organisations: [], templates: [], instansi: [], pegawai: [], teams: [], assignments: [], processes: [], relationMaps: [] };
        const b = new Side(before.find(p => p.name === name) ?? empty), a = new Side(after.find(p => p.name === name) ?? empty);
        const m = matchPemda(b, a);
        const ranks = [...structureRanks(b, a, m).keys()];
        const byPd = new Map<string, AlignedPerangkatDaerah>();
        const pdOf = (id: string, title: string) => {
            let pd = byPd.get(id);
            if (!pd) byPd.set(id, pd = { pemda: name, id, title, rows: [] });
            return pd;
        };
        for (const o of a.organisations) if (o.id === o.perangkatDaerah) pdOf(o.id, o.title);
        for (const o of b.organisations) if (o.id === o.perangkatDaerah && !m.units.hasBefore(o.id)) pdOf(o.id, o.title);
        const depth = (side: Side, unit: string | undefined) => {
            let d = 0;
            for (let u = side.units.get(unit ?? ''); u?.parent !== undefined && side.units.has(u.parent); u = side.units.get(u.parent)) d++;
            return d;
        };
        for (const key of ranks) {
            const isNew = key.startsWith('a:');
            const id = key.slice(2);
            const side = isNew ? a : b;
            const unit = side.units.get(id);
            const position = unit ? undefined : side.positions.get(id);
            if (!unit && !position) continue;
            const pd = isNew ? a.perangkatDaerahOf(unit ? id : position!.unit) : m.units.after(b.perangkatDaerahOf(unit ? id : position!.unit)) ?? b.perangkatDaerahOf(unit ? id : position!.unit);
            if (pd === undefined) continue;
            const oldId = isNew ? (unit ? m.units.before(id) : m.positions.before(id)) : id;
            const row: AlignedRow = { kind: unit ? 'unit' : 'jabatan', depth: depth(side, unit ? id : position!.unit) };
            if (unit) {
                if (oldId !== undefined) row.before = { id: oldId, title: b.units.get(oldId)!.node.title };
                if (isNew) row.after = { id, title: unit.node.title };
            } else {
                if (oldId !== undefined) row.before = figures(b.positions.get(oldId)!);
                if (isNew) row.after = figures(position!);
            }
            byPd.get(pd)?.rows.push(row);
        }
        out.push(...byPd.values());
    }
    return out;
}
