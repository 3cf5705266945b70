import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { expectedIssuer, INSTRUMENT_LABELS, issuerIs, type IndividualAssignment, type Instrument, type IssuerKind, type Team, type TeamMember } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule, type RuleContext } from './context.js';

export const ISSUER_LABELS: Record<IssuerKind, string> = {
    'bupati': 'Bupati',
    'sekretaris-daerah': 'Sekretaris Daerah',
    'kepala-perangkat-daerah': 'Kepala Perangkat Daerah',
    'pimpinan-unit-organisasi': 'Pimpinan Unit Organisasi pemilik kinerja',
    'penilai-kinerja': 'Pejabat Penilai Kinerja'
};

/** The case a region cites per instrument, and for a member's own Surat Tugas. */
export const MEMBER_LETTER_CASE = 'surat-tugas-anggota';

/** Who signs, in words: "Pejabat Penilai Kinerja (`Kepala Bidang …`) atau Pimpinan Unit Organisasi …". */
function describe(kinds: readonly IssuerKind[], ctx: RuleContext, work: Team | IndividualAssignment, member?: TeamMember): string {
    return kinds.map(k => {
        const p = expectedIssuer(k, ctx.facts.index, work, member);
        return p ? `${ISSUER_LABELS[k]} (\`${p.title}\`)` : ISSUER_LABELS[k];
    }).join(' atau ');
}

/** The issuer of an instrument, and of each member's own Surat Tugas, against the region's table. */
export function issuerMatchesInstrumentRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function instrumentSignedByTheRightOfficial(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const work = ctx && workBuiltFrom(node);
        if (!ctx || !work || work.ownerInstansi !== undefined) return;
        const instrument = work.instrument;
        const kinds = instrument && ctx.profile.issuers.instrument[instrument];
        const letterNode = node.letter[0];
        // Only a written `oleh` is judged: without one the document leaves the signatory to be filled in.
        if (instrument && kinds && kinds.length > 0 && letterNode && work.letter?.issuer !== undefined) {
            const issuer = ctx.facts.index.position(work.letter.issuer);
            if (issuer && !kinds.some(k => issuerIs(k, issuer, ctx.facts.index, work))) {
                const label = INSTRUMENT_LABELS[instrument];
                const message = kinds.length === 1 && kinds[0] === 'bupati'
                    ? `${label} ditandatangani Bupati, bukan \`${issuer.title}\`; hapus \`oleh\`.`
                    : `\`${issuer.title}\` tidak berwenang menandatangani ${label} ini; yang menandatangani: ${describe(kinds, ctx, work)}.`;
                reportRule(accept, ctx, 'issuer-matches-instrument', message,
                    { node: letterNode, property: 'issuer', index: 0 }, { case: instrument satisfies Instrument });
            }
        }
        if (!ast.isTim(node) || !('members' in work)) return;
        const memberKinds = ctx.profile.issuers.memberLetter;
        node.roles.forEach((r, i) => {
            const m = work.members[i];
            if (!r.letter || !m || m.position === undefined || memberKinds.length === 0) return;
            const issuer = ctx.facts.index.position(m.letter?.issuer);
            if (issuer === undefined && m.letter?.issuer === undefined) return;
            if (memberKinds.some(k => issuerIs(k, issuer, ctx.facts.index, work, m))) return;
            reportRule(accept, ctx, 'issuer-matches-instrument',
                `Surat tugas anggota \`${m.position}\` ditandatangani ${describe(memberKinds, ctx, work, m)} tempat anggota itu berkedudukan, `
                + `bukan \`${issuer?.title ?? m.letter?.issuer}\`.`,
                { node: r.letter, property: 'issuer', index: 0 }, { case: MEMBER_LETTER_CASE });
        });
    }

    return { Tim: instrumentSignedByTheRightOfficial, Penugasan: instrumentSignedByTheRightOfficial };
}
