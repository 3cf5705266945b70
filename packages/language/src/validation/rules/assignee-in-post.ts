import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { workPeople } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import { reportOnPerson } from './context.js';

export function assigneeInPostRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    /**
     * A penugasan goes to a pegawai who knows his or her place and Pejabat Penilai Kinerja: a post
     * with nobody in it (B 0) cannot be assigned, and one without a penilai has no one to answer to.
     */
    function assignedToAFilledPost(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const work = ctx && workBuiltFrom(node);
        if (!ctx || !work) return;
        workPeople(work).forEach((m, i) => {
            const p = m && ctx.facts.index.position(m.position);
            if (!m || !p || p.role !== 'jabatan') return;
            const message = p.bezetting === 0
                ? `\`${p.title}\` (${m.position}) kosong pada peta jabatan (B 0): tidak ada pegawai yang dapat menerima penugasan ini.`
                : p.penilaiKinerja === undefined
                    ? `\`${p.title}\` (${m.position}) belum punya Pejabat Penilai Kinerja; kedudukannya ditetapkan dulu sebelum penugasan.`
                    : undefined;
            if (message === undefined) return;
            reportOnPerson(accept, ctx, 'assignee-in-post', message, node, i);
        });
    }

    return { Tim: assignedToAFilledPost, Penugasan: assignedToAFilledPost };
}
