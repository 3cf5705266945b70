import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { writeDocuments, type DocumentReport } from '@sikerja/export';
import { docxParagraphs } from './docx-reader.js';

/**
 * The chain of letters of a lintas-instansi permohonan (Bengkayang Lampiran I.II.1.c angka 1-4, TJT
 * Ps 11 ayat (4)): to the Pejabat yang Berwenang with a copy to the Pejabat Penilai Kinerja, his letter
 * to the other instansi, the surat jawaban where the model records it, and the consent a volunteer's
 * letter carries.
 */
const ROOT = path.resolve(__dirname, '../..');
const fonts = { metrics: shippedFonts().metrics, paths: shippedFontPaths() };

async function lettersOf(folder: string): Promise<{ report: DocumentReport; text: (name: string) => Promise<string[]> }> {
    const ws = await loadWorkspace([folder]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-chain-'));
    const report = await writeDocuments(publishedModel(ws.services, ws.requested).pemda, { kinds: ['permohonan', 'surat-tugas'], outDir: out }, fonts);
    return {
        report,
        text: async (name: string) => {
            const f = report.files.find(x => path.basename(x.file) === name);
            if (!f) throw new Error(`${name} tidak ditulis: ${report.files.map(x => path.basename(x.file)).join(', ')}`);
            const text = await docxParagraphs(f.file);
            // Without the logo's place at the head of the kop.
            return text[0] === '' || text[0] === '[logo]' ? text.slice(1) : text;
        }
    };
}

const after = (text: string[], label: string) => text.slice(text.indexOf(label) + 1);

describe('a lintas-instansi permohonan (Tanjung Jabung Timur, Satu Data with Badan Pusat Statistik)', () => {
    let docs: Awaited<ReturnType<typeof lettersOf>>;
    beforeAll(async () => { docs = await lettersOf(path.join(ROOT, 'examples/tanjung-jabung-timur')); }, 120_000);

    it('1: the Pimpinan Unit Organisasi pemilik kinerja writes to the Pejabat yang Berwenang, tembusan the Pejabat Penilai Kinerja', async () => {
        const first = await docs.text('TimSatuData-permohonan-1.docx');
        expect(first[1]).toBe('DINAS KOMUNIKASI DAN INFORMATIKA');
        expect(first).toContain('Yth. Sekretaris Daerah Kabupaten Tanjung Jabung Timur');
        expect(first.join('\n')).toContain('meneruskan permohonan ini kepada Kepala Badan Pusat Statistik Kabupaten Tanjung Jabung Timur');
        expect(first).toContain('KEPALA BIDANG STATISTIK DAN PERSANDIAN,');
        expect(after(first, 'Tembusan:')).toEqual(['1. Pejabat Penilai Kinerja Statistisi Ahli Muda, BPS Kabupaten Tanjung Jabung Timur']);
    });

    it('2: the Pejabat yang Berwenang\'s own letter to the other instansi, citing the first', async () => {
        const second = await docs.text('TimSatuData-permohonan-1-diteruskan.docx');
        expect(second[1]).toBe('SEKRETARIAT DAERAH');
        expect(second).toContain('Yth. Kepala Badan Pusat Statistik Kabupaten Tanjung Jabung Timur');
        expect(second.join('\n')).toContain('Menindaklanjuti surat Kepala Bidang Statistik dan Persandian Dinas Komunikasi dan Informatika Nomor [nomor surat permohonan]');
        expect(second).toContain('1. Standar data dan metadata statistik');
        expect(second).toContain('SEKRETARIS DAERAH KABUPATEN TANJUNG JABUNG TIMUR,');
        expect(second).toContain('H. Ahmad Fauzi, S.H., M.H.');
    });

    it('3: the surat jawaban the model records, from the other instansi to the Pejabat yang Berwenang, with the list of those assigned', async () => {
        const answer = await docs.text('TimSatuData-permohonan-1-jawaban.docx');
        expect(answer[0]).toBe('BADAN PUSAT STATISTIK KABUPATEN TANJUNG JABUNG TIMUR');
        expect(answer).toContain('Yth. Sekretaris Daerah Kabupaten Tanjung Jabung Timur');
        expect(answer.join('\n')).toContain('permohonan tersebut dapat kami setujui, dengan daftar pejabat fungsional/pelaksana yang ditugaskan sebagai berikut:');
        expect(answer).toContain('Statistisi Ahli Muda, Badan Pusat Statistik Kabupaten Tanjung Jabung Timur');
        expect(answer).toContain('KEPALA BADAN PUSAT STATISTIK KABUPATEN TANJUNG JABUNG TIMUR,');
    });

    it('no chain for a letter inside the pemda, and no answer the model does not record', () => {
        const names = docs.report.files.map(f => path.basename(f.file));
        expect(names.filter(n => n.endsWith('-diteruskan.docx'))).toEqual(['TimSatuData-permohonan-1-diteruskan.docx']);
        expect(names.filter(n => n.endsWith('-jawaban.docx'))).toEqual(['TimSatuData-permohonan-1-jawaban.docx']);
    });

    it('the volunteer\'s letter carries the consent of its Pejabat Penilai Kinerja and Pimpinan Unit Organisasi (Ps 12 ayat (3) huruf a)', async () => {
        const letter = await docs.text('PendampinganSPBE-permohonan-1.docx');
        const approvals = after(letter, 'Menyetujui:');
        expect(approvals).toContain('Kepala Bidang Aplikasi Informatika Dinas Komunikasi dan Informatika,');
        expect(approvals).toContain('Kepala Dinas Komunikasi dan Informatika,');
        expect(letter.indexOf('Menyetujui:')).toBeGreaterThan(letter.indexOf('Siti Rahmah, S.Kom.'));
    });
});

describe('the chain as the model fills it', () => {
    it('the forwarding letter\'s number and a refusal with its reasons replace the blanks, and the other instansi\'s surat tugas cites that letter', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-chain-model-'));
        fs.cpSync(path.join(ROOT, 'examples/tanjung-jabung-timur'), dir, { recursive: true });
        const file = path.join(dir, 'tim-kerja.sikerja');
        const source = fs.readFileSync(file, 'utf8');
        const answer = 'jawaban { oleh "Kepala Badan Pusat Statistik Kabupaten Tanjung Jabung Timur" disetujui }';
        expect(source).toContain(answer);
        fs.writeFileSync(file, source.replace(answer, `diteruskan { nomor "000.8.3/112/SETDA/2025" tanggal "8 Januari 2025" }
        jawaban { nomor "B-27/15230/2025" tanggal "20 Januari 2025" oleh "Kepala Badan Pusat Statistik Kabupaten Tanjung Jabung Timur" ditolak alasan "Statistisi Ahli Muda sedang melaksanakan Sensus Ekonomi 2026" }`));
        const docs = await lettersOf(dir);
        const second = docs.report.files.find(f => f.file.endsWith('TimSatuData-permohonan-1-diteruskan.docx'))!;
        expect(second.missing).not.toContain('nomor surat');
        expect(await docs.text('TimSatuData-permohonan-1-diteruskan.docx')).toContain('000.8.3/112/SETDA/2025');
        const refusal = (await docs.text('TimSatuData-permohonan-1-jawaban.docx')).join('\n');
        expect(refusal).toContain('Nomor [nomor surat yang dijawab]'.replace('[nomor surat yang dijawab]', '000.8.3/112/SETDA/2025'));
        expect(refusal).toContain('tidak dapat kami setujui dengan alasan sebagai berikut:');
        expect(refusal).toContain('1. Statistisi Ahli Muda sedang melaksanakan Sensus Ekonomi 2026');
        expect(refusal).not.toContain('daftar pejabat fungsional');
        const st = (await docs.text('TimSatuData-surat-tugas-BPSTanjabTim.docx')).join('\n');
        expect(st).toContain('Surat Sekretaris Daerah Kabupaten Tanjung Jabung Timur Nomor 000.8.3/112/SETDA/2025 tanggal 8 Januari 2025');
    }, 120_000);
});
