import type { ValidationAcceptor, ValidationChecks } from 'langium';
import * as ast from '../generated/ast.js';
import { Codes } from './codes.js';
import { report } from './report.js';

/** Well-formedness of tim kerja and penugasan individu; the regulation rules build on these. */
export function teamChecks(): ValidationChecks<ast.SiKerjaAstType> {

    function hasOwner(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        if (node.owner.length > 0 && node.ownerInstansi.length > 0) {
            // Each list is checked for repeats on its own (attribute-repeated); this is the mixed case.
            report(accept, 'error', Codes.AttributeRepeated,
                '`pemilik-kinerja` ditulis dua kali: sekali unit pemda ini, sekali instansi lain. Pekerjaan punya satu pemilik kinerja.',
                { node, property: 'ownerInstansi', index: 0 });
        }
        if (node.owner.length > 0 || node.ownerInstansi.length > 0) return;
        const what = node.$type === 'Tim' ? 'Tim kerja' : 'Penugasan';
        report(accept, 'error', Codes.OwnerMissing,
            `${what} \`${node.name}\` belum menyebut unit pemilik kinerja. Tulis \`pemilik-kinerja <unit>\`, mis. \`pemilik-kinerja DPMPTSP.BidangPerizinan\`, `
            + 'atau `pemilik-kinerja dari <instansi> "<unit>"` untuk pekerjaan milik instansi lain.',
            { node, property: 'name' });
    }

    /** Work owned by another instansi is written here only because this pemda's people take part in it. */
    function outsideWorkHasOwnPeople(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        if (node.ownerInstansi.length === 0 || node.owner.length > 0) return;
        const ownPeople = ast.isTim(node) ? node.roles.some(r => r.position) : node.assignee.length > 0;
        if (ownPeople) return;
        report(accept, 'warning', Codes.OutsideWorkWithoutOwnPeople,
            `\`${node.name}\` milik instansi \`${node.ownerInstansi[0].$refText}\`, tetapi tidak melibatkan satu pun jabatan pemda ini; `
            + 'pekerjaan instansi lain dicatat di sini hanya untuk pegawai pemda yang ikut di dalamnya.',
            { node, property: 'ownerInstansi', index: 0 });
    }

    function atMostOneKetua(tim: ast.Tim, accept: ValidationAcceptor): void {
        const ketua = tim.roles.filter(r => r.role === 'ketua');
        for (const extra of ketua.slice(1)) {
            report(accept, 'error', Codes.KetuaMoreThanOne,
                `Tim \`${tim.name}\` sudah punya ketua \`${ketua[0].position?.$refText ?? ketua[0].title ?? ''}\`; satu tim kerja dipimpin satu ketua.`,
                { node: extra, property: 'role' });
        }
    }

    function membersListedOnce(tim: ast.Tim, accept: ValidationAcceptor): void {
        const seen = new Map<string, ast.PeranTim>();
        for (const r of tim.roles) {
            // One position may appear once per holder: two pegawai of a B 2 post are two members.
            const key = (r.position ? r.position.$refText : `${r.instansi?.$refText}/${r.title}`) + (r.person ? ` (${r.person.$refText})` : '');
            const first = seen.get(key);
            if (first) {
                report(accept, 'warning', Codes.MemberRepeated,
                    `\`${key}\` sudah tercantum sebagai ${first.role}; satu jabatan cukup satu peran dalam tim.`,
                    { node: r, property: r.position ? 'position' : 'instansi' });
            } else {
                seen.set(key, r);
            }
        }
    }

    function hasAssignee(p: ast.Penugasan, accept: ValidationAcceptor): void {
        if (p.assignee.length > 0) return;
        report(accept, 'error', Codes.AssigneeMissing,
            `Penugasan \`${p.name}\` belum menyebut jabatan yang ditugaskan. Tulis \`ditugaskan <jabatan>\`.`,
            { node: p, property: 'name' });
    }

    return {
        Tim: [hasOwner, outsideWorkHasOwnPeople, atMostOneKetua, membersListedOnce],
        Penugasan: [hasOwner, outsideWorkHasOwnPeople, hasAssignee]
    };
}
