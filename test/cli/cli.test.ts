import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'packages/cli/bin/sikerja.js');

function sikerja(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
    if (!fs.existsSync(path.join(ROOT, 'packages/cli/dist/sikerja.js'))) {
        throw new Error('The CLI bundle is missing: run `npm run build` first (npm test does).');
    }
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function brokenCopy(): { dir: string; file: string; lines: string[] } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-cli-'));
    fs.cpSync(path.join(ROOT, 'examples/tanjung-jabung-timur'), dir, { recursive: true });
    const file = path.join(dir, 'tim-kerja.sikerja');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const i = lines.findIndex(l => l.includes('anggota BPKAD.Anggaran.AKPDMuda'));
    lines[i] = lines[i].replace('AKPDMuda', 'AKPDMadya');
    fs.writeFileSync(file, lines.join('\n'));
    return { dir, file, lines };
}

describe('sikerja validate', () => {
    it('reports no errors on the examples and exits 0', () => {
        const r = sikerja(['validate', 'examples/']);
        expect(r.code).toBe(0);
        // "Diperiksa 0 berkas" would be clean too: the count is every file of the five regions (latihan/ is ignored).
        const regions = ['bengkalis', 'bengkayang', 'kampar', 'mahakam-ulu', 'tanjung-jabung-timur'];
        const files = regions.reduce((n, d) => n + fs.readdirSync(path.join(ROOT, 'examples', d)).filter(f => f.endsWith('.sikerja')).length, 0);
        expect(files).toBeGreaterThanOrEqual(30);
        expect(r.stdout.trim().split('\n').pop()).toBe(`Diperiksa ${files} berkas: 0 galat, 0 peringatan, 0 info.`);
    });

    it('prints path:line:col severity code message for a broken copy and exits 1', () => {
        const { dir, lines } = brokenCopy();
        void lines;
        const r = sikerja(['validate', '.'], dir);
        expect(r.code).toBe(1);
        const line = lines.findIndex(l => l.includes('AKPDMadya')) + 1;
        const column = lines[line - 1].indexOf('BPKAD') + 1;
        expect(r.stdout.split('\n')[0]).toBe(
            `tim-kerja.sikerja:${line}:${column} error linking-error Tidak ditemukan jabatan atau pimpinan bernama \`BPKAD.Anggaran.AKPDMadya\` di pemda TanjungJabungTimur. Periksa setiap bagian nama berjenjangnya.`);
        const files = fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).length;
        expect(r.stdout).toContain(`Diperiksa ${files} berkas: 1 galat, 0 peringatan, 0 info.`);
    });

    it('validates one file against the other files of its folder', () => {
        const r = sikerja(['validate', 'examples/bengkayang/tim-kerja.sikerja']);
        expect(r.code).toBe(0);
        expect(r.stdout.trim()).toBe('Diperiksa 1 berkas: 0 galat, 0 peringatan, 0 info.');
    });

    it('checks a file named both alone and through its folder once, with no duplicate names', () => {
        const files = fs.readdirSync(path.join(ROOT, 'examples/bengkayang')).filter(f => f.endsWith('.sikerja')).length;
        const r = sikerja(['validate', 'examples/bengkayang/tim-kerja.sikerja', 'examples/./bengkayang', './examples/bengkayang/../bengkayang/setda.sikerja']);
        expect(r.code).toBe(0);
        expect(r.stdout.trim()).toBe(`Diperiksa ${files} berkas: 0 galat, 0 peringatan, 0 info.`);
    });

    it('gives machines JSON with --format json', () => {
        const { dir } = brokenCopy();
        const r = sikerja(['validate', '--format', 'json', dir]);
        expect(r.code).toBe(1);
        const json = JSON.parse(r.stdout);
        expect(json.summary).toEqual({ error: 1, warning: 0, info: 0, hint: 0 });
        expect(json.files).toBe(fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).length);
        expect(json.diagnostics[0]).toMatchObject({ severity: 'error', code: 'linking-error' });
        expect(json.diagnostics[0].path).toMatch(/tim-kerja\.sikerja$/);
    });

    it('explains a missing path and a wrong option in Bahasa Indonesia, exit 2', () => {
        const missing = sikerja(['validate', 'tidak/ada']);
        expect(missing.code).toBe(2);
        expect(missing.stderr.trim()).toBe('sikerja: Berkas atau folder tidak ditemukan: tidak/ada');
        const option = sikerja(['validate', '--warna', 'examples/']);
        expect(option.code).toBe(2);
        expect(option.stderr.trim()).toBe('sikerja: Opsi tidak dikenal: --warna');
        const format = sikerja(['validate', '--format', 'xml', 'examples/']);
        expect(format.code).toBe(2);
        expect(format.stderr.trim()).toBe('sikerja: Nilai tidak sah untuk --format: xml. Pilihan: text, json.');
        // A file that is no model (a letter dragged in by mistake) is refused by name, not crashed on.
        const notModel = sikerja(['validate', 'README.md']);
        expect(notModel.code).toBe(2);
        expect(notModel.stderr.trim()).toBe('sikerja: Bukan berkas .sikerja: README.md. Sebutkan berkas .sikerja atau folder yang memuatnya.');
        // The wrong folder is not "0 berkas, 0 galat".
        const empty = sikerja(['validate', 'docs']);
        expect(empty.code).toBe(2);
        expect(empty.stderr.trim()).toBe('sikerja: Tidak ada berkas .sikerja di folder docs.');
    });
});

describe('sikerja model', () => {
    it('prints one element of the semantic model', () => {
        const r = sikerja(['model', 'examples/mahakam-ulu', '--element', 'TimKoordinasiSPBE']);
        expect(r.code).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(json.found[0].pemda).toBe('MahakamUlu');
        expect(json.found[0].element).toMatchObject({ scope: 'lintas-perangkat-daerah', instrument: 'keputusan-bupati', owner: 'Setda' });
    });
});

describe('sikerja rules', () => {
    it('prints each rule with every region\'s severity and article', () => {
        const r = sikerja(['rules']);
        expect(r.code).toBe(0);
        const block = r.stdout.split('\n\n').find(b => b.startsWith('ketua-from-owner-unit'))!;
        expect(block).toMatch(/Perbup Kampar 9\/2025\s+galat\s+Perbup Kampar 9\/2025 Ps 5 ayat \(5\)/);
        expect(block).toMatch(/Perbup Bengkayang 5\/2024\s+peringatan\s+Perbup Bengkayang 5\/2024 Ps 9 ayat \(3\)/);
    });

    it('mentions the folders a .sikerjaignore skips', () => {
        const r = sikerja(['validate', 'examples/']);
        expect(r.stdout).toContain('Dilewati (.sikerjaignore): examples/latihan');
    });
});


describe('sikerja docs', () => {
    it('writes the documents of one team and lists the blanks each leaves, in JSON for machines', () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-docs-cli-'));
        const r = sikerja(['docs', 'examples/bengkayang', '--element', 'TimAuditKinerjaPelayanan', '--format', 'json', '--out', out]);
        expect(r.code).toBe(0);
        const report = JSON.parse(r.stdout) as { files: Array<{ kind: string; file: string; missing: string[] }>; skipped: unknown[] };
        expect(report.skipped).toEqual([]);
        expect(report.files.map(f => [f.kind, path.basename(f.file)])).toEqual([['surat-tugas', 'TimAuditKinerjaPelayanan-surat-tugas.docx']]);
        expect(report.files[0].missing).toContain('nomor surat tugas');
        expect(fs.existsSync(path.join(out, 'Bengkayang', 'TimAuditKinerjaPelayanan-surat-tugas.docx'))).toBe(true);
    });

    it('leaves a document already there as it is (the analyst may have filled it in) unless --timpa', () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-docs-cli-'));
        const args = ['docs', 'examples/bengkayang', '--element', 'TimAuditKinerjaPelayanan', '--out', out];
        expect(sikerja(args).code).toBe(0);
        const file = path.join(out, 'Bengkayang', 'TimAuditKinerjaPelayanan-surat-tugas.docx');
        fs.writeFileSync(file, 'diisi analis');
        const again = sikerja(args);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('TimAuditKinerjaPelayanan-surat-tugas.docx: sudah ada, tidak ditimpa');
        expect(fs.readFileSync(file, 'utf8')).toBe('diisi analis');
        expect(sikerja([...args, '--timpa']).code).toBe(0);
        expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    });

    it('refuses an element that has no documents, and an --out that is a file, exit 2 with nothing written', () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-docs-cli-'));
        const unknown = sikerja(['docs', 'examples/bengkayang', '--element', 'Dinkes.Kesmas', '--out', out]);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain('`Dinkes.Kesmas` bukan tim kerja, penugasan atau perangkat daerah');
        expect(fs.readdirSync(out)).toEqual([]);
        const file = path.join(out, 'berkas.txt');
        fs.writeFileSync(file, 'isi');
        const onFile = sikerja(['docs', 'examples/bengkayang', '--out', file]);
        expect(onFile.code).toBe(2);
        expect(fs.readFileSync(file, 'utf8')).toBe('isi');
    });
});

describe('sikerja import', () => {
    it('imports a CSV with a mapping file, prints every row and validates what it wrote', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-import-cli-'));
        const csv = path.join(dir, 'satpol.csv');
        fs.writeFileSync(csv, ['Urut,Uraian,Kls,Ada,Perlu', '1,Kepala Satuan Polisi Pamong Praja,14,1,1', '2,Polisi Pamong Praja Ahli Muda,9,3,4', ',,,,', '3,Pengelola Ketenteraman dan Ketertiban,7,"5","6"'].join('\n'));
        const mapping = path.join(dir, 'pemetaan.json');
        fs.writeFileSync(mapping, JSON.stringify({ headerRow: 1, columns: { no: 'A', nama: 'B', kelas: 'C', b: 'D', k: 'E' }, perangkatDaerah: 'Satuan Polisi Pamong Praja' }));
        const out = path.join(dir, 'model');
        const r = sikerja(['import', csv, '--pemda', 'Uji', '--mapping', mapping, '--nama', 'Kabupaten Uji', '--out', out]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const lines = r.stdout.trim().split('\n');
        expect(lines).toContain('satpol.csv:satpol:3 jabatan SatuanPolisiPamongPraja.PolisiPamongPrajaAhliMuda — ditebak: jenis dari judul (jenjang ahli-muda pada judul); ditebak: jenjang ahli-muda dari judul');
        expect(lines).toContain('satpol.csv:satpol:4 dilewati — baris kosong');
        expect(lines[lines.length - 1]).toMatch(/^Ditulis 1 berkas ke .* \(SatuanPolisiPamongPraja\.sikerja: 3 jabatan\); 6 baris: \d+ dengan tebakan, 1 dilewati; 0 masalah, 1 baris perlu ditinjau; pemeriksaan: 0 galat\.$/);
        // The report opens with its summary: units, heads, totals of the sheet against the model.
        expect(lines.slice(0, 3)).toEqual(['Ringkasan satpol.csv, lembar "satpol": Satuan Polisi Pamong Praja → SatuanPolisiPamongPraja.sikerja',
            '  Unit: 1 (satpol-pp 1); per tingkat 1: 1', '  Pimpinan: 1 dari 1 unit; unit tanpa pimpinan: tidak ada']);
        expect(lines).toContain('  Jabatan: 3; B: lembar 9, model 9 (sama); K: lembar 11, model 11 (sama)');
        expect(lines).toContain('satpol.csv:satpol:2 pimpinan SatuanPolisiPamongPraja.KepalaSatuan — TINJAU: jenis jpt-pratama ditebak dari judul (tanpa kolom Jenis Jabatan); '
            + 'ditebak: jenis dari judul pimpinan; tingkat dari judul dan kelas 14: jpt-pratama; ditebak: pimpinan Satuan Polisi Pamong Praja: jabatan pertama yang memimpin di unit itu');
        expect(fs.readFileSync(path.join(out, 'pemda.sikerja'), 'utf8')).toBe('pemda Uji {\n    nama "Kabupaten Uji"\n}\n');
        // A second import never overwrites what is there.
        const again = sikerja(['import', csv, '--pemda', 'Uji', '--mapping', mapping, '--out', out]);
        expect(again.code).toBe(1);
        expect(again.stderr).toContain('Satuan Polisi Pamong Praja sudah ada di SatuanPolisiPamongPraja.sikerja; tidak ditulis lagi');
    });

    it('into a subfolder of a kabupaten: no second pemda file, and the written file checked with the kabupaten it joins', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-import-sub-'));
        fs.writeFileSync(path.join(dir, 'pemda.sikerja'), 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }\n');
        const csv = path.join(dir, 'inspektorat.csv');
        fs.writeFileSync(csv, 'Nama Jabatan;Jenis;Kelas;B;K\nInspektur;JPT Pratama;14;1;1\nAuditor Ahli Muda;Fungsional;9;2;3\n');
        const mapping = path.join(dir, 'pemetaan.json');
        fs.writeFileSync(mapping, JSON.stringify({ layout: 'indentasi', perangkatDaerah: 'Inspektorat Daerah' }));
        const r = sikerja(['import', csv, '--pemda', 'Uji', '--mapping', mapping, '--out', path.join(dir, 'struktur')]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout.trim().split('\n').at(-1)).toMatch(/; 0 masalah, 0 baris perlu ditinjau; pemeriksaan: 0 galat\.$/);
        expect(fs.readdirSync(path.join(dir, 'struktur'))).toEqual(['InspektoratDaerah.sikerja']);
    });

    it('refuses a file that is not there and a pemda name with spaces, exit 2', () => {
        expect(sikerja(['import', 'tidak-ada.xlsx', '--pemda', 'Uji', '--out', os.tmpdir()]).stderr).toContain('berkas tidak-ada.xlsx tidak ada');
        const bad = sikerja(['import', 'README.md', '--pemda', 'Kabupaten Uji', '--out', os.tmpdir()]);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('bukan nama yang sah');
    });
});
