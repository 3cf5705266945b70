import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRINT_MIN_TEXT } from '@sikerja/model';
import { mm } from '@sikerja/export';
import { ensurePoppler, pdfWords } from '../export/pdf-words.js';
import { bengkayangVersions } from './diff-example.js';
import { git, ROOT, sikerja } from './run-cli.js';

/**
 * `sikerja export --sejak <lama>`: the struktur and peta jabatan of the new version marked with the
 * changes since `lama`, read as `sikerja diff` reads it (a folder or a git revision).
 */


const DINKES = ['--kind', 'struktur', 'peta-jabatan', '--element', 'Dinkes'];

/** The SVG files of a drawing: one, or one per page (`Dinkes-peta-jabatan-2.svg`). */
function svgFiles(folder: string, drawing: string): string[] {
    return fs.readdirSync(folder).filter(f => f === `${drawing}.svg` || new RegExp(`^${drawing}-\\d+\\.svg$`).test(f)).sort();
}
let dir: string, lama: string, baru: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-sejak-'));
    ({ lama, baru } = bengkayangVersions(dir));
});

describe('sikerja export --sejak a folder', () => {
    it('prints the marks on the PDF pages, at 8 pt or more and inside the printable area', () => {
        ensurePoppler();
        const out = path.join(dir, 'pdf');
        const r = sikerja(['export', baru, '--sejak', lama, ...DINKES, '--format', 'pdf', '--out', out]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.trim()).toBe(`Diekspor 2 berkas ke ${path.relative(ROOT, out)}.`);
        for (const kind of ['struktur', 'peta-jabatan']) {
            const pages = pdfWords(path.join(out, 'Bengkayang', `Dinkes-${kind}.pdf`));
            const text = pages.map(p => p.words.map(w => w.text).join(' ')).join(' ');
            expect(text, kind).toContain('Tanda perubahan sejak');
            // The keterangan and the Dihapus box stand side by side: their lines are read interleaved.
            expect(text, kind).toContain('Dihapus');
            expect(text, kind).toContain('Unit Seksi Surveilans dan Imunisasi (di Bidang Pencegahan dan Pengendalian Penyakit)');
            expect(text, kind).toMatch(/Kelompok JF Surveilans dan Imunisasi \(baru\)/);
            if (kind === 'peta-jabatan') {
                // The Nutrisionis Ahli Muda's kelas (the only change of a figure); pdftotext reads the row's cells apart.
                expect(text).toContain('9 -> 10 1 2 -1');
                expect(text).toContain('Tenaga Sanitasi Lingkungan Mahir (dipindah dari Bidang Kesehatan Masyarakat)');
                expect(text).toContain('Jabatan Kepala Seksi Surveilans dan Imunisasi — kelas 9, B 1, K 1');
            }
            for (const [i, p] of pages.entries()) {
                expect(p.words.filter(w => w.size < PRINT_MIN_TEXT - 0.05).map(w => w.text), `${kind} hal. ${i + 1}`).toEqual([]);
                const margin = mm(12);
                expect(p.words.filter(w => w.x0 < margin - 1 || w.y0 < margin - 1 || w.x1 > p.width - margin + 1 || w.y1 > p.height - margin + 1).map(w => w.text), `${kind} hal. ${i + 1}`).toEqual([]);
            }
        }
    });

    it('an unchanged model: the same drawings as the plain export', () => {
        const plain = path.join(dir, 'polos'), marked = path.join(dir, 'sama');
        expect(sikerja(['export', baru, ...DINKES, '--out', plain]).code).toBe(0);
        const r = sikerja(['export', baru, '--sejak', baru, ...DINKES, '--out', marked]);
        expect(r.code, r.stderr).toBe(0);
        for (const kind of ['struktur', 'peta-jabatan']) {
            const files = svgFiles(path.join(plain, 'Bengkayang'), `Dinkes-${kind}`);
            expect(files.length, kind).toBeGreaterThan(0);
            expect(svgFiles(path.join(marked, 'Bengkayang'), `Dinkes-${kind}`)).toEqual(files);
            for (const f of files) expect(fs.readFileSync(path.join(marked, 'Bengkayang', f), 'utf8') === fs.readFileSync(path.join(plain, 'Bengkayang', f), 'utf8'), f).toBe(true);
        }
    });
});

describe('sikerja export --sejak a git revision', () => {
    it('reads the same folder at the revision, and leaves the working tree as it was', () => {
        const repo = path.join(dir, 'repo');
        fs.mkdirSync(repo);
        git(repo, 'init', '-q');
        fs.cpSync(lama, path.join(repo, 'kabupaten'), { recursive: true });
        git(repo, 'add', '.');
        git(repo, 'commit', '-q', '-m', 'lama');
        fs.cpSync(baru, path.join(repo, 'kabupaten'), { recursive: true });
        git(repo, 'commit', '-q', '-am', 'baru');
        const status = git(repo, 'status', '--porcelain');
        const out = path.join(dir, 'revisi');
        const r = sikerja(['export', 'kabupaten', '--sejak', 'HEAD~1', '--kind', 'peta-jabatan', '--element', 'Dinkes', '--out', out], repo);
        expect(r.code, r.stderr).toBe(0);
        const folder = path.join(out, 'Bengkayang');
        const svg = svgFiles(folder, 'Dinkes-peta-jabatan').map(f => fs.readFileSync(path.join(folder, f), 'utf8')).join('\n');
        expect(svg).toMatch(/Tanda perubahan sejak HEAD~1 \(kabupaten; commit \d{1,2} [A-Z][a-z]+ \d{4}\)/);
        expect(svg).toContain('Kelompok JF Surveilans dan Imunisasi (baru)');
        expect(git(repo, 'status', '--porcelain')).toBe(status);
    });
});

describe('sikerja export --sejak: bad input', () => {
    it('a side that does not exist, is not a workspace, or a revision git does not know: the messages of sikerja diff, exit code 2, nothing written', () => {
        const out = path.join(dir, 'tidak-ditulis');
        const same = (lamaSpec: string, cwd = ROOT) => {
            const e = sikerja(['export', baru, '--sejak', lamaSpec, ...DINKES, '--out', out], cwd);
            const d = sikerja(['diff', lamaSpec, baru], cwd);
            expect([e.code, e.stderr.trim()]).toEqual([2, d.stderr.trim()]);
            expect(d.code).toBe(2);
            return e.stderr.trim();
        };
        const missing = path.join(dir, 'tidak-ada');
        expect(same(missing)).toBe(`sikerja: ${missing} bukan folder dan bukan revisi yang dikenal git (cabang, tag atau commit).`);
        const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-kosong-'));
        fs.writeFileSync(path.join(empty, 'catatan.txt'), 'bukan model');
        expect(same(empty)).toBe(`sikerja: ${empty} bukan ruang kerja SiKerja: tidak ada berkas .sikerja di dalamnya.`);
        expect(same('revisi-yang-tidak-ada')).toBe('sikerja: revisi-yang-tidak-ada bukan folder dan bukan revisi yang dikenal git (cabang, tag atau commit).');
        expect(same('HEAD~1', dir)).toBe(`sikerja: HEAD~1 bukan folder, dan ${dir} bukan repositori git: tidak ada revisi yang dapat dibaca.`);
        expect(fs.existsSync(out)).toBe(false);
    });

    it('more than one path, or a file: --sejak compares one folder, exit code 2', () => {
        const file = path.join(baru, 'dinas-kesehatan.sikerja');
        const r = sikerja(['export', file, '--sejak', lama, '--out', path.join(dir, 'berkas')]);
        expect([r.code, r.stderr.trim()]).toEqual([2, `sikerja: --sejak membandingkan satu folder ruang kerja dengan versi lamanya; sebutkan tepat satu folder (bukan ${file}).`]);
    });
});
