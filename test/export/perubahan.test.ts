import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import { diffModels } from '@sikerja/model';
import { writeMatriksPerubahan, type PerubahanReport } from '@sikerja/export';
import { bengkayangVersions } from '../cli/diff-example.js';
import { docxParagraphs } from './docx-reader.js';
import { pdfWords } from './pdf-words.js';

const ROOT = path.resolve(__dirname, '../..');

async function modelOf(folder: string) {
    const ws = await loadWorkspace([folder]);
    return publishedModel(ws.services, ws.requested).pemda;
}

describe('matriks perubahan of a real change to the Bengkayang example (a Seksi become a kelompok, a jabatan moved, a kelas changed)', () => {
    let report: PerubahanReport;
    let out: string;
    beforeAll(async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-perubahan-'));
        const { lama, baru } = bengkayangVersions(dir);
        const before = await modelOf(lama), after = await modelOf(baru);
        out = path.join(dir, 'out');
        report = await writeMatriksPerubahan(before, after, diffModels(before, after), { outDir: out, versions: { lama: 'Perbup 2024', baru: 'usulan 2025' } });
    }, 60_000);

    const file = (name: string) => report.files.find(f => path.basename(f.file) === name)!.file;

    it('writes the .docx and the .xlsx for the pemda', () => {
        expect(report.files.map(f => path.relative(out, f.file))).toEqual(['Bengkayang/matriks-perubahan.docx', 'Bengkayang/matriks-perubahan-peta-jabatan.xlsx']);
        expect(report.files[0].changes).toBe(8);
    });

    it('.docx: per Perangkat Daerah its figures, then No | Semula | Menjadi | Keterangan in the order of the structure', async () => {
        const text = await docxParagraphs(file('matriks-perubahan.docx'));
        expect(text.slice(0, 5)).toEqual(['MATRIKS PERUBAHAN', 'SUSUNAN ORGANISASI, PETA JABATAN DAN SISTEM KERJA', 'KABUPATEN BENGKAYANG', 'Semula: Perbup 2024', 'Menjadi: usulan 2025']);
        const pd = text.indexOf('1. Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana');
        expect(text[pd + 1]).toBe('Semula: 81 jabatan, B 141, K 168, ± -27. Menjadi: 80 jabatan, B 140, K 167, ± -27.');
        expect(text.slice(pd + 2, pd + 6)).toEqual(['No', 'Semula', 'Menjadi', 'Keterangan']);
        // Each row: number, Semula lines, Menjadi lines, Keterangan.
        const row = (n: number) => {
            const at = text.indexOf(String(n), pd + 6);
            const next = text.indexOf(String(n + 1), at + 1);
            return text.slice(at, next < 0 ? undefined : next);
        };
        expect(row(1)).toEqual(['1', 'Nutrisionis Ahli Muda', 'Bidang Kesehatan Masyarakat', 'kelas 9, B 1, K 2, ± -1',
            'Nutrisionis Ahli Muda', 'Bidang Kesehatan Masyarakat', 'kelas 10, B 1, K 2, ± -1', 'Kelas 9 → 10']);
        expect(row(2)).toEqual(['2', '—', 'Kelompok JF Surveilans dan Imunisasi', 'Bidang Pencegahan dan Pengendalian Penyakit', 'Kelompok ditambah']);
        expect(row(3).slice(0, 4)).toEqual(['3', 'Epidemiolog Kesehatan Ahli Muda', 'Seksi Surveilans dan Imunisasi', 'kelas 9, B 1, K 1, ± 0']);
        expect(row(3).at(-1)).toMatch(/^Dipindah dari Seksi Surveilans dan Imunisasi ke Bidang Pencegahan dan Pengendalian Penyakit; kelompok — → Kelompok JF Surveilans dan Imunisasi/);
        expect(row(6).slice(1, 3)).toEqual(['Tenaga Sanitasi Lingkungan Mahir', 'Bidang Kesehatan Masyarakat']);
        expect(row(7)).toEqual(['7', 'Seksi Surveilans dan Imunisasi', 'Bidang Pencegahan dan Pengendalian Penyakit', '—', 'Unit dihapus; menjadi Kelompok JF Surveilans dan Imunisasi (kelompok)']);
        expect(row(8)).toEqual(['8', 'Kepala Seksi Surveilans dan Imunisasi', 'Seksi Surveilans dan Imunisasi', 'kelas 9, B 1, K 1, ± 0', '—', 'Jabatan dihapus']);
        // Only the changed Perangkat Daerah is listed.
        expect(text.some(t => /^2\. /.test(t))).toBe(false);
    });

    it('.xlsx: the peta jabatan before and after side by side, ± of both as formulas, SUM totals, changed rows said', async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(file('matriks-perubahan-peta-jabatan.xlsx'));
        expect(book.worksheets.map(w => w.name)).toEqual(['Dinkes']);
        const ws = book.getWorksheet('Dinkes')!;
        expect([5, 6].map(r => (ws.getRow(r).values as unknown[]).slice(1, 14))).toEqual([
            ['No', 'SEMULA', 'SEMULA', 'SEMULA', 'SEMULA', 'SEMULA', 'MENJADI', 'MENJADI', 'MENJADI', 'MENJADI', 'MENJADI', 'Perubahan', 'Keterangan'],
            ['No', 'Nama Jabatan', 'Kelas', 'B', 'K', '±', 'Nama Jabatan', 'Kelas', 'B', 'K', '±', 'Perubahan', 'Keterangan']
        ]);
        const rows: ExcelJS.Row[] = [];
        ws.eachRow((r, n) => { if (n >= 7) rows.push(r); });
        const byId = (id: string) => rows.find(r => r.getCell(14).value === id)!;
        const cells = (r: ExcelJS.Row) => [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(c => {
            const v = r.getCell(c).value as ExcelJS.CellValue;
            return v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : v;
        });
        const nutrisionis = byId('Dinkes.Kesmas.NutrisionisMuda');
        expect(cells(nutrisionis)).toEqual(['Nutrisionis Ahli Muda', 9, 1, 2, `=D${nutrisionis.number}-E${nutrisionis.number}`, 'Nutrisionis Ahli Muda', 10, 1, 2, `=I${nutrisionis.number}-J${nutrisionis.number}`, 'Diubah']);
        // A moved jabatan is one row: its old self beside its new self.
        const sanitarian = byId('Dinkes.P2P.SanitarianMahir');
        expect(cells(sanitarian).slice(0, 1).concat(cells(sanitarian).slice(5, 6), cells(sanitarian).slice(10))).toEqual(['Tenaga Sanitasi Lingkungan Mahir', 'Tenaga Sanitasi Lingkungan Mahir', 'Dipindah']);
        expect(sanitarian.number).toBeGreaterThan(byId('Dinkes.P2P').number);
        // The removed Kepala Seksi keeps its old side only.
        expect(cells(byId('Dinkes.P2P.Surveilans.KepalaSeksi'))).toEqual(['Kepala Seksi Surveilans dan Imunisasi', 9, 1, 1, expect.stringMatching(/^=D\d+-E\d+$/), '', '', '', '', '', 'Dihapus']);
        const total = rows.at(-1)!;
        expect(cells(total)).toEqual(['JUMLAH', '', `=SUM(D7:D${total.number - 1})`, `=SUM(E7:E${total.number - 1})`, `=D${total.number}-E${total.number}`, 'JUMLAH', '', `=SUM(I7:I${total.number - 1})`, `=SUM(J7:J${total.number - 1})`, `=I${total.number}-J${total.number}`, '']);
        expect([4, 5, 9, 10].map(c => (total.getCell(c).value as { result: number }).result)).toEqual([141, 168, 140, 167]);
        expect(ws.getColumn(14).hidden).toBe(true);
        // Each side shows the hierarchy as an indent (on a cell aligned left: Excel and Calc indent no other), in a named font.
        for (const col of [2, 7]) expect(nutrisionis.getCell(col).alignment, `kolom ${col}`).toMatchObject({ horizontal: 'left', indent: 2, vertical: 'top' });
        expect(nutrisionis.getCell(2).font?.name).toBe('Arial');
    });

    it('.xlsx opened in Calc: no title printed over the row under it, a bold unit heading over two lines included', () => {
        execFileSync('sh', [path.join(ROOT, 'scripts/libreoffice-setup.sh')], { stdio: 'inherit' });
        const pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-matriks-'));
        execFileSync('soffice', [`-env:UserInstallation=file://${pdfDir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, file('matriks-perubahan-peta-jabatan.xlsx')], { stdio: 'pipe', timeout: 120_000 });
        const pages = pdfWords(path.join(pdfDir, 'matriks-perubahan-peta-jabatan.pdf'));
        expect(pages.length).toBeGreaterThan(0);
        for (const [p, page] of pages.entries()) for (const [i, a] of page.words.entries()) for (const b of page.words.slice(i + 1)) {
            const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            expect(across > 1 && down > 2, `hal. ${p + 1}: "${a.text}" over "${b.text}"`).toBe(false);
        }
        // Pages broken by content: the JUMLAH row prints with the rows it sums.
        const last = pages[pages.length - 1];
        const heads = last.words.filter(w => w.text === 'Keterangan');
        const below = last.words.filter(w => w.y0 > Math.max(...heads.map(h => h.y1)) + 1 && w.y1 < last.height - 50);
        const top = Math.min(...below.map(w => w.y0));
        expect(below.filter(w => w.y0 < top + 2).map(w => w.text), 'the last page opens with rows, not the total').not.toContain('JUMLAH');
    }, 180_000);
});
