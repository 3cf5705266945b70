import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { workPeople } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule, scopeLabel } from './context.js';

export function sukarelaNotLintasInstansiRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function sukarelaWithinPemda(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const work = ctx && workBuiltFrom(node);
        if (!ctx || !work?.scope) return;
        // One member of an appointed team may have asked to join (`sukarela`): judged by where it comes from.
        if (ast.isTim(node) && work.method !== 'pengajuan-sukarela' && !ctx.profile.sukarela.allowedScopes.includes('lintas-instansi')) {
            node.roles.forEach((r, i) => {
                const m = workPeople(work)[i];
                if (!r.volunteered || !m || (m.instansi === undefined && work.ownerInstansi === undefined)) return;
                reportRule(accept, ctx, 'sukarela-not-lintas-instansi',
                    `Pengajuan sukarela tidak berlaku lintas instansi; anggota ini dilibatkan dengan penunjukan: hapus \`sukarela\`.`,
                    { node: r, property: 'volunteered' });
            });
        }
        if (work.method !== 'pengajuan-sukarela') return;
        if (ctx.profile.sukarela.allowedScopes.includes(work.scope)) return;
        reportRule(accept, ctx, 'sukarela-not-lintas-instansi',
            `Pengajuan sukarela tidak berlaku untuk penugasan ${scopeLabel(ctx.profile, work.scope)}; `
            + `hanya ${ctx.profile.sukarela.allowedScopes.map(s => scopeLabel(ctx.profile, s)).join(', ')}. Gunakan \`cara penunjukan\`.`,
            { node, property: 'assignment', index: 0 });
    }

    return { Tim: sukarelaWithinPemda, Penugasan: sukarelaWithinPemda };
}
