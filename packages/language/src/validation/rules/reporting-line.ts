import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { IndividualAssignment, Team } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule, type RuleContext } from './context.js';
import { isSpbeTeam } from './team-facts.js';

/**
 * Where the report ends, in the region's words: the Pimpinan Unit Organisasi pemilik kinerja, or in
 * Kampar the "Kepala Perangkat Daerah pemilik kinerja" (Ps 6 ayat (1)) - the head of the Perangkat
 * Daerah that owns the work, whether or not the owner unit has a head of its own.
 */
function recipient(ctx: RuleContext, work: Team | IndividualAssignment): { unit: string | undefined; label: string } {
    return ctx.profile.reporting.to === 'kepala-perangkat-daerah'
        ? { unit: work.ownerPerangkatDaerah, label: 'Kepala Perangkat Daerah pemilik kinerja' }
        : { unit: work.owner, label: 'pimpinan unit organisasi pemilik kinerja' };
}

export function reportingLineRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function reportingLineComplete(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const work = ctx && workBuiltFrom(node);
        if (!ctx || !work) return;
        // The region's SPBE bodies answer to the Bupati and to the Tim Koordinasi ("berada dibawah dan
        // bertanggung jawab kepada Bupati", "dibantu oleh Tim Pelaksana", Mahakam Ulu Ps 24 ayat (2),
        // Ps 25 ayat (1)), not to the head of the unit written as pemilik kinerja.
        if ('members' in work && isSpbeTeam(ctx, work.title)) return;
        const to = recipient(ctx, work);
        const head = to.unit === undefined ? undefined : ctx.facts.index.unit(to.unit);
        if (!head || head.leader) return;
        const where = { node, property: 'owner', index: 0 } as const;
        if (!('members' in work)) {
            reportRule(accept, ctx, 'reporting-line',
                `Yang ditugaskan secara individu melapor langsung kepada ${to.label}, tetapi \`${head.title}\` tidak punya \`pimpinan\`.`, where, { case: 'individu' });
            return;
        }
        if (work.members.length === 0) return;
        // Appointing a ketua is optional ("menentukan perlu atau tidaknya penunjukan ketua tim",
        // Bengkayang Lampiran I.II.1.a.1.f; "dapat menunjuk", TJT Ps 13 ayat (2)): without one, the
        // anggota report to the Pimpinan Unit Organisasi themselves. Either way the line ends there.
        const hasKetua = work.members.some(m => m.role === 'ketua');
        const reporter = hasKetua ? 'Ketua tim' : 'Tim tanpa ketua: anggotanya';
        if (ctx.profile.reporting.ketuaReportsToPenanggungJawab) {
            // Kampar Ps 6 ayat (2): "kepada Kepala Perangkat Daerah atau penanggung jawab tim secara berjenjang".
            if (work.members.some(m => m.role === 'penanggung-jawab')) return;
            reportRule(accept, ctx, 'reporting-line',
                `${reporter} melapor kepada ${to.label} atau penanggung jawab tim, tetapi \`${head.title}\` tidak punya \`pimpinan\` dan tim tidak punya penanggung jawab.`,
                where, { case: 'tim' });
            return;
        }
        reportRule(accept, ctx, 'reporting-line',
            `${reporter} melapor kepada ${to.label}, tetapi \`${head.title}\` tidak punya \`pimpinan\`.`, where, { case: 'tim' });
    }

    return { Tim: reportingLineComplete, Penugasan: reportingLineComplete };
}
