import type { Group, IndividualAssignment, Organisation, Pegawai, Position, Process, Team, TeamMember, UnitNode } from '../types.js';
import type { FieldValue } from './types.js';

/** How a reference is written in a field: as it is, or (the old version, for comparing) in the new version's names. */
export type RefOf = (id: string | undefined) => FieldValue;

export type Fields = Record<string, FieldValue>;

const v = (x: string | number | boolean | undefined): FieldValue => x === undefined ? null : x;
const list = (xs: readonly string[]): FieldValue => [...xs].sort();

export function organisationFields(o: Organisation): Fields {
    return {
        title: o.title, kind: o.kind, structureModel: v(o.structureModel), uptdClass: v(o.uptdClass),
        affairs: list(o.affairs), template: v(o.template)
    };
}

export function unitFields(u: UnitNode): Fields {
    return { title: u.title, kind: u.kind };
}

export function positionFields(p: Position, ref: RefOf): Fields {
    return {
        title: p.title, role: p.role, jenis: v(p.jenis), kategori: v(p.kategori), jenjang: v(p.jenjang), kelas: v(p.kelas),
        bezetting: v(p.bezetting), kebutuhan: v(p.kebutuhan), status: v(p.status), hasilPenyetaraan: p.hasilPenyetaraan,
        sepertiKetuaTim: p.sepertiKetuaTim, group: ref(p.group), penilaiKinerja: ref(p.penilaiKinerja)
    };
}

export function groupFields(g: Group, ref: RefOf): Fields {
    return { title: g.title, penilai: ref(g.penilai), coordinator: ref(g.coordinator) };
}

/** A member as the team's list shows it: its jabatan, or the instansi and title of someone from outside. */
function memberKey(m: TeamMember, ref: RefOf): FieldValue {
    if (m.position !== undefined) return ref(m.position);
    return `${m.instansi ?? ''}: ${m.title ?? ''}`;
}

/** One holder is a value; several (or none, for anggota and pengarah) a list. */
function role(members: readonly TeamMember[], which: TeamMember['role'], ref: RefOf, asList: boolean): FieldValue {
    const held = members.filter(m => m.role === which).map(m => memberKey(m, ref));
    if (!asList && held.length <= 1) return held[0] ?? null;
    return held.map(String).sort();
}

function workFields(w: Team | IndividualAssignment, ref: RefOf): Fields {
    return {
        title: w.title, owner: ref(w.owner), ownerInstansi: v(w.ownerInstansi), ownerTitle: v(w.ownerTitle), method: v(w.method),
        instrument: v(w.instrument), duration: v(w.duration), targets: list(w.targets)
    };
}

export function teamFields(t: Team, ref: RefOf): Fields {
    return {
        ...workFields(t, ref), scope: v(t.scope),
        pengarah: role(t.members, 'pengarah', ref, true), penanggungJawab: role(t.members, 'penanggung-jawab', ref, false),
        ketua: role(t.members, 'ketua', ref, false), sekretaris: role(t.members, 'sekretaris', ref, false), anggota: role(t.members, 'anggota', ref, true)
    };
}

export function assignmentFields(a: IndividualAssignment, ref: RefOf): Fields {
    return { ...workFields(a, ref), ditugaskan: a.assignee ? memberKey(a.assignee, ref) : null };
}

export function processFields(p: Process, ref: RefOf): Fields {
    return {
        title: p.title, code: v(p.code), level: v(p.level), category: v(p.category), parent: ref(p.parent), owner: ref(p.owner),
        inputs: list(p.inputs), outputs: list(p.outputs), maps: list(p.maps.map(m => m.name))
    };
}

export function pegawaiFields(p: Pegawai, ref: RefOf): Fields {
    return { title: p.title, nip: v(p.nip?.replace(/[\s.]/g, '')), rank: v(p.rank), status: v(p.status), position: ref(p.position) };
}

/**
 * The fields that differ: compared with the old references in the new names (a renamed ketua is the
 * same ketua), reported with the old version's own names.
 */
export function changedFields(shownBefore: Fields, comparedBefore: Fields, after: Fields): Record<string, [FieldValue, FieldValue]> {
    const out: Record<string, [FieldValue, FieldValue]> = {};
    for (const key of Object.keys(after)) {
        if (!same(comparedBefore[key], after[key])) out[key] = [shownBefore[key] ?? null, after[key]];
    }
    return out;
}

function same(x: FieldValue | undefined, y: FieldValue | undefined): boolean {
    if (Array.isArray(x) || Array.isArray(y)) return JSON.stringify(x) === JSON.stringify(y);
    return (x ?? null) === (y ?? null);
}
