import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { expectError, expectNoIssues, parseHelper, validationHelper } from 'langium/test';
import { ast, createSiKerjaServices } from '@sikerja/language';

/** A single self-contained document, checked with Langium's own test helpers (fresh services each). */
const fresh = () => createSiKerjaServices(EmptyFileSystem).SiKerja;
const parse = (text: string) => parseHelper<ast.Document>(fresh())(text);
const validate = (text: string) => validationHelper<ast.Document>(fresh())(text);

const DOC = `pemda Mandiri { nama "Kabupaten Mandiri" regulasi "Perbup Bengkayang 5/2024" }
kecamatan Kec "Kecamatan Satu" {
    pimpinan Camat "Camat" administrator kelas 12 bezetting 1 kebutuhan 1
    seksi PMD "Seksi PMD" {
        pimpinan Kasi "Kepala Seksi PMD" pengawas kelas 9 bezetting 1 kebutuhan 1
        jabatan Penggerak "Penggerak Swadaya Masyarakat Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1
    }
}`;

describe('with langium/test', () => {
    it('parses a document that defines its pemda and an organisation', async () => {
        const doc = await parse(DOC);
        expect(doc.parseResult.parserErrors).toHaveLength(0);
        expect(doc.parseResult.value.header?.body?.regulation).toEqual(['Perbup Bengkayang 5/2024']);
    });

    it('finds no issues in it', async () => {
        const result = await validate(DOC);
        expectNoIssues(result);
    });

    it('reports a repeated attribute on the repeated value, with its code', async () => {
        const result = await validate(DOC.replace('kelas 8', 'kelas 8 kelas 9'));
        const kec = result.document.parseResult.value.elements[0] as ast.Organisasi;
        const penggerak = (kec.members[1] as ast.Unit).members[1] as ast.Jabatan;
        expectError(result, '`kelas` ditulis lebih dari sekali; tulis satu kali saja.', { node: penggerak, property: { name: 'kelas', index: 1 }, code: 'attribute-repeated' });
    });
});
