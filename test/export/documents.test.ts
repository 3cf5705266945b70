import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { writeDocuments, type DocumentReport } from '@sikerja/export';
import { documentXml, docxParagraphs, highlighted } from './docx-reader.js';
import { pdfWords } from './pdf-words.js';

const ROOT = path.resolve(__dirname, '../..');
const fonts = { metrics: shippedFonts().metrics, paths: shippedFontPaths() };

async function documentsOf(folder: string, out: string): Promise<DocumentReport> {
    const ws = await loadWorkspace([folder]);
    return writeDocuments(publishedModel(ws.services, ws.requested).pemda, { kinds: ['permohonan', 'surat-tugas', 'keputusan', 'peta-jabatan', 'lampiran'], outDir: out }, fonts);
}

const fileOf = (report: DocumentReport, name: string) => {
    const f = report.files.find(x => path.basename(x.file) === name);
    if (!f) throw new Error(`${name} tidak ditulis: ${report.files.map(x => path.basename(x.file)).join(', ')}`);
    return f;
};

/** The sections of a document.xml, each with its body and its page size in twips (landscape: width the longer side). */
function sectionsOf(xml: string): Array<{ body: string; page: { width: number; height: number } }> {
    const sections: Array<{ body: string; page: { width: number; height: number } }> = [];
    let from = 0;
    for (const m of xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)) {
        const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(m[0])!;
        // A section's properties sit in its last paragraph, before that paragraph's runs.
        const end = xml.indexOf('</w:p>', m.index!) + '</w:p>'.length;
        sections.push({ body: xml.slice(from, end), page: { width: Number(size[1]), height: Number(size[2]) } });
        from = end;
    }
    return sections;
}

describe('documents of the Bengkayang example (Perbup Bengkayang 5/2024 Lampiran II)', () => {
    let report: DocumentReport;
    beforeAll(async () => {
        report = await documentsOf(path.join(ROOT, 'examples/bengkayang'), fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-docs-')));
    }, 120_000);

    it('writes every document kind and skips nothing', () => {
        expect(report.skipped).toEqual([]);
        expect(new Set(report.files.map(f => f.kind))).toEqual(new Set(['permohonan', 'surat-tugas', 'keputusan', 'peta-jabatan', 'lampiran']));
    });

    it('SK Tim Kerja (format 3): every member in the lampiran table with its pegawai and kedudukan, signed by the Kepala Dinas, tembusan after the lampiran', async () => {
        const sk = fileOf(report, 'TimPercepatanPenurunanStunting-keputusan.docx');
        const text = await docxParagraphs(sk.file);
        const at = (s: string) => text.findIndex(t => t.includes(s));
        expect(text).toContain('SURAT KEPUTUSAN KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA');
        expect(text).toContain('NOMOR 800.1.11.1/045/DINKES-PPKB/2025');
        expect(text).toContain('TIM KERJA PADA KEGIATAN PERCEPATAN PENURUNAN STUNTING');
        // Table rows: No | Nama/Jabatan Pokok | Kedudukan Dalam Tim, in the order of roles.
        const header = at('Nama/Jabatan Pokok');
        expect(text.slice(header - 1, header + 2)).toEqual(['No.', 'Nama/Jabatan Pokok', 'Kedudukan Dalam Tim']);
        const inTable = (s: string) => text.findIndex((t, i) => i > header && t.includes(s));
        const row = (name: string) => text.slice(inTable(name), inTable(name) + 3);
        expect(row('dr. Maria Lestari Simanjuntak, M.Kes.')[2]).toBe('Pengarah');
        expect(row('Agustinus Dedi')[2]).toBe('Penanggung Jawab');
        expect(row('Ns. Fransiska Ayu')[2]).toBe('Ketua');
        expect(row('Rosalia Nining')[2]).toBe('Sekretaris');
        // The B 2 post names its pegawai (`pegawai PenyuluhSatuContoh`); the Puskesmas member shows its unit kerja.
        expect(row('Yulius Ansel, S.K.M.')).toEqual(['Yulius Ansel, S.K.M.', 'Penyuluh Kesehatan Masyarakat Ahli Pertama, Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana', 'Anggota']);
        expect(row('Elisabet Norma')[1]).toBe('Bidan Mahir, UPTD Puskesmas Sungai Betung');
        expect(row('Stefanus Lio')[2]).toBe('Anggota');
        expect(inTable('Agustinus Dedi')).toBeLessThan(inTable('Ns. Fransiska Ayu'));
        const tembusan = at('Tembusan:');
        expect(tembusan).toBeGreaterThan(inTable('Stefanus Lio'));
        expect(text.slice(tembusan + 1)).toContain('1. Camat Bengkayang');
        expect(text.filter(t => t === 'KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA,')).toHaveLength(2);
        // The Dinas's logo and address, Menimbang and the source of funding are not in the model: marked blanks, listed.
        expect(sk.missing).toEqual(['logo', 'alamat kop', 'menimbang', 'sumber pembiayaan']);
        expect(await highlighted(sk.file)).toEqual(['[logo]', '[alamat kop]', '[menimbang]', '[sumber pembiayaan]']);
    });

    it('Surat Permohonan (format 1): the four contents, kompetensi and ekspektasi as numbered lists, to the PPK dituju', async () => {
        const letter = fileOf(report, 'TimPercepatanPenurunanStunting-permohonan-1.docx');
        const text = await docxParagraphs(letter.file);
        expect(text.slice(text.indexOf('Hal'), text.indexOf('Hal') + 3)).toEqual(['Hal', ':', 'Permohonan pelibatan jabatan fungsional']);
        expect(text).toContain('Yth. Kepala Seksi Pemberdayaan Masyarakat dan Desa Kecamatan Bengkayang');
        expect(text).toContain('Maksud dan tujuan: Pelibatan Penggerak Swadaya Masyarakat dalam verifikasi data keluarga berisiko stunting');
        expect(text).toContain('1. Pendampingan masyarakat desa dan kelurahan');
        expect(text).toContain('2. Pengolahan data posyandu');
        expect(text).toContain('1. Data keluarga berisiko stunting di 3 kelurahan terverifikasi setiap triwulan');
        expect(text).toContain('Kegiatan ini akan dilaksanakan selama 12 bulan.');
        expect(text).toContain('Bengkayang, 2 Januari 2025');
        // The Dinas's logo and address, Sifat and Lampiran are not in the model: marked, not invented.
        expect(letter.missing).toEqual(['logo', 'alamat kop', 'sifat', 'lampiran']);
    });

    it('a member\'s Surat Tugas (format 2) from its own Perangkat Daerah: Pangkat/Golongan before NIP, dasar the permohonan', async () => {
        const st = fileOf(report, 'TimPercepatanPenurunanStunting-surat-tugas-KecamatanBengkayang.PMD.PenggerakSwadaya.docx');
        const text = await docxParagraphs(st.file);
        expect(text).toContain('KECAMATAN BENGKAYANG');
        expect(text).toContain('SURAT TUGAS');
        const fields = ['Nama', 'Pangkat/Golongan', 'NIP', 'Jabatan'].map(f => text.indexOf(f));
        expect(fields.every((v, i) => v > 0 && (i === 0 || v > fields[i - 1]))).toBe(true);
        expect(text[text.indexOf('NIP') + 2]).toBe('19940826 202012 1 004');
        expect(text).toContain('Melaksanakan tugas sebagai anggota Tim Kerja Percepatan Penurunan Stunting pada Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana selama Januari - Desember 2025.');
        expect(text.join('\n')).toContain('Nomor 440/123/DINKES-PPKB/2025 tanggal 2 Januari 2025');
        expect(text).toContain('CAMAT BENGKAYANG,');
        expect(text).toContain('Petrus Ajun, S.STP., M.Si.');
        expect(text.some(t => t.startsWith('Tembusan'))).toBe(false);
    });

    it('lists what the model does not hold instead of inventing it', () => {
        const audit = fileOf(report, 'TimAuditKinerjaPelayanan-surat-tugas.docx');
        expect(audit.missing).toContain('nama Auditor Ahli Madya');
        expect(audit.missing).toContain('jabatan penandatangan');
        expect(audit.missing).toContain('nomor surat tugas');
    });

    it('peta jabatan .xlsx: every position with its figures, ± as a formula, SUBTOTAL per unit, frozen header, F4 landscape', async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(fileOf(report, 'Dinkes-peta-jabatan.xlsx').file);
        const ws = book.worksheets[0];
        expect(ws.getRow(5).values).toEqual([undefined, 'No', 'Nama Jabatan', 'Jenis', 'Jenjang', 'Kelas', 'B', 'K', '±', 'Keterangan', 'ID SiKerja']);
        expect(ws.getColumn(10).hidden).toBe(true);
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
        // A fixed scale, not Fit To: Excel ignores manual page breaks under Fit To.
        expect(ws.pageSetup).toMatchObject({ paperSize: 14, orientation: 'landscape', scale: 100 });
        expect(ws.pageSetup.fitToPage).toBeFalsy();
        const sheetXml = await (await JSZip.loadAsync(fs.readFileSync(fileOf(report, 'Dinkes-peta-jabatan.xlsx').file))).file('xl/worksheets/sheet1.xml')!.async('string');
        expect([...sheetXml.matchAll(/<brk [^>]*man="1"/g)].length, 'the pages broken by content').toBeGreaterThan(0);
        const rows: ExcelJS.Row[] = [];
        ws.eachRow(r => rows.push(r));
        const kepala = rows.find(r => r.getCell(2).value === 'Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana')!;
        expect([kepala.getCell(3).value, kepala.getCell(5).value, kepala.getCell(6).value, kepala.getCell(7).value]).toEqual(['JPT Pratama', 14, 1, 1]);
        expect(kepala.getCell(8).value).toMatchObject({ formula: `F${kepala.number}-G${kepala.number}` });
        // A shortage: B below K, its cached result negative (shown red by the number format).
        const short = rows.find(r => typeof r.getCell(1).value === 'number' && Number(r.getCell(6).value) < Number(r.getCell(7).value))!;
        expect(short.getCell(8).value).toEqual({ formula: `F${short.number}-G${short.number}`, result: Number(short.getCell(6).value) - Number(short.getCell(7).value) });
        const subtotal = rows.find(r => r.getCell(2).value === 'Jumlah Bidang Kesehatan Masyarakat')!;
        expect((subtotal.getCell(6).value as { formula: string }).formula).toMatch(/^SUBTOTAL\(9,F\d+:F\d+\)$/);
        const total = rows[rows.length - 1];
        // Two totals of the Dinas, each saying what it counts; the grand total once, at the end.
        expect(total.getCell(2).value).toBe('JUMLAH DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA BESERTA PUSKESMAS DAN UPTD');
        expect(rows.filter(r => /^jumlah dinas kesehatan/i.test(String(r.getCell(2).value))).map(r => r.getCell(2).value)).toEqual([
            'Jumlah Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana tanpa unit kerja', total.getCell(2).value
        ]);
        // Every cell stands at the top of its row, so a title over two lines has its number and figures on its first line;
        // the font is named (Arial), not left to the office suite.
        for (let c = 1; c <= 9; c++) expect(kepala.getCell(c).alignment?.vertical, `kolom ${c}`).toBe('top');
        expect(kepala.getCell(2).font?.name).toBe('Arial');
        // Its place in the hierarchy as an indent, on a cell aligned left (the only kind Excel and Calc indent).
        expect(kepala.getCell(2).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
        // The header row is ruled like the table under it.
        expect(ws.getRow(5).getCell(2).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
        // The PD total equals the sum over every position, unit kerja included.
        const positions = rows.filter(r => typeof r.getCell(1).value === 'number');
        const b = positions.reduce((s, r) => s + Number(r.getCell(6).value), 0);
        expect((total.getCell(6).value as { result: number }).result).toBe(b);
        expect(positions.some(r => r.getCell(2).value === 'Bidan Mahir')).toBe(true);
        // A PD without unit kerja prints its total once.
        const inspektorat = new ExcelJS.Workbook();
        await inspektorat.xlsx.readFile(fileOf(report, 'Inspektorat-peta-jabatan.xlsx').file);
        const totals: string[] = [];
        inspektorat.worksheets[0].eachRow(r => { if (/^jumlah inspektorat/i.test(String(r.getCell(2).value))) totals.push(String(r.getCell(2).value)); });
        expect(totals).toEqual(['JUMLAH INSPEKTORAT DAERAH']);
    });

    it('the lampiran holds the struktur, peta jabatan and SOP AP pictures', async () => {
        const lampiran = fileOf(report, 'Dinkes-lampiran.docx');
        const text = await docxParagraphs(lampiran.file);
        // The SOP listed by its Nama SOP (`nama-sop`), not the map's title.
        expect(text).toContain('3.Standar Operasional Prosedur BKY.M03.02.01 Penunjukan Jabatan Fungsional dan Pelaksana Lintas Unit Organisasi');
        const JSZip = (await import('jszip')).default;
        const zip = await JSZip.loadAsync(fs.readFileSync(lampiran.file));
        const xml = await zip.file('word/document.xml')!.async('string');
        const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
        // Every page numbered at its foot, the count running on through the landscape and portrait sections.
        const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(m => m[0]);
        expect(sections.length).toBeGreaterThan(1);
        for (const section of sections) {
            expect(section).toMatch(/<w:footerReference w:type="default"/);
            expect(section).not.toMatch(/w:pgNumType[^>]*w:start/);
        }
        const footers = await Promise.all(Object.keys(zip.files).filter(f => /^word\/footer\d+\.xml$/.test(f)).map(f => zip.file(f)!.async('string')));
        expect(footers.length).toBeGreaterThan(0);
        for (const footer of footers) expect(footer).toMatch(/PAGE/);
        // The figures, by their names: the struktur and the peta jabatan, each on as many pages as it needs at 8 pt (Dinkes's peta jabatan: several).
        const drawings = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map(d => d[0]);
        const figures = drawings.filter(d => /name="(struktur|peta-jabatan|sop)-/.test(d));
        expect(figures.length).toBeGreaterThan(2);
        // Each picture placed at its true size or larger (300 dpi PNG: 300 pixels an inch; Word's extent: 914,400 EMU an inch).
        const extents = figures.map(d => Number(/<wp:extent cx="(\d+)"/.exec(d)![1]));
        const embeds = figures.map(d => new RegExp(`Id="${/r:embed="([^"]+)"/.exec(d)![1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]);
        for (const [i, cx] of extents.entries()) {
            const png = await zip.file(`word/${embeds[i]}`)!.async('nodebuffer');
            const trueWidthEmu = png.readUInt32BE(16) / 300 * 914400;
            expect(cx / trueWidthEmu, embeds[i]).toBeGreaterThanOrEqual(0.95);
        }
        // Its LAMPIRAN heading (the naskah it belongs to is not in the model: marked) and the Kepala Dinas's signature at the end.
        expect(text[0]).toBe('LAMPIRAN [naskah yang dilampiri]');
        expect(lampiran.missing.slice(0, 4)).toEqual(['naskah yang dilampiri', 'nomor naskah yang dilampiri', 'tanggal naskah yang dilampiri', 'tentang']);
        expect(text.slice(-4)).toEqual(['KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA,', 'dr. Maria Lestari Simanjuntak, M.Kes.', 'Pembina Utama Muda (IV/c)', 'NIP. 19760824 200312 2 006']);
        // The SOP as its pages are printed, each described by its Nama SOP and page.
        const sop = drawings.filter(d => /name="sop-/.test(d)).map(d => /descr="([^"]+)"/.exec(d)![1]);
        expect(sop[0]).toBe('Standar Operasional Prosedur Penunjukan Jabatan Fungsional dan Pelaksana Lintas Unit Organisasi, halaman 1 dari ' + sop.length);
        expect(sop.length).toBeGreaterThan(1);
    });

    it('puts a bagan into the lampiran as its PDF prints it: on one A3 page where F4 cannot hold its Bidang row at 8 pt', async () => {
        // Dinkes (four Bidang and four unit kerja) had its fourth Bidang on a second F4 page; the Setda its third Asisten.
        for (const name of ['Dinkes-lampiran.docx', 'Setda-lampiran.docx']) {
            const xml = await (await JSZip.loadAsync(fs.readFileSync(fileOf(report, name).file))).file('word/document.xml')!.async('string');
            const sections = sectionsOf(xml);
            const struktur = sections.filter(s => /name="struktur-/.test(s.body));
            expect(struktur.map(s => s.page), name).toEqual([{ width: 23811, height: 16838 }]);
            // The rest of the lampiran stays on F4.
            expect(sections.filter(s => !/name="struktur-/.test(s.body)).every(s => Math.min(s.page.width, s.page.height) === 12189), name).toBe(true);
        }
    });

    it('puts each SOP AP in as its pages are printed, flow lines and connectors included: landscape, one page each, text at 8 pt', async () => {
        const lampiran = fileOf(report, 'Disdikbud-lampiran.docx');
        const zip = await JSZip.loadAsync(fs.readFileSync(lampiran.file));
        const xml = await zip.file('word/document.xml')!.async('string');
        const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
        const sections = sectionsOf(xml);
        const sop = sections.filter(s => /name="sop-/.test(s.body));
        // The SKPI SOP: its identity page, then its flow page by page, in order.
        expect(sop.length).toBeGreaterThanOrEqual(4);
        expect(sop.map(s => /name="(sop-[^"]+)"/.exec(s.body)![1])).toEqual(sop.map((_, i) => `sop-LayananIjazah.PetaSKPI-${i + 1}`));
        for (const section of sop) {
            expect(section.page, 'F4 landscape').toEqual({ width: 18709, height: 12189 });
            expect([...section.body.matchAll(/<w:drawing>/g)].length, 'one picture a page').toBe(1);
            // Its smallest text (6.5 pt as drawn) at 8 pt on paper: the 300 dpi picture placed at 8/6.5 of its drawn size.
            const cx = Number(/<wp:extent cx="(\d+)"/.exec(section.body)![1]);
            const png = await zip.file(`word/${new RegExp(`Id="${/r:embed="([^"]+)"/.exec(section.body)![1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`)!.async('nodebuffer');
            const drawnPoints = png.readUInt32BE(16) / 300 * 72;
            expect(cx / 914400 * 72 / drawnPoints * 6.5, 'smallest text on paper').toBeGreaterThanOrEqual(7.99);
        }
        // No SOP table in Word without its flow lines.
        expect(await docxParagraphs(lampiran.file)).not.toContain('Mutu Baku');
    });
});

describe('documents in the Bengkalis form (contoh 5 and 6)', () => {
    let report: DocumentReport;
    beforeAll(async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-bengkalis-'));
        fs.writeFileSync(path.join(dir, 'pemda.sikerja'), 'pemda Bengkalis { nama "Kabupaten Bengkalis" regulasi "Perbup Bengkalis 31/2024" ibukota "Bengkalis" }\n');
        fs.writeFileSync(path.join(dir, 'org.sikerja'), `pemda Bengkalis
dinas Diskominfo "Dinas Komunikasi dan Informatika" {
    urusan "komunikasi dan informatika"
    pimpinan Kepala "Kepala Dinas Komunikasi dan Informatika" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang Aptika "Bidang Aplikasi Informatika" {
        pimpinan Kabid "Kepala Bidang Aplikasi Informatika" administrator kelas 11 bezetting 1 kebutuhan 1
        jabatan Pranata "Pranata Komputer Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
    }
}
badan Bappeda "Badan Perencanaan Pembangunan Daerah" {
    urusan "perencanaan"
    pimpinan Kepala "Kepala Badan Perencanaan Pembangunan Daerah" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang Program "Bidang Perencanaan Program" {
        pimpinan Kabid "Kepala Bidang Perencanaan Program" administrator kelas 11 bezetting 1 kebutuhan 1
        jabatan Perencana "Perencana Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
    }
}
`);
        fs.writeFileSync(path.join(dir, 'pegawai.sikerja'), `pemda Bengkalis
pegawai Pranata "Rahmat Hidayat, S.Kom." { nip "198901012015031002" pangkat "Penata (III/c)" menduduki Diskominfo.Aptika.Pranata }
pegawai KadisKominfo "Syahrul Anwar, S.T." { nip "197501012000031003" pangkat "Pembina Tingkat I (IV/b)" menduduki Diskominfo.Kepala }
`);
        fs.writeFileSync(path.join(dir, 'tim.sikerja'), `pemda Bengkalis
tim TimSatuData "Tim Kerja Satu Data Perencanaan" {
    pemilik-kinerja Bappeda.Program
    pengarah Bappeda.Kepala
    ketua Bappeda.Program.Perencana
    anggota Diskominfo.Aptika.Pranata
    durasi "6 bulan"
    cara penunjukan
    ditetapkan keputusan-bupati { nomor "100.3.3.2/123/2025" }
    permohonan dari Bappeda.Kepala kepada Diskominfo.Aptika.Kabid { maksud "m" kompetensi "Basis data" ekspektasi "Portal terisi" durasi "6 bulan" }
}
`);
        report = await documentsOf(dir, fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-bengkalis-out-')));
    }, 120_000);

    it('Keputusan Bupati (contoh 6): MEMUTUSKAN, diktum KESATU…KELIMA, tembusan before the lampiran, SUSUNAN KEANGGOTAAN', async () => {
        const sk = fileOf(report, 'TimSatuData-keputusan.docx');
        const text = await docxParagraphs(sk.file);
        expect(text[0]).toBe('BUPATI BENGKALIS');
        expect(text).toContain('KEPUTUSAN BUPATI BENGKALIS');
        expect(text[text.indexOf('TENTANG') + 1]).toBe('TIM KERJA SATU DATA PERENCANAAN');
        expect(text).toContain('MEMUTUSKAN :');
        for (const d of ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA']) expect(text).toContain(d);
        const tembusan = text.indexOf('Tembusan:');
        expect(text.slice(tembusan + 1, tembusan + 3)).toEqual(['1. Pejabat Pimpinan Tinggi', '2. Yang bersangkutan untuk diketahui dan dilaksanakan.']);
        expect(tembusan).toBeLessThan(text.indexOf('SUSUNAN KEANGGOTAAN TIM KERJA SATU DATA PERENCANAAN'));
        expect(text.slice(text.indexOf('NAMA JABATAN') - 1, text.indexOf('NAMA JABATAN') + 2)).toEqual(['NO', 'NAMA JABATAN', 'KEDUDUKAN DALAM TIM']);
        expect(sk.missing).toContain('nama kepala daerah');
    });

    it('Surat Tugas of a member from another Perangkat Daerah (contoh 5): NIP before pangkat, Dengan Ketentuan, tembusan Bupati, Sekda, BKPP', async () => {
        const st = fileOf(report, 'TimSatuData-surat-tugas-Diskominfo.Aptika.Pranata.docx');
        const text = await docxParagraphs(st.file);
        expect(text.indexOf('NIP')).toBeLessThan(text.indexOf('Pangkat/Golongan'));
        expect(text).toContain('MEMERINTAHKAN:');
        expect(text).toContain('1. Setelah melaksanakan tugas agar menyampaikan laporan tertulis kepada Pejabat Penilai Kinerja.');
        expect(text).toContain('Melaksanakan tugas sebagai anggota Tim Kerja Satu Data Perencanaan pada Perangkat Daerah Badan Perencanaan Pembangunan Daerah selama 6 bulan.');
        expect(text).toContain('KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,');
        // The form's "Cap dan Tandatangan" tells where to sign and stamp; it is not printed.
        expect(text.join('\n')).not.toContain('Cap dan Tandatangan');
        expect(text.slice(text.indexOf('Tembusan:') + 1)).toEqual(['1. Bupati Bengkalis;', '2. Sekretaris Daerah Kabupaten Bengkalis;', '3. Kepala BKPP Kabupaten Bengkalis.']);
    });
});

describe('a generated document opens in LibreOffice', () => {
    it('converts to a PDF on F4 with the letter in it', async () => {
        execFileSync('sh', [path.join(ROOT, 'scripts/libreoffice-setup.sh')], { stdio: 'inherit' });
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-lo-'));
        const report = await documentsOf(path.join(ROOT, 'examples/bengkayang'), out);
        const st = fileOf(report, 'TimPercepatanPenurunanStunting-surat-tugas-KecamatanBengkayang.PMD.PenggerakSwadaya.docx');
        execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, st.file], { stdio: 'pipe', timeout: 120_000 });
        const pdf = path.join(out, path.basename(st.file).replace(/\.docx$/, '.pdf'));
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        expect(info).toMatch(/Pages:\s+1\n/);
        // F4, 215 × 330 mm, in points.
        const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.map(Number);
        expect(Math.abs(w - 609.4)).toBeLessThan(1.5);
        expect(Math.abs(h - 935.4)).toBeLessThan(1.5);
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain('SURAT TUGAS');
        expect(text).toContain('Stefanus Lio, S.Sos.');
        // The peta jabatan workbook opens in Calc and prints on Folio landscape with its column heads on
        // every page; a title over two lines has its number and figures on its first line.
        const workbook = fileOf(report, 'Dinkes-peta-jabatan.xlsx');
        execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, workbook.file], { stdio: 'pipe', timeout: 120_000 });
        const sheet = pdfWords(path.join(out, 'Dinkes-peta-jabatan.pdf'));
        expect(sheet.length).toBeGreaterThan(1);
        for (const [i, page] of sheet.entries()) {
            expect([Math.round(page.width), Math.round(page.height)], `hal. ${i + 1}`).toEqual([936, 612]);
            expect(page.words.some(w => w.text === 'Jabatan') && page.words.some(w => w.text === 'Kelas'), `hal. ${i + 1}: kepala kolom`).toBe(true);
            // Pages break by content: none begins with a total (the last is never a grand total alone),
            // none ends with a unit's title (its bold row without a number under it on the same page).
            const head = page.words.find(w => w.text === 'Keterangan')!;
            const body = page.words.filter(w => w.y0 > head.y1 + 1 && w.y1 < page.height - 50);
            const firstRow = body.filter(w => Math.abs(w.y0 - Math.min(...body.map(b => b.y0))) < 2);
            expect(firstRow.map(w => w.text).join(' '), `hal. ${i + 1} dimulai dengan`).not.toMatch(/^(Jumlah|JUMLAH)\b/);
            if (i === sheet.length - 1) expect(body.some(w => /^\d+$/.test(w.text) && w.x1 < 80), 'the last page holds numbered rows').toBe(true);
        }
        expect(sheet.length, 'Dinkes with its UPTD and Puskesmas: four pages of Folio').toBe(4);
        const words = sheet[0].words;
        // No row prints over the next: every word clear of every other (a wrapped title in a row one line high did).
        for (const [i, a] of words.entries()) for (const b of words.slice(i + 1)) {
            const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            expect(across > 1 && down > 2, `"${a.text}" over "${b.text}"`).toBe(false);
        }
        const kepala = words.findIndex((w, i) => w.text === 'Kepala' && words[i + 1]?.text === 'Dinas' && words[i + 2]?.text === 'Kesehatan,');
        expect(kepala).toBeGreaterThan(0);
        const onLine = (text: string) => words.find(w => w.text === text && Math.abs(w.y0 - words[kepala].y0) < 2);
        expect(onLine('1'), 'No 1 beside the first line of its title').toBeDefined();
        expect(onLine('JPT'), 'its jenis beside the first line of its title').toBeDefined();
        expect(onLine('14'), 'its kelas beside the first line of its title').toBeDefined();
        // The grand total's title takes two lines; its figures stand on the first.
        const lastWords = sheet[sheet.length - 1].words;
        const grand = lastWords.findIndex((w, i) => w.text === 'JUMLAH' && lastWords[i + 1]?.text === 'DINAS');
        expect(grand).toBeGreaterThanOrEqual(0);
        expect(lastWords.some(w => /^\d+$/.test(w.text) && w.x0 > lastWords[grand].x0 + 300 && Math.abs(w.y0 - lastWords[grand].y0) < 2), 'B and K beside the first line of the grand total').toBe(true);
        expect(lastWords.some(w => w.text === 'UPTD' && w.y0 > lastWords[grand].y0 + 5), 'the grand total on two lines').toBe(true);
        // The hierarchy shows: a post stands indented under its unit (Sekretaris under Sekretariat, under the Dinas).
        const x = (text: string) => words.find(w => w.text === text)!.x0;
        expect(x('Sekretariat')).toBeGreaterThan(x('Dinas') + 4);
        expect(x('Sekretaris')).toBeGreaterThan(x('Sekretariat') + 4);
        // The lampiran's signature never stands alone on its last page: the last SOP steps come with it
        // (Dishub of Tanjung Jabung Timur: its SOP fills the page before the signature).
        const ws = await loadWorkspace([path.join(ROOT, 'examples/tanjung-jabung-timur')]);
        const tjt = await writeDocuments(publishedModel(ws.services, ws.requested).pemda, { kinds: ['lampiran'], element: 'Dishub', outDir: out }, fonts);
        const lampiran = fileOf(tjt, 'Dishub-lampiran.docx');
        execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, lampiran.file], { stdio: 'pipe', timeout: 120_000 });
        const lampiranPdf = path.join(out, 'Dishub-lampiran.pdf');
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [lampiranPdf], { encoding: 'utf8' }))![1]);
        const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), lampiranPdf, '-'], { encoding: 'utf8' });
        expect(last).toContain('KEPALA DINAS PERHUBUNGAN,');
        const sopOnLast = execFileSync('pdfimages', ['-list', '-f', String(pages), '-l', String(pages), lampiranPdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
        expect(sopOnLast.length, 'the SOP\'s last steps and the signature on one page').toBe(1);
        // With no SOP, the last peta jabatan page leaves room for the signature (BPKAD: it stood alone on a sixth page).
        const bpkad = fileOf(await writeDocuments(publishedModel(ws.services, ws.requested).pemda, { kinds: ['lampiran'], element: 'BPKAD', outDir: out }, fonts), 'BPKAD-lampiran.docx');
        execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, bpkad.file], { stdio: 'pipe', timeout: 120_000 });
        const bpkadPdf = path.join(out, 'BPKAD-lampiran.pdf');
        const bpkadPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [bpkadPdf], { encoding: 'utf8' }))![1]);
        expect(execFileSync('pdftotext', ['-f', String(bpkadPages), '-l', String(bpkadPages), bpkadPdf, '-'], { encoding: 'utf8' })).toContain('KEPALA BADAN PENGELOLAAN');
        const picturesOnLast = execFileSync('pdfimages', ['-list', '-f', String(bpkadPages), '-l', String(bpkadPages), bpkadPdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
        expect(picturesOnLast.length, 'the last peta jabatan page and the signature on one page').toBe(1);
        // Each page of a SOP one page of the lampiran: the SKPI SOP's pages are as many landscape pages, a picture each, the signature on the last.
        const bky = await loadWorkspace([path.join(ROOT, 'examples/bengkayang')]);
        const disdikbud = fileOf(await writeDocuments(publishedModel(bky.services, bky.requested).pemda, { kinds: ['lampiran'], element: 'Disdikbud', outDir: path.join(out, 'sop') }, fonts), 'Disdikbud-lampiran.docx');
        execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(out, 'sop'), disdikbud.file], { stdio: 'pipe', timeout: 120_000 });
        const disdikbudPdf = path.join(out, 'sop', 'Disdikbud-lampiran.pdf');
        const pageInfo = execFileSync('pdfinfo', ['-f', '1', '-l', '999', disdikbudPdf], { encoding: 'utf8' });
        const sizes = [...pageInfo.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(m => Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait');
        const pictures = execFileSync('pdfimages', ['-list', disdikbudPdf], { encoding: 'utf8' }).trim().split('\n').slice(2).map(l => Number(l.trim().split(/\s+/)[0]));
        const sopPages = [...(await documentXml(disdikbud.file)).matchAll(/name="sop-/g)].length;
        const sopAt = Array.from({ length: sopPages }, (_, k) => sizes.length - sopPages + k);
        expect(sopAt.map(i => sizes[i])).toEqual(sopAt.map(() => 'landscape'));
        expect(sopAt.map(i => pictures.filter(p => p === i + 1).length)).toEqual(sopAt.map(() => 1));
        expect(execFileSync('pdftotext', ['-f', String(sizes.length), '-l', String(sizes.length), disdikbudPdf, '-'], { encoding: 'utf8' })).toContain('KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN,');
        // A peta jabatan whose last page is a whole unit kerja filling the page (Kecamatan Bengkayang: its
        // last Kelurahan) leaves that unit's last part to a page of its own with the signature under it.
        const kecamatan = fileOf(await writeDocuments(publishedModel(bky.services, bky.requested).pemda, { kinds: ['lampiran'], element: 'KecamatanBengkayang', outDir: path.join(out, 'kec') }, fonts), 'KecamatanBengkayang-lampiran.docx');
        execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(out, 'kec'), kecamatan.file], { stdio: 'pipe', timeout: 120_000 });
        const kecamatanPdf = path.join(out, 'kec', 'KecamatanBengkayang-lampiran.pdf');
        const kecamatanPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [kecamatanPdf], { encoding: 'utf8' }))![1]);
        expect(execFileSync('pdftotext', ['-f', String(kecamatanPages), '-l', String(kecamatanPages), kecamatanPdf, '-'], { encoding: 'utf8' })).toContain('CAMAT BENGKAYANG,');
        const kecamatanLast = execFileSync('pdfimages', ['-list', '-f', String(kecamatanPages), '-l', String(kecamatanPages), kecamatanPdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
        expect(kecamatanLast.length, 'the signature under the last part of the peta jabatan, not alone').toBe(1);
    }, 420_000);
});
