import type { AstNodeDescription } from 'langium';

/**
 * A scope entry for a position or unit that an organisation gets from its template:
 * `PuskesmasSungaiBetung.Dokter` names the template's `Dokter` as instantiated there.
 * The entry points at the template's node (the only AST node there is), and records the instance
 * and its document: a reference through it depends on that document as well as the template's.
 */
export interface InstanceMemberDescription extends AstNodeDescription {
    readonly instanceId: string;
    readonly instanceUri: string;
    readonly relativeName: string;
}

export function isInstanceMemberDescription(d: AstNodeDescription | undefined): d is InstanceMemberDescription {
    return d !== undefined && typeof (d as Partial<InstanceMemberDescription>).instanceId === 'string';
}
