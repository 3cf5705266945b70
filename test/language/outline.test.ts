import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstUtils, GrammarUtils } from 'langium';
import { CompletionItemKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace, PEMDA_FILE } from '../helpers.js';

const EXAMPLES = path.resolve(__dirname, '../../examples/bengkayang');
const read = (f: string) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8');

describe('outline', () => {
    it('shows a Perangkat Daerah as a module with its units and positions, each with its title (and kelas)', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': read('pemda.sikerja'), 'dpmptsp.sikerja': read('dpmptsp.sikerja') });
        const doc = ws.docs['dpmptsp.sikerja'];
        const symbols = await ws.services.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } }) as DocumentSymbol[];
        const dinas = symbols.find(s => s.name === 'DPMPTSP')!;
        expect([dinas.kind, dinas.detail]).toEqual([SymbolKind.Module, 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu']);
        const sekretariat = dinas.children!.find(s => s.name === 'Sekretariat')!;
        expect(sekretariat.kind).toBe(SymbolKind.Class);
        expect(sekretariat.children!.map(s => [s.name, s.kind, s.detail]).slice(0, 2)).toEqual([
            ['Sekretaris', SymbolKind.Property, 'Sekretaris · kelas 12'],
            ['UmumKepegawaian', SymbolKind.Class, 'Subbagian Umum dan Kepegawaian']
        ]);
        expect(sekretariat.children!.find(s => s.kind === SymbolKind.Field)?.detail).toMatch(/ · kelas \d+$/);
    });

    it('selects each element by its name: every named node of the Bengkayang example, as Langium finds it by the grammar', async () => {
        const files = Object.fromEntries(fs.readdirSync(EXAMPLES).filter(f => f.endsWith('.sikerja')).map(f => [f, read(f)]));
        const ws = await buildWorkspace(files);
        const names = ws.services.references.NameProvider;
        let named = 0;
        for (const doc of Object.values(ws.docs)) {
            for (const node of AstUtils.streamAst(doc.parseResult.value)) {
                const expected = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
                expect(names.getNameNode(node)?.range).toEqual(expected?.range);
                if (expected) named++;
            }
        }
        expect(named).toBeGreaterThan(400);
    });
});

describe('completion', () => {
    it('marks positions and units by kind, so an analyst tells a jabatan from a bidang', async () => {
        const org = `pemda Uji\ndinas D "Dinas" {\n    pimpinan Kepala "Kepala Dinas" jpt-pratama\n    bidang B "Bidang" {\n        jabatan Analis "Analis" fungsional keahlian ahli-muda\n    }\n}\n`;
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': org, 'tim.sikerja': 'pemda Uji\ntim T "T" {\n    pemilik-kinerja \n}\n' });
        const doc = ws.docs['tim.sikerja'];
        const completion = await ws.services.lsp.CompletionProvider!.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position: { line: 2, character: 20 } });
        const kinds = Object.fromEntries((completion?.items ?? []).map(i => [i.label, i.kind]));
        expect(kinds['D']).toBe(CompletionItemKind.Module);
        expect(kinds['D.B']).toBe(CompletionItemKind.Class);
    });
});
