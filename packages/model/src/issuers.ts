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
 * The official of that kind who signs for this work (or for this member's own Surat Tugas), as a
 * position of this pemda, where one follows from the model: the rules name it, the documents sign with it.
 */
export function expectedIssuer(kind: IssuerKind, index: PemdaIndex, work: Team | IndividualAssignment, member?: TeamMember): Position | undefined {
    switch (kind) {
        case 'bupati': return undefined;
        case 'sekretaris-daerah': return index.model.organisations.find(o => o.kind === 'sekretariat-daerah')?.leader;
        case 'kepala-perangkat-daerah': return index.headOfPerangkatDaerah(member ? member.homeUnit : work.owner);
        case 'pimpinan-unit-organisasi': return work.owner === undefined ? undefined : index.leaderOf(work.owner);
        case 'penilai-kinerja': {
            const ids = new Set((member ? [member] : assigned(work)).map(m => index.position(m.position)?.penilaiKinerja));
            return ids.size === 1 ? index.position([...ids][0]) : undefined;
        }
    }
}

/** Whether `issuer` is an official of that kind for this work (or this member's own letter). */
export function issuerIs(kind: IssuerKind, issuer: Position | undefined, index: PemdaIndex, work: Team | IndividualAssignment, member?: TeamMember): boolean {
    if (kind === 'bupati') return issuer === undefined;
    if (!issuer) return false;
    switch (kind) {
        case 'sekretaris-daerah':
            return issuer.role === 'pimpinan' && index.organisations.get(issuer.unit)?.kind === 'sekretariat-daerah';
        case 'kepala-perangkat-daerah':
            return index.headOfPerangkatDaerah(member ? member.homeUnit : work.owner)?.id === issuer.id;
        case 'pimpinan-unit-organisasi':
            return work.owner !== undefined && index.leads(issuer.id, work.owner);
        case 'penilai-kinerja': {
            const people = member ? [member] : assigned(work);
            return people.length > 0 && people.every(m => index.position(m.position)?.penilaiKinerja === issuer.id);
        }
    }
}
