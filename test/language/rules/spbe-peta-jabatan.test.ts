import { describe, expect, it } from 'vitest';
import { only, underRegion } from './fixture.js';


const PD = `sekretariat-daerah Setda "Sekretariat Daerah" {
    pimpinan Sekda "Sekretaris Daerah" jpt-madya kelas 15 bezetting 1 kebutuhan 1
    asisten Adum "Asisten Administrasi Umum" {
        pimpinan Asisten "Asisten Administrasi Umum" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
        bagian Organisasi "Bagian Organisasi" { pimpinan Kabag "Kepala Bagian Organisasi" administrator kelas 12 bezetting 1 kebutuhan 1 }
    }
}
badan Bappeda "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah" { urusan "perencanaan" pimpinan Kepala "Kepala Bappelitbangda" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 }
badan BPKAD "Badan Pengelola Keuangan dan Aset Daerah" { urusan "keuangan" pimpinan Kepala "Kepala BPKAD" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 }
dinas Kominfo "Dinas Komunikasi dan Informatika, Statistik dan Persandian" { urusan "komunikasi dan informatika" pimpinan Kepala "Kepala Diskominfo" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 }
`;

describe('spbe-coordination-team', () => {
    const team = (ketua: string, anggota: string[]) => `
tim TimSPBE "Tim Koordinasi SPBE" {
    pemilik-kinerja Setda
    ketua ${ketua}
${anggota.map(a => `    anggota ${a}`).join('\n')}
    ditetapkan keputusan-bupati
}`;
    const all = ['Bappeda.Kepala', 'BPKAD.Kepala', 'Kominfo.Kepala', 'Setda.Adum.Organisasi.Kabag'];

    it('is clean with the Sekretaris Daerah as ketua and the heads named by Mahakam Ulu Ps 24 ayat 4', async () => {
        const run = await underRegion('mahulu', team('Setda.Sekda', all), PD);
        expect(run.rules).toEqual([]);
    });

    it('reports another ketua and every missing member', async () => {
        const run = await underRegion('mahulu', team('Kominfo.Kepala', all.slice(0, 2)), PD);
        expect(only(run.rules, 'spbe-coordination-team')).toEqual([
            ['error', 'spbe-coordination-team', 3, 'TimSPBE'],
            ['error', 'spbe-coordination-team', 5, 'Kominfo.Kepala']
        ]);
        const missing = run.findings.find(f => f.line === 3)!.message;
        expect(missing).toContain('Kepala Dinas Komunikasi dan Informatika, Statistik dan Persandian; Kepala Bagian Organisasi Sekretariat Daerah');
        expect(missing).toContain('[Perbup Mahakam Ulu 44/2024 Ps 24 ayat (4)]');
    });

    it('is set by Keputusan Bupati (Ps 24 ayat 1 and 7), not by the instrument table of ordinary teams', async () => {
        const bySurat = team('Setda.Sekda', all).replace('ditetapkan keputusan-bupati', 'ditetapkan surat-tugas');
        const run = await underRegion('mahulu', bySurat, PD);
        expect(run.rules).toEqual([['error', 'spbe-coordination-team', 10, 'surat-tugas']]);
        expect(run.findings[0].message).toBe('Tim Koordinasi SPBE ditetapkan oleh Bupati: tulis `ditetapkan keputusan-bupati` (Keputusan Bupati), bukan Surat Tugas. '
            + '[Perbup Mahakam Ulu 44/2024 Ps 24 ayat (1); Ps 24 ayat (7)]');
        expect((await underRegion('mahulu', team('Setda.Sekda', all), PD)).rules).toEqual([]);
    });

    it('answers to the Bupati (Ps 24 ayat 2): no penanggung jawab of the pemda, and no reporting line to the head of the unit written as owner', async () => {
        const withLeaderless = PD.replace('    asisten Adum', '    bagian Sandi "Bagian Persandian" { }\n    asisten Adum');
        const owned = (owner: string, extra = '') => team('Setda.Sekda', all).replace('pemilik-kinerja Setda', `pemilik-kinerja ${owner}${extra}`);
        const run = await underRegion('mahulu', owned('Setda.Sandi'), withLeaderless);
        expect(only(run.rules, 'reporting-line')).toEqual([]);
        const pj = await underRegion('mahulu', owned('Setda', '\n    penanggung-jawab Setda.Adum.Asisten'), PD);
        expect(pj.rules).toEqual([['error', 'spbe-coordination-team', 5, 'Setda.Adum.Asisten']]);
        expect(pj.findings[0].message).toBe('Tim Koordinasi SPBE berada di bawah dan bertanggung jawab kepada Bupati; `Asisten Administrasi Umum` bukan penanggung jawabnya. '
            + '[Perbup Mahakam Ulu 44/2024 Ps 24 ayat (2)]');
    });

    it('has its sekretariat run by the Asisten Administrasi Umum (Ps 27 ayat 1)', async () => {
        const withSekretaris = (who: string) => team('Setda.Sekda', all).replace('    ditetapkan', `    sekretaris ${who}\n    ditetapkan`);
        for (const who of ['Setda.Adum.Asisten', 'Setda.Adum.Organisasi.Kabag']) expect((await underRegion('mahulu', withSekretaris(who), PD)).rules, who).toEqual([]);
        const run = await underRegion('mahulu', withSekretaris('BPKAD.Kepala'), PD);
        expect(run.rules).toEqual([['error', 'spbe-coordination-team', 10, 'BPKAD.Kepala']]);
        expect(run.findings[0].message).toBe('Sekretariat Tim Koordinasi SPBE dilaksanakan secara fungsional oleh Asisten Administrasi Umum, bukan `Kepala BPKAD`. '
            + '[Perbup Mahakam Ulu 44/2024 Ps 27 ayat (1)]');
    });

    const WITH_JF = PD.replace('pimpinan Kepala "Kepala Diskominfo" jpt-pratama kelas 14 bezetting 1 kebutuhan 1', `pimpinan Kepala "Kepala Diskominfo" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    jabatan Prakom "Pranata Komputer Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
    jabatan Sandiman "Sandiman Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1`)
        .replace('pimpinan Kepala "Kepala Bappelitbangda" jpt-pratama kelas 14 bezetting 1 kebutuhan 1', `pimpinan Kepala "Kepala Bappelitbangda" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    jabatan Perencana "Perencana Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1`) + 'instansi BPS "Badan Pusat Statistik"\n';
    const pelaksana = (members: string[], instrument = 'keputusan-bupati') => `
tim TP "Tim Pelaksana SPBE" {
    pemilik-kinerja Kominfo
    ketua Kominfo.Prakom
${members.map(m => `    anggota ${m}`).join('\n')}
    ditetapkan ${instrument}
}`;

    it('has a Tim Pelaksana of ASN across Perangkat Daerah, set by the Bupati (Ps 25 ayat 2 and 4), which the ordinary instrument table does not judge', async () => {
        const clean = await underRegion('mahulu', pelaksana(['Bappeda.Perencana']), WITH_JF);
        expect(clean.rules.filter(r => ['spbe-coordination-team', 'instrument-matches-scope', 'ketua-jf-or-pelaksana', 'reporting-line'].includes(r[1]))).toEqual([]);
        const bySurat = await underRegion('mahulu', pelaksana(['Bappeda.Perencana'], 'surat-tugas'), WITH_JF);
        expect(only(bySurat.rules, 'spbe-coordination-team')).toEqual([['error', 'spbe-coordination-team', 7, 'surat-tugas']]);
        expect(bySurat.findings.find(f => f.code === 'spbe-coordination-team')!.message).toBe('Tim Pelaksana SPBE ditetapkan oleh Bupati: tulis `ditetapkan keputusan-bupati` '
            + '(Keputusan Bupati), bukan Surat Tugas. [Perbup Mahakam Ulu 44/2024 Ps 25 ayat (4)]');
        const onePd = await underRegion('mahulu', pelaksana(['Kominfo.Sandiman']), WITH_JF);
        expect(only(onePd.rules, 'spbe-coordination-team')).toEqual([['error', 'spbe-coordination-team', 3, 'TP']]);
        expect(onePd.findings.find(f => f.code === 'spbe-coordination-team')!.message).toContain('anggotanya dari satu perangkat daerah saja. [Perbup Mahakam Ulu 44/2024 Ps 25 ayat (2)]');
        const outsider = await underRegion('mahulu', pelaksana(['Bappeda.Perencana', 'dari BPS "Statistisi Ahli Muda"']), WITH_JF);
        expect(only(outsider.rules, 'spbe-coordination-team')).toEqual([['error', 'spbe-coordination-team', 7, 'BPS']]);
    });

    it('has the kelompok kerja set by Keputusan Bupati (Ps 26 ayat 2)', async () => {
        const run = await underRegion('mahulu', `
tim KK "Kelompok Kerja Arsitektur SPBE" {
    pemilik-kinerja Kominfo
    anggota Kominfo.Prakom
    anggota dari BPS "Statistisi Ahli Muda"
    ditetapkan keputusan-kepala-perangkat-daerah
}`, WITH_JF);
        expect(only(run.rules, 'spbe-coordination-team')).toEqual([['error', 'spbe-coordination-team', 7, 'keputusan-kepala-perangkat-daerah']]);
        expect(run.findings.find(f => f.code === 'spbe-coordination-team')!.message).toContain('[Perbup Mahakam Ulu 44/2024 Ps 26 ayat (2)]');
    });

    it('is not a rule outside Mahakam Ulu', async () => {
        const run = await underRegion('bengkayang', team('Kominfo.Kepala', []), PD);
        expect(only(run.rules, 'spbe-coordination-team')).toEqual([]);
    });
});

describe('peta-jabatan-figures', () => {
    it('checks kelas against the jenjang, jenjang against the kategori, and B against K', async () => {
        const run = await underRegion('bengkayang', `
dinas D "Dinas D" {
    urusan "kesehatan"
    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    jabatan A "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 12 bezetting 1 kebutuhan 1
    jabatan B "Pranata Komputer Terampil" fungsional keahlian terampil kelas 6 bezetting 1 kebutuhan 1
    jabatan C "Pengadministrasi Perkantoran" pelaksana kelas 5 bezetting 3 kebutuhan 2
    jabatan E "Pengolah Data dan Informasi" pelaksana kelas 6 bezetting 1
}`);
        expect(only(run.rules, 'peta-jabatan-figures')).toEqual([
            ['warning', 'peta-jabatan-figures', 6, '12'],
            ['warning', 'peta-jabatan-figures', 7, 'terampil'],
            // B above K is the state of the peta jabatan, not a breach.
            ['info', 'peta-jabatan-figures', 8, '3'],
            ['warning', 'peta-jabatan-figures', 9, 'E']
        ]);
        // No Perbup Sistem Kerja holds kelas ranges: the finding says it is a sanity check.
        expect(run.findings.find(f => f.code === 'peta-jabatan-figures')!.message).toBe('Kelas 12 di luar rentang jenjang ahli-muda (9–10). '
            + '[SiKerja: pemeriksaan kewajaran, bukan ketentuan Perbup]');
    });

    it('flags a kelas off the scale of kelas jabatan for any jabatan, struktural and pelaksana too, once', async () => {
        const run = await underRegion('bengkayang', `
dinas D "Dinas D" {
    urusan "kesehatan"
    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    sekretariat S "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 99 bezetting 1 kebutuhan 1
    }
    jabatan A "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 0 bezetting 1 kebutuhan 1
    jabatan C "Pengadministrasi Perkantoran" pelaksana kelas 18 bezetting 1 kebutuhan 1
    jabatan E "Pengolah Data dan Informasi" pelaksana kelas 17 bezetting 1 kebutuhan 1
}`);
        expect(only(run.rules, 'peta-jabatan-figures')).toEqual([
            ['warning', 'peta-jabatan-figures', 7, '99'],
            ['warning', 'peta-jabatan-figures', 9, '0'],
            ['warning', 'peta-jabatan-figures', 10, '18']
        ]);
        expect(run.findings.filter(f => f.code === 'peta-jabatan-figures').map(f => f.message.split(' [')[0])).toEqual([
            'Kelas 99 di luar skala kelas jabatan (1–17).', 'Kelas 0 di luar skala kelas jabatan (1–17).', 'Kelas 18 di luar skala kelas jabatan (1–17).'
        ]);
    });

    it('checks the figures each instance gives to its template', async () => {
        const run = await underRegion('bengkayang', `
templat T "Puskesmas" untuk puskesmas {
    pimpinan Kepala "Kepala {unit}" fungsional keahlian ahli-madya kelas 11 kebutuhan 1
    jabatan Bidan "Bidan Terampil" fungsional keterampilan terampil kelas 6
    jabatan Perawat "Perawat Terampil" fungsional keterampilan terampil kelas 6
}
puskesmas P "UPTD Puskesmas P" induk Dinkes menurut T {
    isi Kepala bezetting 1
    isi Bidan bezetting 5 kebutuhan 4 kelas 9
}`);
        expect(only(run.rules, 'peta-jabatan-figures')).toEqual([
            ['warning', 'peta-jabatan-figures', 8, 'T'],
            ['info', 'peta-jabatan-figures', 10, '5'],
            ['warning', 'peta-jabatan-figures', 10, '9']
        ]);
        expect(run.findings.find(f => f.code === 'peta-jabatan-figures')!.message).toContain('Kebutuhan (K) belum diisi untuk 1 jabatan dari templat `T`: Perawat');
    });
});
