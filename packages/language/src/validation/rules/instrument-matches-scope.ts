import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { INSTRUMENT_LABELS } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule } from './context.js';
import { instrumentRow, isSpbeTeam } from './team-facts.js';

export function instrumentMatchesScopeRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function instrumentFitsScope(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const isTeam = node.$type === 'Tim';
        const work = ctx && workBuiltFrom(node);
        if (!ctx || !work) return;
        // The Tim Koordinasi SPBE is set by the Bupati under its own article (spbe-coordination-team).
        if (isTeam && isSpbeTeam(ctx, work.title)) return;
        const row = instrumentRow(ctx.profile, work, isTeam);
        if (!row || row.allowed.length === 0) return;
        const { allowed, what, refs } = row;
        const expected = allowed.map(i => INSTRUMENT_LABELS[i]).join(' atau ');
        if (!work.instrument) {
            reportRule(accept, ctx, 'instrument-matches-scope',
                `Instrumen penetapan belum ditulis; untuk ${what} tulis \`ditetapkan ${allowed[0]}\` (${expected}).`,
                { node, property: 'name', data: { allowed } }, { refs });
        } else if (!allowed.includes(work.instrument)) {
            reportRule(accept, ctx, 'instrument-matches-scope',
                `${INSTRUMENT_LABELS[work.instrument]} tidak sesuai untuk ${what}; yang sesuai: ${expected}.`,
                { node, property: 'instrument', index: 0, data: { allowed } }, { refs });
        }
    }

    return { Tim: instrumentFitsScope, Penugasan: instrumentFitsScope };
}
