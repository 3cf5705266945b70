import { describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, PEMDA_FILE, readExamples, type Workspace } from '../helpers.js';

async function format(ws: Workspace, file: string): Promise<string> {
    const doc = ws.docs[file];
    const edits = await ws.services.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(doc.textDocument, edits);
}

async function formatRange(ws: Workspace, file: string, range: Range): Promise<string> {
    const doc = ws.docs[file];
    const edits = await ws.services.lsp.Formatter!.formatDocumentRange(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 4, insertSpaces: true }, range });
    return TextDocument.applyEdits(doc.textDocument, edits);
}

/** A Dinas whose Bidang holds the given lines, opened and closed as given. */
function dinasWith(lines: string[], open: string, close: string): string {
    return ['pemda Uji', 'dinas D "Dinas Uji" {', '    pimpinan Kepala "Kepala Dinas" jpt-pratama', `    bidang B "Bidang Satu"${open}`, ...lines].join('\n') + close;
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

    it('re-indents a pasted block of 3,000 lines with mixed indentation, keeping its comments and blank lines', async () => {
        const lines = Array.from({ length: 3000 }, (_, i) => i % 500 === 250 ? '' : i % 100 === 50 ? `// kelompok ${Math.floor(i / 100)}`
            : `jabatan Analis${i} "Analis ${i}" fungsional keahlian ahli-muda kelas 9`);
        const mixed = ['', '\t', '  ', '            ', '\t\t ', ' \t', '     '];
        // Comments are moved by adding or taking away leading blanks, so their pasted indentation is spaces.
        const pasted = lines.map((line, i) => (line.startsWith('//') ? ' '.repeat(i % 13) : mixed[i % mixed.length]) + line);
        const formatted = lines.map(line => line === '' ? '' : `        ${line}`);
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': dinasWith(pasted, '\n  {', ' }\n}\n') }, { validation: false });
        expect(await format(ws, 'org.sikerja')).toBe(dinasWith(formatted, ' {', '\n    }\n}\n'));
    });

    it('formats a range: the lines inside it, not the rest', async () => {
        const messy = `pemda Uji
dinas D "Dinas Uji" {
pimpinan Kepala "Kepala Dinas" jpt-pratama
   bidang A "Bidang A" {
jabatan Satu "Satu" pelaksana
  }
 bidang B "Bidang B"
{
\tjabatan Dua "Dua" pelaksana
      jabatan Tiga "Tiga" pelaksana }
}
`;
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': messy }, { validation: false });
        const range = { start: { line: 6, character: 0 }, end: { line: 9, character: 0 } };
        expect(await formatRange(ws, 'org.sikerja', range)).toBe(`pemda Uji
dinas D "Dinas Uji" {
pimpinan Kepala "Kepala Dinas" jpt-pratama
   bidang A "Bidang A" {
jabatan Satu "Satu" pelaksana
  }
 bidang B "Bidang B" {
        jabatan Dua "Dua" pelaksana
        jabatan Tiga "Tiga" pelaksana
    }
}
`);
    });
});
