import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CstUtils, createLangiumParser, EmptyFileSystem, type CstNode } from 'langium';
import { createSiKerjaServices } from '@sikerja/language';
import { CommentPlacingCstNodeBuilder } from '../../packages/language/src/parser/parser.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function sikerjaFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory()
        ? sikerjaFiles(path.join(dir, e.name))
        : e.name.endsWith('.sikerja') ? [path.join(dir, e.name)] : []);
}

/** Every leaf of the tree in order: where it is, what it says, whether it is a comment, and the feature it fills. */
function leaves(root: CstNode): string[] {
    return CstUtils.streamCst(root).filter(n => !('content' in n)).map(n =>
        `${n.offset}:${n.hidden ? 'h' : ''}:${n.text}:${n.container?.astNode.$type}`).toArray();
}

describe('the SiKerja parser', () => {
    const { SiKerja } = createSiKerjaServices(EmptyFileSystem);
    const langiums = createLangiumParser(SiKerja);

    it('builds its tree with the builder that places comments only where there are some', () => {
        expect((SiKerja.parser.LangiumParser as unknown as { nodeBuilder: unknown }).nodeBuilder).toBeInstanceOf(CommentPlacingCstNodeBuilder);
    });

    it('builds, for every example file and a file of comments in every place, the tree Langium\'s own parser builds', () => {
        const commented = `// kepala berkas
pemda Uji /* sebelum badan */ {
    nama "Kabupaten Uji" // sesudah nilai
}
/* sebelum organisasi */ dinas DinasA "Dinas A" {
    // awal blok
    pimpinan Kepala "Kepala" /* di tengah */ jpt-pratama kelas 14
    bidang B "Bidang" { /* blok kosong */ }
    // akhir blok
}
// akhir berkas
`;
        const texts = [commented, ...sikerjaFiles(EXAMPLES).map(f => fs.readFileSync(f, 'utf8'))];
        expect(texts.length).toBeGreaterThan(30);
        for (const text of texts) {
            const ours = SiKerja.parser.LangiumParser.parse(text);
            const theirs = langiums.parse(text);
            expect(leaves(ours.value.$cstNode!)).toEqual(leaves(theirs.value.$cstNode!));
        }
        const comments = leaves(SiKerja.parser.LangiumParser.parse(commented).value.$cstNode!).filter(l => l.includes(':h:'));
        expect(comments).toHaveLength(9);
    });

    it('reads a title as written: escapes resolved, a string left open without its quote', () => {
        const text = [
            'dinas D "Dinas \\"Contoh\\" Satu" {',
            '    pimpinan K "Kepala\\tDinas" jpt-pratama kelas 14',
            '    bidang B "Bidang Tanpa Tutup {',
            '    }',
            '    bidang C "Bidang C" { }',
            '}'
        ].join('\n');
        const root = SiKerja.parser.LangiumParser.parse(text).value as unknown as { elements: Array<{ title?: string; members: Array<{ title?: string }> }> };
        const dinas = root.elements[0];
        expect(dinas.title).toBe('Dinas "Contoh" Satu');
        expect(dinas.members.map(m => m.title)).toEqual(['Kepala\tDinas', 'Bidang Tanpa Tutup', 'Bidang C']);
    });
});
