/**
 * Fuzz inputs for the language layer: mutations of the examples (tokens and lines deleted,
 * duplicated, swapped; truncation; odd unicode; huge names), deep nesting, reference cycles across
 * files, very long files, and token soup from the grammar's keywords.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rng } from './synthetic.ts';

export interface FuzzCase {
    name: string;
    /** File name -> text; every case is its own small workspace. */
    files: Record<string, string>;
}

const KEYWORDS = [
    'pemda', 'dinas', 'badan', 'inspektorat', 'sekretariat-daerah', 'kecamatan', 'kelurahan', 'uptd', 'puskesmas', 'templat', 'untuk',
    'sekretariat', 'bidang', 'bagian', 'asisten', 'subbagian', 'seksi', 'unit', 'pimpinan', 'jabatan', 'kelompok', 'isi', 'judul',
    'model', 'kelas', 'induk', 'menurut', 'urusan', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana',
    'keahlian', 'keterampilan', 'ahli-muda', 'terampil', 'bezetting', 'kebutuhan', 'pns', 'pppk', 'hasil-penyetaraan', 'seperti-ketua-tim',
    'dibawah', 'koordinator', 'instansi', 'tim', 'pemilik-kinerja', 'pengarah', 'penanggung-jawab', 'ketua', 'sekretaris', 'anggota', 'dari',
    'target-kinerja', 'durasi', 'cara', 'penunjukan', 'pengajuan-sukarela', 'ditetapkan', 'surat-tugas', 'keputusan-bupati', 'permohonan',
    'kepada', 'maksud', 'kompetensi', 'ekspektasi', 'nomor', 'penugasan', 'ditugaskan', 'proses', 'kode', 'level', 'kategori', 'inti',
    'pemilik', 'masukan', 'keluaran', 'lintas-fungsi', 'jalur', 'sop', 'mulai', 'selesai', 'kegiatan', 'keputusan', 'dokumen', 'penghubung',
    'di', 'ke', 'alur', 'peta-relasi', 'relasi', 'regulasi', 'nama', 'provinsi'
];
const PUNCT = ['{', '}', '{', '}', '.', '->', ',', '"x"', '"Perbup Kampar 9/2025"', '0', '9', '15', '//c\n', '/*', '*/', '"'];
const UNICODE = ['\u0000', '\uFEFF', '\u200B', '\u202E', 'é', '😀', '\uD800', '\r', '\r\n', '\t', 'Ω', 'ا', '\u0301', '\\', '@', '#', '$'];

export function loadSeeds(examplesDir: string): Array<Record<string, string>> {
    const seeds: Array<Record<string, string>> = [];
    const walk = (dir: string) => {
        const files = fs.readdirSync(dir).filter(f => f.endsWith('.sikerja'));
        if (files.length > 0) seeds.push(Object.fromEntries(files.map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')])));
        for (const d of fs.readdirSync(dir)) if (fs.statSync(path.join(dir, d)).isDirectory()) walk(path.join(dir, d));
    };
    walk(examplesDir);
    return seeds;
}

export class FuzzCases {
    private readonly random: () => number;

    constructor(seed: number, private readonly seeds: Array<Record<string, string>>) {
        this.random = rng(seed);
    }

    private int(n: number): number { return Math.floor(this.random() * n); }
    private pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]; }

    next(index: number): FuzzCase {
        const r = this.int(1000);
        if (r < 3) return { name: `panjang-${index}`, files: { 'panjang.sikerja': this.longFile(10000) } };
        if (r < 40) return { name: `sup-${index}`, files: { 'pemda.sikerja': 'pemda F { regulasi "Perbup Kampar 9/2025" }', 'sup.sikerja': this.soup() } };
        if (r < 60) return { name: `bersarang-${index}`, files: { 'pemda.sikerja': 'pemda F { }', 'dalam.sikerja': this.nesting() } };
        if (r < 90) return { name: `siklus-${index}`, files: this.cycles() };
        if (r < 110) return { name: `ulang-${index}`, files: this.repeatLine() };
        return { name: `mutasi-${index}`, files: this.mutateSeed() };
    }

    private mutateSeed(): Record<string, string> {
        const files = { ...this.pick(this.seeds) };
        const names = Object.keys(files);
        const rounds = 1 + this.int(6);
        for (let i = 0; i < rounds; i++) {
            const f = this.pick(names);
            files[f] = this.mutate(files[f]);
        }
        return files;
    }

    mutate(text: string): string {
        const op = this.int(10);
        const tokens = text.split(/(\s+|[{}".])/).filter(t => t !== undefined);
        const lines = text.split('\n');
        const at = (n: number) => this.int(Math.max(1, n));
        switch (op) {
            case 0: { tokens.splice(at(tokens.length), 1); return tokens.join(''); }
            case 1: { const i = at(tokens.length); tokens.splice(i, 0, tokens[i] ?? ''); return tokens.join(''); }
            case 2: { const i = at(tokens.length), j = at(tokens.length); [tokens[i], tokens[j]] = [tokens[j], tokens[i]]; return tokens.join(''); }
            case 3: { lines.splice(at(lines.length), 1 + this.int(3)); return lines.join('\n'); }
            case 4: { const i = at(lines.length); lines.splice(i, 0, ...lines.slice(i, i + 1 + this.int(5))); return lines.join('\n'); }
            case 5: { const i = at(lines.length), j = at(lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
            case 6: return text.slice(0, at(text.length));
            case 7: { const i = at(text.length); return text.slice(0, i) + this.pick(UNICODE).repeat(1 + this.int(3)) + text.slice(i); }
            case 8: {
                // A huge name or title in place of an identifier.
                const huge = this.random() < 0.5 ? 'N' + 'a'.repeat(5000 + this.int(20000)) : '"' + 'teks '.repeat(2000) + '"';
                const i = tokens.findIndex((t, k) => k >= at(tokens.length) && /^[A-Z]\w+$/.test(t));
                if (i >= 0) tokens[i] = huge;
                return tokens.join('');
            }
            default: { const i = at(tokens.length); tokens.splice(i, 0, ' ', this.pick([...KEYWORDS, ...PUNCT]), ' '); return tokens.join(''); }
        }
    }

    /** A paste gone wrong: one line of an example repeated up to 10,000 times in place. */
    private repeatLine(): Record<string, string> {
        const files = { ...this.pick(this.seeds) };
        const file = this.pick(Object.keys(files));
        const lines = files[file].split('\n');
        const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '' && !l.trim().startsWith('//'));
        if (candidates.length === 0) return files;
        const [line, at] = this.pick(candidates);
        const copies = this.random() < 0.3 ? 10000 : 1 + this.int(10000);
        lines.splice(at, 1, ...Array.from({ length: copies }, () => line));
        files[file] = lines.join('\n');
        return files;
    }

    private soup(): string {
        const out: string[] = [];
        const n = 5 + this.int(300);
        for (let i = 0; i < n; i++) {
            const r = this.random();
            out.push(r < 0.55 ? this.pick(KEYWORDS) : r < 0.8 ? this.pick(PUNCT) : r < 0.95 ? `N${this.int(20)}${this.random() < 0.3 ? '.N' + this.int(20) : ''}` : this.pick(UNICODE));
        }
        return out.join(this.random() < 0.5 ? ' ' : '\n');
    }

    private nesting(): string {
        const depth = 50 + this.int(3000);
        const open = Array.from({ length: depth }, (_, i) => `bidang B${i} "B${i}" {`).join('\n');
        const close = this.random() < 0.5 ? '}'.repeat(depth + 1) : '}'.repeat(this.int(depth));
        return `pemda F\ndinas D "D" {\n${open}\njabatan J "J" pelaksana dibawah ${Array.from({ length: Math.min(depth, 40) }, (_, i) => `B${i}`).join('.')}\n${close}`;
    }

    private cycles(): Record<string, string> {
        const n = 2 + this.int(4);
        const files: Record<string, string> = { 'pemda.sikerja': 'pemda F { regulasi "Perbup Bengkayang 5/2024" }' };
        for (let i = 0; i < n; i++) {
            const next = (i + 1) % n;
            files[`u${i}.sikerja`] = `pemda F\nuptd U${i} "U${i}" induk U${next} {\n    pimpinan K "K" pengawas dibawah U${next}.K\n    jabatan J "J" pelaksana dibawah U${i}.J\n}\n`
                + `proses P${i} "P${i}" { kode "P${i}" level 1 induk P${next} }\n`
                + `templat T${i} "T" { jabatan X "X" pelaksana }\npuskesmas Q${i} "Q" induk Q${next} menurut T${next} { isi X bezetting 1 }\n`
                + `tim Tim${i} "T" { pemilik-kinerja U${next} ketua Q${next}.X anggota U${i}.J permohonan kepada U${next} { } }`;
        }
        return files;
    }

    longFile(lines: number): string {
        const out = ['pemda F', 'dinas Besar "Dinas Besar" {', '    pimpinan K "Kepala" jpt-pratama kelas 14 kebutuhan 1'];
        let unit = 0;
        while (out.length < lines - 2) {
            out.push(`    bidang B${unit} "Bidang ${unit}" {`, `        pimpinan K "Kepala Bidang ${unit}" administrator kelas 12 kebutuhan 1`);
            for (let j = 0; j < 40 && out.length < lines - 3; j++) out.push(`        jabatan J${j} "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 2`);
            out.push('    }');
            unit++;
        }
        out.push('}');
        while (out.length < lines) out.push('// baris pengisi');
        return out.join('\n');
    }
}
