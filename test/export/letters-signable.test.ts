import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace, publishedModel } from '@sikerja/language';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { writeDocuments, type DocumentReport } from '@sikerja/export';
import { docxParagraphs, highlighted } from './docx-reader.js';

/**
 * Every letter and decision of the examples read as the official who signs it (issue 31): nothing on
 * the page but the model's values and marked `[…]` blanks.
 */
const ROOT = path.resolve(__dirname, '../..');
const fonts = { metrics: shippedFonts().metrics, paths: shippedFontPaths() };
const EXAMPLES = ['bengkalis', 'bengkayang', 'tanjung-jabung-timur', 'mahakam-ulu', 'kampar'];

async function lettersOf(folder: string): Promise<DocumentReport> {
    const ws = await loadWorkspace([folder]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-letters-'));
    return writeDocuments(publishedModel(ws.services, ws.requested).pemda, { kinds: ['permohonan', 'surat-tugas', 'keputusan'], outDir: out }, fonts);
}

/** A document's text without the logo's place at the head of its kop. */
const body = (text: string[]) => text[0] === '' || text[0] === '[logo]' ? text.slice(1) : text;

/** An office, not an official: what must never follow "Yth.". */
const OFFICE = /^Yth\. (Dinas|Badan|Bidang|Bagian|Kantor|Sekretariat|Kecamatan|Inspektorat|UPTD|Seksi|Subbagian)\b/;

describe('letters and decisions of the examples can be signed as written', () => {
    const texts = new Map<string, { text: string[]; marked: string[]; missing: string[] }>();
    beforeAll(async () => {
        for (const example of EXAMPLES) {
            const report = await lettersOf(path.join(ROOT, 'examples', example));
            expect(report.skipped).toEqual([]);
            for (const f of report.files) {
                texts.set(`${example}/${path.basename(f.file)}`, { text: await docxParagraphs(f.file), marked: await highlighted(f.file), missing: f.missing });
            }
        }
    }, 180_000);

    it('writes letters for every example', () => {
        expect(texts.size).toBeGreaterThan(15);
    });

    it('no form instruction ("Cap dan Tandatangan") and no invented Sifat or Lampiran', () => {
        for (const [name, { text }] of texts) {
            expect(text.join('\n'), name).not.toMatch(/Cap dan Tanda ?tangan/i);
            const sifat = text.indexOf('Sifat');
            if (sifat >= 0) {
                expect(text[sifat + 2], name).toBe('[sifat]');
                expect(text[text.indexOf('Lampiran') + 2], name).toBe('[lampiran]');
            }
        }
    });

    it('every blank is a marked [...] field: no "…", "....", "XXX" or "(nama ...)" left in plain text', () => {
        for (const [name, { text, marked, missing }] of texts) {
            const plain = text.join('\n');
            expect(plain, name).not.toMatch(/…|\.{3,}|XXX|\((nama|sebutkan)\b/i);
            // What is in brackets is exactly what Word shows highlighted, and what the report lists.
            expect((plain.match(/\[[^\]]+\]/g) ?? []).sort(), name).toEqual([...marked].sort());
            expect(new Set(marked.map(m => m.slice(1, -1))), name).toEqual(new Set(missing));
        }
    });

    it('a letter goes to an official ("Yth. Kepala …"), never to an office, and no place is said twice', () => {
        const addressed = [...texts].flatMap(([name, { text }]) => text.filter(t => t.startsWith('Yth.')).map(t => [name, t] as const));
        expect(addressed.length).toBeGreaterThan(5);
        for (const [name, line] of addressed) expect(line, name).not.toMatch(OFFICE);
        for (const [name, { text }] of texts) {
            for (const t of text) expect(t, name).not.toMatch(/ pada ([^,.]+?) pada \1\b/);
        }
        const tjt = texts.get('tanjung-jabung-timur/PendampinganSPBE-permohonan-1.docx')!.text;
        expect(tjt).toContain('Yth. Kepala Dinas Perhubungan');
        expect(tjt.join('\n')).toContain('kegiatan Pendampingan Evaluasi SPBE pada Dinas Perhubungan.');
        expect(texts.get('tanjung-jabung-timur/TimSatuData-permohonan-2.docx')!.text)
            .toContain('Yth. Kepala Bidang Aplikasi Informatika Dinas Komunikasi dan Informatika');
    });

    it('a tembusan names the official with the unit\'s place', () => {
        const sk = texts.get('bengkayang/TimPetaProsesBisnis-permohonan-1.docx')!.text;
        expect(sk).toContain('1. Kepala Bagian Hukum Sekretariat Daerah Kabupaten Bengkayang');
        expect(sk).toContain('Yth. Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Bengkayang');
    });

    it('the dasar of a member\'s surat tugas marks the permohonan\'s number and date the model lacks', () => {
        const st = texts.get('bengkayang/TimPerizinanBerusaha-surat-tugas-Dinkes.Yankes.PengelolaPerizinanFaskes.docx')!;
        expect(st.text.join('\n')).toContain('Nomor [nomor surat permohonan] tanggal [tanggal surat permohonan] hal');
        expect(st.missing).toContain('nomor surat permohonan');
    });

    it('the volunteer signs its own letter with the pegawai the model names', () => {
        const letter = texts.get('tanjung-jabung-timur/PendampinganSPBE-permohonan-1.docx')!;
        expect(letter.text).toContain('Siti Rahmah, S.Kom.');
        expect(letter.missing.filter(m => m.includes('Pranata Komputer'))).toEqual([]);
    });
});

describe('one surat tugas per unit or instansi where the people sit, signed there (TJT Ps 11 ayat (3) huruf c, ayat (4) huruf e)', () => {
    let letters: Map<string, string[]>;
    beforeAll(async () => {
        const report = await lettersOf(path.join(ROOT, 'examples/tanjung-jabung-timur'));
        letters = new Map();
        for (const f of report.files.filter(x => x.kind === 'surat-tugas')) letters.set(path.basename(f.file), await docxParagraphs(f.file));
    }, 120_000);

    /** The value after each "Jabatan" label of the person blocks. */
    const jabatan = (text: string[]) => text.flatMap((t, i) => t === 'Jabatan' && text[i + 1] === ':' ? [text[i + 2]] : []);

    it('every person a letter orders sits in the office on its kop', () => {
        expect(letters.size).toBeGreaterThanOrEqual(7);
        for (const [name, all] of letters) {
            const text = body(all);
            const pemdaKop = text[0].startsWith('PEMERINTAH ');
            const office = (pemdaKop ? text[1] : text[0]).toLowerCase();
            const people = jabatan(text);
            expect(people.length, name).toBeGreaterThan(0);
            for (const j of people) expect(j.toLowerCase(), name).toContain(office);
        }
    });

    it('the lintas perangkat daerah team: the owner\'s own people, and one letter from each Perangkat Daerah asked', () => {
        const names = [...letters.keys()].filter(n => n.startsWith('TimReformasiBirokrasi-surat-tugas')).sort();
        expect(names).toEqual([
            'TimReformasiBirokrasi-surat-tugas-BPKAD.KepalaBadan.docx', 'TimReformasiBirokrasi-surat-tugas-DPMPTSP.KepalaDinas.docx',
            'TimReformasiBirokrasi-surat-tugas-Diskominfo.KepalaDinas.docx', 'TimReformasiBirokrasi-surat-tugas.docx'
        ]);
        const bpkad = body(letters.get('TimReformasiBirokrasi-surat-tugas-BPKAD.KepalaBadan.docx')!);
        expect(bpkad[1]).toBe('BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH');
        expect(bpkad).toContain('KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH,');
        // Its dasar is the permohonan, from the Pimpinan Unit Organisasi pemilik kinerja.
        expect(bpkad.join('\n')).toContain('Surat Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Tanjung Jabung Timur Nomor [nomor surat permohonan]');
        expect(letters.get('TimReformasiBirokrasi-surat-tugas.docx')!.filter(t => t.startsWith('Melaksanakan') || /^\d\. Melaksanakan/.test(t))).toHaveLength(2);
    });

    it('the other instansi assigns its own member, with the copies Ps 11 ayat (4) huruf e angka 3 names', () => {
        const bps = letters.get('TimSatuData-surat-tugas-BPSTanjabTim.docx')!;
        expect(bps[0]).toBe('BADAN PUSAT STATISTIK KABUPATEN TANJUNG JABUNG TIMUR');
        expect(bps.join('\n')).toContain('Surat Sekretaris Daerah Kabupaten Tanjung Jabung Timur Nomor [nomor surat Pejabat yang Berwenang]');
        expect(bps.slice(bps.indexOf('Tembusan:') + 1)).toEqual([
            '1. Pejabat yang Berwenang Badan Pusat Statistik Kabupaten Tanjung Jabung Timur',
            '2. Pejabat Penilai Kinerja Statistisi Ahli Muda, Badan Pusat Statistik Kabupaten Tanjung Jabung Timur',
            '3. Sekretaris Daerah Kabupaten Tanjung Jabung Timur'
        ]);
        const own = letters.get('TimSatuData-surat-tugas.docx')!;
        expect(own.join('\n')).not.toContain('Badan Pusat Statistik');
        expect(letters.get('TimSatuData-surat-tugas-Diskominfo.Aptika.KepalaBidang.docx')).toContain('KEPALA BIDANG APLIKASI INFORMATIKA,');
    });

    it('a volunteer is assigned where it sits, its own letter the dasar', () => {
        const st = body(letters.get('PendampinganSPBE-surat-tugas-Diskominfo.Aptika.KepalaBidang.docx')!);
        expect(st[1]).toBe('DINAS KOMUNIKASI DAN INFORMATIKA');
        expect(st.join('\n')).toContain('Surat Pranata Komputer Ahli Muda Dinas Komunikasi dan Informatika Nomor [nomor surat permohonan] tanggal [tanggal surat permohonan] hal Permohonan pelibatan melalui pengajuan sukarela.');
    });
});

describe('a blank disappears when the model holds the value', () => {
    it('`sifat` and `nomor` written in the permohonan replace the marked fields', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-sifat-'));
        fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
        const file = path.join(dir, 'tim-kerja.sikerja');
        const source = fs.readFileSync(file, 'utf8');
        const marker = 'permohonan dari Dinkes.KepalaDinas kepada PuskesmasBengkayang.KepalaPuskesmas {';
        expect(source).toContain(marker);
        const before = (await lettersOf(dir)).files.find(f => f.file.endsWith('TimPercepatanPenurunanStunting-permohonan-2.docx'))!;
        expect(before.missing).toEqual(expect.arrayContaining(['sifat', 'nomor surat']));
        fs.writeFileSync(file, source.replace(marker, `${marker}\n        sifat "Penting"\n        nomor "440/124/DINKES-PPKB/2025"`));
        const after = (await lettersOf(dir)).files.find(f => f.file.endsWith('TimPercepatanPenurunanStunting-permohonan-2.docx'))!;
        expect(after.missing).not.toContain('sifat');
        expect(after.missing).not.toContain('nomor surat');
        const text = await docxParagraphs(after.file);
        expect(text[text.indexOf('Sifat') + 2]).toBe('Penting');
        expect(text[text.indexOf('Nomor') + 2]).toBe('440/124/DINKES-PPKB/2025');
    }, 120_000);
});

describe('the kop: each Perangkat Daerah\'s own address, the form\'s labels, the logo from the model', () => {
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

    it('a Dinas is not given the pemda\'s address; the logo is a marked place until the model names one, then a picture', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-kop-'));
        fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
        const name = 'TimPercepatanPenurunanStunting-permohonan-1.docx';
        const before = (await lettersOf(dir)).files.find(f => f.file.endsWith(name))!;
        const kop = (await docxParagraphs(before.file)).slice(0, 5);
        expect(kop).toEqual(['[logo]', 'PEMERINTAH KABUPATEN BENGKAYANG', 'DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA', '[alamat kop]', 'Situs : bengkayangkab.go.id']);
        expect(before.missing).toEqual(expect.arrayContaining(['logo', 'alamat kop']));
        // The Sekretariat Daerah writes under the pemda's own kop, with Bengkayang's labels (Lampiran II).
        const setda = (await lettersOf(dir)).files.find(f => f.file.endsWith('TimPetaProsesBisnis-permohonan-1.docx'))!;
        expect(await docxParagraphs(setda.file)).toContain('Jalan Guna Baru, Rangkang, Bengkayang, Kalimantan Barat, Kode Pos : 79211');

        fs.writeFileSync(path.join(dir, 'logo.png'), PNG);
        const file = path.join(dir, 'dinas-kesehatan.sikerja');
        const source = fs.readFileSync(file, 'utf8');
        const head = /dinas Dinkes "[^"]+" \{\n/.exec(source);
        expect(head).not.toBeNull();
        fs.writeFileSync(file, source.replace(head![0], `${head![0]}    kop { logo "logo.png" alamat "Jalan Sanggau Ledo Km 2, Bengkayang" telepon "(0562) 441000" }\n`));
        const after = (await lettersOf(dir)).files.find(f => f.file.endsWith(name))!;
        expect(after.missing).not.toContain('logo');
        expect(after.missing).not.toContain('alamat kop');
        const text = await docxParagraphs(after.file);
        expect(text.slice(0, 5)).toEqual(['', 'PEMERINTAH KABUPATEN BENGKAYANG', 'DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA', 'Jalan Sanggau Ledo Km 2, Bengkayang', 'Telepon (0562) 441000']);
        const JSZip = (await import('jszip')).default;
        const zip = await JSZip.loadAsync(fs.readFileSync(after.file));
        expect(Object.keys(zip.files).filter(f => f.startsWith('word/media/'))).toHaveLength(1);
    }, 120_000);
});
