import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { INSTRUMENT_LABELS, type Position } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { LeaderMatcher } from '../profiles/profile.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { teamBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule, type RuleContext } from './context.js';
import { isSpbeTeam } from './team-facts.js';

function matches(ctx: RuleContext, p: Position, m: LeaderMatcher): boolean {
    if (p.role !== 'pimpinan') return false;
    const unit = ctx.facts.index.unit(p.unit);
    const org = ctx.facts.index.organisations.get(p.unit);
    if (m.headOfKind && org?.kind === m.headOfKind) return true;
    if (m.headOfUrusan && org?.affairs.some(a => a.toLowerCase().includes(m.headOfUrusan!.toLowerCase()))) return true;
    if (m.leaderOfUnitTitled && unit?.title.toLowerCase().includes(m.leaderOfUnitTitled.toLowerCase())) return true;
    return false;
}

/** A region's Tim Koordinasi SPBE has the composition and instrument its Perbup names (Mahakam Ulu Ps 24). */
export function spbeCoordinationTeamRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function spbeTeamComposition(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const spec = ctx?.profile.spbeTeam;
        const team = ctx && teamBuiltFrom(node);
        if (!ctx || !spec || !team || !isSpbeTeam(ctx, team.title)) return;
        const positions = team.members.map(m => ({ m, p: ctx.facts.index.position(m.position) }));
        const ketuaIndex = team.members.findIndex(m => m.role === 'ketua');
        const ketua = positions[ketuaIndex]?.p;
        if (!ketua || !matches(ctx, ketua, spec.ketua)) {
            const message = `Ketua Tim Koordinasi SPBE adalah ${spec.ketua.label}${ketua ? `, bukan \`${ketua.title}\`` : ''}.`;
            if (ketuaIndex >= 0) reportRule(accept, ctx, 'spbe-coordination-team', message, { node: node.roles[ketuaIndex], property: 'position' });
            else reportRule(accept, ctx, 'spbe-coordination-team', message, { node, property: 'name' });
        }
        if (spec.instrument && team.instrument !== spec.instrument) {
            const label = INSTRUMENT_LABELS[spec.instrument];
            reportRule(accept, ctx, 'spbe-coordination-team',
                `Tim Koordinasi SPBE ditetapkan oleh Bupati: tulis \`ditetapkan ${spec.instrument}\` (${label})${team.instrument ? `, bukan ${INSTRUMENT_LABELS[team.instrument]}` : ''}.`,
                node.instrument.length > 0 ? { node, property: 'instrument', index: 0 } : { node, property: 'name' }, { case: 'instrumen' });
        }
        const missing = spec.anggota.filter(a => !positions.some(({ m, p }) => m.role !== 'ketua' && p && matches(ctx, p, a)));
        if (missing.length > 0) {
            reportRule(accept, ctx, 'spbe-coordination-team',
                `Tim Koordinasi SPBE paling sedikit beranggotakan ${missing.map(a => a.label).join('; ')} — belum tercantum.`,
                { node, property: 'name' });
        }
    }

    return { Tim: spbeTeamComposition };
}
