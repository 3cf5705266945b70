import type { PemdaIndex } from './pemda-index.js';
import type { IndividualAssignment, Position, Team, TeamMember } from './types.js';
import { assignedPeople } from './work-scope.js';

/** The officials who may sign an instrument, in the regulation's terms; `bupati` signs without an `oleh`. */
export type IssuerKind = 'bupati' | 'sekretaris-daerah' | 'kepala-perangkat-daerah' | 'pimpinan-unit-organisasi' | 'penilai-kinerja';

/** The people of this pemda an instrument assigns. */
function assigned(work: Team | IndividualAssignment): TeamMember[] {
    return assignedPeople(work).filter(m => m.position !== undefined);
}

/**
 * The units the Kepala Perangkat Daerah or Pimpinan Unit Organisasi who signs is sought over. Normally
 * the owner unit. A member's own letter comes from where that member sits. In work another instansi owns,
 * this pemda is the side that is asked: its officials are those where the assigned people sit ("Pejabat
 * Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju", TJT Ps 11 ayat (4) huruf e angka 2).
 */
function signingUnits(work: Team | IndividualAssignment, member?: TeamMember): Array<string | undefined> {
    if (member) return [member.homeUnit];
    if (work.ownerInstansi !== undefined) return assigned(work).map(m => m.homeUnit);
    return [work.owner];
}

/** The one position every unit yields, if they agree. */
function single(index: PemdaIndex, ids: Array<string | undefined>): Position | undefined {
    const distinct = new Set(ids);
    return distinct.size === 1 ? index.position([...distinct][0]) : undefined;
}

/**
 * The official of that kind who signs for this work (or for this member's own Surat Tugas), as a
 * position of this pemda, where one follows from the model: the rules name it, the documents sign with it.
 * Owner-relative kinds follow `signingUnits`: another instansi's work is signed where this pemda's people sit.
 */
export function expectedIssuer(kind: IssuerKind, index: PemdaIndex, work: Team | IndividualAssignment, member?: TeamMember): Position | undefined {
    switch (kind) {
        case 'bupati': return undefined;
        case 'sekretaris-daerah': return index.model.organisations.find(o => o.kind === 'sekretariat-daerah')?.leader;
        case 'kepala-perangkat-daerah': return single(index, signingUnits(work, member).map(u => index.headOfPerangkatDaerah(u)?.id));
        case 'pimpinan-unit-organisasi': return single(index, signingUnits(work, member).map(u => u === undefined ? undefined : index.leaderOf(u)?.id));
        case 'penilai-kinerja': return single(index, (member ? [member] : assigned(work)).map(m => index.position(m.position)?.penilaiKinerja));
    }
}

/** Whether `issuer` is an official of that kind for this work (or this member's own letter). */
export function issuerIs(kind: IssuerKind, issuer: Position | undefined, index: PemdaIndex, work: Team | IndividualAssignment, member?: TeamMember): boolean {
    if (kind === 'bupati') return issuer === undefined;
    if (!issuer) return false;
    switch (kind) {
        case 'sekretaris-daerah':
            return issuer.role === 'pimpinan' && index.organisations.get(issuer.unit)?.kind === 'sekretariat-daerah';
        case 'kepala-perangkat-daerah': {
            const units = signingUnits(work, member);
            return units.length > 0 && units.every(u => index.headOfPerangkatDaerah(u)?.id === issuer.id);
        }
        case 'pimpinan-unit-organisasi': {
            const units = signingUnits(work, member);
            return units.length > 0 && units.every(u => u !== undefined && index.leads(issuer.id, u));
        }
        case 'penilai-kinerja': {
            const people = member ? [member] : assigned(work);
            return people.length > 0 && people.every(m => index.position(m.position)?.penilaiKinerja === issuer.id);
        }
    }
}
