import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { workPeople } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { JENIS_LABELS, reportRule } from './context.js';
import { isSpbeTeam } from './spbe.js';
import { reportOnPerson, teamOf, workOf } from './tim-kerja.js';

/** Who may be given a penugasan, and who may chair a team. */
export function penugasanRules(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    /**
     * Bengkayang, TJT and Mahakam Ulu let the Pimpinan Unit Organisasi appoint "salah satu pejabat
     * fungsional atau pelaksana" as ketua; a structural official chairs nothing there (Kampar and
     * Bengkalis let an Administrator lead: the rule is off in their profiles).
     */
    function ketuaIsJfOrPelaksana(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const team = ctx && teamOf(node);
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

    /**
     * A penugasan goes to a pegawai who knows his or her place and Pejabat Penilai Kinerja: a post
     * with nobody in it (B 0) cannot be assigned, and one without a penilai has no one to answer to.
     */
    function assignedToAFilledPost(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const work = ctx && workOf(node);
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

    return {
        Tim: [ketuaIsJfOrPelaksana, assignedToAFilledPost],
        Penugasan: assignedToAFilledPost
    };
}
