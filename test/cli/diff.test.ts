import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bengkayangVersions } from './diff-example.js';
import { git, ROOT, sikerja } from './run-cli.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/model/schema/sikerja-diff.schema.json'), 'utf8'));


let dir: string;
let lama: string, baru: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-diff-cli-'));
    ({ lama, baru } = bengkayangVersions(dir));
});

describe('sikerja diff: two folders', () => {
    it('prints a table per Perangkat Daerah with B, K and ± before and after, and each change in words', () => {
        const r = sikerja(['diff', lama, baru]);
        expect(r.code, r.stderr).toBe(0);
        const lines = r.stdout.split('\n');
        const at = lines.indexOf('Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana (Dinkes)');
        expect(at).toBeGreaterThan(0);
        expect(lines.slice(at + 1, at + 3)).toEqual(['  Semula: 81 jabatan, B 141, K 168, ± -27', '  Menjadi: 80 jabatan, B 140, K 167, ± -27']);
        const row = (element: string) => lines.find(l => l.includes(` ${element} `))?.trim().replace(/ {2,}/g, ' | ');
        expect(row('Dinkes.Kesmas.NutrisionisMuda')).toBe('Diubah | jabatan | Dinkes.Kesmas.NutrisionisMuda | Kelas 9 → 10');
        expect(row('Dinkes.P2P.SanitarianMahir')).toBe('Dipindah | jabatan | Dinkes.P2P.SanitarianMahir | Dipindah dari Bidang Kesehatan Masyarakat ke Bidang Pencegahan dan Pengendalian Penyakit; '
            + 'Pejabat Penilai Kinerja Kepala Bidang Kesehatan Masyarakat → Kepala Bidang Pencegahan dan Pengendalian Penyakit');
        expect(row('Dinkes.P2P.Surveilans')).toBe('Dihapus | unit | Dinkes.P2P.Surveilans | Unit dihapus; menjadi Kelompok JF Surveilans dan Imunisasi (kelompok)');
        expect(row('Dinkes.P2P.EpidemiologMuda')).toMatch(/^Dipindah \| jabatan \| Dinkes\.P2P\.EpidemiologMuda \| Dipindah dari Seksi Surveilans dan Imunisasi ke Bidang Pencegahan/);
        expect(lines.at(-2)).toBe('Jumlah: 1 ditambah, 2 dihapus, 1 diubah, 4 dipindah, 0 diganti nama; 7 perangkat daerah tanpa perubahan.');
    });

    it('--format json gives the changes and summary, valid against the schema; a move is never a removal and an addition', () => {
        const r = sikerja(['diff', lama, baru, '--format', 'json']);
        expect(r.code, r.stderr).toBe(0);
        const json = JSON.parse(r.stdout);
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        const moved = json.changes.filter((c: any) => c.change === 'dipindah').map((c: any) => c.from);
        expect(moved).toEqual(['Dinkes.Kesmas.SanitarianMahir', 'Dinkes.P2P.Surveilans.EpidemiologMuda', 'Dinkes.P2P.Surveilans.EpidemiologPertama', 'Dinkes.P2P.Surveilans.EntomologPertama'].sort((a, b) => json.changes.findIndex((c: any) => c.from === a) - json.changes.findIndex((c: any) => c.from === b)));
        expect(json.changes.filter((c: any) => c.change === 'dihapus').map((c: any) => c.element)).toEqual(['Dinkes.P2P.Surveilans', 'Dinkes.P2P.Surveilans.KepalaSeksi']);
        expect(json.summary.perangkatDaerah.find((p: any) => p.id === 'Dinkes')).toMatchObject({ before: { bezetting: 141, kebutuhan: 168 }, after: { bezetting: 140, kebutuhan: 167 }, changes: 8 });
    });
});

describe('sikerja diff: a folder of several kabupaten', () => {
    it('matches each pemda by name and says whose Perangkat Daerah each heading is', () => {
        const multi = (name: string) => {
            const root = path.join(dir, name);
            for (const pemda of ['bengkayang', 'kampar']) fs.cpSync(path.join(ROOT, 'examples', pemda), path.join(root, pemda), { recursive: true });
            return root;
        };
        const before = multi('semua-lama'), after = multi('semua-baru');
        const file = path.join(after, 'kampar/bkpsdm.sikerja');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"Pengadministrasi Perkantoran" pelaksana kelas 5 bezetting 3 kebutuhan 3', '"Pengadministrasi Perkantoran" pelaksana kelas 5 bezetting 3 kebutuhan 4'));
        fs.cpSync(path.join(baru, 'dinas-kesehatan.sikerja'), path.join(after, 'bengkayang/dinas-kesehatan.sikerja'));
        fs.cpSync(path.join(lama, 'dinas-kesehatan.sikerja'), path.join(before, 'bengkayang/dinas-kesehatan.sikerja'));
        fs.cpSync(path.join(lama, 'tim-kerja.sikerja'), path.join(before, 'bengkayang/tim-kerja.sikerja'));
        const r = sikerja(['diff', before, after]);
        expect(r.code, r.stderr).toBe(0);
        const headings = r.stdout.split('\n').filter(l => / — (Bengkayang|Kampar)$/.test(l));
        expect(headings).toEqual([
            'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana (Dinkes) — Bengkayang',
            'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) — Kampar'
        ]);
        expect(r.stdout).toMatch(/Diubah +jabatan +BKPSDM\.\w+\.PengadministrasiPerkantoran +K 3 → 4/);
    });
});

describe('sikerja diff: git revisions', () => {
    let repo: string;
    beforeAll(() => {
        repo = path.join(dir, 'repo');
        fs.mkdirSync(repo);
        git(repo, 'init', '-q');
        fs.cpSync(lama, path.join(repo, 'kabupaten'), { recursive: true });
        git(repo, 'add', '.');
        git(repo, 'commit', '-q', '-m', 'lama');
        git(repo, 'tag', 'v2025');
        fs.cpSync(baru, path.join(repo, 'kabupaten'), { recursive: true });
        git(repo, 'commit', '-q', '-am', 'baru');
    });

    it('compares two revisions, and a revision with the working tree, without touching the working tree', () => {
        const status = git(repo, 'status', '--porcelain');
        const r = sikerja(['diff', 'HEAD~1', 'HEAD', '--path', 'kabupaten', '--format', 'json'], repo);
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout).summary.counts).toEqual({ ditambah: 1, dihapus: 2, diubah: 1, dipindah: 4, 'diganti-nama': 0 });
        // The working tree has one more change, not yet committed: a kelas.
        const file = path.join(repo, 'kabupaten/dinas-kesehatan.sikerja');
        const text = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(file, text.replace('"Apoteker Ahli Muda" fungsional keahlian ahli-muda kelas 9', '"Apoteker Ahli Muda" fungsional keahlian ahli-muda kelas 10'));
        const tree = sikerja(['diff', 'HEAD', '--path', 'kabupaten'], repo);
        expect(tree.code, tree.stderr).toBe(0);
        // The revision named with what a reader can place: its folder and its commit's date.
        expect(tree.stdout).toMatch(/Perubahan dari HEAD \(kabupaten; commit \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}\) ke pohon kerja \(kabupaten\)/);
        expect(tree.stdout).toMatch(/Diubah +jabatan +Dinkes\.Yankes\.ApotekerMuda +Kelas 9 → 10/);
        const tag = sikerja(['diff', 'v2025'], path.join(repo, 'kabupaten'));
        expect(tag.stdout).toContain('Jumlah: 1 ditambah, 2 dihapus, 2 diubah, 4 dipindah, 0 diganti nama');
        // Without --path nothing stands in for a folder: no empty "()" in the heading.
        expect(tag.stdout.split('\n')[0]).toMatch(/^Perubahan dari v2025 \(commit \d{1,2} [A-Z][a-z]+ \d{4}\) ke pohon kerja$/);
        const root = sikerja(['diff', 'v2025', '--path', '.'], repo);
        expect(root.stdout.split('\n')[0]).toMatch(/^Perubahan dari v2025 \(commit \d{1,2} [A-Z][a-z]+ \d{4}\) ke pohon kerja$/);
        fs.writeFileSync(file, text);
        expect(git(repo, 'status', '--porcelain')).toBe(status);
    });
});

describe('sikerja diff: bad input', () => {
    it('a side that does not exist, is not a workspace, or a revision git does not know: a message and exit code 2', () => {
        const nothing = sikerja(['diff']);
        expect([nothing.code, nothing.stderr.trim()]).toEqual([2, 'sikerja: Argumen kurang: sebutkan versi lama yang dibandingkan, folder atau revisi git (mis. HEAD~1).']);
        const missing = path.join(dir, 'tidak-ada');
        const none = sikerja(['diff', missing, baru]);
        expect([none.code, none.stderr.trim()]).toEqual([2, `sikerja: ${missing} bukan folder dan bukan revisi yang dikenal git (cabang, tag atau commit).`]);
        const outside = sikerja(['diff', 'HEAD~1', baru], dir);
        expect([outside.code, outside.stderr.trim()]).toEqual([2, `sikerja: HEAD~1 bukan folder, dan ${dir} bukan repositori git: tidak ada revisi yang dapat dibaca.`]);
        const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-kosong-'));
        fs.writeFileSync(path.join(empty, 'catatan.txt'), 'bukan model');
        const notModel = sikerja(['diff', empty, baru]);
        expect([notModel.code, notModel.stderr.trim()]).toEqual([2, `sikerja: ${empty} bukan ruang kerja SiKerja: tidak ada berkas .sikerja di dalamnya.`]);
        const revision = sikerja(['diff', 'revisi-yang-tidak-ada', '--path', 'examples/bengkayang']);
        expect([revision.code, revision.stderr.trim()]).toEqual([2, 'sikerja: revisi-yang-tidak-ada bukan folder dan bukan revisi yang dikenal git (cabang, tag atau commit).']);
        const gone = sikerja(['diff', 'HEAD', '--path', 'examples/tidak-ada']);
        expect([gone.code, gone.stderr.trim()]).toEqual([2, 'sikerja: examples/tidak-ada tidak ada di revisi HEAD.']);
    });

    it('a name that does not link leaves only its declaration out of both sides; the rest of the file is compared; exit code 1', () => {
        const linked = path.join(dir, 'tautan');
        fs.cpSync(baru, linked, { recursive: true });
        const file = path.join(linked, 'tim-kerja.sikerja');
        const text = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(file, text.replace('anggota Dinkes.Kesmas.PenyuluhKesmasPertama', 'anggota Dinkes.Kesmas.PenyuluhTidakAda')
            .replace('durasi "Maret - Desember 2025"', 'durasi "April - Desember 2025"'));
        const r = sikerja(['diff', lama, linked, '--format', 'json']);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/tim-kerja\.sikerja:15:\d+ error linking-error/);
        expect(r.stderr).toContain('Tidak dibandingkan (berkasnya tidak terbaca utuh atau ada nama yang tidak tertaut): tim kerja TimPercepatanPenurunanStunting.');
        const json = JSON.parse(r.stdout);
        expect(json.skipped).toEqual([{ pemda: 'Bengkayang', kind: 'tim', id: 'TimPercepatanPenurunanStunting' }]);
        expect(json.changes.find((c: any) => c.element === 'TimPerizinanBerusaha')).toMatchObject({ change: 'diubah', fields: { duration: ['Maret - Desember 2025', 'April - Desember 2025'] } });
    });

    it('a file that does not parse is left out of both sides and named; the rest is compared; exit code 1', () => {
        const broken = path.join(dir, 'rusak');
        fs.cpSync(baru, broken, { recursive: true });
        const file = path.join(broken, 'dpmptsp.sikerja');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n}\s*$/, '\n'));
        const r = sikerja(['diff', lama, broken, '--format', 'json']);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/dpmptsp\.sikerja:\d+:\d+ error parsing-error/);
        expect(r.stderr).toMatch(/Dilewati, tidak dibandingkan \(berkasnya tidak terbaca utuh\): .*dpmptsp\.sikerja \(.*rusak\): parsing-error pada baris \d+/);
        const json = JSON.parse(r.stdout);
        expect(json.skipped).toContainEqual({ pemda: 'Bengkayang', kind: 'organisasi', id: 'DPMPTSP' });
        // DPMPTSP is not reported removed; the Dinkes changes are still there.
        expect(json.changes.some((c: any) => c.element.startsWith('DPMPTSP'))).toBe(false);
        expect(json.summary.counts.dipindah).toBe(4);
    });
});

describe('sikerja docs --kind perubahan', () => {
    it('writes the matriks perubahan .docx and .xlsx from <lama> <baru>, keeps them on a second run, and is written alone', () => {
        const out = path.join(dir, 'dokumen');
        const r = sikerja(['docs', '--kind', 'perubahan', lama, baru, '--out', out]);
        expect(r.code, r.stderr).toBe(0);
        expect(fs.readdirSync(path.join(out, 'Bengkayang')).sort()).toEqual(['matriks-perubahan-peta-jabatan.xlsx', 'matriks-perubahan.docx']);
        expect(r.stdout.trim().split('\n').at(-1)).toBe(`Ditulis 2 dokumen ke ${path.relative(ROOT, out)} (perubahan dari ${lama} ke ${baru}).`);
        const again = sikerja(['docs', lama, baru, '--kind', 'perubahan', '--out', out]);
        expect(again.stdout).toContain('matriks-perubahan.docx: sudah ada, tidak ditimpa (--timpa untuk menulis ulang)');
        const mixed = sikerja(['docs', '--kind', 'perubahan', 'lampiran', lama, baru, '--out', out]);
        expect([mixed.code, mixed.stderr.trim()]).toEqual([2, 'sikerja: --kind perubahan ditulis sendiri: ia membandingkan dua versi, bukan satu model.']);
    });
});
