/**
 * A synthetic kabupaten in SiKerja syntax, deterministic for a seed: Perangkat Daerah of every kind
 * and model (Tanjung Jabung Timur's Lampiran), Kecamatan with Kelurahan and Puskesmas from templates,
 * cross-PD teams and proses bisnis with peta lintas fungsi. Valid under its profile.
 */

export function rng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6D2B79F5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface SyntheticFile { name: string; lines: string[] }

/** A place where a deliberate flaw can be put: the line to change, and the finding it yields where. */
export interface FlawSite { file: string; line: number; reportLine: number; code: string; apply: (line: string) => string }

const DINAS_URUSAN: Array<[string, number, string]> = [
    ['perhubungan', 1, 'Dinas Perhubungan'], ['keuangan', 2, 'Badan Pengelolaan Keuangan dan Aset Daerah'],
    ['pendidikan', 2, 'Dinas Pendidikan dan Kebudayaan'], ['kepegawaian', 3, 'Badan Kepegawaian dan Pengembangan SDM'],
    ['perdagangan', 3, 'Dinas Perdagangan'], ['komunikasi dan informatika', 3, 'Dinas Komunikasi dan Informatika'],
    ['pengendalian penduduk dan keluarga berencana', 3, 'Dinas Pengendalian Penduduk dan KB'], ['pemberdayaan masyarakat dan desa', 3, 'Dinas Pemberdayaan Masyarakat dan Desa'],
    ['lingkungan hidup', 3, 'Dinas Lingkungan Hidup'], ['tenaga kerja', 3, 'Dinas Tenaga Kerja'],
    ['perumahan dan kawasan permukiman', 3, 'Dinas Perumahan dan Kawasan Permukiman'], ['pekerjaan umum dan penataan ruang', 3, 'Dinas Pekerjaan Umum dan Penataan Ruang'],
    ['kesehatan', 3, 'Dinas Kesehatan'], ['perencanaan', 3, 'Badan Perencanaan Pembangunan Daerah'],
    ['perindustrian', 3, 'Dinas Perindustrian'], ['koperasi, usaha kecil dan menengah', 3, 'Dinas Koperasi dan UKM'],
    ['administrasi kependudukan dan pencatatan sipil', 3, 'Dinas Kependudukan dan Pencatatan Sipil'], ['persandian', 4, 'Dinas Persandian dan Statistik'],
    ['pertanahan', 4, 'Dinas Pertanahan'], ['pertanian', 4, 'Dinas Pertanian'], ['perikanan', 4, 'Dinas Perikanan'],
    ['kearsipan', 4, 'Dinas Kearsipan dan Perpustakaan'], ['kepemudaan dan olahraga', 4, 'Dinas Pemuda dan Olahraga'],
    ['penanaman modal', 4, 'Dinas Penanaman Modal dan PTSP'], ['pangan', 4, 'Dinas Ketahanan Pangan'],
    ['pemberdayaan perempuan dan perlindungan anak', 4, 'Dinas PPPA'], ['pariwisata', 4, 'Dinas Pariwisata'],
    ['penelitian dan pengembangan', 4, 'Badan Penelitian dan Pengembangan'], ['sosial', 4, 'Dinas Sosial'], ['transmigrasi', 4, 'Dinas Transmigrasi']
];

const JF: Array<[string, 'keahlian' | 'keterampilan']> = [
    ['Analis Kebijakan', 'keahlian'], ['Perencana', 'keahlian'], ['Pranata Komputer', 'keahlian'], ['Analis SDM Aparatur', 'keahlian'],
    ['Analis Keuangan Pusat dan Daerah', 'keahlian'], ['Arsiparis', 'keterampilan'], ['Pranata Hubungan Masyarakat', 'keterampilan'],
    ['Statistisi', 'keahlian'], ['Penyuluh', 'keahlian'], ['Pengawas Lingkungan Hidup', 'keahlian'], ['Penata Ruang', 'keahlian']
];
const JENJANG: Record<'keahlian' | 'keterampilan', ReadonlyArray<readonly [string, number, string]>> = { keahlian: [['ahli-pertama', 8, 'Ahli Pertama'], ['ahli-muda', 9, 'Ahli Muda'], ['ahli-madya', 11, 'Ahli Madya']], keterampilan: [['terampil', 6, 'Terampil'], ['mahir', 7, 'Mahir'], ['penyelia', 8, 'Penyelia']] };
const PELAKSANA: Array<[string, number]> = [['Pengadministrasi Perkantoran', 5], ['Penata Layanan Operasional', 7], ['Pengelola Layanan Operasional', 7], ['Operator Layanan Operasional', 5], ['Pengolah Data dan Informasi', 6]];

export class Kabupaten {
    readonly files: SyntheticFile[] = [];
    readonly flawSites: FlawSite[] = [];
    /** Filled JF positions (B > 0) by PD, for teams and lanes: [qualified name, is in the unit named]. */
    private readonly jfByPd = new Map<string, Array<{ id: string; unit: string }>>();
    private readonly pdUnits = new Map<string, string[]>();
    private readonly leaders = new Map<string, string>();
    private positions = 0;
    private readonly random: () => number;

    constructor(readonly scale: number, seed: number, readonly pemda = 'Sintetis') {
        this.random = rng(seed);
    }

    private int(min: number, max: number): number { return min + Math.floor(this.random() * (max - min + 1)); }
    private pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.random() * xs.length)]; }

    get positionCount(): number { return this.positions; }

    generate(): this {
        this.file('pemda.sikerja', [`pemda ${this.pemda} {`, '    nama "Kabupaten Sintetis"', '    regulasi "Perbup Tanjung Jabung Timur 14/2023"', '}']);
        for (let copy = 0; copy < this.scale; copy++) {
            const s = copy === 0 ? '' : String(copy + 1);
            this.setda(`Setda${s}`, copy === 0 ? 'sekretariat-daerah' : 'sekretariat-dprd');
            this.setda(`Setwan${s}`, 'sekretariat-dprd');
            this.inspektorat(`Inspektorat${s}`);
            this.dinas(`SatpolPP${s}`, 'satpol-pp', 'ketentraman dan perlindungan masyarakat', 1, 'Satuan Polisi Pamong Praja');
            DINAS_URUSAN.forEach(([urusan, model, title], i) => this.dinas(`PD${i + 1}${s ? `x${s}` : ''}`, title.startsWith('Badan') ? 'badan' : 'dinas', urusan, model, title));
            for (let k = 1; k <= 11; k++) this.kecamatan(`Kecamatan${k}${s ? `x${s}` : ''}`, k);
        }
        this.puskesmas();
        this.teams();
        this.processes();
        return this;
    }

    private file(name: string, lines: string[]): SyntheticFile {
        const f = { name, lines };
        this.files.push(f);
        return f;
    }

    private jabatan(lines: string[], indent: string, name: string, pd: string, unitId: string, jfOnly = false): void {
        const useJf = jfOnly || this.random() < 0.65;
        let line: string;
        if (useJf) {
            const [title, kategori] = this.pick(JF);
            const [jenjang, kelas, label] = this.pick(JENJANG[kategori]);
            const k = this.int(1, 4);
            const penyetaraan = this.random() < 0.3 && kategori === 'keahlian';
            const b = this.int(0, k);
            line = `${indent}jabatan ${name} "${title} ${label}" fungsional ${kategori} ${jenjang} kelas ${kelas}${penyetaraan ? ' hasil-penyetaraan' : ''} bezetting ${b} kebutuhan ${k} pns`;
            // Only a post somebody holds can be given a penugasan (assignee-in-post).
            if (b > 0) (this.jfByPd.get(pd) ?? this.jfByPd.set(pd, []).get(pd)!).push({ id: `${unitId}.${name}`, unit: unitId });
        } else {
            const [title, kelas] = this.pick(PELAKSANA);
            const k = this.int(1, 6);
            line = `${indent}jabatan ${name} "${title}" pelaksana kelas ${kelas} bezetting ${this.int(0, k)} kebutuhan ${k} ${this.random() < 0.2 ? 'pppk' : 'pns'}`;
        }
        lines.push(line);
        this.positions++;
    }

    private leader(lines: string[], indent: string, name: string, title: string, jenis: string, kelas: number, unitId: string, extra = ''): void {
        lines.push(`${indent}pimpinan ${name} "${title}" ${jenis} kelas ${kelas}${extra} bezetting 1 kebutuhan 1 pns`);
        this.leaders.set(unitId, `${unitId}.${name}`);
        this.positions++;
    }

    private setda(id: string, kind: 'sekretariat-daerah' | 'sekretariat-dprd'): void {
        const lines = [`pemda ${this.pemda}`, '', `${kind} ${id} "${kind === 'sekretariat-daerah' ? 'Sekretariat Daerah' : 'Sekretariat DPRD'} ${id}" {`];
        this.leader(lines, '    ', 'Kepala', kind === 'sekretariat-daerah' ? 'Sekretaris Daerah' : 'Sekretaris DPRD', kind === 'sekretariat-daerah' ? 'jpt-madya' : 'jpt-pratama', kind === 'sekretariat-daerah' ? 15 : 14, id);
        const units: string[] = [];
        const groups = kind === 'sekretariat-daerah' ? 3 : 1;
        for (let a = 1; a <= groups; a++) {
            const asisten = kind === 'sekretariat-daerah' ? `Asisten${a}` : undefined;
            const indent = asisten ? '        ' : '    ';
            if (asisten) {
                lines.push(`    asisten ${asisten} "Asisten ${a}" {`);
                this.leader(lines, indent, 'Asisten', `Asisten ${a}`, 'jpt-pratama', 14, `${id}.${asisten}`);
            }
            for (let b = 1; b <= (asisten ? 3 : 4); b++) {
                const bagian = `Bagian${a}${b}`;
                const unitId = asisten ? `${id}.${asisten}.${bagian}` : `${id}.${bagian}`;
                lines.push(`${indent}bagian ${bagian} "Bagian ${a}.${b}" {`);
                this.leader(lines, indent + '    ', 'Kabag', `Kepala Bagian ${a}.${b}`, 'administrator', 12, unitId);
                for (let j = 1; j <= this.int(10, 16); j++) this.jabatan(lines, indent + '    ', `J${j}`, id, unitId);
                lines.push(`${indent}}`);
                units.push(unitId);
            }
            if (asisten) lines.push('    }');
        }
        lines.push('}');
        this.pdUnits.set(id, units);
        this.file(`${id.toLowerCase()}.sikerja`, lines);
    }

    private inspektorat(id: string): void {
        const lines = [`pemda ${this.pemda}`, '', `inspektorat ${id} "Inspektorat ${id}" {`];
        this.leader(lines, '    ', 'Inspektur', 'Inspektur', 'jpt-pratama', 14, id);
        const units: string[] = [];
        for (let i = 1; i <= 4; i++) {
            const unitId = `${id}.Irban${i}`;
            lines.push(`    inspektur-pembantu Irban${i} "Inspektur Pembantu Wilayah ${i}" {`);
            this.leader(lines, '        ', 'Irban', `Inspektur Pembantu Wilayah ${i}`, 'administrator', 12, unitId);
            for (let j = 1; j <= this.int(8, 14); j++) this.jabatan(lines, '        ', `J${j}`, id, unitId, true);
            lines.push('    }');
            units.push(unitId);
        }
        lines.push('}');
        this.pdUnits.set(id, units);
        this.file(`${id.toLowerCase()}.sikerja`, lines);
    }

    private dinas(id: string, kind: string, urusan: string, model: number, title: string): void {
        const lines = [`pemda ${this.pemda}`, '', `${kind} ${id} "${title} (${id})" model ${model} {`, `    urusan "${urusan}"`];
        this.leader(lines, '    ', 'Kepala', `Kepala ${title}`, 'jpt-pratama', 14, id);
        // Sekretariat: Model 1 keeps JF inside a Subbagian; Model 4 has no Subbagian.
        lines.push('    sekretariat Sekretariat "Sekretariat" {');
        this.leader(lines, '        ', 'Sekretaris', 'Sekretaris', 'administrator', 12, `${id}.Sekretariat`);
        if (model <= 3) {
            lines.push('        subbagian Umum "Subbagian Umum dan Kepegawaian" {');
            this.leader(lines, '            ', 'Kasubbag', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 9, `${id}.Sekretariat.Umum`, ' seperti-ketua-tim');
            if (model === 1) for (let j = 1; j <= this.int(3, 6); j++) this.jabatan(lines, '            ', `J${j}`, id, `${id}.Sekretariat.Umum`);
            lines.push('        }');
        }
        if (model !== 1) for (let j = 1; j <= this.int(3, 6); j++) this.jabatan(lines, '        ', `J${j}`, id, `${id}.Sekretariat`);
        lines.push('    }');
        const units = [`${id}.Sekretariat`];
        for (let b = 1; b <= this.int(3, 4); b++) {
            const unitId = `${id}.Bidang${b}`;
            lines.push(`    bidang Bidang${b} "Bidang ${b}" {`);
            this.leader(lines, '        ', 'Kabid', `Kepala Bidang ${b}`, 'administrator', 12, unitId);
            if (model === 1 || (model === 2 && b === 1)) {
                lines.push(`        seksi Seksi${b} "Seksi ${b}" {`);
                this.leader(lines, '            ', 'Kasi', `Kepala Seksi ${b}`, 'pengawas', 9, `${unitId}.Seksi${b}`, ' seperti-ketua-tim');
                lines.push('        }');
            }
            for (let j = 1; j <= this.int(38, 60); j++) this.jabatan(lines, '        ', `J${j}`, id, unitId);
            lines.push('    }');
            units.push(unitId);
        }
        lines.push('}');
        this.pdUnits.set(id, units);
        this.file(`${id.toLowerCase()}.sikerja`, lines);
    }

    private kecamatan(id: string, k: number): void {
        const lines = [`pemda ${this.pemda}`, '', `kecamatan ${id} "Kecamatan ${k} (${id})" {`];
        this.leader(lines, '    ', 'Camat', `Camat ${k}`, 'administrator', 12, id);
        const units: string[] = [];
        for (const [s, title] of [['Pemerintahan', 'Seksi Pemerintahan'], ['PMD', 'Seksi Pemberdayaan Masyarakat dan Desa'], ['Trantib', 'Seksi Ketenteraman dan Ketertiban'], ['Kesra', 'Seksi Kesejahteraan Sosial']]) {
            lines.push(`    seksi ${s} "${title}" {`);
            this.leader(lines, '        ', 'Kasi', `Kepala ${title}`, 'pengawas', 9, `${id}.${s}`);
            for (let j = 1; j <= this.int(8, 14); j++) this.jabatan(lines, '        ', `J${j}`, id, `${id}.${s}`);
            lines.push('    }');
            units.push(`${id}.${s}`);
        }
        lines.push('}');
        if (k === 1 && this.files.every(f => !f.lines.some(l => l.startsWith('templat Kelurahan')))) {
            lines.push('', 'templat Kelurahan "Susunan Organisasi Kelurahan" untuk kelurahan {', '    pimpinan Lurah "Lurah {unit}" pengawas kelas 9 kebutuhan 1 pns',
                '    seksi Pemerintahan "Seksi Pemerintahan" {', '        pimpinan Kasi "Kepala Seksi Pemerintahan" pengawas kelas 8 kebutuhan 1 pns',
                '        jabatan Penata "Penata Layanan Operasional" pelaksana kelas 7 kebutuhan 2', '    }', '}');
        }
        for (let l = 1; l <= this.int(2, 4); l++) {
            lines.push('', `kelurahan ${id}Kel${l} "Kelurahan ${k}.${l}" induk ${id} menurut Kelurahan {`, `    isi Lurah bezetting 1`, `    isi Pemerintahan.Kasi bezetting 1`, `    isi Pemerintahan.Penata bezetting ${this.int(0, 2)}`, '}');
            this.positions += 3;
        }
        this.pdUnits.set(id, units);
        this.file(`${id.toLowerCase()}.sikerja`, lines);
    }

    private puskesmas(): void {
        const lines = [`pemda ${this.pemda}`, '', 'templat Puskesmas "Susunan Organisasi UPTD Puskesmas" untuk puskesmas {',
            '    pimpinan Kepala "Kepala {unit}" fungsional keahlian ahli-madya kelas 11 kebutuhan 1 pns'];
        const jf = [['Dokter', 'Dokter Ahli Pertama', 'keahlian ahli-pertama kelas 9'], ['Perawat', 'Perawat Terampil', 'keterampilan terampil kelas 6'],
            ['Bidan', 'Bidan Terampil', 'keterampilan terampil kelas 6'], ['Nutrisionis', 'Nutrisionis Terampil', 'keterampilan terampil kelas 6'],
            ['Sanitarian', 'Tenaga Sanitasi Lingkungan Terampil', 'keterampilan terampil kelas 6'], ['Apoteker', 'Apoteker Ahli Pertama', 'keahlian ahli-pertama kelas 8']];
        for (const [n, t, a] of jf) lines.push(`    jabatan ${n} "${t}" fungsional ${a}`);
        lines.push('}');
        for (let p = 1; p <= 20 * this.scale; p++) {
            lines.push('', `puskesmas Pkm${p} "UPTD Puskesmas ${p}" induk PD13 menurut Puskesmas {`, '    isi Kepala bezetting 1');
            for (const [n] of jf) { const k = this.int(1, 8); lines.push(`    isi ${n} bezetting ${this.int(0, k)} kebutuhan ${k}`); }
            lines.push('}');
            this.positions += jf.length + 1;
        }
        this.file('uptd-puskesmas.sikerja', lines);
    }

    private teams(): void {
        const pds = [...this.jfByPd.keys()].filter(pd => (this.jfByPd.get(pd)?.length ?? 0) > 2);
        const lines = [`pemda ${this.pemda}`];
        for (let t = 1; t <= 60 * this.scale; t++) {
            const owner = pds[t % pds.length];
            const other = pds[(t * 7 + 3) % pds.length] === owner ? pds[(t + 1) % pds.length] : pds[(t * 7 + 3) % pds.length];
            const ketua = this.pick(this.jfByPd.get(owner)!);
            const anggota = this.pick(this.jfByPd.get(owner)!.filter(x => x.id !== ketua.id && x.unit === ketua.unit));
            const luar = this.pick(this.jfByPd.get(other)!);
            lines.push('', `tim Tim${t} "Tim Kerja Lintas Perangkat Daerah ${t}" {`, `    pemilik-kinerja ${ketua.unit}`, `    penanggung-jawab ${this.leaders.get(ketua.unit)}`, `    ketua ${ketua.id}`);
            if (anggota) {
                // A member of the owner unit whose name is misspelt: a linking error and nothing else.
                this.flawSites.push({ file: 'tim-kerja.sikerja', line: lines.length, reportLine: lines.length, code: 'linking-error', apply: l => l + 'X' });
                lines.push(`    anggota ${anggota.id}`);
            }
            lines.push(`    anggota ${luar.id}`);
            lines.push(`    target-kinerja "Target kinerja tim ${t}"`, '    durasi "12 bulan"', '    cara penunjukan', '    ditetapkan keputusan-kepala-perangkat-daerah');
            lines.push(`    permohonan kepada ${other} {`, `        maksud "Pelibatan dalam tim ${t}"`);
            const kompetensi = lines.length;
            lines.push('        kompetensi "Sesuai jabatan fungsional"', '        ekspektasi "Target tim tercapai"', '        durasi "12 bulan"', '    }', '}');
            this.flawSites.push({ file: 'tim-kerja.sikerja', line: kompetensi, reportLine: kompetensi - 2, code: 'permohonan-complete', apply: l => l.replace(/kompetensi "[^"]*"/, '') });
        }
        this.file('tim-kerja.sikerja', lines);
    }

    private processes(): void {
        const lines = [`pemda ${this.pemda}`, '', 'proses Peta "Peta Proses Bisnis Kabupaten Sintetis" {', '    kode "SIN"', '    level 0', '}'];
        const pds = [...this.pdUnits.keys()];
        let count = 1;
        pds.forEach((pd, i) => {
            if (count >= 150 * this.scale) return;
            const code = `SIN.${String(i + 1).padStart(2, '0')}`;
            lines.push('', `proses P${i + 1} "Proses Utama ${pd}" {`, `    kode "${code}"`, '    level 1', '    induk Peta', '    kategori inti', `    pemilik ${pd}`, `    keluaran "Keluaran ${pd}"`, '}');
            count++;
            const units = this.pdUnits.get(pd)!;
            for (let s = 1; s <= 3 && count < 150 * this.scale; s++, count++) this.crossFunctional(lines, `P${i + 1}S${s}`, `P${i + 1}`, `${code}.${String(s).padStart(2, '0')}`, pd, units[s % units.length]);
        });
        this.file('proses-bisnis.sikerja', lines);
    }

    private crossFunctional(lines: string[], name: string, parent: string, code: string, pd: string, unit: string): void {
        const jf = this.jfByPd.get(pd)?.filter(x => x.unit === unit) ?? [];
        const staff = jf[0]?.id ?? this.leaders.get(unit)!;
        lines.push('', `proses ${name} "Subproses ${name}" {`, `    kode "${code}"`, '    level 2', `    induk ${parent}`, '    kategori inti', `    pemilik ${unit}`, `    keluaran "Keluaran ${name}"`,
            `    lintas-fungsi Peta "Peta Lintas Fungsi ${name}" kode "${code}.01" {`, '        jalur Pemohon "Pemohon"', `        jalur Petugas ${staff}`, `        jalur Pimpinan ${this.leaders.get(unit)}`,
            '        mulai M "Permohonan masuk" di Pemohon', '        kegiatan Ajukan "Mengajukan permohonan" di Pemohon durasi "1 hari"',
            '        kegiatan Periksa "Memeriksa berkas" di Petugas durasi "1 hari"');
        const decision = lines.length;
        lines.push('        keputusan Lengkap "Lengkap?" di Petugas', '        kegiatan Lengkapi "Melengkapi berkas" di Pemohon',
            `        kegiatan Setujui "Menyetujui" di Pimpinan keluaran "Keluaran ${name}"`, '        dokumen Surat "Surat keputusan" di Petugas', '        selesai S "Selesai" di Pemohon',
            '        alur M -> Ajukan -> Periksa -> Lengkap', '        alur Lengkap -> Setujui "ya"');
        const noLabel = lines.length;
        lines.push('        alur Lengkap -> Lengkapi "tidak"', '        alur Lengkapi -> Periksa', '        alur Setujui -> Surat -> S', '    }', '}');
        this.flawSites.push({ file: 'proses-bisnis.sikerja', line: noLabel, reportLine: decision, code: 'decision-exits', apply: l => l.replace(' "tidak"', '') });
    }
}
