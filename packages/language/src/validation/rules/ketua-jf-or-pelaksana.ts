import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { JENIS_LABELS } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { teamBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule } from './context.js';
import { isSpbeTeam } from './team-facts.js';

export function ketuaJfOrPelaksanaRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    /**
     * Bengkayang, TJT and Mahakam Ulu let the Pimpinan Unit Organisasi appoint "salah satu pejabat
     * fungsional atau pelaksana" as ketua; a structural official chairs nothing there (Kampar and
     * Bengkalis let an Administrator lead: the rule is off in their profiles).
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
            reportRule(accept, ctx, 'ketua-jf-or-pelaksana',
                `Ketua tim \`${p.title}\` adalah ${JENIS_LABELS[p.jenis ?? ''] ?? 'pejabat struktural'} yang memimpin unit; `
                + 'pimpinan unit organisasi menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim.',
                { node: node.roles[i], property: 'position' });
        });
    }

    return { Tim: ketuaIsJfOrPelaksana };
}
