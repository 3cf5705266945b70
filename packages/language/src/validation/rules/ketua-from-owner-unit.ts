import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Team } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { teamBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule, scopeLabel, type RuleContext } from './context.js';
import { ketuaCandidates } from './team-facts.js';

/** The unit a ketua must come from: the owner unit, or its Perangkat Daerah where the region says so. */
function ownerBoundary(ctx: RuleContext, team: Team): string | undefined {
    return ctx.profile.ketua.ownerLevel === 'perangkat-daerah' ? team.ownerPerangkatDaerah : team.owner;
}

function title(ctx: RuleContext, unitId: string | undefined): string {
    return (unitId && ctx.facts.index.unit(unitId)?.title) || unitId || '?';
}

export function ketuaFromOwnerUnitRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function ketuaFromOwnerUnit(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const team = ctx && teamBuiltFrom(node);
        if (!ctx || !team?.scope || !ctx.profile.ketua.appliesTo.includes(team.scope)) return;
        const boundary = ownerBoundary(ctx, team);
        // Kampar Ps 5 ayat (5) and the Bengkalis slides speak of members "dari lintas Perangkat Daerah": a team
        // whose only outsiders come from another instansi is beyond their words.
        const fromAnotherPd = team.members.some(m => m.homePerangkatDaerah !== undefined && m.homePerangkatDaerah !== team.ownerPerangkatDaerah);
        if (ctx.profile.ketua.ownerLevel === 'perangkat-daerah' && team.scope === 'lintas-instansi' && !fromAnotherPd) return;
        const index = team.members.findIndex(m => m.role === 'ketua');
        const ketua = team.members[index];
        if (!ketua || boundary === undefined) return;
        const structural = ketua.position !== undefined && ctx.facts.index.position(ketua.position)?.role !== 'jabatan';
        if (structural && !ctx.profile.ketua.coversStructuralKetua) return;
        if (ketua.homeUnit !== undefined && ctx.facts.index.isWithin(ketua.homeUnit, boundary)) return;
        if (ketua.homeUnit === undefined && ketua.instansi === undefined) return;
        const roleNode = node.roles[index];
        const from = ketua.instansi ? `instansi \`${ketua.instansi}\`` : `\`${title(ctx, ketua.homeUnit)}\``;
        const level = ctx.profile.ketua.ownerLevel === 'perangkat-daerah' ? 'perangkat daerah' : 'unit organisasi';
        const candidates = ketuaCandidates(ctx, boundary).slice(0, 5).map(p => p.id);
        reportRule(accept, ctx, 'ketua-from-owner-unit',
            `Tim ${scopeLabel(ctx.profile, team.scope)} ini diketuai pejabat dari ${from}, bukan dari ${level} pemilik kinerja \`${title(ctx, boundary)}\`.`,
            { node: roleNode, property: roleNode.position ? 'position' : 'instansi', data: { candidates } });
    }

    return { Tim: ketuaFromOwnerUnit };
}
