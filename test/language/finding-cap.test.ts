import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ValidationChecks } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { validate } from '../../packages/cli/src/commands/validate.js';
import type { SiKerjaAstType } from '../../packages/language/src/generated/ast.js';
import { reportDeferred } from '../../packages/language/src/validation/report.js';
import { buildWorkspace, PEMDA_FILE, type Finding } from '../helpers.js';

const POSITION = '    jabatan Analis "Analis Kebijakan" pelaksana kelas 7 bezetting 1 kebutuhan 1';

/** A Dinas whose jabatan line was pasted `copies` times, from line 4 on. */
function pastedDinas(copies: number, name = 'D', line = POSITION): string {
    return ['pemda Uji', `dinas ${name} "Dinas Uji" {`, '    pimpinan K "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1',
        ...Array<string>(copies).fill(line), '}', ''].join('\n');
}

function ofCode(findings: Finding[], code: string): Finding[] {
    return findings.filter(f => f.code === code);
}

function duplicateMessage(line: number, copies: number, name = 'D.Analis', file = 'dinas.sikerja'): string {
    const others = [4, 5, 6, 7].filter(l => l !== line && l < 4 + copies).slice(0, 3).map(l => `${file}:${l}`).join(', ');
    const rest = copies - 4;
    return `Nama \`${name}\` dipakai lebih dari sekali (juga di ${others}${rest > 0 ? `, dan ${rest} tempat lain` : ''}). Setiap nama dalam satu pemda harus unik.`;
}

describe('thousands of findings of one code in one file: the first hundred, then one that counts the rest', () => {
    it('3,000 pasted jabatan lines: 100 duplicate-name findings in reading order and one summary at the 101st copy', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': pastedDinas(3000) });
        const findings = ws.diagnostics('dinas.sikerja');
        const shown = ofCode(findings, 'duplicate-name');
        expect(shown.map(f => f.line)).toEqual(Array.from({ length: 100 }, (_, i) => 4 + i));
        expect(shown[0]).toEqual({ severity: 'error', code: 'duplicate-name', line: 4, column: 13, text: 'Analis', message: duplicateMessage(4, 3000) });
        expect(shown[99].message).toBe(duplicateMessage(103, 3000));
        expect(ofCode(findings, 'findings-truncated')).toEqual([{
            severity: 'error', code: 'findings-truncated', line: 104, column: 13, text: 'Analis',
            message: '2.900 temuan lain dengan kode `duplicate-name` di berkas ini tidak ditampilkan (hanya 100 yang pertama); perbaiki yang pertama dulu.'
        }]);
        const summary = ws.docs['dinas.sikerja'].diagnostics!.find(d => d.code === 'findings-truncated')!;
        expect(summary.range).toEqual({ start: { line: 103, character: 12 }, end: { line: 103, character: 18 } });
        expect(summary.data).toEqual({ code: 'findings-truncated', truncatedCode: 'duplicate-name', count: 2900 });
        // The findings shown still point at the other copies, as they did before the cap.
        const first = ws.docs['dinas.sikerja'].diagnostics!.find(d => d.code === 'duplicate-name' && d.range.start.line === 3)!;
        expect(first.relatedInformation?.map(r => r.location.range.start.line + 1)).toEqual([5, 6, 7]);
    });

    it('a file under the cap is unchanged: 100 copies give 100 findings and no summary; 101 give 100 and "1 temuan lain"', async () => {
        const hundred = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': pastedDinas(100) });
        const findings = hundred.diagnostics('dinas.sikerja');
        expect(ofCode(findings, 'duplicate-name').map(f => [f.line, f.message])).toEqual(
            Array.from({ length: 100 }, (_, i) => [4 + i, duplicateMessage(4 + i, 100)]));
        expect(ofCode(findings, 'findings-truncated')).toEqual([]);

        const more = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': pastedDinas(101) });
        expect(ofCode(more.diagnostics('dinas.sikerja'), 'duplicate-name')).toHaveLength(100);
        expect(ofCode(more.diagnostics('dinas.sikerja'), 'findings-truncated').map(f => [f.line, f.message])).toEqual([[104,
            '1 temuan lain dengan kode `duplicate-name` di berkas ini tidak ditampilkan (hanya 100 yang pertama); perbaiki yang pertama dulu.']]);
    });

    it('two copies: the messages and places of before the cap', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': pastedDinas(2) });
        expect(ws.diagnostics('dinas.sikerja').map(f => [f.code, f.line, f.text, f.message])).toEqual([
            ['duplicate-name', 4, 'Analis', 'Nama `D.Analis` dipakai lebih dari sekali (juga di dinas.sikerja:5). Setiap nama dalam satu pemda harus unik.'],
            ['duplicate-name', 5, 'Analis', 'Nama `D.Analis` dipakai lebih dari sekali (juga di dinas.sikerja:4). Setiap nama dalam satu pemda harus unik.']
        ]);
    });

    it('is per code: another finding in the flooded file is still shown', async () => {
        const text = pastedDinas(500).replace('kelas 14 bezetting 1', 'kelas 14 kelas 15 bezetting 1');
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': text });
        const findings = ws.diagnostics('dinas.sikerja');
        expect(ofCode(findings, 'attribute-repeated').map(f => [f.line, f.text, f.message])).toEqual([
            [3, '15', '`kelas` ditulis lebih dari sekali; tulis satu kali saja.']]);
        expect(ofCode(findings, 'duplicate-name')).toHaveLength(100);
        expect(ofCode(findings, 'findings-truncated').map(f => f.message)).toEqual([
            '400 temuan lain dengan kode `duplicate-name` di berkas ini tidak ditampilkan (hanya 100 yang pertama); perbaiki yang pertama dulu.']);
    });

    it('is per file: each flooded file shows its own hundred and counts its own rest', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': pastedDinas(150, 'A'), 'b.sikerja': pastedDinas(250, 'B') });
        for (const [file, rest] of [['a.sikerja', 50], ['b.sikerja', 150]] as const) {
            const findings = ws.diagnostics(file);
            expect(ofCode(findings, 'duplicate-name')).toHaveLength(100);
            expect(ofCode(findings, 'findings-truncated').map(f => [f.line, f.message])).toEqual([[104,
                `${rest} temuan lain dengan kode \`duplicate-name\` di berkas ini tidak ditampilkan (hanya 100 yang pertama); perbaiki yang pertama dulu.`]]);
        }
    });

    it('references to nothing are capped too, at the first reference left out', async () => {
        const lines = Array.from({ length: 150 }, (_, i) => `    jabatan J${i} "Pelaksana" pelaksana kelas 7 bezetting 1 kebutuhan 1 dibawah TidakAda`);
        const text = ['pemda Uji', 'dinas D "Dinas Uji" {', '    pimpinan K "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1', ...lines, '}', ''].join('\n');
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': text });
        const findings = ws.diagnostics('dinas.sikerja');
        expect(ofCode(findings, 'linking-error').map(f => f.line)).toEqual(Array.from({ length: 100 }, (_, i) => 4 + i));
        expect(ofCode(findings, 'findings-truncated').filter(f => f.message.includes('`linking-error`')).map(f => [f.line, f.text, f.message])).toEqual([[104, 'TidakAda',
            '50 temuan lain dengan kode `linking-error` di berkas ini tidak ditampilkan (hanya 100 yang pertama); perbaiki yang pertama dulu.']]);
    });

    it('the summary is as severe as the worst finding it counts', async () => {
        // UPTDs with a Dinas model number are warnings; the last one, model 9, is an error.
        const uptds = Array.from({ length: 120 }, (_, i) => `uptd U${i} "UPTD ${i}" model 1 { }`);
        const text = ['pemda Uji', ...uptds, 'uptd X "UPTD X" model 9 { }', ''].join('\n');
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'uptd.sikerja': text });
        const findings = ws.diagnostics('uptd.sikerja');
        expect(ofCode(findings, 'structure-model-invalid').every(f => f.severity === 'warning')).toBe(true);
        expect(ofCode(findings, 'findings-truncated').filter(f => f.message.includes('`structure-model-invalid`')).map(f => [f.severity, f.line, f.message])).toEqual([['error', 102,
            '21 temuan lain dengan kode `structure-model-invalid` di berkas ini tidak ditampilkan (hanya 100 yang pertama); perbaiki yang pertama dulu.']]);
    });

    it('`sikerja validate` reports what the editor shows for the same files', async () => {
        const files = { 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': pastedDinas(3000) };
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-cap-'));
        for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
        const out: string[] = [];
        const exit = await validate([dir], { format: 'json' }, s => out.push(s));
        const cli = (JSON.parse(out.join('\n')) as { diagnostics: Array<{ path: string; line: number; column: number; severity: string; code: string; message: string }> })
            .diagnostics.filter(d => d.path.endsWith('dinas.sikerja')).map(d => [d.line, d.column, d.severity, d.code, d.message]);
        const editor = (await buildWorkspace(files)).diagnostics('dinas.sikerja').map(f => [f.line, f.column, f.severity, f.code, f.message]);
        expect(exit).toBe(1);
        expect(cli).toHaveLength(101);
        expect(cli).toEqual(editor);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it('a finding whose text fails to be made is shown as a failure of SiKerja, and the other findings stay', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'dinas.sikerja': pastedDinas(2) }, { validation: false });
        const brokenText: ValidationChecks<SiKerjaAstType> = {
            Pimpinan: (node, accept) => reportDeferred(accept, 'warning', 'leader-duplicate', { node, property: 'name' }, () => { throw new TypeError('x is undefined'); })
        };
        ws.services.validation.ValidationRegistry.register(brokenText);
        await ws.services.shared.workspace.DocumentBuilder.build(Object.values(ws.docs), { validation: true });
        expect(ws.diagnostics('dinas.sikerja').map(f => [f.severity, f.code, f.line, f.message])).toEqual([
            ['error', 'check-failed', 3, 'Teks temuan `leader-duplicate` gagal dibuat karena kesalahan di SiKerja (x is undefined); laporkan berkas ini kepada pengembang SiKerja.'],
            ['error', 'duplicate-name', 4, duplicateMessage(4, 2)],
            ['error', 'duplicate-name', 5, duplicateMessage(5, 2)]
        ]);
        expect(logged).toHaveBeenCalled();
        logged.mockRestore();
    });
});
