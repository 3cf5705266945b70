import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule } from './context.js';

export function reportingLineRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function reportingLineComplete(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        if (!ctx) return;
        const work = workBuiltFrom(node);
        if (!work) return;
        const ownerUnit = ctx.facts.index.unit(work.owner);
        if ('members' in work) {
            const members = work.members;
            // Appointing a ketua is optional ("menentukan perlu atau tidaknya penunjukan ketua tim",
            // Bengkayang Lampiran I.II.1.a.1.f; "dapat menunjuk", TJT Ps 13 ayat (2)): without one, the
            // anggota report to the Pimpinan Unit Organisasi themselves. Either way the line ends there.
            const hasKetua = members.some(m => m.role === 'ketua');
            const reporter = hasKetua ? 'Ketua tim' : 'Tim tanpa ketua: anggotanya';
            const toPenanggungJawab = ctx.profile.reporting.ketuaReportsToPenanggungJawab && members.some(m => m.role === 'penanggung-jawab');
            if (members.length > 0 && ownerUnit && !ownerUnit.leader && !toPenanggungJawab) {
                reportRule(accept, ctx, 'reporting-line',
                    `${reporter} melapor kepada pimpinan unit organisasi pemilik kinerja, tetapi \`${ownerUnit.title}\` tidak punya \`pimpinan\`.`,
                    { node, property: 'owner', index: 0 });
            }
        } else if (ownerUnit && !ownerUnit.leader) {
            reportRule(accept, ctx, 'reporting-line',
                `Yang ditugaskan secara individu melapor langsung kepada pimpinan unit organisasi, tetapi \`${ownerUnit.title}\` tidak punya \`pimpinan\`.`,
                { node, property: 'owner', index: 0 });
        }
    }

    return { Tim: reportingLineComplete, Penugasan: reportingLineComplete };
}
