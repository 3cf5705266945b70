import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, PEMDA_FILE, withoutRules } from '../helpers.js';

const EXAMPLE = path.resolve(__dirname, '../../examples/bengkayang');

describe('syntax errors are explained in Bahasa Indonesia, at the right place', () => {
    it('a missing title', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': 'pemda Uji\ndinas D {\n}' });
        const [first] = withoutRules(ws.errors('a.sikerja'));
        expect(first).toMatchObject({ code: 'parsing-error', line: 2, column: 9 });
        expect(first.message).toBe('Diharapkan teks dalam tanda kutip, mis. "Bidang Perizinan", tetapi ditemukan `{`.');
    });

    it('an unknown word where an element should start', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': 'pemda Uji\n\nkantor K "K" { }' });
        const [first] = withoutRules(ws.errors('a.sikerja'));
        expect(first).toMatchObject({ code: 'parsing-error', line: 3, column: 1, text: 'kantor' });
        expect(first.message).toMatch(/^Tidak dikenali: `kantor`\. Di sini diharapkan awal elemen baru/);
    });

    it('a character that cannot appear in the language', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': 'pemda Uji\ndinas D "D" { jabatan A "A" pelaksana kelas 5 @ }' });
        const lexing = withoutRules(ws.diagnostics('a.sikerja')).find(f => f.code === 'lexing-error');
        expect(lexing).toMatchObject({ line: 2, column: 47, text: '@' });
        expect(lexing!.message).toContain('Karakter tidak dikenal: `@`');
    });

    it('a missing closing quote is reported where the string opens, and the lines after it parse as written', async () => {
        const text = 'pemda Uji\ndinas D "Dinas Uji" {\n    urusan "kesehatan\n    pimpinan K "Kepala Dinas" jpt-pratama kelas 14\n}\n';
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': text });
        expect(withoutRules(ws.errors('a.sikerja'))).toEqual([{
            severity: 'error', code: 'unterminated-string', line: 3, column: 12, text: '"kesehatan',
            message: 'Teks yang dibuka dengan tanda kutip di sini tidak ditutup: tambahkan `"` di akhir teksnya. Teks dalam tanda kutip tidak boleh melewati akhir baris.'
        }]);
        const dinas = ws.services.model.SemanticModel.pemda('Uji')!.model.organisations.find(o => o.id === 'D')!;
        expect(dinas.affairs).toEqual(['kesehatan']);
        expect(dinas.leader?.title).toBe('Kepala Dinas');
    });

    it('a title left open before its block: the block still opens', async () => {
        const text = 'pemda Uji\ndinas D "Dinas Uji {\n    pimpinan K "Kepala Dinas" jpt-pratama kelas 14\n}\n';
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': text });
        expect(withoutRules(ws.errors('a.sikerja')).map(f => [f.code, f.line, f.column, f.text])).toEqual([['unterminated-string', 2, 9, '"Dinas Uji']]);
        expect(ws.services.model.SemanticModel.pemda('Uji')!.model.organisations.find(o => o.id === 'D')?.title).toBe('Dinas Uji');
    });

    it('a flood of syntax errors (a pasted binary) shows the first hundred, then one that counts the rest', async () => {
        const junk = Array.from({ length: 2000 }, (_, i) => `@@ ${i} ~~ } "`).join('\n');
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': `pemda Uji\n${junk}\n` });
        const findings = ws.diagnostics('a.sikerja');
        expect(findings).toHaveLength(101);
        const summary = findings.filter(f => f.code === 'syntax-errors-truncated');
        expect(summary).toHaveLength(1);
        expect(summary[0].message).toMatch(/^Masih ada \d+ galat penulisan lain dari baris \d+ sampai akhir berkas; hanya 100 yang pertama ditampilkan\./);
        const shown = findings.filter(f => f.code !== 'syntax-errors-truncated');
        expect(Math.max(...shown.map(f => f.line))).toBeLessThanOrEqual(summary[0].line);
    });

    it('an unclosed block reports the end of the file', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': 'pemda Uji\ndinas D "D" {\n    pimpinan K "K" jpt-pratama\n' });
        const errors = withoutRules(ws.errors('a.sikerja'));
        expect(errors.length).toBeGreaterThan(0);
        expect(errors[0].message).toContain('akhir berkas');
    });
});

describe('every finding carries its stable code as the LSP `code`, for the Problems panel to group by', () => {
    it('lexing, parsing, unterminated string, linking, structure and rule findings alike', async () => {
        const text = [
            'pemda Uji',
            'dinas D "D" {',
            '    pimpinan K "Kepala" jpt-pratama kelas 14 @',
            '    jabatan A "Analis" pelaksana kelas 7 kelas 8',
            '    jabatan B "Bidan" fungsional keterampilan terampil kelas 6 dibawah TidakAda',
            '    bidang X "Bidang {',
            '        pimpinan P "Kepala Bidang" administrator kelas 12',
            '    }',
            '}',
            'tim T "Tim" { pemilik-kinerja D ketua D.A ketua D.K }',
            'dinas'
        ].join('\n');
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': text });
        const raw = ws.docs['a.sikerja'].diagnostics!;
        expect(raw.map(d => d.code)).not.toContain(undefined);
        expect(raw.every(d => typeof d.code === 'string' && d.code === (d.data as { code?: string }).code)).toBe(true);
        expect([...new Set(raw.map(d => d.code))]).toEqual(expect.arrayContaining(['lexing-error', 'parsing-error', 'unterminated-string', 'linking-error', 'attribute-repeated', 'ketua-more-than-one']));
    });
});

describe('a deliberately broken copy of an example', () => {
    it('reports each error at its line', async () => {
        const files: Record<string, string> = {};
        for (const f of fs.readdirSync(EXAMPLE)) files[f] = fs.readFileSync(path.join(EXAMPLE, f), 'utf8');
        const original = files['tim-kerja.sikerja'];
        const lines = original.split('\n');
        const ketua = lines.findIndex(l => l.includes('ketua Dinkes.Kesmas.AdminkesMadya'));
        const owner = lines.findIndex(l => l.includes('pemilik-kinerja Inspektorat.IrbanI'));
        lines[ketua] = lines[ketua].replace('AdminkesMadya', 'AdminkesUtama');
        lines[owner] = lines[owner].replace('IrbanI', 'IrbanIX');
        files['tim-kerja.sikerja'] = lines.join('\n');
        const dpmptsp = files['dpmptsp.sikerja'].split('\n');
        const kelas = dpmptsp.findIndex(l => l.includes('jabatan PerencanaMuda'));
        dpmptsp[kelas] = dpmptsp[kelas].replace('kelas 9', 'kelas 9 kelas 10');
        files['dpmptsp.sikerja'] = dpmptsp.join('\n');

        const ws = await buildWorkspace(files);
        expect(withoutRules(ws.errors('tim-kerja.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([
            ['linking-error', ketua + 1, 'Dinkes.Kesmas.AdminkesUtama'],
            ['linking-error', owner + 1, 'Inspektorat.IrbanIX']
        ]);
        expect(withoutRules(ws.errors('tim-kerja.sikerja'))[0].message).toContain('Tidak ditemukan jabatan atau pimpinan bernama `Dinkes.Kesmas.AdminkesUtama`');
        expect(withoutRules(ws.errors('dpmptsp.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['attribute-repeated', kelas + 1, '10']]);
    });

    it('nesting hundreds of blocks deep is refused with one message, not a crash', async () => {
        const deep = 'pemda Uji\ndinas D "D" {\n' + Array.from({ length: 300 }, (_, i) => `bidang B${i} "B" {`).join('\n');
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': deep });
        const [error] = ws.errors('a.sikerja');
        expect(error).toMatchObject({ code: 'parsing-error', line: 202 });
        expect(error.message).toBe('Blok bersarang lebih dari 200 tingkat; berkas ini tidak dibaca. Periksa kurung kurawal yang tidak ditutup.');
    });
});

