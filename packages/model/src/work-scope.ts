import type { PemdaIndex } from './pemda-index.js';
import type { AssignmentMethod, IndividualAssignment, Team, TeamMember, WorkScope } from './types.js';

/** The people of a team, or the assignee of an individual assignment, in written order. */
export function workPeople(work: Team | IndividualAssignment): TeamMember[] {
    return 'members' in work ? work.members : work.assignee ? [work.assignee] : [];
}

/** Those an instrument assigns: every member but the pengarah and penanggung jawab, who direct rather than carry out. */
export function assignedPeople(work: Team | IndividualAssignment): TeamMember[] {
    return workPeople(work).filter(m => m.role !== 'pengarah' && m.role !== 'penanggung-jawab');
}

/** Whether a member takes part by pengajuan sukarela: marked so itself, or the whole work is. */
export function joinsVoluntarily(work: { method?: AssignmentMethod }, member: TeamMember): boolean {
    return member.volunteered === true || work.method === 'pengajuan-sukarela';
}

/**
 * Classify the people of a team or assignment against the owner unit (pemilik kinerja):
 * another instansi, as owner or as a member's home, makes it lintas instansi; another Perangkat Daerah, lintas perangkat daerah;
 * anyone outside the owner's subtree (following units up through induk organisations), lintas unit.
 */
export function deriveWorkScope(owner: string | undefined, members: readonly TeamMember[], index: PemdaIndex, ownerInstansi?: string): WorkScope | undefined {
    if (ownerInstansi !== undefined || members.some(m => m.instansi !== undefined)) return 'lintas-instansi';
    const resolved = members.filter(m => m.homeUnit !== undefined);
    const ownerPd = owner === undefined ? undefined : index.perangkatDaerahOf(owner);
    const pds = new Set(resolved.map(m => m.homePerangkatDaerah));
    if (ownerPd !== undefined) pds.add(ownerPd);
    if (pds.size > 1) return 'lintas-perangkat-daerah';
    if (owner !== undefined && index.unit(owner) !== undefined) {
        return resolved.every(m => index.isWithin(m.homeUnit!, owner)) ? 'dalam-unit' : 'lintas-unit';
    }
    // Without a resolved owner, the members can still be compared with each other.
    if (resolved.length === 0) return undefined;
    return new Set(resolved.map(m => m.homeUnit)).size === 1 ? 'dalam-unit' : 'lintas-unit';
}
