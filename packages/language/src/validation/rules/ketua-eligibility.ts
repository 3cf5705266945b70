import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Pegawai, PemdaIndex, Position, TeamMember } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { teamBuiltFrom } from '../../model/fragment-builder.js';
import { reportRule } from './context.js';
import { JENJANG_ORDER, ketuaCandidates } from './team-facts.js';

/**
 * "Berstatus sebagai Pegawai Negeri Sipil" is a person's status. The post's mark (`pns`, `pppk`) says
 * who may hold it; where the holder is written (`pegawai` on the role, or the one pegawai of a post of
 * B = 1) a PPPK holder is not eligible whatever the post says. Returns the PPPK holder, or the post
 * itself when it is marked `pppk`.
 */
function notPns(index: PemdaIndex, p: Position, m: TeamMember): Pegawai | Position | undefined {
    const holder = index.personOf(m);
    if (holder?.status === 'pppk') return holder;
    return p.status === 'pppk' ? p : undefined;
}

export function ketuaEligibilityRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function ketuaEligibility(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const team = ctx && teamBuiltFrom(node);
        // Who chairs another instansi's team is that instansi's rule, not this Perbup's.
        if (!ctx || !team || team.ownerInstansi !== undefined) return;
        const minJenjang = ctx.profile.ketuaEligibility.minPenyetaraanJenjang;
        const meetsJenjang = (p: Position) => !minJenjang || (p.jenjang !== undefined && JENJANG_ORDER.indexOf(p.jenjang) >= JENJANG_ORDER.indexOf(minJenjang));
        const isPenyetaraan = (p: Position) => p.jenis === 'fungsional' && p.hasilPenyetaraan && meetsJenjang(p);
        // "Kekosongan" is a vacancy: the fallback to a JF keahlian PNS applies when the owner unit has no
        // filled JF hasil penyetaraan post (B > 0), not merely no such post in its peta jabatan.
        const ownerHasPenyetaraan = team.owner !== undefined
            && ketuaCandidates(ctx, team.owner).some(p => isPenyetaraan(p) && (p.bezetting ?? 0) > 0);
        team.members.forEach((m, i) => {
            if (m.role !== 'ketua' && m.role !== 'penanggung-jawab') return;
            const p = ctx.facts.index.position(m.position);
            if (!p) return;
            if (p.jenis === 'administrator' || isPenyetaraan(p)) return;
            if (p.jenis === 'jpt-pratama' || p.jenis === 'jpt-madya') {
                reportRule(accept, ctx, 'ketua-eligibility',
                    `\`${p.title}\` adalah Pejabat Pimpinan Tinggi; yang bertindak sebagai ${m.role === 'ketua' ? 'ketua' : 'penanggung jawab'} tim kerja `
                    + 'adalah Pejabat Administrator atau JF hasil penyetaraan (Kepala Perangkat Daerah menetapkan dan menerima laporan tim).',
                    { node: node.roles[i], property: 'position' });
                return;
            }
            const pppk = notPns(ctx.facts.index, p, m);
            const fallback = !ownerHasPenyetaraan && p.jenis === 'fungsional' && p.kategori === 'keahlian' && !pppk;
            if (fallback) return;
            const penyetaraan = minJenjang ? `JF hasil penyetaraan jenjang ${minJenjang} ke atas` : 'JF hasil penyetaraan';
            const holderIsPppk = pppk !== undefined && pppk !== p;
            const why = ownerHasPenyetaraan
                ? `unit pemilik kinerja masih memiliki ${penyetaraan}`
                : holderIsPppk && p.jenis === 'fungsional' && p.kategori === 'keahlian'
                    ? `bila tidak ada JF hasil penyetaraan, yang dapat ditunjuk adalah JF keahlian berstatus PNS, dan pemegang jabatan ini, ${pppk.title}, berstatus PPPK`
                    : 'bila tidak ada JF hasil penyetaraan, yang dapat ditunjuk adalah JF keahlian berstatus PNS';
            reportRule(accept, ctx, 'ketua-eligibility',
                `${m.role === 'ketua' ? 'Ketua' : 'Penanggung jawab'} tim \`${p.title}\` bukan Pejabat Administrator atau ${penyetaraan}; ${why}.`,
                { node: node.roles[i], property: 'position' });
        });
    }

    return { Tim: ketuaEligibility };
}
