import type { Matching } from './match.js';
import type { Side } from './sides.js';

/**
 * One reading order over both versions, as the matriks perubahan lists them: the new structure
 * depth first, each removed element right after the place it was in (its old unit, as now named),
 * removed organisations last. Keys: `a:<new id>` and `b:<old id>` of units, jabatan and kelompok.
 */
export function structureRanks(b: Side, a: Side, m: Matching): Map<string, number> {
    const rank = new Map<string, number>();
    const put = (key: string) => { if (!rank.has(key)) rank.set(key, rank.size); };
    // Removed jabatan, kelompok and units, by the new id of their old container.
    const removedIn = new Map<string, string[]>();
    const note = (container: string | undefined, key: string) => {
        const at = container === undefined ? undefined : m.units.after(container);
        if (at === undefined) return false;
        const list = removedIn.get(at);
        if (list) list.push(key); else removedIn.set(at, [key]);
        return true;
    };
    for (const [id, p] of b.positions) if (!m.positions.hasBefore(id)) note(p.unit, `p:${id}`);
    for (const [id, g] of b.groups) if (!m.groups.hasBefore(id)) note(g.unit, `g:${id}`);
    const orphanUnits: string[] = [];
    for (const [id, u] of b.units) {
        if (m.units.hasBefore(id)) continue;
        // A removed unit whose container is gone too is walked with its container; a removed organisation last.
        if (u.isOrganisation) orphanUnits.push(id); else note(u.parent, `u:${id}`);
    }
    const walkRemoved = (id: string) => {
        const e = b.units.get(id)!;
        put(`b:${id}`);
        for (const g of e.node.groups) if (!m.groups.hasBefore(g.id)) put(`b:${g.id}`);
        for (const p of e.positions) if (!m.positions.hasBefore(p)) put(`b:${p}`);
        for (const u of e.units) if (!m.units.hasBefore(u)) walkRemoved(u);
    };
    // A kelompok is read before the jabatan listed in it, as a peta jabatan heads its rows with it.
    const walk = (id: string) => {
        const e = a.units.get(id)!;
        const removed = removedIn.get(id) ?? [];
        put(`a:${id}`);
        if (e.node.leader) put(`a:${e.node.leader.id}`);
        for (const g of e.node.groups) put(`a:${g.id}`);
        for (const key of removed) if (key.startsWith('g:')) put(`b:${key.slice(2)}`);
        for (const p of e.positions) put(`a:${p}`);
        for (const key of removed) if (key.startsWith('p:')) put(`b:${key.slice(2)}`);
        for (const u of e.units) walk(u);
        for (const key of removed) if (key.startsWith('u:')) walkRemoved(key.slice(2));
    };
    for (const org of a.organisations) walk(org.id);
    for (const id of orphanUnits) walkRemoved(id);
    return rank;
}
