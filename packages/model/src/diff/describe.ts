import { JENIS_LABELS, INSTRUMENT_LABELS, SCOPE_LABELS } from '../labels.js';
import { formatSelisih } from '../totals.js';
import type { PemdaModel, Position, UnitNode } from '../types.js';
import type { Change, DiffChangeKind, DiffElementKind, FieldValue, ModelDiff, PerangkatDaerahSummary } from './types.js';

/** One change as the matriks perubahan writes it: what was, what is, and what happened, in words. */
export interface ChangeRow {
    change: Change;
    /** The old element: its title, place and figures, one line each; empty when it is new. */
    semula: string[];
    menjadi: string[];
    keterangan: string;
}

/** The changes of one Perangkat Daerah (or of what belongs to none), in the order of the structure. */
export interface ChangeGroup {
    pemda: string;
    /** The Perangkat Daerah's id, absent for the group of what belongs to none. */
    id?: string;
    title: string;
    summary?: PerangkatDaerahSummary;
    rows: ChangeRow[];
}

export const CHANGE_LABELS: Record<DiffChangeKind, string> = {
    ditambah: 'Ditambah', dihapus: 'Dihapus', diubah: 'Diubah', dipindah: 'Dipindah', 'diganti-nama': 'Diganti nama'
};

export const ELEMENT_LABELS: Record<DiffElementKind, string> = {
    organisasi: 'organisasi', unit: 'unit', jabatan: 'jabatan', kelompok: 'kelompok', tim: 'tim kerja', penugasan: 'penugasan', proses: 'proses', pegawai: 'pegawai'
};

const FIELD_LABELS: Record<string, string> = {
    title: 'nama', kind: 'jenis', role: 'kedudukan', jenis: 'jenis', kategori: 'kategori', jenjang: 'jenjang', kelas: 'kelas', bezetting: 'B', kebutuhan: 'K',
    status: 'status', hasilPenyetaraan: 'hasil penyetaraan', sepertiKetuaTim: 'seperti ketua tim', group: 'kelompok', penilaiKinerja: 'Pejabat Penilai Kinerja',
    penilai: 'penilai', coordinator: 'koordinator', structureModel: 'model', uptdClass: 'kelas UPTD', affairs: 'urusan', template: 'templat',
    owner: 'pemilik kinerja', ownerInstansi: 'instansi pemilik kinerja', ownerTitle: 'unit pemilik kinerja', method: 'cara', instrument: 'ditetapkan dengan',
    duration: 'durasi', targets: 'target kinerja', scope: 'lingkup', pengarah: 'pengarah', penanggungJawab: 'penanggung jawab', ketua: 'ketua',
    sekretaris: 'sekretaris', anggota: 'anggota', ditugaskan: 'yang ditugaskan', code: 'kode', level: 'level', category: 'kategori', parent: 'induk',
    inputs: 'masukan', outputs: 'keluaran', maps: 'peta lintas fungsi', nip: 'NIP', rank: 'pangkat', position: 'jabatan', unit: 'unit', induk: 'induk'
};

/** Fields whose values are qualified names: shown as the titles they name. */
const REFERENCES = new Set(['group', 'penilaiKinerja', 'penilai', 'coordinator', 'owner', 'pengarah', 'penanggungJawab', 'ketua', 'sekretaris', 'anggota', 'ditugaskan', 'parent', 'position', 'unit', 'induk']);
const RESHAPING = new Set(['dipecah', 'digabung', 'menjadi']);
const WORDS: Record<string, string> = { ...JENIS_LABELS, ...INSTRUMENT_LABELS, ...SCOPE_LABELS };

/** Titles of a pemda's elements by qualified name, and the positions with their figures. */
class Titles {
    readonly title = new Map<string, string>();
    readonly position = new Map<string, Position>();
    readonly group = new Set<string>();
    readonly unitOf = new Map<string, string>();

    constructor(pemda: PemdaModel | undefined) {
        if (!pemda) return;
        const unit = (u: UnitNode) => {
            this.title.set(u.id, u.title);
            for (const child of u.units) this.unitOf.set(child.id, u.id);
            for (const p of u.leader ? [u.leader, ...u.positions] : u.positions) { this.title.set(p.id, p.title); this.position.set(p.id, p); }
            for (const g of u.groups) { this.title.set(g.id, g.title); this.group.add(g.id); this.unitOf.set(g.id, u.id); }
            u.units.forEach(unit);
        };
        pemda.organisations.forEach(unit);
        for (const x of [...pemda.teams, ...pemda.assignments, ...pemda.processes, ...pemda.pegawai, ...pemda.instansi]) this.title.set(x.id, x.title);
    }

    of(id: string): string { return this.title.get(id) || id; }
}

/**
 * The changes in words, grouped per Perangkat Daerah in the new version's order (removed ones after,
 * then what belongs to none), each group in the order of the structure.
 */
export function describeDiff(diff: ModelDiff, before: readonly PemdaModel[], after: readonly PemdaModel[]): ChangeGroup[] {
    const titles = new Map<string, { b: Titles; a: Titles }>();
    const of = (pemda: string) => {
        let t = titles.get(pemda);
        if (!t) titles.set(pemda, t = { b: new Titles(before.find(p => p.name === pemda)), a: new Titles(after.find(p => p.name === pemda)) });
        return t;
    };
    const groups: ChangeGroup[] = [];
    const find = (pemda: string, id: string | undefined) => groups.find(g => g.pemda === pemda && g.id === id);
    for (const s of diff.summary.perangkatDaerah) groups.push({ pemda: s.pemda, id: s.id, title: s.title, summary: s, rows: [] });
    for (const c of diff.changes) {
        let group = find(c.pemda, c.perangkatDaerah);
        if (!group) groups.push(group = { pemda: c.pemda, id: c.perangkatDaerah, title: c.perangkatDaerah ?? 'Di luar perangkat daerah', rows: [] });
        const t = of(c.pemda);
        group.rows.push(describeChange(c, t.b, t.a));
    }
    return groups.filter(g => g.rows.length > 0);
}

function describeChange(c: Change, b: Titles, a: Titles): ChangeRow {
    const oldId = c.change === 'dihapus' ? c.element : c.change === 'ditambah' ? undefined : c.from ?? c.element;
    const newId = c.change === 'dihapus' ? undefined : c.element;
    return {
        change: c,
        semula: oldId === undefined ? [] : lines(c.kind, oldId, b),
        menjadi: newId === undefined ? [] : lines(c.kind, newId, a),
        keterangan: keterangan(c, b, a)
    };
}

/** Title, then for a jabatan its unit and figures, for a kelompok or unit the unit it is in. */
function lines(kind: DiffElementKind, id: string, t: Titles): string[] {
    const out = [t.of(id)];
    const p = kind === 'jabatan' ? t.position.get(id) : undefined;
    if (p) {
        out.push(t.of(p.unit));
        const figures = [p.kelas !== undefined ? `kelas ${p.kelas}` : undefined, p.bezetting !== undefined ? `B ${p.bezetting}` : undefined,
            p.kebutuhan !== undefined ? `K ${p.kebutuhan}` : undefined,
            p.bezetting !== undefined && p.kebutuhan !== undefined ? `± ${formatSelisih(p.bezetting - p.kebutuhan)}` : undefined].filter(Boolean);
        if (figures.length) out.push(figures.join(', '));
    }
    // A kelompok or unit with the unit it is in.
    if ((kind === 'kelompok' || kind === 'unit') && t.unitOf.has(id)) out.push(t.of(t.unitOf.get(id)!));
    return out;
}

function keterangan(c: Change, b: Titles, a: Titles): string {
    const fields = c.fields ?? {};
    const parts: string[] = [];
    const place = fields.unit ?? fields.parent ?? fields.induk;
    if (c.change === 'dipindah' && place) parts.push(`dipindah dari ${shown(place[0], b)} ke ${shown(place[1], a)}`);
    else if (c.change === 'diganti-nama') parts.push(`nama ${lastName(c.from!)} menjadi ${lastName(c.element)}`);
    else if (c.change === 'ditambah' || c.change === 'dihapus') parts.push(`${ELEMENT_LABELS[c.kind]} ${c.change}`);
    if (fields.menjadi) {
        const into = String(fields.menjadi[1]);
        parts.push(a.group.has(into) ? `menjadi ${a.of(into)} (kelompok)` : `digabung ke ${a.of(into)}`);
    }
    if (fields.dipecah) parts.push(`dipecah menjadi ${list(fields.dipecah[1], a)}`);
    if (fields.digabung) parts.push(`gabungan dari ${list(fields.digabung[0], b)}`);
    for (const [field, [was, now]] of Object.entries(fields)) {
        if (RESHAPING.has(field) || (c.change === 'dipindah' && (field === 'unit' || field === 'parent' || field === 'induk'))) continue;
        const label = FIELD_LABELS[field] ?? field;
        if (Array.isArray(was) || Array.isArray(now)) parts.push(listChange(label, was, now, REFERENCES.has(field) ? [b, a] : undefined));
        else parts.push(`${label} ${REFERENCES.has(field) ? shown(was, b) : word(was)} → ${REFERENCES.has(field) ? shown(now, a) : word(now)}`);
    }
    const text = parts.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function lastName(id: string): string {
    return id.slice(id.lastIndexOf('.') + 1);
}

function word(v: FieldValue): string {
    if (v === null) return '—';
    if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
    return WORDS[String(v)] ?? String(v);
}

function shown(v: FieldValue, t: Titles): string {
    return v === null ? '—' : t.of(String(v));
}

function list(v: FieldValue, t: Titles): string {
    const items = (Array.isArray(v) ? v : [v]).map(x => shown(x, t));
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}

/** A list field: what came in and what went out. */
function listChange(label: string, was: FieldValue, now: FieldValue, refs: [Titles, Titles] | undefined): string {
    const asList = (v: FieldValue) => v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
    const before = asList(was), after = asList(now);
    const added = after.filter(x => !before.includes(x)).map(x => refs ? refs[1].of(x) : x);
    const removed = before.filter(x => !after.includes(x)).map(x => refs ? refs[0].of(x) : x);
    return [added.length ? `${label} ditambah: ${added.join(', ')}` : '', removed.length ? `${label} dikurangi: ${removed.join(', ')}` : '']
        .filter(Boolean).join('; ') || `${label} diubah`;
}
