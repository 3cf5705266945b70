import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { Codes } from './codes.js';
import { report } from './report.js';

export function pemdaChecks(services: SiKerjaServices): ValidationChecks<ast.SiKerjaAstType> {
    const pemdaDocuments = services.workspace.PemdaDocuments;
    const profiles = services.validation.Profiles;

    function fileNamesItsPemda(document: ast.Document, accept: ValidationAcceptor): void {
        if (document.header) return;
        const first = document.elements[0];
        if (!first) return;
        report(accept, 'error', Codes.PemdaHeaderMissing,
            'Berkas belum menyebut pemdanya. Tulis `pemda <Nama>` di baris pertama, mis. `pemda Bengkayang`.',
            { node: first, property: 'name' });
    }

    function pemdaIsDefinedOnce(header: ast.PemdaHeader, accept: ValidationAcceptor): void {
        if (!header.name) return;
        const definitions = pemdaDocuments.definitionsOf(header.name);
        if (definitions.length === 0) {
            report(accept, 'error', Codes.PemdaUndefined,
                `Pemda \`${header.name}\` belum didefinisikan. Tambahkan satu berkas berisi `
                + `\`pemda ${header.name} { nama "..." regulasi "..." }\`; regulasinya menentukan aturan yang dipakai.`,
                { node: header, property: 'name' });
        } else if (header.body && definitions.length > 1) {
            const self = AstUtils.getDocument(header).uri.toString();
            const others = definitions.filter(u => u !== self).map(u => u.split('/').pop());
            report(accept, 'error', Codes.PemdaDefinedTwice,
                `Pemda \`${header.name}\` didefinisikan lebih dari sekali (juga di ${others.join(', ')}). Definisikan di satu berkas saja.`,
                { node: header, property: 'name' });
        }
    }

    /** The regulation selects the rule profile; without a known one the national default applies. */
    function regulationSelectsProfile(body: ast.PemdaBody, accept: ValidationAcceptor): void {
        const header = body.$container;
        const regulation = body.regulation[0];
        const fallback = profiles.default.short;
        if (regulation === undefined) {
            report(accept, 'warning', Codes.RegulationMissing,
                `Pemda \`${header.name}\` belum menyebut regulasinya; aturan diperiksa menurut ${fallback}. Tulis mis. \`regulasi "Perbup Bengkayang 5/2024"\`.`,
                { node: header, property: 'name' });
        } else if (!profiles.forRegulation(regulation)) {
            const known = profiles.all().map(p => `"${p.short}"`).join(', ');
            report(accept, 'error', Codes.RegulationUnknown,
                `Regulasi "${regulation}" belum dikenal SiKerja; aturan diperiksa menurut ${fallback}. Yang dikenal: ${known}.`,
                { node: body, property: 'regulation', index: 0 });
        }
    }

    return { Document: fileNamesItsPemda, PemdaHeader: pemdaIsDefinedOnce, PemdaBody: regulationSelectsProfile };
}
