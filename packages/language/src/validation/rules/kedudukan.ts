import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { JENIS_LABELS, modelPosition, reportRule } from './context.js';

/** Kedudukan: under whom each JF and pelaksana sits, and whether that superior may be its penilai. */
export function kedudukanRules(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
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

    function hasPenilaiKinerja(node: ast.Jabatan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const found = ctx && modelPosition(node, ctx);
        if (!ctx || !found) return;
        const penilai = ctx.facts.index.position(found.position.penilaiKinerja);
        if (!penilai) {
            reportRule(accept, ctx, 'penilai-kinerja-min-pengawas',
                `\`${node.name}\` belum punya Pejabat Penilai Kinerja: tidak ada pimpinan di atasnya. `
                + 'Tuliskan `pimpinan` unitnya, atau `dibawah <pimpinan>`.', { node, property: 'name' });
            return;
        }
        const own = found.organisation;
        if (own.kind in UNIT_KERJA_MANDIRI && !ctx.facts.index.isWithin(penilai.unit, own.id)) {
            // Without its own head, the chain climbs to the induk's head: a PPK the regulation does not give it.
            reportRule(accept, ctx, 'penilai-kinerja-min-pengawas',
                `\`${own.title}\` belum punya \`pimpinan\`, sehingga Pejabat Penilai Kinerja \`${node.name}\` menjadi \`${penilai.title}\` `
                + `dari luar unit kerjanya; ${UNIT_KERJA_MANDIRI[own.kind]} adalah pejabat level 1 selaku Pejabat Penilai Kinerja.`, { node, property: 'name' });
            return;
        }
        if (found.position.penilaiDelegated) return;
        // A penilai who leads nothing is the kedudukan fault reported by jf-under-eligible-leader.
        if (penilai.role === 'pimpinan' && penilai.jenis === 'pelaksana') {
            reportRule(accept, ctx, 'penilai-kinerja-min-pengawas',
                `Pejabat Penilai Kinerja \`${node.name}\` adalah \`${penilai.title}\` (${JENIS_LABELS[penilai.jenis ?? ''] ?? 'tanpa jenis'}); `
                + 'penilai kinerja paling rendah pejabat pengawas, atau pejabat lain yang diberi pendelegasian kewenangan (`dibawah <jabatan> pendelegasian`).',
                node.penilai.length > 0 ? { node, property: 'penilai', index: 0 } : { node, property: 'name' });
        }
    }

    return { Jabatan: [superiorIsEligible, hasPenilaiKinerja] };
}

/**
 * Organisations whose own head is the Pejabat Penilai Kinerja of their JF and pelaksana (Bengkayang
 * Lampiran I.I.2–4: Kecamatan and RSUD, Kelurahan and UPT, Satuan Pendidikan and Puskesmas).
 */
const UNIT_KERJA_MANDIRI: Record<string, string> = {
    uptd: 'Kepala UPTD', puskesmas: 'Kepala Puskesmas', kelurahan: 'Lurah', 'satuan-pendidikan': 'Kepala Satuan Pendidikan',
    kecamatan: 'Camat', rsud: 'Direktur RSUD'
};

