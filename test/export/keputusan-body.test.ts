import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { writeDocuments } from '@sikerja/export';
import { docxParagraphs } from './docx-reader.js';

/** The body of a Keputusan as the official who signs it reads it (issue 31 points 3, 4 and 8). */
const ROOT = path.resolve(__dirname, '../..');
const fonts = { metrics: shippedFonts().metrics, paths: shippedFontPaths() };

const files = new Map<string, string>();

async function decisions(example: string): Promise<Map<string, string[]>> {
    const ws = await loadWorkspace([path.join(ROOT, 'examples', example)]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-sk-'));
    const report = await writeDocuments(publishedModel(ws.services, ws.requested).pemda, { kinds: ['keputusan'], outDir: out }, fonts);
    const texts = new Map<string, string[]>();
    for (const f of report.files) {
        texts.set(path.basename(f.file), await docxParagraphs(f.file));
        files.set(path.basename(f.file), f.file);
    }
    return texts;
}

/** The diktum as "KESATU" → its text. */
const diktum = (text: string[]) => Object.fromEntries(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH']
    .filter(d => text.includes(d)).map(d => [d, text[text.indexOf(d) + 2]]));

describe('Keputusan bodies of the examples', () => {
    let bengkayang: Map<string, string[]>;
    let mahulu: Map<string, string[]>;
    beforeAll(async () => {
        bengkayang = await decisions('bengkayang');
        mahulu = await decisions('mahakam-ulu');
    }, 120_000);

    it('the lampiran heading repeats the title under TENTANG exactly, "NOMOR" on its own label', () => {
        const all = [...bengkayang, ...mahulu];
        expect(all.length).toBeGreaterThanOrEqual(4);
        for (const [name, text] of all) {
            const title = text[text.indexOf('TENTANG') + 1];
            const lampiran = text.findIndex(t => t.startsWith('LAMPIRAN KEPUTUSAN'));
            const rest = text.slice(lampiran);
            expect(rest.slice(rest.indexOf('TENTANG'), rest.indexOf('TENTANG') + 3), name).toEqual(['TENTANG', ':', title]);
            expect(rest.slice(rest.indexOf('NOMOR'), rest.indexOf('NOMOR') + 2), name).toEqual(['NOMOR', ':']);
        }
    });

    it('never cuts a member\'s row of the susunan at a page\'s foot: every row of the lampiran\'s table is kept whole', () => {
        let rows = 0;
        for (const [name, file] of files) {
            const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
            // The table whose header row reads No. | Nama/Jabatan …: each body row carries w:cantSplit.
            const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(m => m[1]).filter(t => t.includes('<w:tblHeader/>'));
            expect(tables.length, name).toBeGreaterThan(0);
            for (const t of tables) for (const row of [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(m => m[1]).filter(r => !r.includes('<w:tblHeader/>'))) {
                rows++;
                expect(row, name).toContain('<w:cantSplit/>');
            }
        }
        expect(rows).toBeGreaterThan(10);
    });

    it('Mahakam Ulu Tim Koordinasi SPBE: under and answerable to the Bupati, its tasks from Ps 24 ayat (3), named by its own title (Ps 24, Ps 27)', () => {
        const sk = mahulu.get('TimKoordinasiSPBE-keputusan.docx')!;
        const d = diktum(sk);
        expect(d.KEDUA).toBe('Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik sebagaimana dimaksud dalam Diktum KESATU berada dibawah dan bertanggung jawab kepada Bupati Mahakam Ulu; ketua tim melaporkan pelaksanaan tugas tim kepada Bupati Mahakam Ulu.');
        expect(d.KETIGA).toContain('a. melakukan koordinasi terhadap perumusan kebijakan SPBE di Daerah;');
        expect(Object.values(d).join('\n')).not.toMatch(/kepada Sekretaris Daerah|Tim Kerja/);
        expect(d.KELIMA).toContain('Asisten Administrasi Umum dibawah Sekretaris Daerah');
    });

    it('Bengkayang format 3 still carries the diktum a Keputusan needs: membentuk, susunan in the Lampiran, target and durasi, pembiayaan (blank), berlaku', () => {
        const sk = bengkayang.get('TimPercepatanPenurunanStunting-keputusan.docx')!;
        const d = diktum(sk);
        expect(d.KESATU).toBe('Membentuk Tim Kerja pada kegiatan Percepatan Penurunan Stunting pada Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana.');
        expect(d.KEDUA).toContain('sebagaimana dimaksud dalam Diktum KESATU tercantum dalam Lampiran');
        // Two targets, each written as its own sentence: numbered, not "…2025; Seluruh…".
        expect(d.KETIGA).toContain('target kinerja: (1) Prevalensi stunting Kabupaten Bengkayang turun menjadi 14% pada akhir 2025; (2) Seluruh balita');
        expect(d.KETIGA).toContain('selama Januari - Desember 2025');
        expect(d.KEEMPAT).toBe('Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada [sumber pembiayaan].');
        expect(d.KELIMA).toBe('Keputusan ini mulai berlaku pada tanggal ditetapkan.');
    });

    it('another instansi\'s work: the kabupaten only assigns its own people, citing that instansi\'s letter', () => {
        const sk = bengkayang.get('TimSurveilansKLBProvinsi-keputusan.docx')!;
        const joined = sk.join('\n');
        expect(sk[sk.indexOf('TENTANG') + 1]).toBe('PENUGASAN PEJABAT FUNGSIONAL DAN PELAKSANA KABUPATEN BENGKAYANG DALAM TIM GERAK CEPAT SURVEILANS KEJADIAN LUAR BIASA PROVINSI KALIMANTAN BARAT');
        expect(joined).not.toMatch(/Membentuk/);
        expect(sk[sk.indexOf('Memperhatikan') + 2]).toContain('Surat Kepala Dinas Kesehatan Provinsi Kalimantan Barat Nomor 443/215/P2P-Dinkes.Prov');
        expect(diktum(sk).KESATU).toMatch(/^Menugaskan pejabat fungsional dan pelaksana Kabupaten Bengkayang/);
        // The province's own ketua and anggota are not this kabupaten's to list.
        expect(joined).not.toContain('Epidemiolog Kesehatan Ahli Madya');
        expect(joined).not.toContain('Entomolog');
        expect(joined).toContain('Epidemiolog Kesehatan Ahli Muda, Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana');
        expect(sk.slice(sk.indexOf('Tembusan:'))).toContain('3. Kepala Dinas Kesehatan Provinsi Kalimantan Barat');
    });

    it('a team with another instansi\'s member copies that instansi\'s head', () => {
        const sk = bengkayang.get('TimPerizinanBerusaha-keputusan.docx')!;
        expect(sk.slice(sk.indexOf('Tembusan:'))).toContain('4. Kepala Kantor Pertanahan Kabupaten Bengkayang');
    });

    it('as LibreOffice prints it: the Mahakam Ulu decree reads the same on paper, on F4, the lampiran\'s TENTANG whole', () => {
        execFileSync('sh', [path.join(ROOT, 'scripts/libreoffice-setup.sh')], { stdio: 'inherit' });
        const docx = files.get('TimKoordinasiSPBE-keputusan.docx')!;
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-sk-lo-'));
        execFileSync('soffice', [`-env:UserInstallation=file://${out}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 120_000 });
        const pdf = path.join(out, 'TimKoordinasiSPBE-keputusan.pdf');
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text).toContain('berada dibawah dan bertanggung jawab kepada Bupati Mahakam Ulu');
        expect(text).not.toMatch(/Cap dan Tanda ?tangan|kepada Sekretaris Daerah secara berkala/);
        expect(text).toMatch(/TENTANG : TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK/);
        expect(text).toMatch(/NOMOR : \[nomor keputusan\]/);
        expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+2\n/);
    }, 240_000);
});

describe('the Bengkalis example: documents in the form of contoh 5 and 6 (bahan sosialisasi Perbup Bengkalis 31/2024)', () => {
    let docs: Map<string, string[]>;
    beforeAll(async () => {
        const ws = await loadWorkspace([path.join(ROOT, 'examples/bengkalis')]);
        expect(ws.requested.flatMap(d => d.diagnostics ?? [])).toEqual([]);
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-bengkalis-example-'));
        const report = await writeDocuments(publishedModel(ws.services, ws.requested).pemda, { kinds: ['keputusan', 'surat-tugas'], outDir: out }, fonts);
        docs = new Map();
        for (const f of report.files) docs.set(path.basename(f.file), await docxParagraphs(f.file));
    }, 120_000);

    it('contoh 6: Keputusan Bupati with the Administrator penanggung jawab and the JF Madya penyetaraan ketua, tembusan before the lampiran', () => {
        const sk = docs.get('TimStunting-keputusan.docx')!;
        expect(sk[0]).toBe('BUPATI BENGKALIS');
        expect(sk).toContain('MEMUTUSKAN :');
        expect(Object.keys(diktum(sk))).toEqual(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA']);
        const table = sk.slice(sk.indexOf('KEDUDUKAN DALAM TIM'));
        const row = (name: string) => table.slice(table.indexOf(name), table.indexOf(name) + 3);
        expect(row('[nama Kepala Bidang Kesehatan Masyarakat]')).toEqual(['[nama Kepala Bidang Kesehatan Masyarakat]', 'Kepala Bidang Kesehatan Masyarakat, Dinas Kesehatan', 'Penanggung Jawab']);
        expect(row('Hendra Saputra, S.K.M., M.Kes.')).toEqual(['Hendra Saputra, S.K.M., M.Kes.', 'Administrator Kesehatan Ahli Madya, Dinas Kesehatan', 'Ketua']);
        expect(sk.indexOf('Tembusan:')).toBeLessThan(sk.findIndex(t => t.startsWith('LAMPIRAN KEPUTUSAN')));
    });

    it('contoh 5: the Camat assigns the Kecamatan\'s member, its dasar the Kepala Dinas\'s letter, Dengan Ketentuan, tembusan Bupati, Sekda, BKPP', () => {
        const st = docs.get('TimStunting-surat-tugas-KecamatanBengkalis.PMD.Penggerak.docx')!;
        expect(st).toContain('KECAMATAN BENGKALIS');
        expect(st.join('\n')).toContain('Surat Kepala Dinas Kesehatan Nomor [nomor surat permohonan] tanggal [tanggal surat permohonan]');
        expect(st.indexOf('NIP')).toBeLessThan(st.indexOf('Pangkat/Golongan'));
        expect(st).toContain('2. Agar dilaksanakan dengan penuh tanggung jawab.');
        expect(st).toContain('CAMAT BENGKALIS,');
        expect(st.join('\n')).not.toContain('Cap dan Tandatangan');
        expect(st.slice(st.indexOf('Tembusan:') + 1)).toEqual(['1. Bupati Bengkalis;', '2. Sekretaris Daerah Kabupaten Bengkalis;', '3. Kepala BKPP Kabupaten Bengkalis.']);
    });
});

