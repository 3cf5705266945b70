import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { expectedIssuer, INSTRUMENT_LABELS, issuerIs, type IndividualAssignment, type Instrument, type IssuerKind, type Position, type Team, type TeamMember } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule, type RuleContext } from './context.js';
import { instrumentRow } from './team-facts.js';

export const ISSUER_LABELS: Record<IssuerKind, string> = {
    'bupati': 'Bupati',
    'sekretaris-daerah': 'Sekretaris Daerah',
    'kepala-perangkat-daerah': 'Kepala Perangkat Daerah',
    'pimpinan-unit-organisasi': 'Pimpinan Unit Organisasi pemilik kinerja',
    'penilai-kinerja': 'Pejabat Penilai Kinerja'
};

/** The case a region cites per instrument, and for a member's own Surat Tugas. */
export const MEMBER_LETTER_CASE = 'surat-tugas-anggota';

/** The case of an instrument that assigns this pemda's people to work another instansi owns, e.g. `surat-tugas-instansi-lain`. */
const instansiLainCase = (instrument: Instrument) => `${instrument}-instansi-lain`;

/**
 * Which Pimpinan Unit Organisasi signs: of the owner; of the side that is asked, in another instansi's
 * work (TJT Ps 11 ayat (4) huruf e angka 2: "yang dituju"); of a member's own unit, on its own letter.
 */
function label(kind: IssuerKind, work: Team | IndividualAssignment, member?: TeamMember): string {
    if (kind !== 'pimpinan-unit-organisasi') return ISSUER_LABELS[kind];
    if (member) return 'Pimpinan Unit Organisasi';
    return work.ownerInstansi !== undefined ? 'Pimpinan Unit Organisasi yang dituju' : ISSUER_LABELS[kind];
}

/** Who signs, in words: "Pejabat Penilai Kinerja (`Kepala Bidang …`) atau Pimpinan Unit Organisasi …". */
function describe(kinds: readonly IssuerKind[], ctx: RuleContext, work: Team | IndividualAssignment, member?: TeamMember): string {
    return kinds.map(k => {
        const p = expectedIssuer(k, ctx.facts.index, work, member);
        return p ? `${label(k, work, member)} (\`${p.title}\`)` : label(k, work, member);
    }).join(' atau ');
}

/**
 * The first case the region cites an article for, or none (its general article). A case with no
 * article of its own must not be passed on: the finding would then cite every article of the rule.
 */
function citedCase(ctx: RuleContext, ...cases: string[]): string | undefined {
    const citations = ctx.profile.rules['issuer-matches-instrument'].citations;
    return cases.find(c => citations.some(citation => citation.cases?.includes(c)));
}

/**
 * Another instrument the region allows for this work that this official may sign: TJT Ps 10 ayat (4) and
 * Mahulu Ps 13 ayat (4) let a PPK or Pimpinan Unit Organisasi set a penugasan, by surat tugas, not by a
 * Keputusan that bears the Kepala Perangkat Daerah's name.
 */
function instrumentThisIssuerMaySign(ctx: RuleContext, work: Team | IndividualAssignment, isTeam: boolean, issuer: Position): Instrument | undefined {
    const row = instrumentRow(ctx.profile, work, isTeam);
    return row?.allowed.find(i => i !== work.instrument
        && (ctx.profile.issuers.instrument[i] ?? []).some(k => k !== 'bupati' && issuerIs(k, issuer, ctx.facts.index, work)));
}

/** The issuer of an instrument, and of each member's own Surat Tugas, against the region's table. */
export function issuerMatchesInstrumentRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    /**
     * The instrument this pemda signs. In work another instansi owns it is this pemda's own instrument
     * for its people (Bengkayang Ps 11 ayat (1): a Keputusan Sekretaris Daerah), so it is judged too.
     */
    function instrumentSignedByTheRightOfficial(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const work = ctx && workBuiltFrom(node);
        if (!ctx || !work) return;
        const instrument = work.instrument;
        const kinds = instrument && ctx.profile.issuers.instrument[instrument];
        const letterNode = node.letter[0];
        // Only a written `oleh` is judged: without one the document leaves the signatory to be filled in.
        if (instrument && kinds && kinds.length > 0 && letterNode && work.letter?.issuer !== undefined) {
            const issuer = ctx.facts.index.position(work.letter.issuer);
            if (issuer && !kinds.some(k => issuerIs(k, issuer, ctx.facts.index, work))) {
                const label = INSTRUMENT_LABELS[instrument];
                const instead = instrumentThisIssuerMaySign(ctx, work, ast.isTim(node), issuer);
                const message = kinds.length === 1 && kinds[0] === 'bupati'
                    ? `${label} ditandatangani Bupati, bukan \`${issuer.title}\`; hapus \`oleh\`.`
                    : `\`${issuer.title}\` tidak berwenang menandatangani ${label} ini; yang menandatangani: ${describe(kinds, ctx, work)}.`
                        + (instead ? ` \`${issuer.title}\` dapat menetapkannya dengan ${INSTRUMENT_LABELS[instead]}.` : '');
                const cases = work.ownerInstansi !== undefined ? [instansiLainCase(instrument), instrument] : [instrument];
                reportRule(accept, ctx, 'issuer-matches-instrument', message,
                    { node: letterNode, property: 'issuer', index: 0 }, { case: citedCase(ctx, ...cases) });
            }
        }
        if (ast.isTim(node) && 'members' in work) membersLettersSignedWhereTheySit(node, work, ctx, accept);
    }

    /** A member's own surat tugas comes from where it sits (Bengkayang Lampiran II angka 2, TJT Ps 11 ayat (3) huruf c). */
    function membersLettersSignedWhereTheySit(node: ast.Tim, work: Team, ctx: RuleContext, accept: ValidationAcceptor): void {
        const memberKinds = ctx.profile.issuers.memberLetter;
        if (memberKinds.length === 0) return;
        node.roles.forEach((r, i) => {
            const m = work.members[i];
            if (!r.letter || !m || m.position === undefined) return;
            const issuer = ctx.facts.index.position(m.letter?.issuer);
            if (issuer === undefined && m.letter?.issuer === undefined) return;
            if (memberKinds.some(k => issuerIs(k, issuer, ctx.facts.index, work, m))) return;
            reportRule(accept, ctx, 'issuer-matches-instrument',
                `Surat tugas anggota \`${m.position}\` ditandatangani ${describe(memberKinds, ctx, work, m)} tempat anggota itu berkedudukan, `
                + `bukan \`${issuer?.title ?? m.letter?.issuer}\`.`,
                { node: r.letter, property: 'issuer', index: 0 }, { case: citedCase(ctx, MEMBER_LETTER_CASE) });
        });
    }

    return { Tim: instrumentSignedByTheRightOfficial, Penugasan: instrumentSignedByTheRightOfficial };
}
