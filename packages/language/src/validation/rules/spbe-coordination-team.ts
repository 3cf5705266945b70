import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { INSTRUMENT_LABELS, type Instrument, type Position, type Team } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { LeaderMatcher, SpbeBody } from '../profiles/profile.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { teamBuiltFrom } from '../../model/fragment-builder.js';
import { reportOnPerson, reportRule, type RuleContext } from './context.js';
import { titleMatches } from './team-facts.js';

function matches(ctx: RuleContext, p: Position, m: LeaderMatcher): boolean {
    const unit = ctx.facts.index.unit(p.unit);
    if (m.withinUnitTitled) {
        const wanted = m.withinUnitTitled.toLowerCase();
        for (const u of ctx.facts.index.ancestors(p.unit)) if (u.title.toLowerCase().includes(wanted)) return true;
    }
    if (p.role !== 'pimpinan') return false;
    const org = ctx.facts.index.organisations.get(p.unit);
    if (m.headOfKind && org?.kind === m.headOfKind) return true;
    if (m.headOfUrusan && org?.affairs.some(a => a.toLowerCase().includes(m.headOfUrusan!.toLowerCase()))) return true;
    if (m.leaderOfUnitTitled && unit?.title.toLowerCase().includes(m.leaderOfUnitTitled.toLowerCase())) return true;
    return false;
}

/**
 * A region's SPBE bodies as its Perbup sets them (Mahakam Ulu Ps 24-27): the Tim Koordinasi's
 * composition, instrument, the Bupati it answers to and its sekretariat; the Tim Pelaksana and the
 * kelompok kerja beside it.
 */
export function spbeCoordinationTeamRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function setBy(node: ast.Tim, team: Team, ctx: RuleContext, accept: ValidationAcceptor, label: string, instrument: Instrument, kind: string): void {
        if (team.instrument === instrument) return;
        reportRule(accept, ctx, 'spbe-coordination-team',
            `${label} ditetapkan oleh Bupati: tulis \`ditetapkan ${instrument}\` (${INSTRUMENT_LABELS[instrument]})${team.instrument ? `, bukan ${INSTRUMENT_LABELS[team.instrument]}` : ''}.`,
            node.instrument.length > 0 ? { node, property: 'instrument', index: 0 } : { node, property: 'name' }, { case: kind });
    }

    function coordinationTeam(node: ast.Tim, team: Team, ctx: RuleContext, accept: ValidationAcceptor): void {
        const spec = ctx.profile.spbeTeam!;
        const positions = team.members.map(m => ({ m, p: ctx.facts.index.position(m.position) }));
        const ketuaIndex = team.members.findIndex(m => m.role === 'ketua');
        const ketua = positions[ketuaIndex]?.p;
        if (!ketua || !matches(ctx, ketua, spec.ketua)) {
            const message = `Ketua Tim Koordinasi SPBE adalah ${spec.ketua.label}${ketua ? `, bukan \`${ketua.title}\`` : ''}.`;
            if (ketuaIndex >= 0) reportRule(accept, ctx, 'spbe-coordination-team', message, { node: node.roles[ketuaIndex], property: 'position' });
            else reportRule(accept, ctx, 'spbe-coordination-team', message, { node, property: 'name' });
        }
        if (spec.instrument) setBy(node, team, ctx, accept, 'Tim Koordinasi SPBE', spec.instrument, 'instrumen');
        const missing = spec.anggota.filter(a => !positions.some(({ m, p }) => m.role !== 'ketua' && p && matches(ctx, p, a)));
        if (missing.length > 0) {
            reportRule(accept, ctx, 'spbe-coordination-team',
                `Tim Koordinasi SPBE paling sedikit beranggotakan ${missing.map(a => a.label).join('; ')} — belum tercantum.`,
                { node, property: 'name' });
        }
        team.members.forEach((m, i) => {
            const p = positions[i].p;
            // "berada dibawah dan bertanggung jawab kepada Bupati": no official of the pemda answers for it.
            if (spec.answersToBupati && m.role === 'penanggung-jawab') {
                reportOnPerson(accept, ctx, 'spbe-coordination-team',
                    `Tim Koordinasi SPBE berada di bawah dan bertanggung jawab kepada Bupati; \`${p?.title ?? m.instansi ?? '?'}\` bukan penanggung jawabnya.`,
                    node, i, undefined, { case: 'bupati' });
            }
            if (spec.sekretariat && m.role === 'sekretaris' && !(p && matches(ctx, p, spec.sekretariat))) {
                reportOnPerson(accept, ctx, 'spbe-coordination-team',
                    `Sekretariat Tim Koordinasi SPBE dilaksanakan secara fungsional oleh ${spec.sekretariat.label}, bukan \`${p?.title ?? m.instansi ?? '?'}\`.`,
                    node, i, undefined, { case: 'sekretariat' });
            }
        });
    }

    /** The Tim Pelaksana and the kelompok kerja are set by the Bupati; the Tim Pelaksana is ASN of the pemda across Perangkat Daerah. */
    function otherBody(node: ast.Tim, team: Team, body: SpbeBody, ctx: RuleContext, accept: ValidationAcceptor): void {
        if (body.instrument) setBy(node, team, ctx, accept, body.label, body.instrument, `${body.case}-instrumen`);
        if (!body.lintasPerangkatDaerah) return;
        const outsiders = team.members.map((m, i) => [m, i] as const).filter(([m]) => m.instansi !== undefined);
        for (const [m, i] of outsiders) {
            reportOnPerson(accept, ctx, 'spbe-coordination-team',
                `${body.label} terdiri atas Aparatur Sipil Negara lintas Perangkat Daerah; \`${m.instansi}\` bukan perangkat daerah.`, node, i, undefined, { case: body.case });
        }
        const pds = new Set(team.members.map(m => m.homePerangkatDaerah).filter(pd => pd !== undefined));
        if (team.members.length > 0 && outsiders.length === 0 && pds.size < 2) {
            reportRule(accept, ctx, 'spbe-coordination-team',
                `${body.label} terdiri atas Aparatur Sipil Negara lintas Perangkat Daerah, tetapi anggotanya dari satu perangkat daerah saja.`,
                { node, property: 'name' }, { case: body.case });
        }
    }

    function spbeBodies(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const spec = ctx?.profile.spbeTeam;
        const team = ctx && teamBuiltFrom(node);
        if (!ctx || !spec || !team) return;
        if (titleMatches(spec, team.title)) return coordinationTeam(node, team, ctx, accept);
        const body = spec.bodies?.find(b => titleMatches(b, team.title));
        if (body) otherBody(node, team, body, ctx, accept);
    }

    return { Tim: spbeBodies };
}
