import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import { nipDigits, type Pegawai } from '@sikerja/model';
import * as ast from '../generated/ast.js';
import { pegawaiBuiltFrom, teamBuiltFrom, assignmentBuiltFrom } from '../model/fragment-builder.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { Codes } from './codes.js';
import { report } from './report.js';

/**
 * The person data of a pemda: who holds which position. Kept apart from the structure so that a
 * structure file can be shared without personal data; counted against the bezetting it fills.
 */
export function pegawaiChecks(services: SiKerjaServices): ValidationChecks<ast.SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function nipWellFormed(node: ast.Pegawai, accept: ValidationAcceptor): void {
        const nip = node.nip[0];
        if (nip === undefined) {
            report(accept, 'warning', Codes.NipMissing,
                `Pegawai \`${node.name}\` belum punya NIP; surat tugas dan keputusan mencantumkannya. Tulis \`nip "<18 angka>"\`.`,
                { node, property: 'name' });
            return;
        }
        const digits = nipDigits(nip);
        if (!/^\d{18}$/.test(digits)) {
            report(accept, 'error', Codes.NipInvalid,
                `NIP "${nip}" tidak sah: NIP terdiri atas 18 angka (spasi pemisah boleh), ini ${digits.length} karakter${/\D/.test(digits) ? ' dan memuat bukan-angka' : ''}.`,
                { node, property: 'nip', index: 0 });
            return;
        }
        const ctx = contexts.forNode(node);
        const self = pegawaiBuiltFrom(node);
        if (!ctx || !self) return;
        const first = ctx.facts.index.firstWithNip(digits);
        if (first && first !== self) {
            report(accept, 'error', Codes.NipDuplicate,
                `NIP ${nip} sudah dipakai pegawai \`${first.id}\` (${first.title}); NIP unik untuk setiap pegawai.`,
                { node, property: 'nip', index: 0, data: { other: first.id } });
        }
    }

    function holdsAFilledPost(node: ast.Pegawai, accept: ValidationAcceptor): void {
        if (node.position.length === 0) {
            report(accept, 'error', Codes.PegawaiWithoutPosition,
                `Pegawai \`${node.name}\` belum menyebut jabatan yang didudukinya. Tulis \`menduduki <jabatan>\`, mis. \`menduduki Dinkes.Sekretariat.Perencana\`.`,
                { node, property: 'name' });
            return;
        }
        const ctx = contexts.forNode(node);
        const self = pegawaiBuiltFrom(node);
        const position = ctx?.facts.index.position(self?.position);
        if (!ctx || !self || !position) return;
        const bezetting = position.bezetting;
        if (bezetting === 0) {
            report(accept, 'error', Codes.PegawaiOnVacantPost,
                `\`${position.title}\` tercatat kosong (bezetting 0), tetapi diduduki \`${node.name}\`. Perbarui bezetting jabatan itu atau jabatan pegawai ini.`,
                { node, property: 'position', index: 0 });
            return;
        }
        const holders = ctx.facts.index.holders(position.id);
        const rank = holders.indexOf(self);
        if (bezetting !== undefined && rank >= bezetting) {
            report(accept, 'error', Codes.PegawaiExceedsBezetting,
                `\`${position.title}\` berbezetting ${bezetting}, tetapi ini pegawai ke-${rank + 1} yang menduduki jabatan itu `
                + `(${holders.slice(0, bezetting).map(h => h.id).join(', ')} sudah mengisinya). Perbarui bezetting atau jabatan pegawai ini.`,
                { node, property: 'position', index: 0, data: { bezetting, holders: holders.length } });
        }
    }

    /** Personal data in a structure file travels with every copy of the structure. */
    function keptInOwnFile(node: ast.Pegawai, accept: ValidationAcceptor): void {
        const root = AstUtils.getContainerOfType(node, ast.isDocument);
        // Said once per file, on its first pegawai.
        if (!root || root.elements.find(ast.isPegawai) !== node || !root.elements.some(e => ast.isOrganisasi(e) || ast.isTemplat(e))) return;
        report(accept, 'warning', Codes.PegawaiInStructureFile,
            'Data pegawai (nama, NIP) ditulis di berkas yang juga memuat susunan organisasi. Pindahkan ke berkas pegawai tersendiri '
            + '(mis. `pegawai-dinkes.sikerja` dengan header `pemda` yang sama), agar berkas struktur dapat dibagikan tanpa data pribadi.',
            { node, property: 'name' });
    }

    /** `pegawai X` on a team role names a holder of that role's position. */
    function personHoldsRole(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        if (!ctx) return;
        const written: Array<{ person: Pegawai | undefined; position: string | undefined; host: ast.PeranTim | ast.Penugasan; property: string }> = [];
        if (ast.isTim(node)) {
            const team = teamBuiltFrom(node);
            if (!team) return;
            node.roles.forEach((r, i) => {
                const m = team.members[i];
                if (r.person && m?.pegawai !== undefined) written.push({ person: ctx.facts.index.pegawai(m.pegawai), position: m.position, host: r, property: 'person' });
            });
        } else {
            const a = assignmentBuiltFrom(node);
            if (a?.assignee?.pegawai !== undefined) written.push({ person: ctx.facts.index.pegawai(a.assignee.pegawai), position: a.assignee.position, host: node, property: 'assigneePerson' });
        }
        for (const { person, position, host, property } of written) {
            if (!person || position === undefined || person.position === position) continue;
            const title = ctx.facts.index.position(position)?.title ?? position;
            report(accept, 'error', Codes.PegawaiNotInRole,
                `\`${person.id}\` tidak menduduki \`${title}\`${person.position ? ` (ia menduduki \`${person.position}\`)` : ''}; `
                + `sebut pegawai yang menduduki jabatan itu${ctx.facts.index.holders(position).length > 0 ? `: ${ctx.facts.index.holders(position).map(h => h.id).join(', ')}` : ''}.`,
                { node: host, property, index: 0 } as never);
        }
    }

    return {
        Pegawai: [nipWellFormed, holdsAFilledPost, keptInOwnFile],
        Tim: personHoldsRole,
        Penugasan: personHoldsRole
    };
}
