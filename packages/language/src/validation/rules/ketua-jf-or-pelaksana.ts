import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { JENIS_LABELS, type WorkScope } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { teamBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule, type RuleContext } from './context.js';
import { isSpbeTeam } from './team-facts.js';

/**
 * `ketua-tim-lintas` where the region's lintas clause reaches the team (its `ketua.appliesTo`: Mahulu
 * Ps 12 ayat (3) speaks of lintas Unit Organisasi and lintas Instansi Daerah only), else `ketua-tim`.
 * A region that cites no case cites its one article for both.
 */
function ketuaCase(ctx: RuleContext, scope: WorkScope | undefined): string {
    return scope !== undefined && ctx.profile.ketua.appliesTo.includes(scope) ? 'ketua-tim-lintas' : 'ketua-tim';
}

export function ketuaJfOrPelaksanaRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    /**
     * Bengkayang and TJT let the Pimpinan Unit Organisasi appoint "salah satu pejabat fungsional atau
     * pelaksana" as ketua. Mahakam Ulu has no such clause, but only ever names "Pejabat Fungsional dan
     * pelaksana yang berperan sebagai ketua tim" (Ps 17 ayat (2), every team; Ps 12 ayat (3), the lintas
     * teams): its profile cites those per case. Kampar and Bengkalis let an Administrator lead: off there.
     */
    function ketuaIsJfOrPelaksana(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const team = ctx && teamBuiltFrom(node);
        // The Tim Koordinasi SPBE is chaired by the Sekretaris Daerah under its own article.
        // Who chairs another instansi's team is that instansi's rule, not this Perbup's.
        if (!ctx || !team || team.ownerInstansi !== undefined || isSpbeTeam(ctx, team.title)) return;
        team.members.forEach((m, i) => {
            if (m.role !== 'ketua') return;
            const p = ctx.facts.index.position(m.position);
            if (!p || p.role !== 'pimpinan') return;
            // Said in words every region's article bears out; the article itself is quoted in the hover.
            reportRule(accept, ctx, 'ketua-jf-or-pelaksana',
                `Ketua tim \`${p.title}\` adalah ${JENIS_LABELS[p.jenis ?? ''] ?? 'pejabat struktural'} yang memimpin unit; `
                + 'Perbup ini menyebut pejabat fungsional atau pelaksana sebagai ketua tim.',
                { node: node.roles[i], property: 'position' }, { case: ketuaCase(ctx, team.scope) });
        });
    }

    return { Tim: ketuaIsJfOrPelaksana };
}
