import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { JENIS_LABELS, type Organisation } from '@sikerja/model';
import * as ast from '../../generated/ast.js';
import type { SiKerjaAstType } from '../../generated/ast.js';
import { enclosingOrganisasi, enclosingTemplate } from '../../qualified-names.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import type { StructureShape } from '../profiles/profile.js';
import { modelPosition, reportRule, type RuleContext } from './context.js';

// The Inspektorat follows its own regulation (Tanjung Jabung Timur Lampiran 1.d: "menyesuaikan pada
// ketentuan peraturan perundang-undangan"), so the urusan-to-model table does not judge it.
const MODEL_KINDS: readonly string[] = ['dinas', 'badan', 'satpol-pp'];
const UNIT_LABELS: Record<string, string> = {
    organisasi: 'pimpinan perangkat daerah/unit kerja', sekretariat: 'Sekretaris', bidang: 'Kepala Bidang', bagian: 'Kepala Bagian',
    asisten: 'Asisten', subbagian: 'Kepala Subbagian', seksi: 'Kepala Seksi', subbidang: 'Kepala Subbidang',
    'inspektur-pembantu': 'Inspektur Pembantu', biro: 'Kepala Biro', unit: 'pimpinan unit'
};

/** The shape the region's annex draws for an organisation: by declared model, by kind, then by urusan. */
export function shapeFor(ctx: RuleContext, org: Organisation): StructureShape | undefined {
    const s = ctx.profile.structure;
    const id = (org.structureModel !== undefined ? s.byModel[String(org.structureModel)] : undefined)
        ?? (org.uptdClass ? s.byKind[`${org.kind}-${org.uptdClass}`] : undefined)
        ?? s.byKind[org.kind]
        ?? org.affairs.map(a => s.byUrusan[a.toLowerCase().trim()]).find(x => x !== undefined);
    return id === undefined ? undefined : s.shapes[id];
}

/** The model organisation a node is judged in: its own, or for template content the first instance. */
function organisationFor(ctx: RuleContext, node: ast.Unit | ast.Jabatan): Organisation | undefined {
    const template = enclosingTemplate(node);
    if (template) return ctx.facts.model.organisations.find(o => o.template === template.name);
    const org = enclosingOrganisasi(node);
    return org ? ctx.facts.index.organisations.get(org.name) : undefined;
}

export function modelConformanceRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    /**
     * The model the annex assigns to the urusan. A Perangkat Daerah joining urusan of different models
     * (a "Dinas Kominfo, Statistik dan Persandian": Model 3 and Model 4) is not settled by the annex:
     * any of its urusan's models is accepted, and the finding names them when none is written.
     */
    function modelMatchesUrusan(node: ast.Organisasi, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        if (!ctx || !MODEL_KINDS.includes(node.kind)) return;
        const declared = node.structureModel[0];
        const byUrusan = node.affairs.map(u => [u, ctx.profile.structure.urusanModel[u.toLowerCase().trim()]] as const).filter(([, m]) => m !== undefined);
        const models = [...new Set(byUrusan.map(([, m]) => m))].sort();
        if (models.length === 0 || (declared !== undefined && models.includes(declared))) return;
        const listed = byUrusan.map(([u, m]) => `"${u}" Model ${m}`).join(', ');
        reportRule(accept, ctx, 'model-conformance',
            declared === undefined
                ? `Lampiran menetapkan urusan ${listed}; tulis \`model ${models.join('` atau `model ')}\` pada \`${node.name}\`.`
                : `Lampiran menetapkan urusan ${listed}, sedangkan \`${node.name}\` ditulis Model ${declared}.`,
            declared === undefined ? { node, property: 'name' } : { node, property: 'structureModel', index: 0 });
    }

    function unitShape(node: ast.Unit, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const org = ctx && organisationFor(ctx, node);
        const shape = ctx && org && shapeFor(ctx, org);
        if (!ctx || !shape) return;
        if (node.kind === 'subbagian' && shape.retainedSubbagian && !(node.title ?? '').toLowerCase().includes(shape.retainedSubbagian)) {
            reportRule(accept, ctx, 'model-conformance',
                `${shape.label}: hanya jabatan pengawas di bidang ${shape.retainedSubbagian} yang dipertahankan; \`${node.name}\` (${node.title ?? ''}) tidak sesuai lampiran.`,
                { node, property: 'name' }, { case: 'subbagian-dipertahankan' });
        }
        // A Subbagian Tata Usaha directly under a UPTD is not judged, in either class: the only text on
        // it (Bengkayang, after Gambar 11, the kelas B figure) puts its Kepala under the Kepala UPTD.
        // The sub-unit findings rest on the shape's own Gambar or Lampiran item, which they cite.
        const report = (message: string) => reportRule(accept, ctx, 'model-conformance', message, { node, property: 'name' }, { citations: [shape.citation] });
        const fromFigure = shape.subunitsFromFigure ? ' (bentuk sub-unit ini dibaca dari gambar lampiran, yang tidak termuat dalam naskah)' : '';
        const children = node.members.filter(ast.isUnit);
        const parent = node.$container;
        const hasSub = (kinds: string[]) => children.some(c => kinds.includes(c.kind));
        if ((node.kind === 'bidang' || node.kind === 'inspektur-pembantu') && shape.bidangSubunits === 'required' && !hasSub(['seksi', 'subbidang'])) {
            report(`${shape.label}: Kepala Bidang membawahi Kepala Seksi/Subbidang, tetapi \`${node.name}\` tidak punya seksi${fromFigure}.`);
        }
        if (node.kind === 'sekretariat' && ast.isOrganisasi(parent) && shape.sekretariatSubunits === 'required' && !hasSub(['subbagian'])) {
            report(`${shape.label}: Sekretaris membawahi Kepala Subbagian, tetapi \`${node.name}\` tidak punya subbagian${fromFigure}.`);
        }
        if ((node.kind === 'seksi' || node.kind === 'subbidang') && (ast.isUnit(parent) && (parent.kind === 'bidang' || parent.kind === 'inspektur-pembantu')) && shape.bidangSubunits === 'none') {
            report(`${shape.label} tidak memiliki Kepala Seksi/Subbidang di bawah Kepala Bidang; \`${node.name}\` tidak sesuai lampiran${fromFigure}.`);
        }
        if (node.kind === 'subbagian' && ast.isUnit(parent) && parent.kind === 'sekretariat' && shape.sekretariatSubunits === 'none') {
            report(`${shape.label} tidak memiliki Kepala Subbagian di bawah Sekretaris; \`${node.name}\` tidak sesuai lampiran${fromFigure}.`);
        }
    }

    /** Where the annex puts the JF and pelaksana, and the head the model puts this one under, when they differ. */
    function misplacedJf(node: ast.Jabatan) {
        const ctx = contexts.forNode(node);
        const org = ctx && organisationFor(ctx, node);
        const shape = ctx && org && shapeFor(ctx, org);
        const found = ctx && modelPosition(node, ctx);
        if (!ctx || !shape?.jfUnder || !found) return undefined;
        const penilai = ctx.facts.index.position(found.position.penilaiKinerja);
        if (!penilai || penilai.role !== 'pimpinan') return undefined;
        // `organisasi` means the head of the JF's own organisation, not of any (an induk's head does not qualify).
        const ledKind = penilai.unit === found.organisation.id ? 'organisasi'
            : ctx.facts.index.organisations.has(penilai.unit) ? 'organisasi lain' : ctx.facts.index.unit(penilai.unit)?.kind;
        if (!ledKind || (shape.jfUnder as string[]).includes(ledKind)) return undefined;
        return { ctx, shape, penilai, expected: shape.jfUnder.map(k => UNIT_LABELS[k] ?? k).join('/') };
    }

    /** A jabatan of a kelompok that does not name its own penilai is placed by its kelompok: the finding is the kelompok's, once. */
    const placedByKelompok = (node: ast.Jabatan) => node.penilai.length === 0 && ast.isKelompok(node.$container);

    function jfSitsWhereTheModelSays(node: ast.Jabatan, accept: ValidationAcceptor): void {
        const found = !placedByKelompok(node) && misplacedJf(node);
        if (!found) return;
        const { ctx, shape, penilai, expected } = found;
        reportRule(accept, ctx, 'model-conformance',
            `${shape.label}: kelompok JF dan pelaksana berkedudukan di bawah ${expected}, sedangkan \`${node.name}\` di bawah \`${penilai.title}\`.`,
            node.penilai.length > 0 ? { node, property: 'penilai', index: 0 } : { node, property: 'name' }, { citations: [shape.citation] });
    }

    /**
     * A kelompok whose jabatan sit under a head the annex does not put them under: one finding at its
     * `dibawah` (or its name), not one per jabatan (an RSUD's forty JF under its Direktur gave forty).
     */
    function kelompokSitsWhereTheModelSays(node: ast.Kelompok, accept: ValidationAcceptor): void {
        const misplaced = node.members.filter(placedByKelompok).map(misplacedJf).filter(f => f !== undefined);
        if (misplaced.length === 0) return;
        const { ctx, shape, penilai, expected } = misplaced[0];
        const count = node.members.filter(placedByKelompok).length;
        const which = misplaced.length === count ? `kelompok \`${node.name}\`` : `${misplaced.length} jabatan kelompok \`${node.name}\``;
        reportRule(accept, ctx, 'model-conformance',
            `${shape.label}: kelompok JF dan pelaksana berkedudukan di bawah ${expected}, sedangkan ${which} di bawah \`${penilai.title}\`.`,
            node.penilai.length > 0 ? { node, property: 'penilai', index: 0 } : { node, property: 'name' }, { citations: [shape.citation] });
    }

    /** Bengkayang Lampiran I.I groups organisations by who leads them: JPT Pratama, Administrator, Pengawas, JF. */
    function headOfTheRightJenis(node: ast.Organisasi, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const org = ctx && ctx.facts.index.organisations.get(node.name);
        const shape = ctx && org && shapeFor(ctx, org);
        const head = org?.leader;
        if (!ctx || !shape?.headJenis || !head?.jenis || shape.headJenis.includes(head.jenis)) return;
        const expected = shape.headJenis.map(j => JENIS_LABELS[j]).join(' atau ');
        reportRule(accept, ctx, 'model-conformance',
            `${shape.label}: unit organisasi ini dipimpin ${expected}, sedangkan \`${head.title}\` ditulis ${JENIS_LABELS[head.jenis]}.`,
            { node, property: 'name' }, { refs: shape.headCiting ? [shape.headCiting] : undefined });
    }

    return { Organisasi: [modelMatchesUrusan, headOfTheRightJenis], Unit: unitShape, Jabatan: jfSitsWhereTheModelSays, Kelompok: kelompokSitsWhereTheModelSays };
}
