import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import { Codes } from './codes.js';
import { report } from './report.js';

/** Well-formedness of tim kerja and penugasan individu; the regulation rules build on these. */
export function teamChecks(): ValidationChecks<ast.SiKerjaAstType> {

    function hasOwner(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        if (node.owner.length > 0) return;
        const what = node.$type === 'Tim' ? 'Tim kerja' : 'Penugasan';
        report(accept, 'error', Codes.OwnerMissing,
            `${what} \`${node.name}\` belum menyebut unit pemilik kinerja. Tulis \`pemilik-kinerja <unit>\`, mis. \`pemilik-kinerja DPMPTSP.BidangPerizinan\`.`,
            { node, property: 'name' });
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
            const key = r.position ? r.position.$refText : `${r.instansi?.$refText}/${r.title}`;
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
        Tim: [hasOwner, atMostOneKetua, membersListedOnce],
        Penugasan: [hasOwner, hasAssignee]
    };
}
