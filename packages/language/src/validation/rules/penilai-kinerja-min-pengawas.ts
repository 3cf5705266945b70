import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { JENIS_LABELS } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { modelPosition, reportRule } from './context.js';

/** Whether the superior of each JF and pelaksana may be its Pejabat Penilai Kinerja. */
export function penilaiKinerjaMinPengawasRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

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
            // Without its own head the chain climbs to the induk's head; with one, `dibawah` named a leader
            // outside the unit kerja. Either way a PPK the regulation does not give it.
            const why = own.leader
                ? `ditulis \`dibawah\` \`${penilai.title}\` dari luar unit kerjanya, padahal \`${own.title}\` punya pimpinan \`${own.leader.title}\``
                : `\`${own.title}\` belum punya \`pimpinan\`, sehingga Pejabat Penilai Kinerja \`${node.name}\` menjadi \`${penilai.title}\` dari luar unit kerjanya`;
            reportRule(accept, ctx, 'penilai-kinerja-min-pengawas',
                `${own.leader ? `\`${node.name}\` ` : ''}${why}; ${UNIT_KERJA_MANDIRI[own.kind]} adalah pejabat level 1 selaku Pejabat Penilai Kinerja.`, { node, property: 'name' });
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

    return { Jabatan: hasPenilaiKinerja };
}

/**
 * Organisations whose own head is the Pejabat Penilai Kinerja of their JF and pelaksana (Bengkayang
 * Lampiran I.I.2–4: Kecamatan and RSUD, Kelurahan and UPT, Satuan Pendidikan and Puskesmas).
 */
const UNIT_KERJA_MANDIRI: Record<string, string> = {
    uptd: 'Kepala UPTD', puskesmas: 'Kepala Puskesmas', kelurahan: 'Lurah', 'satuan-pendidikan': 'Kepala Satuan Pendidikan',
    kecamatan: 'Camat', rsud: 'Direktur RSUD'
};
