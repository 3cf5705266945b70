import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, PemdaModel, Position, UnitNode } from '@sikerja/model';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { writeDocuments } from '@sikerja/export';
import { decodeCsv, importSpreadsheets, reportText, type ImportReport, type ImportRequest } from '@sikerja/export/import';

const ROOT = path.resolve(__dirname, '../..');
const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `sikerja-import-${prefix}-`));

/** A workbook of one sheet, written by the test itself: rows of cells, with indentation, merges and bold where asked. */
async function workbook(file: string, sheet: string, rows: Array<Array<string | number | null>>, style: { indent?: Record<number, number>; merge?: string[]; bold?: number[] } = {}): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    rows.forEach(r => ws.addRow(r));
    for (const [row, indent] of Object.entries(style.indent ?? {})) ws.getRow(Number(row)).getCell(2).alignment = { indent };
    for (const m of style.merge ?? []) ws.mergeCells(m);
    for (const b of style.bold ?? []) ws.getRow(b).font = { bold: true };
    await wb.xlsx.writeFile(file);
    return file;
}

async function modelOf(dir: string): Promise<{ pemda: PemdaModel; errors: number }> {
    const ws = await loadWorkspace([dir]);
    const model = publishedModel(ws.services, ws.requested);
    return { pemda: model.pemda[0], errors: model.diagnostics?.error ?? -1 };
}

/** Import into a fresh folder; the import reports no error and the files it wrote validate without one. */
async function importCleanly(folder: string, request: Omit<ImportRequest, 'outDir'>): Promise<{ report: ImportReport; pemda: PemdaModel }> {
    const outDir = tmp(folder);
    const report = await importSpreadsheets({ ...request, outDir });
    expect(report.errors).toEqual([]);
    const { pemda, errors } = await modelOf(outDir);
    expect(errors).toBe(0);
    return { report, pemda };
}

/** The structure as an analyst compares it: unit titles and kinds, each position's title, jenis, kelas, B and K, nested. */
function shape(u: UnitNode): unknown {
    const pos = (p: Position) => [p.name, p.title, p.jenis, p.jenjang ?? null, p.kelas ?? null, p.bezetting ?? null, p.kebutuhan ?? null];
    return {
        unit: [u.name, u.title, u.kind], leader: u.leader ? pos(u.leader) : null,
        positions: u.positions.map(pos).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        units: u.units.map(shape)
    };
}

const rowsOf = (report: ImportReport, outcome: string) => report.rows.filter(r => r.outcome === outcome);

describe('round trip: the peta jabatan .xlsx SiKerja writes imports back to the same model', () => {
    let original: PemdaModel;
    let imported: PemdaModel;
    let errors: number;
    beforeAll(async () => {
        const ws = await loadWorkspace([path.join(ROOT, 'examples/bengkayang')]);
        original = publishedModel(ws.services, ws.requested).pemda[0];
        const xlsx = tmp('xlsx');
        const written = await writeDocuments([original], { kinds: ['peta-jabatan'], outDir: xlsx }, { metrics: shippedFonts().metrics, paths: shippedFontPaths() });
        const out = tmp('roundtrip');
        // The structure files come back beside the pemda file, as in a kabupaten folder.
        fs.copyFileSync(path.join(ROOT, 'examples/bengkayang/pemda.sikerja'), path.join(out, 'pemda.sikerja'));
        const report = await importSpreadsheets({ files: written.files.map(f => f.file), pemda: 'Bengkayang', outDir: out });
        expect(report.errors).toEqual([]);
        ({ pemda: imported, errors } = await modelOf(out));
    }, 120_000);

    it('validates', () => expect(errors).toBe(0));

    it('gives every Perangkat Daerah and unit kerja with the same units, positions, kelas, B, K and hierarchy', () => {
        const byId = (orgs: Organisation[]) => new Map(orgs.map(o => [o.id, o]));
        const before = byId(original.organisations), after = byId(imported.organisations);
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        for (const [id, org] of before) {
            expect(shape(after.get(id)!), id).toEqual(shape(org));
            expect(after.get(id)!.induk, id).toBe(org.induk);
            expect(after.get(id)!.kind, id).toBe(org.kind);
        }
    });
});

describe('layouts in use', () => {
    it('ID and Atasan_ID, title rows above the header, numbers stored as text, a wrong ± reported and not copied', async () => {
        const dir = tmp('id');
        const file = await workbook(path.join(dir, 'peta.xlsx'), 'Dishub', [
            ['PEMERINTAH KABUPATEN UJI'], ['PETA JABATAN DINAS PERHUBUNGAN'], [],
            ['ID', 'Jabatan', 'Atasan_ID', 'Kelas Jabatan', 'Bezetting', 'Kebutuhan', 'Selisih'],
            [1, 'Kepala Dinas Perhubungan', null, 14, '1', '1', 0],
            [2, 'Sekretaris', 1, 12, '1', '1', 0],
            [3, 'Kepala Subbagian Umum dan Kepegawaian', 2, 9, '1', '1', 0],
            [4, 'Pengadministrasi Perkantoran', 3, 5, '2', '3', -1],
            [5, 'Kepala Bidang Lalu Lintas', 1, 11, 1, 1, 0],
            [6, 'Penguji Kendaraan Bermotor Ahli Muda', 5, 9, ' 2 ', '3', 0],
            [7, 'Analis Lalu Lintas Ahli Pertama', 5, 8, 0, 2, -2]
        ]);
        const { report, pemda } = await importCleanly('id-out', { files: [file], pemda: 'Uji', pemdaTitle: 'Kabupaten Uji' });
        const dishub = pemda.organisations[0];
        expect([dishub.title, dishub.kind, dishub.leader?.title, dishub.leader?.jenis]).toEqual(['Dinas Perhubungan', 'dinas', 'Kepala Dinas Perhubungan', 'jpt-pratama']);
        const sekretariat = dishub.units.find(u => u.title === 'Sekretariat')!;
        expect(sekretariat.units.map(u => [u.title, u.kind, u.leader?.title])).toEqual([['Subbagian Umum dan Kepegawaian', 'subbagian', 'Kepala Subbagian Umum dan Kepegawaian']]);
        expect(sekretariat.units[0].positions.map(p => [p.title, p.jenis, p.kelas, p.bezetting, p.kebutuhan])).toEqual([['Pengadministrasi Perkantoran', 'pelaksana', 5, 2, 3]]);
        const lalin = dishub.units.find(u => u.title === 'Bidang Lalu Lintas')!;
        expect(lalin.positions.map(p => [p.title, p.jenis, p.jenjang, p.bezetting, p.kebutuhan])).toEqual([
            ['Penguji Kendaraan Bermotor Ahli Muda', 'fungsional', 'ahli-muda', 2, 3], ['Analis Lalu Lintas Ahli Pertama', 'fungsional', 'ahli-pertama', 0, 2]]);
        // The report: every row accounted for; guesses named with their reason; the wrong ± said.
        const penguji = report.rows.find(r => r.row === 10)!;
        expect(penguji.outcome).toBe('jabatan');
        expect(penguji.guesses.join(' ')).toContain('jenjang');
        expect(penguji.note).toBe('± tertulis 0, padahal B − K = -1: tidak disalin (± dihitung SiKerja)');
        expect(report.rows.find(r => r.row === 9)!.guesses.join(' ')).toContain('memimpin unit "Bidang Lalu Lintas"');
        expect(report.rows.filter(r => r.row > 4).map(r => r.row).sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11]);
        expect(rowsOf(report, 'judul').map(r => r.row)).toEqual([1, 2]);
    });

    it('hierarchical numbering with unit rows', async () => {
        const dir = tmp('nomor');
        const file = await workbook(path.join(dir, 'peta.xlsx'), 'Lembar1', [
            ['No', 'Nama Jabatan', 'Jenis Jabatan', 'Kelas', 'B', 'K', '±'],
            ['1', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'JPT Pratama', 14, 1, 1, 0],
            ['1.1', 'Sekretariat', null, null, null, null, null],
            ['1.1.1', 'Sekretaris', 'Administrator', 12, 1, 1, 0],
            ['1.1.2', 'Analis SDM Aparatur Ahli Pertama', 'Fungsional', 8, 1, 2, -1],
            ['1.2', 'Bidang Mutasi', null, null, null, null, null],
            ['1.2.1', 'Kepala Bidang Mutasi', 'Administrator', 11, 1, 1, 0],
            ['1.2.2', 'Pranata Komputer Terampil', 'Fungsional', 6, 1, 1, 0],
            ['1.2.3', 'Pengelola Data Kepegawaian', 'Pelaksana', 6, 2, 2, 0]
        ]);
        const { report, pemda } = await importCleanly('nomor-out', { files: [file], pemda: 'Uji', mapping: { perangkatDaerah: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' } });
        const bkpsdm = pemda.organisations[0];
        expect([bkpsdm.kind, bkpsdm.leader?.title]).toEqual(['badan', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia']);
        expect(bkpsdm.units.map(u => [u.title, u.kind, u.leader?.title, u.positions.map(p => p.title)])).toEqual([
            ['Sekretariat', 'sekretariat', 'Sekretaris', ['Analis SDM Aparatur Ahli Pertama']],
            ['Bidang Mutasi', 'bidang', 'Kepala Bidang Mutasi', ['Pranata Komputer Terampil', 'Pengelola Data Kepegawaian']]
        ]);
        expect(report.rows.find(r => r.row === 8)!.as).toBe(`${bkpsdm.id}.BidangMutasi.PranataKomputerTerampil`);
    });

    it('indented units with a merged title row, spacer rows, a repeated header and subtotal rows checked against the data', async () => {
        const dir = tmp('indent');
        const file = await workbook(path.join(dir, 'peta.xlsx'), 'Kecamatan', [
            ['PETA JABATAN KECAMATAN SUKAMAJU', null, null, null, null, null],
            [],
            ['No', 'Nama Jabatan', 'Kelas', 'B', 'K', 'Keterangan'],
            [1, 'Camat Sukamaju', 12, 1, 1, null],
            [null, 'SEKRETARIAT KECAMATAN', null, null, null, null],
            [2, 'Sekretaris Camat', 11, 1, 1, null],
            [3, 'Pengadministrasi Perkantoran', 5, 2, 2, null],
            [null, 'Jumlah Sekretariat Kecamatan', null, 3, 3, null],
            [],
            ['No', 'Nama Jabatan', 'Kelas', 'B', 'K', 'Keterangan'],
            [null, 'SEKSI PEMERINTAHAN', null, null, null, null],
            [4, 'Kepala Seksi Pemerintahan', 9, 1, 1, null],
            [5, 'Pengolah Data Pemerintahan', 6, 1, 2, null],
            [null, 'Jumlah Seksi Pemerintahan', null, 3, 3, null],
            [null, 'JUMLAH', null, 6, 6, null]
        ], { merge: ['A1:F1', 'B5:F5', 'B11:F11'], indent: { 6: 1, 7: 1, 12: 1, 13: 1 }, bold: [5, 11] });
        const { report, pemda } = await importCleanly('indent-out', { files: [file], pemda: 'Uji' });
        const kec = pemda.organisations[0];
        expect([kec.title, kec.kind, kec.leader?.title]).toEqual(['Kecamatan Sukamaju', 'kecamatan', 'Camat Sukamaju']);
        expect(kec.units.map(u => [u.title, u.kind, u.leader?.title, u.positions.map(p => [p.title, p.bezetting, p.kebutuhan])])).toEqual([
            ['Sekretariat Kecamatan', 'sekretariat', 'Sekretaris Camat', [['Pengadministrasi Perkantoran', 2, 2]]],
            ['Seksi Pemerintahan', 'seksi', 'Kepala Seksi Pemerintahan', [['Pengolah Data Pemerintahan', 1, 2]]]
        ]);
        const note = (row: number) => report.rows.find(r => r.row === row)!;
        expect([note(8).outcome, note(8).note]).toEqual(['subtotal', 'jumlah cocok dengan data (B 3, K 3); tidak diimpor sebagai jabatan']);
        expect(note(14).note).toBe('jumlah TIDAK cocok: B tertulis 3, data 2; tidak diimpor sebagai jabatan');
        expect(note(15).note).toBe('jumlah TIDAK cocok: K tertulis 6, data 7; tidak diimpor sebagai jabatan');
        expect([note(9).outcome, note(9).note]).toEqual(['dilewati', 'baris kosong']);
        expect([note(10).outcome, note(10).note]).toEqual(['dilewati', 'kepala tabel yang berulang (mis. di awal halaman cetak)']);
        expect(note(5).guesses.join(' ')).toContain('judul huruf besar');
    });

    it('a CSV with semicolons, as Indonesian Excel saves it', async () => {
        const dir = tmp('csv');
        const file = path.join(dir, 'Inspektorat.csv');
        fs.writeFileSync(file, ['Nama Jabatan;Jenis;Kelas;B;K', 'Inspektur;JPT Pratama;14;1;1', 'Inspektur Pembantu Wilayah I;Administrator;12;1;1',
            'Auditor Ahli Muda;Fungsional;9;2;3', 'Auditor Ahli Pertama;Fungsional;8;1;2'].join('\n'));
        const { pemda } = await importCleanly('csv-out', { files: [file], pemda: 'Uji', mapping: { layout: 'indentasi', perangkatDaerah: 'Inspektorat Daerah' } });
        const insp = pemda.organisations[0];
        expect([insp.kind, insp.leader?.title, insp.positions]).toEqual(['inspektorat', 'Inspektur', []]);
        // No unit rows: a structural title with figures leads a unit of its own, named from it, and the
        // rows below it (no indentation says otherwise) are its staff, as a peta jabatan lists them.
        expect(insp.units.map(u => [u.title, u.kind, u.positions.map(p => [p.title, p.kelas, p.bezetting, p.kebutuhan])])).toEqual([['Inspektur Pembantu Wilayah I', 'inspektur-pembantu', [
            ['Auditor Ahli Muda', 9, 2, 3], ['Auditor Ahli Pertama', 8, 1, 2]]]]);
    });
});

describe('CSV files as Excel on Windows saves them', () => {
    const rows = ['Nama Jabatan;Jenis;Kelas;B;K', 'Inspektur;JPT Pratama;14;1;1', 'Inspektur Pembantu Wilayah I;Administrator;12;1;1',
        'Auditor Ahli Muda – Tim Ma’ruf;Fungsional;9;2;3'];
    const auditorOf = (pemda: PemdaModel) => pemda.organisations[0].units[0].positions[0].title;

    it('"CSV (dipisahkan koma)" in the ANSI code page (Windows-1252): the dash and apostrophe kept, the report says how it was read', async () => {
        const dir = tmp('csv-ansi');
        const file = path.join(dir, 'Inspektorat.csv');
        // Windows-1252: – is 0x96 and ’ is 0x92, bytes that are not UTF-8.
        fs.writeFileSync(file, Buffer.from(rows.join('\r\n').replace('–', '\x96').replace('’', '\x92'), 'latin1'));
        const { report, pemda } = await importCleanly('csv-ansi-out', { files: [file], pemda: 'Uji', mapping: { perangkatDaerah: 'Inspektorat Daerah' } });
        expect(auditorOf(pemda)).toBe('Auditor Ahli Muda – Tim Ma’ruf');
        expect(report.summaries[0].encoding).toBe('Windows-1252');
        expect(reportText(report).lines).toContain('  Teks: berkas ini bukan UTF-8; dibaca sebagai Windows-1252 (ANSI, seperti Excel di Windows menyimpan "CSV (dipisahkan koma)"). '
            + 'Periksa huruf khusus (’ – é) di berkas yang ditulis, atau simpan ulang sebagai "CSV UTF-8".');
    });

    it('"CSV UTF-8" with its byte-order mark and CRLF lines: the header found, nothing said about the text', async () => {
        const dir = tmp('csv-bom');
        const file = path.join(dir, 'Inspektorat.csv');
        fs.writeFileSync(file, '\uFEFF' + rows.join('\r\n') + '\r\n');
        const { report, pemda } = await importCleanly('csv-bom-out', { files: [file], pemda: 'Uji', mapping: { perangkatDaerah: 'Inspektorat Daerah' } });
        expect(auditorOf(pemda)).toBe('Auditor Ahli Muda – Tim Ma’ruf');
        expect(pemda.organisations[0].leader?.title).toBe('Inspektur');
        expect(report.summaries[0].encoding).toBeUndefined();
    });

    it('"Unicode" text (UTF-16 with its mark) is read too', () => {
        const text = rows.join('\r\n');
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        expect(decodeCsv(utf16)).toEqual({ text, encoding: 'UTF-16' });
        expect(decodeCsv(Buffer.from(text, 'utf8'))).toEqual({ text });
    });
});

describe('layouts that look alike', () => {
    it('units flush left with their positions indented nest by kind, and a CSV keeps "1.10" apart from "1.1"', async () => {
        const dir = tmp('flush');
        const file = await workbook(path.join(dir, 'peta.xlsx'), 'Dinas Sosial', [
            ['No', 'Nama Jabatan', 'Kelas', 'B', 'K'],
            [1, 'Kepala Dinas Sosial', 14, 1, 1],
            [null, 'Sekretariat', null, null, null], [2, 'Sekretaris', 12, 1, 1],
            [null, 'Subbagian Umum', null, null, null], [3, 'Kepala Subbagian Umum', 9, 1, 1], [4, 'Pengadministrasi Perkantoran', 5, 1, 1],
            [null, 'Bidang Rehabilitasi Sosial', null, null, null], [5, 'Kepala Bidang Rehabilitasi Sosial', 11, 1, 1], [6, 'Pekerja Sosial Ahli Muda', 9, 2, 2]
        ], { indent: { 2: 1, 4: 1, 6: 1, 7: 1, 9: 1, 10: 1 }, bold: [3, 5, 8] });
        const { pemda } = await importCleanly('flush-out', { files: [file], pemda: 'Uji' });
        const dinsos = pemda.organisations[0];
        expect(dinsos.leader?.title).toBe('Kepala Dinas Sosial');
        expect(dinsos.units.map(u => [u.title, u.units.map(c => c.title)])).toEqual([['Sekretariat', ['Subbagian Umum']], ['Bidang Rehabilitasi Sosial', []]]);

        const csv = path.join(dir, 'nomor.csv');
        const lines = ['No;Nama Jabatan;Kelas;B;K', '1;Kepala Badan Pendapatan Daerah;14;1;1'];
        for (let i = 1; i <= 10; i++) lines.push(`1.${i};Kepala Bidang Pendapatan ${i};11;1;1`);
        lines.push('1.10.1;Analis Pendapatan Daerah Ahli Muda;9;1;2');
        fs.writeFileSync(csv, lines.join('\n'));
        const out2 = tmp('csv-nomor-out');
        expect((await importSpreadsheets({ files: [csv], pemda: 'Uji', outDir: out2, mapping: { perangkatDaerah: 'Badan Pendapatan Daerah' } })).errors).toEqual([]);
        const bapenda = (await modelOf(out2)).pemda.organisations[0];
        expect(bapenda.units[9].title).toBe('Bidang Pendapatan 10');
        expect(bapenda.units[9].positions.map(p => p.title)).toEqual(['Analis Pendapatan Daerah Ahli Muda']);
        expect(bapenda.units[0].positions).toEqual([]);
    });
});

describe('broken input gives a clear message, never a crash or a hang', () => {
    it('an Atasan_ID column shifted by one row (a 5,000-deep chain) is cut, not followed into a crash', async () => {
        const dir = tmp('chain');
        const rows: Array<Array<string | number | null>> = [['ID', 'Nama Jabatan', 'Atasan_ID', 'Kelas', 'B', 'K'], [1, 'Kepala Dinas Kebudayaan', null, 14, 1, 1]];
        for (let i = 2; i <= 5000; i++) rows.push([i, `Pamong Budaya Ahli Pertama ${i}`, i - 1, 8, 1, 1]);
        const file = await workbook(path.join(dir, 'x.xlsx'), 'Dinas Kebudayaan', rows);
        const report = await importSpreadsheets({ files: [file], pemda: 'Uji', outDir: tmp('chain-out') });
        expect(report.written).toHaveLength(1);
        expect(report.errors.length).toBeGreaterThan(0);
        expect(report.errors.every(e => e.message.startsWith('hierarki lebih dalam dari 40 tingkat'))).toBe(true);
        expect(report.rows.filter(r => r.outcome === 'jabatan' || r.outcome === 'pimpinan')).toHaveLength(5000);
    }, 120_000);

    it('a sheet with no recognisable header', async () => {
        const dir = tmp('noheader');
        const file = await workbook(path.join(dir, 'x.xlsx'), 'Catatan', [['Daftar hadir rapat'], ['Nama', 'Tanda tangan'], ['Budi', '']]);
        const report = await importSpreadsheets({ files: [file], pemda: 'Uji', outDir: tmp('noheader-out') });
        expect(report.written).toEqual([]);
        expect(report.errors.map(e => e.message)[0]).toMatch(/^kepala tabel tidak dikenali: .*--mapping/);
    });

    it('a title row naming the kabupaten: the Perangkat Daerah without it (the pemda names it), "Tata Kota" kept', async () => {
        const dir = tmp('region-title');
        const satpol = await workbook(path.join(dir, 'satpol.xlsx'), 'Lembar1', [['PETA JABATAN SATUAN POLISI PAMONG PRAJA KABUPATEN UJI TAHUN 2026'], [],
            ['Nama Jabatan', 'Kelas', 'B', 'K'], ['Kepala Satuan Polisi Pamong Praja', 14, 1, 1], ['Polisi Pamong Praja Terampil', 6, 4, 6]]);
        const tataKota = await workbook(path.join(dir, 'tata-kota.xlsx'), 'Lembar1', [['PETA JABATAN DINAS PERTANAHAN DAN TATA KOTA'], [],
            ['Nama Jabatan', 'Kelas', 'B', 'K'], ['Kepala Dinas Pertanahan dan Tata Kota', 14, 1, 1], ['Penata Ruang Ahli Muda', 9, 1, 2]]);
        const { report, pemda } = await importCleanly('region-title-out', { files: [satpol, tataKota], pemda: 'Uji' });
        expect(pemda.organisations.map(o => o.title).sort()).toEqual(['Dinas Pertanahan dan Tata Kota', 'Satuan Polisi Pamong Praja']);
        const satpolRow = report.rows.find(r => r.outcome === 'organisasi' && r.title === 'Satuan Polisi Pamong Praja')!;
        expect(satpolRow.guesses).toContain('nama perangkat daerah dari baris judul di atas tabel (tanpa "Kabupaten Uji": nama daerah ada pada pemda)');
    });

    it('a header of two rows ("JUMLAH PEGAWAI" over BEZETTING and KEBUTUHAN) followed by the column numbers 1–6, as official tables print them', async () => {
        const dir = tmp('column-numbers');
        const file = await workbook(path.join(dir, 'bappeda.xlsx'), 'Bappeda', [
            ['PETA JABATAN'], ['BADAN PERENCANAAN PEMBANGUNAN DAERAH'], ['KABUPATEN UJI'], [],
            ['NO', 'NAMA JABATAN', 'KELAS JABATAN', 'JUMLAH PEGAWAI', null, 'KEKURANGAN/ KELEBIHAN'],
            [null, null, null, 'BEZETTING', 'KEBUTUHAN', null],
            ['1', '2', '3', '4', '5', '6'],
            [1, 'Kepala Badan Perencanaan Pembangunan Daerah', 14, 1, 1, 0],
            [2, 'Perencana Ahli Muda', 9, 2, 4, -2]
        ], { merge: ['D5:E5', 'A5:A6', 'B5:B6', 'C5:C6', 'F5:F6'] });
        const { report, pemda } = await importCleanly('column-numbers-out', { files: [file], pemda: 'Uji' });
        const bappeda = pemda.organisations[0];
        expect(bappeda.title).toBe('Badan Perencanaan Pembangunan Daerah');
        expect([bappeda.leader?.title, ...bappeda.positions.map(p => `${p.title} ${p.kelas} ${p.bezetting}/${p.kebutuhan}`)])
            .toEqual(['Kepala Badan Perencanaan Pembangunan Daerah', 'Perencana Ahli Muda 9 2/4']);
        expect(report.rows.find(r => r.row === 7)).toMatchObject({ outcome: 'dilewati', note: 'nomor kolom tabel (1, 2, 3 …), bukan jabatan' });
    });

    it('titles in capitals written with initial capitals, the abbreviations of a peta jabatan kept', async () => {
        const dir = tmp('capitals');
        const file = await workbook(path.join(dir, 'disdik.xlsx'), 'Lembar1', [['PETA JABATAN DINAS PENDIDIKAN'], [],
            ['Nama Jabatan', 'Kelas', 'B', 'K'], ['KEPALA DINAS PENDIDIKAN', 14, 1, 1], ['BIDANG PEMBINAAN PAUD DAN PNF', null, null, null],
            ['KEPALA BIDANG PEMBINAAN PAUD DAN PNF', 11, 1, 1], ['PENGELOLA TIK', 7, 1, 1]], { bold: [5] });
        const { pemda } = await importCleanly('capitals-out', { files: [file], pemda: 'Uji' });
        const disdik = pemda.organisations[0];
        expect([disdik.leader?.title, ...disdik.units.flatMap(u => [u.title, u.leader?.title, ...u.positions.map(p => p.title)])]).toEqual([
            'Kepala Dinas Pendidikan', 'Bidang Pembinaan PAUD dan PNF', 'Kepala Bidang Pembinaan PAUD dan PNF', 'Pengelola TIK']);
    });

    it('the long headers of an e-Formasi export ("Jumlah Pegawai Saat Ini", "Jumlah Kebutuhan Pegawai") read as B and K', async () => {
        const dir = tmp('eformasi');
        const file = await workbook(path.join(dir, 'eformasi.xlsx'), 'Peta Jabatan', [
            ['Unit Organisasi', 'Nama Jabatan', 'Jenis Jabatan', 'Kelas Jabatan', 'Jumlah Pegawai Saat Ini', 'Jumlah Kebutuhan Pegawai', 'Selisih'],
            ['Dinas Perhubungan', 'Kepala Dinas Perhubungan', 'Struktural', '14', 1, 1, 0],
            ['Bidang Lalu Lintas', 'Kepala Bidang Lalu Lintas', 'Struktural', '11', 1, 1, 0],
            ['Bidang Lalu Lintas', 'Penguji Kendaraan Bermotor Terampil', 'Fungsional', '6', 3, 5, -2]]);
        const { report, pemda } = await importCleanly('eformasi-out', { files: [file], pemda: 'Uji' });
        const penguji = pemda.organisations[0].units[0].positions[0];
        expect([penguji.title, penguji.bezetting, penguji.kebutuhan]).toEqual(['Penguji Kendaraan Bermotor Terampil', 3, 5]);
        expect(report.summaries[0].totals).toEqual({ b: { sheet: 5, model: 5 }, k: { sheet: 7, model: 7 } });
    });

    it('a hospital\'s Instalasi and Unit Layanan Pengadaan hold no Bagian listed after them (no Unit Kerja column, no indentation)', async () => {
        const dir = tmp('rsud');
        const file = await workbook(path.join(dir, 'rsud.xlsx'), 'RSUD', [['PETA JABATAN RUMAH SAKIT UMUM DAERAH KABUPATEN UJI'], [],
            ['NO', 'NAMA JABATAN', 'JENIS JABATAN', 'KELAS JABATAN', 'BEZETTING', 'KEBUTUHAN'],
            [1, 'DIREKTUR', 'JPT PRATAMA', 14, 1, 1], [null, 'INSTALASI FARMASI', null, null, null, null], [2, 'Apoteker Ahli Muda', 'Fungsional', 9, 2, 3],
            [null, 'UNIT LAYANAN PENGADAAN', null, null, null, null], [3, 'Pengelola Pengadaan Barang/Jasa Ahli Pertama', 'Fungsional', 8, 1, 2],
            [null, 'BAGIAN TATA USAHA', null, null, null, null], [4, 'Kepala Bagian Tata Usaha', 'Administrator', 11, 1, 1], [5, 'Pengadministrasi Perkantoran', 'Pelaksana', 5, 3, 4]
        ], { bold: [5, 7, 9] });
        const { pemda } = await importCleanly('rsud-out', { files: [file], pemda: 'Uji' });
        const rsud = pemda.organisations[0];
        expect(rsud.units.map(u => [u.title, u.units.map(c => c.title)])).toEqual([['Instalasi Farmasi', []], ['Unit Layanan Pengadaan', []], ['Bagian Tata Usaha', []]]);
    });

    it('a file that is no workbook', async () => {
        const dir = tmp('notxlsx');
        const file = path.join(dir, 'peta.xlsx');
        fs.writeFileSync(file, 'ini bukan berkas Excel');
        const report = await importSpreadsheets({ files: [file], pemda: 'Uji', outDir: tmp('notxlsx-out') });
        expect(report.written).toEqual([]);
        expect(report.errors[0].message).toBe('berkas tidak dapat dibaca sebagai .xlsx atau .csv: isinya bukan buku kerja Excel .xlsx (bukan arsip ZIP seperti .xlsx); '
            + 'periksa bahwa berkasnya benar dan utuh, atau simpan ulang dari Excel sebagai "Buku Kerja Excel (*.xlsx)"');
    });

    it('an Excel 97–2003 book, a web application\'s HTML table named .xls, and a workbook cut short: each named, with what to do', async () => {
        const dir = tmp('old-books');
        const old = path.join(dir, 'peta-2019.xls');
        fs.writeFileSync(old, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
        const web = path.join(dir, 'ekspor-simpeg.xls');
        fs.writeFileSync(web, '\uFEFF<html><body><table><tr><td>Nama Jabatan</td><td>Kelas</td></tr></table></body></html>');
        const whole = await workbook(path.join(dir, 'utuh.xlsx'), 'Inspektorat', [['Nama Jabatan', 'Kelas', 'B', 'K'], ['Inspektur', 14, 1, 1]]);
        const cut = path.join(dir, 'terpotong.xlsx');
        fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, 300));
        const report = await importSpreadsheets({ files: [old, web, cut], pemda: 'Uji', outDir: tmp('old-books-out') });
        expect(report.written).toEqual([]);
        expect(report.errors.map(e => [path.basename(e.file), e.message.replace('berkas tidak dapat dibaca sebagai .xlsx atau .csv: ', '')])).toEqual([
            ['peta-2019.xls', expect.stringMatching(/^berkas ini buku kerja Excel 97–2003 \(\.xls\), atau \.xlsx yang dilindungi kata sandi; .*Simpan Sebagai "Buku Kerja Excel \(\*\.xlsx\)"/)],
            ['ekspor-simpeg.xls', expect.stringMatching(/^berkas ini halaman HTML\/XML yang diberi akhiran Excel \(ekspor dari aplikasi web\)/)],
            ['terpotong.xlsx', expect.stringMatching(/^buku kerja \.xlsx ini rusak atau terpotong /)]
        ]);
    });

    it('a cycle in Atasan_ID and an Atasan_ID that does not exist', async () => {
        const dir = tmp('cycle');
        const file = await workbook(path.join(dir, 'x.xlsx'), 'Dinas Sosial', [
            ['ID', 'Nama Jabatan', 'Atasan ID', 'Kelas', 'B', 'K'],
            [1, 'Kepala Dinas Sosial', null, 14, 1, 1],
            [2, 'Kepala Bidang Rehabilitasi Sosial', 3, 11, 1, 1],
            [3, 'Pekerja Sosial Ahli Muda', 2, 9, 1, 1],
            [4, 'Penyuluh Sosial Ahli Pertama', 99, 8, 1, 1]
        ]);
        const out = tmp('cycle-out');
        const report = await importSpreadsheets({ files: [file], pemda: 'Uji', outDir: out });
        expect(report.errors.map(e => [e.row, e.message])).toEqual([
            [5, 'Atasan_ID 99 tidak ada di tabel; jabatan ini ditempatkan langsung di bawah pimpinan perangkat daerah'],
            [3, 'siklus atasan: baris 3 → baris 4 → baris 3; baris 3 ditempatkan langsung di bawah pimpinan perangkat daerah']
        ]);
        expect(report.written).toHaveLength(1);
        const { pemda } = await modelOf(out);
        expect(pemda.organisations[0].units.map(u => u.title)).toEqual(['Bidang Rehabilitasi Sosial']);
    });

    it('a 50,000-row sheet completes, every row reported (its time is measured by npm run bench)', async () => {
        const dir = tmp('large');
        const rows: Array<Array<string | number | null>> = [['No', 'Nama Jabatan', 'Kelas', 'B', 'K']];
        rows.push([1, 'Kepala Dinas Pendidikan', 14, 1, 1]);
        for (let u = 0; u < 500; u++) {
            rows.push([null, `Bidang Layanan ${u + 1}`, null, null, null]);
            rows.push([null, `Kepala Bidang Layanan ${u + 1}`, 11, 1, 1]);
            for (let j = 0; j < 98; j++) rows.push([null, `Guru Ahli Pertama ${u + 1}.${j + 1}`, 8, j % 3, 2]);
        }
        const file = await workbook(path.join(dir, 'besar.xlsx'), 'Dinas Pendidikan', rows.slice(0, 50_001), { bold: [] });
        const report = await importSpreadsheets({ files: [file], pemda: 'Uji', outDir: tmp('large-out') });
        expect(report.errors).toEqual([]);
        expect(report.rows.filter(r => r.outcome === 'jabatan' || r.outcome === 'pimpinan' || r.outcome === 'unit')).toHaveLength(50_000);
        // 50,000 rows below the header: 500 unit rows and 49,500 positions.
        expect(report.written[0].positions).toBe(49_500);
    }, 300_000);
});
