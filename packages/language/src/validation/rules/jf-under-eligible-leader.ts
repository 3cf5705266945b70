import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { JENIS_LABELS } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { modelPosition, reportRule } from './context.js';

/** Under whom each JF and pelaksana sits: a leader the region allows, not a JF or pelaksana who leads nothing. */
export function jfUnderEligibleLeaderRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function superiorIsEligible(node: ast.Jabatan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const found = ctx && modelPosition(node, ctx);
        if (!ctx || !found) return;
        const superior = ctx.facts.index.position(found.position.penilaiKinerja);
        if (!superior || !superior.jenis || found.position.penilaiDelegated) return;
        const where = node.penilai.length > 0 ? { node, property: 'penilai' as const, index: 0 } : { node, property: 'name' as const };
        if (superior.role === 'jabatan') {
            // Placed (by `dibawah`) under another JF or pelaksana who leads nothing: a kedudukan fault first.
            reportRule(accept, ctx, 'jf-under-eligible-leader',
                `\`${node.name}\` berkedudukan di bawah \`${superior.title}\`, ${superior.jenis === 'fungsional' ? 'seorang pejabat fungsional' : 'seorang pelaksana'} `
                + 'yang tidak memimpin unit organisasi; JF dan pelaksana berkedudukan di bawah pimpinan unitnya. '
                + `Bila kewenangan penilai kinerja didelegasikan kepadanya, tulis \`dibawah ${node.penilai[0]?.$refText ?? superior.name} pendelegasian\`.`, where);
        } else if (superior.jenis === 'fungsional') {
            const led = ctx.facts.index.organisations.get(superior.unit);
            if (!led || !ctx.profile.kedudukan.jfLedOrganisations.includes(led.kind)) {
                reportRule(accept, ctx, 'jf-under-eligible-leader',
                    `\`${node.name}\` berkedudukan di bawah \`${superior.title}\`, seorang pejabat fungsional yang tidak memimpin unit kerja mandiri; `
                    + 'hanya JF yang diangkat memimpin UPTD, Puskesmas atau Satuan Pendidikan boleh membawahi JF dan pelaksana.', where);
            }
        } else if (!ctx.profile.kedudukan.eligibleSuperiors.includes(superior.jenis)) {
            const allowed = ctx.profile.kedudukan.eligibleSuperiors.map(j => JENIS_LABELS[j]).join(', ');
            reportRule(accept, ctx, 'jf-under-eligible-leader',
                `\`${node.name}\` berkedudukan langsung di bawah \`${superior.title}\` (${JENIS_LABELS[superior.jenis]}); `
                + `JF dan pelaksana berkedudukan langsung di bawah ${allowed}.`, where);
        }
    }

    return { Jabatan: superiorIsEligible };
}
