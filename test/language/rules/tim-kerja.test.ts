import { describe, expect, it } from 'vitest';
import { crashesIn } from '../../helpers.js';
import { ORGS, only, underEachRegion, underRegion } from './fixture.js';


const PERMOHONAN_KEC = `permohonan kepada Kec { maksud "m" kompetensi "k" ekspektasi "e" durasi "6 bulan" }`;

describe('ketua-from-owner-unit', () => {
    const team = (ketua: string) => `
tim T "Tim Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua ${ketua}
    anggota Dinkes.Kesmas.Nutrisionis
    anggota Kec.PMD.Penggerak
    ${PERMOHONAN_KEC}
}`;

    it('is clean when the ketua comes from the owner unit', async () => {
        for (const region of ['bengkayang', 'kampar'] as const) {
            const run = await underRegion(region, team('Dinkes.Kesmas.Adminkes'));
            expect(only(run.rules, 'ketua-from-owner-unit'), region).toEqual([]);
        }
    });

    it('is an error in Kampar (Ps 5 ayat 5, "berasal dari") and a warning in Bengkayang (Ps 9 ayat 3, "diutamakan")', async () => {
        const kampar = await underRegion('kampar', team('Kec.PMD.Penggerak'));
        expect(only(kampar.rules, 'ketua-from-owner-unit')).toEqual([['error', 'ketua-from-owner-unit', 5, 'Kec.PMD.Penggerak']]);
        expect(kampar.findings.find(f => f.code === 'ketua-from-owner-unit')!.message).toContain('[Perbup Kampar 9/2025 Ps 5 ayat (5)]');
        const bengkayang = await underRegion('bengkayang', team('Kec.PMD.Penggerak'));
        expect(only(bengkayang.rules, 'ketua-from-owner-unit')).toEqual([['warning', 'ketua-from-owner-unit', 5, 'Kec.PMD.Penggerak']]);
        expect(bengkayang.findings.find(f => f.code === 'ketua-from-owner-unit')!.message).toContain('[Perbup Bengkayang 5/2024 Ps 9 ayat (3)]');
    });

    it('follows the home unit through the org tree: another bidang of the owner PD satisfies Kampar (PD level), not Bengkayang (unit level)', async () => {
        const kampar = await underRegion('kampar', team('Dinkes.P2P.Epidemiolog'));
        expect(only(kampar.rules, 'ketua-from-owner-unit')).toEqual([]);
        const bengkayang = await underRegion('bengkayang', team('Dinkes.P2P.Epidemiolog'));
        expect(only(bengkayang.rules, 'ketua-from-owner-unit')).toEqual([['warning', 'ketua-from-owner-unit', 5, 'Dinkes.P2P.Epidemiolog']]);
    });

    it('reaches a structural ketua from another Perangkat Daerah in Kampar and Bengkalis, not where the Perbup speaks of the JF who acts as ketua', async () => {
        expect(await underEachRegion(['kampar', 'bengkalis', 'bengkayang', 'tanjabtim', 'mahulu'], team('Kec.Camat'), 'ketua-from-owner-unit')).toEqual({
            kampar: [['error', 'ketua-from-owner-unit', 5, 'Kec.Camat']],
            bengkalis: [['error', 'ketua-from-owner-unit', 5, 'Kec.Camat']],
            bengkayang: [],
            tanjabtim: [],
            mahulu: []
        });
    });

    it('speaks Mahakam Ulu\'s words: a Perangkat Daerah is an "Instansi Daerah" (Ps 1 angka 13), and Ps 12 ayat 3 does not reach members from outside the pemda', async () => {
        const mahulu = await underRegion('mahulu', team('Kec.PMD.Penggerak'));
        expect(only(mahulu.rules, 'ketua-from-owner-unit')).toEqual([['warning', 'ketua-from-owner-unit', 5, 'Kec.PMD.Penggerak']]);
        expect(mahulu.findings.find(f => f.code === 'ketua-from-owner-unit')!.message).toMatch(/^Tim lintas Instansi Daerah \(lintas perangkat daerah, Ps 1 angka 13\) ini diketuai/);
        const outside = `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua dari BPS "Statistisi Ahli Muda"
    anggota Dinkes.Kesmas.Nutrisionis
    permohonan kepada BPS melalui Dinkes.Kepala { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`;
        expect(only((await underRegion('mahulu', outside)).rules, 'ketua-from-owner-unit')).toEqual([]);
        expect(only((await underRegion('bengkayang', outside)).rules, 'ketua-from-owner-unit')).toEqual([['warning', 'ketua-from-owner-unit', 5, 'BPS']]);
    });

    it('reads Kampar Ps 5 ayat 5 as written: members "dari lintas Perangkat Daerah", not a team whose only outsiders are from another instansi', async () => {
        const withBps = (extra: string) => `
tim T "Tim Data Gizi" {
    pemilik-kinerja Dinkes.Kesmas
    ketua dari BPS "Statistisi Ahli Muda"
    anggota Dinkes.Kesmas.Nutrisionis${extra}
    ditetapkan keputusan-kepala-perangkat-daerah
    permohonan kepada BPS melalui Dinkes.Kepala { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
    ${PERMOHONAN_KEC}
}`;
        expect(only((await underRegion('kampar', withBps(''))).rules, 'ketua-from-owner-unit')).toEqual([]);
        expect(only((await underRegion('kampar', withBps('\n    anggota Kec.PMD.Penggerak'))).rules, 'ketua-from-owner-unit'))
            .toEqual([['error', 'ketua-from-owner-unit', 5, 'BPS']]);
    });

    it('offers the owner unit\'s positions as candidates, hasil penyetaraan first', async () => {
        const run = await underRegion('kampar', team('Kec.PMD.Penggerak'));
        const diagnostic = run.docs['snippet.sikerja'].diagnostics!.find(d => d.code === 'ketua-from-owner-unit')!;
        expect((diagnostic.data as { candidates: string[] }).candidates[0]).toBe('Dinkes.Kesmas.Adminkes');
    });
});

describe('ketua-eligibility', () => {
    const team = (ketua: string, owner = 'Dinkes.Kesmas') => `
tim T "Tim Surveilans Gizi" {
    pemilik-kinerja ${owner}
    penanggung-jawab ${owner}.Kabid
    ketua ${ketua}
    ditetapkan keputusan-kepala-perangkat-daerah
}`;

    it('accepts an Administrator as penanggung jawab and a JF hasil penyetaraan as ketua (Kampar Ps 4 ayat 6)', async () => {
        const run = await underRegion('kampar', team('Dinkes.Kesmas.Adminkes'));
        expect(only(run.rules, 'ketua-eligibility')).toEqual([]);
    });

    it('reports a JF keahlian as ketua while the owner unit has a JF hasil penyetaraan', async () => {
        const run = await underRegion('kampar', team('Dinkes.Kesmas.Nutrisionis'));
        expect(only(run.rules, 'ketua-eligibility')).toEqual([['error', 'ketua-eligibility', 6, 'Dinkes.Kesmas.Nutrisionis']]);
    });

    it('accepts a JF keahlian PNS when the owner unit has no JF hasil penyetaraan', async () => {
        const run = await underRegion('kampar', team('Dinkes.P2P.Epidemiolog', 'Dinkes.P2P'));
        expect(only(run.rules, 'ketua-eligibility')).toEqual([]);
    });

    it('counts a JF hasil penyetaraan post only when it is filled: kekosongan is a vacancy (B 0)', async () => {
        const vacant = ORGS.replace('hasil-penyetaraan bezetting 1 kebutuhan 1', 'hasil-penyetaraan bezetting 0 kebutuhan 1');
        const filled = await underRegion('kampar', team('Dinkes.Kesmas.Nutrisionis'));
        expect(only(filled.rules, 'ketua-eligibility')).toEqual([['error', 'ketua-eligibility', 6, 'Dinkes.Kesmas.Nutrisionis']]);
        const empty = await underRegion('kampar', team('Dinkes.Kesmas.Nutrisionis'), vacant);
        expect(only(empty.rules, 'ketua-eligibility')).toEqual([]);
    });

    it('judges "berstatus sebagai Pegawai Negeri Sipil" by the holder where it is written: a PPPK in a post marked PNS is not eligible (Kampar Ps 4 ayat 6)', async () => {
        const holder = (status: string) => `pegawai Budi "Budi Santoso, S.KM." { nip "199001012020121001" ${status} menduduki Dinkes.P2P.Epidemiolog }`;
        const named = team('Dinkes.P2P.Epidemiolog pegawai Budi', 'Dinkes.P2P');
        const sole = team('Dinkes.P2P.Epidemiolog', 'Dinkes.P2P');
        const expected = [['error', 'ketua-eligibility', 7, 'Dinkes.P2P.Epidemiolog']];
        // The holder named on the role, and the one pegawai of a post of B = 1.
        expect(await underEachRegion(['kampar', 'bengkalis'], `${holder('pppk')}\n${named}`, 'ketua-eligibility')).toEqual({ kampar: expected, bengkalis: expected });
        expect(await underEachRegion(['kampar'], `${holder('pppk')}\n${sole}`, 'ketua-eligibility')).toEqual({ kampar: expected });
        expect(await underEachRegion(['kampar'], `${holder('pns')}\n${sole}`, 'ketua-eligibility')).toEqual({ kampar: [] });
        const run = await underRegion('kampar', `${holder('pppk')}\n${named}`);
        expect(run.findings.find(f => f.code === 'ketua-eligibility')!.message).toContain('Budi Santoso, S.KM.');
    });

    it('tells a Kepala Perangkat Daerah written as penanggung jawab why, in its own words', async () => {
        const run = await underRegion('kampar', team('Dinkes.Kesmas.Adminkes').replace('penanggung-jawab Dinkes.Kesmas.Kabid', 'penanggung-jawab Dinkes.Kepala'));
        expect(only(run.rules, 'ketua-eligibility')).toEqual([['error', 'ketua-eligibility', 5, 'Dinkes.Kepala']]);
        expect(run.findings[0].message).toBe('`Kepala Dinas Kesehatan` adalah Pejabat Pimpinan Tinggi; yang bertindak sebagai penanggung jawab tim kerja adalah '
            + 'Pejabat Administrator atau JF hasil penyetaraan (Kepala Perangkat Daerah menetapkan dan menerima laporan tim). [Perbup Kampar 9/2025 Ps 4 ayat (6)]');
    });

    it('is not a rule in Bengkayang, whose Perbup lets any JF or pelaksana be ketua', async () => {
        const run = await underRegion('bengkayang', team('Dinkes.Kesmas.Nutrisionis'));
        expect(only(run.rules, 'ketua-eligibility')).toEqual([]);
    });

    it('needs a JF Madya penyetaraan in Bengkalis', async () => {
        const orgs = `badan B "Badan B" {
    pimpinan Kepala "Kepala Badan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang X "Bidang X" {
        pimpinan Kabid "Kepala Bidang X" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan Madya "Analis Kebijakan Ahli Madya" fungsional keahlian ahli-madya kelas 11 hasil-penyetaraan bezetting 1 kebutuhan 1
        jabatan Muda "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 hasil-penyetaraan bezetting 1 kebutuhan 1
    }
}`;
        const body = `
tim T "T" {
    pemilik-kinerja B.X
    ketua B.X.Muda
    ditetapkan keputusan-kepala-perangkat-daerah
}`;
        const bengkalis = await underRegion('bengkalis', body, orgs);
        expect(only(bengkalis.rules, 'ketua-eligibility')).toEqual([['error', 'ketua-eligibility', 5, 'B.X.Muda']]);
        expect(bengkalis.findings[0].message).toContain('jenjang ahli-madya ke atas');
        const kampar = await underRegion('kampar', body, orgs);
        expect(only(kampar.rules, 'ketua-eligibility')).toEqual([]);
    });
});

describe('sukarela-not-lintas-instansi', () => {
    it('reports pengajuan sukarela across instansi, on `cara`', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota dari BPS "Statistisi Ahli Muda"
    cara pengajuan-sukarela
    ditetapkan keputusan-sekretaris-daerah
    permohonan kepada BPS melalui Dinkes.Kepala { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`);
        expect(only(run.rules, 'sukarela-not-lintas-instansi')).toEqual([['error', 'sukarela-not-lintas-instansi', 7, 'pengajuan-sukarela']]);
    });

    it('accepts pengajuan sukarela across units of the same pemda', async () => {
        const run = await underRegion('tanjabtim', `
penugasan P "P" {
    pemilik-kinerja Dinkes.Kesmas
    ditugaskan Kec.PMD.Penggerak
    cara pengajuan-sukarela
    ditetapkan surat-tugas
    permohonan kepada Dinkes.Kesmas { maksud "Mendampingi surveilans gizi" persetujuan Kec.PMD.Kasi }
}`);
        expect(run.rules).toEqual([]);
    });
});

describe('instrument-matches-scope', () => {
    const team = (instrument: string) => `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota dari BPS "Statistisi Ahli Muda"
    ${instrument}
    permohonan kepada BPS melalui Dinkes.Kepala { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" tembusan "Kepala BPS" }
}`;

    it('needs a Keputusan Sekretaris Daerah for a lintas-instansi team in Bengkayang (Ps 11 ayat 1)', async () => {
        const wrong = await underRegion('bengkayang', team('ditetapkan keputusan-kepala-perangkat-daerah'));
        expect(only(wrong.rules, 'instrument-matches-scope')).toEqual([['error', 'instrument-matches-scope', 7, 'keputusan-kepala-perangkat-daerah']]);
        expect(wrong.findings[0].message).toContain('yang sesuai: Keputusan Sekretaris Daerah');
        // The one ayat that governs this case, not ayat (1)–(3).
        expect(wrong.findings[0].message).toMatch(/\[Perbup Bengkayang 5\/2024 Ps 11 ayat \(1\)\]$/);
        const right = await underRegion('bengkayang', team('ditetapkan keputusan-sekretaris-daerah'));
        expect(right.rules).toEqual([]);
    });

    it('cites Bengkayang Ps 11 ayat (2) for a team across units of one Perangkat Daerah', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Dinkes.P2P.Epidemiolog
    ditetapkan surat-tugas
    permohonan kepada Dinkes.P2P { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`);
        expect(only(run.rules, 'instrument-matches-scope')).toEqual([['error', 'instrument-matches-scope', 7, 'surat-tugas']]);
        expect(run.findings.find(f => f.code === 'instrument-matches-scope')!.message).toBe('Surat Tugas tidak sesuai untuk tim lintas unit organisasi; '
            + 'yang sesuai: Keputusan Kepala Perangkat Daerah. [Perbup Bengkayang 5/2024 Ps 11 ayat (2)]');
    });

    it('needs a Keputusan Bupati for a lintas-instansi team in Bengkalis', async () => {
        const run = await underRegion('bengkalis', team('ditetapkan keputusan-sekretaris-daerah'));
        expect(only(run.rules, 'instrument-matches-scope')).toEqual([['error', 'instrument-matches-scope', 7, 'keputusan-sekretaris-daerah']]);
    });

    it('leaves the penetapan to the Pejabat Penilai Kinerja or Pimpinan Unit Organisasi in Tanjung Jabung Timur and Mahakam Ulu (surat penugasan)', async () => {
        const bySuratTugas = team('ditetapkan surat-tugas');
        expect(await underEachRegion(['tanjabtim', 'mahulu', 'bengkayang', 'nasional'], bySuratTugas, 'instrument-matches-scope')).toEqual({
            tanjabtim: [],
            mahulu: [],
            bengkayang: [['error', 'instrument-matches-scope', 7, 'surat-tugas']],
            // PermenPANRB 7/2022 is not in the repository: no table to judge by.
            nasional: []
        });
        const tjt = await underRegion('tanjabtim', team('ditetapkan keputusan-bupati'));
        expect(tjt.findings.find(f => f.code === 'instrument-matches-scope')!.message).toBe('Keputusan Bupati tidak sesuai untuk tim lintas instansi; '
            + 'yang sesuai: Surat Tugas atau Keputusan Kepala Perangkat Daerah. [Perbup Tanjung Jabung Timur 14/2023 Ps 9 ayat (7); Ps 10 ayat (4)]');
    });

    it('asks for the instrument when none is written', async () => {
        const run = await underRegion('bengkayang', team(''));
        expect(only(run.rules, 'instrument-matches-scope')).toEqual([['error', 'instrument-matches-scope', 3, 'T']]);
        expect(run.findings[0].message).toContain('tulis `ditetapkan keputusan-sekretaris-daerah`');
    });
});

describe('two teams written with the same name (found by the fuzzer)', () => {
    it('judges each team by its own members, without a crash', async () => {
        const run = await underRegion('kampar', `
tim T "Tim pertama" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    ditetapkan keputusan-kepala-perangkat-daerah
}
tim T "Tim kedua" {
    pemilik-kinerja Dinkes.Kesmas
    anggota Dinkes.Kesmas.Nutrisionis
    anggota Kec.PMD.Penggerak
    anggota Dinkes.Kesmas.Adminkes
    ketua Kec.PMD.Penggerak
    ditetapkan keputusan-kepala-perangkat-daerah
}`);
        expect(crashesIn(run)).toEqual([]);
        expect(only(run.rules, 'ketua-from-owner-unit')).toEqual([['error', 'ketua-from-owner-unit', 13, 'Kec.PMD.Penggerak']]);
    });
});

