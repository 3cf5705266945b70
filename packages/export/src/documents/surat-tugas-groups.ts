import { assignedPeople, joinsVoluntarily, type Letter, type PermohonanPelibatan, type Position, type TeamMember } from '@sikerja/model';
import type { DocumentFacts, Work } from './resolve.js';

/**
 * The people one Surat Tugas assigns, and where it is signed. A surat penugasan comes from where the
 * JF or pelaksana sits (TJT Ps 11 ayat (3) huruf c and ayat (4) huruf e angka 3; Bengkayang Lampiran
 * I.II.1.b angka 3): the owner's unit assigns its own people under the work's letter; every other
 * unit the permohonan went to, and every other instansi, assigns its own in a letter of its own.
 */
export interface SuratTugasGroup {
    /** A file-name part: empty for the owner's own letter, else the signing unit, Perangkat Daerah or instansi. */
    key: string;
    people: TeamMember[];
    /** The letter's data as the model writes it: the work's own letter for the owner's group. */
    letter?: Letter;
    issuer?: Position;
    /** Another instansi's letter: its kop and its copies (TJT Ps 11 ayat (4) huruf e angka 3). */
    instansi?: { id: string; title: string };
    /** The permohonan that asked for these people: the dasar. */
    askedBy?: PermohonanPelibatan;
}

export function suratTugasGroups(facts: DocumentFacts, work: Work): SuratTugasGroup[] {
    const groups = new Map<string, SuratTugasGroup>();
    const add = (key: string, member: TeamMember, init: () => Omit<SuratTugasGroup, 'key' | 'people'>) => {
        const group = groups.get(key) ?? { key, people: [], ...init() };
        group.people.push(member);
        groups.set(key, group);
    };
    const ownerPd = work.owner === undefined ? undefined : facts.index.perangkatDaerahOf(work.owner);
    for (const m of assignedPeople(work)) {
        // A volunteer's own letter asked for it (pengajuan sukarela); otherwise the letter that reached it.
        const letter = work.permohonan.find(p => reaches(facts, p, m))
            ?? (joinsVoluntarily(work, m) ? work.permohonan.find(p => p.sender === m.position || p.sender === undefined) : undefined);
        if (m.instansi !== undefined) {
            const title = facts.titleOf(m.instansi) ?? m.instansi;
            add(m.instansi, m, () => ({ instansi: { id: m.instansi!, title }, askedBy: letter }));
            continue;
        }
        const post = facts.position(m.position);
        const issuer = signerAway(facts, work, m, post, letter);
        if (post === undefined || work.owner === undefined || facts.index.isWithin(post.unit, work.owner) || issuer === undefined
            || (letter === undefined && facts.index.perangkatDaerahOf(post.unit) === ownerPd)) {
            add('', m, () => ({ letter: work.letter, issuer: facts.position(work.letter?.issuer) }));
            continue;
        }
        add(issuer.id, m, () => ({ issuer, askedBy: letter }));
    }
    return [...groups.values()];
}

/**
 * Who signs for a member away from the owner's unit: the official the permohonan was addressed to
 * (the Pimpinan Unit Organisasi or Pejabat Penilai Kinerja dituju), a volunteer's own Pimpinan Unit
 * Organisasi, else the head of the member's Perangkat Daerah.
 */
function signerAway(facts: DocumentFacts, work: Work, m: TeamMember, post: Position | undefined, letter: PermohonanPelibatan | undefined): Position | undefined {
    if (!post) return undefined;
    if (joinsVoluntarily(work, m)) return facts.index.leaderOf(post.unit);
    if (letter?.recipient !== undefined) {
        const to = facts.position(letter.recipient) ?? (facts.index.unit(letter.recipient) ? facts.index.leaderOf(letter.recipient) : undefined);
        if (to) return to;
    }
    return facts.index.headOfPerangkatDaerah(post.unit);
}

/** A permohonan reaches a member of this pemda where it sits, or another instansi's member at that instansi. */
function reaches(facts: DocumentFacts, letter: PermohonanPelibatan, m: TeamMember): boolean {
    return m.instansi !== undefined ? letter.recipient === m.instansi : facts.index.letterReaches(letter, m);
}
