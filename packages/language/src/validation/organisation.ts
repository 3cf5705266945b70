import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { qualifiedName, relativeName } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { Codes } from './codes.js';
import { report } from './report.js';

const STRUCTURAL: readonly string[] = ['jpt-madya', 'jpt-pratama', 'administrator', 'pengawas'];
const MODEL_KINDS: readonly string[] = ['dinas', 'badan', 'inspektorat', 'satpol-pp'];

export function organisationChecks(services: SiKerjaServices): ValidationChecks<ast.SiKerjaAstType> {
    const models = services.model.SemanticModel;

    function indukIsAcyclic(org: ast.Organisasi, accept: ValidationAcceptor): void {
        if (org.parent.length === 0) return;
        const facts = models.factsFor(org);
        const modelled = facts?.index.organisations.get(qualifiedName(org));
        if (modelled?.indukCycle) {
            report(accept, 'error', Codes.IndukCycle,
                `Rujukan \`induk\` berputar kembali ke \`${org.name}\`. Induk sebuah unit kerja harus berujung pada satu perangkat daerah.`,
                { node: org, property: 'parent', index: 0 });
        }
    }

    function structureModelIsKnown(org: ast.Organisasi, accept: ValidationAcceptor): void {
        const model = org.structureModel[0];
        if (model === undefined) return;
        if (model < 1 || model > 4) {
            report(accept, 'error', Codes.StructureModelInvalid,
                `Model struktur ${model} tidak dikenal; pilih model 1, 2, 3 atau 4.`, { node: org, property: 'structureModel', index: 0 });
        } else if (!MODEL_KINDS.includes(org.kind)) {
            report(accept, 'warning', Codes.StructureModelInvalid,
                `Model 1–4 (Lampiran Perbup Tanjung Jabung Timur) berlaku untuk Dinas, Badan, Satuan Polisi Pamong Praja dan Inspektorat, bukan untuk ${org.kind}.`, { node: org, property: 'structureModel', index: 0 });
        }
    }

    function uptdClassIsKnown(org: ast.Organisasi, accept: ValidationAcceptor): void {
        const cls = org.uptdClass[0];
        if (cls === undefined) return;
        if (org.kind !== 'uptd') {
            report(accept, 'error', Codes.UptdClassInvalid,
                `Kelas A/B hanya untuk UPTD; \`${org.name}\` adalah ${org.kind}.`, { node: org, property: 'uptdClass', index: 0 });
        } else if (cls !== 'A' && cls !== 'B') {
            report(accept, 'error', Codes.UptdClassInvalid,
                `Kelas UPTD \`${cls}\` tidak dikenal; tulis \`kelas A\` atau \`kelas B\`.`, { node: org, property: 'uptdClass', index: 0 });
        }
    }

    function templateFitsKind(org: ast.Organisasi, accept: ValidationAcceptor): void {
        const template = org.template[0]?.ref;
        if (template?.kind && template.kind !== org.kind) {
            report(accept, 'warning', Codes.TemplateKindMismatch,
                `Templat \`${template.name}\` disusun untuk ${template.kind}, sedangkan \`${org.name}\` adalah ${org.kind}.`,
                { node: org, property: 'template', index: 0 });
        }
    }

    function ownMembersDoNotShadowTemplate(org: ast.Organisasi, accept: ValidationAcceptor): void {
        const template = org.template[0]?.ref;
        if (!template) return;
        const templateNames = namesDeclaredIn(template);
        for (const n of AstUtils.streamAllContents(org)) {
            if (!(ast.isUnit(n) || ast.isPimpinan(n) || ast.isJabatan(n) || ast.isKelompok(n)) || !n.name) continue;
            const rel = relativeName(n, org);
            if (templateNames.has(rel)) {
                report(accept, 'error', Codes.DuplicateName,
                    `\`${rel}\` sudah ada dari templat \`${template.name}\`. Untuk mengubah judul atau angkanya, tulis \`isi ${rel} ...\`.`,
                    { node: n, property: 'name' });
            }
        }
    }

    function isiBelongsToInstance(isi: ast.Isi, accept: ValidationAcceptor): void {
        const container = isi.$container;
        if (!ast.isOrganisasi(container) || container.template.length === 0) {
            report(accept, 'error', Codes.IsiOutsideInstance,
                '`isi` hanya dipakai langsung di dalam perangkat daerah atau unit kerja yang ditulis `menurut <Templat>`.',
                { node: isi, keyword: 'isi' });
        }
    }

    function isiTargetsOnce(org: ast.Organisasi, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const isi of org.members.filter(ast.isIsi)) {
            const text = isi.target?.$refText;
            if (text === undefined) continue;
            if (seen.has(text)) {
                report(accept, 'error', Codes.IsiRepeated, `\`isi ${text}\` ditulis lebih dari sekali; gabungkan menjadi satu.`,
                    { node: isi, property: 'target' });
            }
            seen.add(text);
        }
    }

    function oneLeaderPerUnit(container: ast.Organisasi | ast.Unit | ast.Templat, accept: ValidationAcceptor): void {
        const leaders = container.members.filter(ast.isPimpinan);
        for (const extra of leaders.slice(1)) {
            report(accept, 'error', Codes.LeaderDuplicate,
                `\`${container.name}\` sudah punya pimpinan \`${leaders[0].name}\`; satu unit organisasi dipimpin satu pejabat.`,
                { node: extra, property: 'name' });
        }
    }

    function leaderHasJenis(p: ast.Pimpinan, accept: ValidationAcceptor): void {
        if (p.jenis.length === 0) {
            report(accept, 'error', Codes.JenisMissing,
                `Jenis jabatan \`${p.name}\` belum ditulis: jpt-madya, jpt-pratama, administrator, pengawas, atau fungsional (JF yang memimpin unit kerja mandiri).`,
                { node: p, property: 'name' });
        } else if (p.jenis[0] === 'pelaksana') {
            report(accept, 'error', Codes.JenisMissing, `Pelaksana tidak memimpin unit organisasi; \`${p.name}\` perlu jenis jabatan pimpinan.`,
                { node: p, property: 'jenis', index: 0 });
        }
    }

    function jabatanIsJfOrPelaksana(j: ast.Jabatan, accept: ValidationAcceptor): void {
        const jenis = j.jenis[0];
        if (jenis === undefined) {
            report(accept, 'error', Codes.JenisMissing,
                `Jenis jabatan \`${j.name}\` belum ditulis: \`fungsional <keahlian|keterampilan> <jenjang>\` atau \`pelaksana\`.`,
                { node: j, property: 'name' });
        } else if (STRUCTURAL.includes(jenis)) {
            report(accept, 'error', Codes.JabatanStructural,
                `Jabatan ${jenis} memimpin unit organisasi: tulis \`${j.name}\` sebagai \`pimpinan\` unitnya, bukan \`jabatan\`.`,
                { node: j, property: 'jenis', index: 0 });
        }
    }

    function jfAttributesFitJenis(p: ast.Pimpinan | ast.Jabatan, accept: ValidationAcceptor): void {
        const jenis = p.jenis[0];
        if (jenis === 'fungsional') {
            if (p.kategori.length === 0 || p.jenjang.length === 0) {
                report(accept, 'warning', Codes.JfAttributes,
                    `Jabatan fungsional \`${p.name}\` perlu kategori (keahlian/keterampilan) dan jenjangnya, mis. \`fungsional keahlian ahli-muda\`.`,
                    { node: p, property: 'jenis', index: 0 });
            }
        } else if (jenis !== undefined && (p.kategori.length > 0 || p.jenjang.length > 0)) {
            report(accept, 'error', Codes.JfAttributes,
                `Kategori dan jenjang hanya untuk jabatan fungsional; \`${p.name}\` adalah ${jenis}.`,
                { node: p, property: p.kategori.length > 0 ? 'kategori' : 'jenjang', index: 0 });
        }
    }

    function penilaiChainEnds(p: ast.Pimpinan | ast.Jabatan, accept: ValidationAcceptor): void {
        if (p.penilai.length === 0) return;
        const facts = models.factsFor(p);
        if (!facts) return;
        const start = qualifiedName(p);
        const seen = new Set<string>();
        let current = facts.index.position(start)?.penilaiKinerja;
        while (current !== undefined && !seen.has(current)) {
            if (current === start) {
                report(accept, 'error', Codes.PenilaiCycle,
                    `Rantai \`dibawah\` dari \`${p.name}\` berputar kembali kepadanya; Pejabat Penilai Kinerja harus atasan langsung yang berbeda.`,
                    { node: p, property: 'penilai', index: 0 });
                return;
            }
            seen.add(current);
            current = facts.index.position(current)?.penilaiKinerja;
        }
    }

    return {
        Organisasi: [indukIsAcyclic, structureModelIsKnown, uptdClassIsKnown, templateFitsKind, ownMembersDoNotShadowTemplate, isiTargetsOnce, oneLeaderPerUnit],
        Unit: oneLeaderPerUnit,
        Templat: oneLeaderPerUnit,
        Isi: isiBelongsToInstance,
        Pimpinan: [leaderHasJenis, jfAttributesFitJenis, penilaiChainEnds],
        Jabatan: [jabatanIsJfOrPelaksana, jfAttributesFitJenis, penilaiChainEnds]
    };
}

/**
 * The names a template declares, relative to it, read once per parse of the template: every
 * Organisasi `menurut` it (the Puskesmas of a kabupaten) asks for them. An edit parses the template
 * anew, so the cache never outlives the text it was read from.
 */
const templateNamesCache = new WeakMap<ast.Templat, ReadonlySet<string>>();

function namesDeclaredIn(template: ast.Templat): ReadonlySet<string> {
    let names = templateNamesCache.get(template);
    if (!names) {
        const found = new Set<string>();
        for (const n of AstUtils.streamAllContents(template)) {
            if ((ast.isUnit(n) || ast.isPimpinan(n) || ast.isJabatan(n) || ast.isKelompok(n)) && n.name) found.add(relativeName(n, template));
        }
        templateNamesCache.set(template, names = found);
    }
    return names;
}
