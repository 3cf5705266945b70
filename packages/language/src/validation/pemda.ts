import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { Codes } from './codes.js';
import { report } from './report.js';

export function pemdaChecks(services: SiKerjaServices): ValidationChecks<ast.SiKerjaAstType> {
    const pemdaDocuments = services.workspace.PemdaDocuments;

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

    return { Document: fileNamesItsPemda, PemdaHeader: pemdaIsDefinedOnce };
}
