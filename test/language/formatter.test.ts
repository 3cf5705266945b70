import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, PEMDA_FILE, readExamples, type Workspace } from '../helpers.js';

async function format(ws: Workspace, file: string): Promise<string> {
    const doc = ws.docs[file];
    const edits = await ws.services.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(doc.textDocument, edits);
}

describe('format document', () => {
    it('leaves the examples as they are written', async () => {
        const files = readExamples();
        const ws = await buildWorkspace(files);
        for (const file of Object.keys(files)) expect(await format(ws, file), file).toBe(files[file]);
    });

    it('re-indents a flattened example into the same text: nothing the analyst wrote is lost', async () => {
        const files = readExamples();
        const flattened = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t.split('\n').map(l => l.trimStart()).join('\n')]));
        const ws = await buildWorkspace(flattened);
        for (const file of Object.keys(files)) expect(await format(ws, file), file).toBe(files[file]);
    });

    it('indents blocks, puts each element on its own line and `}` on its own line', async () => {
        const messy = `pemda Uji
   dinas D "Dinas Uji"{
pimpinan Kepala "Kepala Dinas" jpt-pratama
      bidang B "Bidang Satu"   {
 jabatan Analis "Analis" fungsional keahlian ahli-muda
    // JF langsung di bawah Kepala Bidang
jabatan Pengelola "Pengelola Umum" pelaksana }

}
tim T "Tim" { pemilik-kinerja D.B   ketua D.B.Analis }
`;
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': messy });
        expect(await format(ws, 'org.sikerja')).toBe(`pemda Uji
dinas D "Dinas Uji" {
    pimpinan Kepala "Kepala Dinas" jpt-pratama
    bidang B "Bidang Satu" {
        jabatan Analis "Analis" fungsional keahlian ahli-muda
        // JF langsung di bawah Kepala Bidang
        jabatan Pengelola "Pengelola Umum" pelaksana
    }
}
tim T "Tim" { pemilik-kinerja D.B   ketua D.B.Analis }
`);
    });

    it('changes only whitespace, even in a file with syntax errors', async () => {
        const broken = `pemda Uji\n  dinas D "Dinas {\n pimpinan K "Kepala" jpt-pratama kelas\n  bidang B "B" {\n jabatan\n}\n tim T { ketua D.K`;
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'rusak.sikerja': broken });
        const strip = (t: string) => t.replace(/\s+/g, '');
        expect(strip(await format(ws, 'rusak.sikerja'))).toBe(strip(broken));
    });
});
