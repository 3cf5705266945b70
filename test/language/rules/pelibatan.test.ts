import { describe, expect, it } from 'vitest';
import { ORGS, only, underEachRegion, underRegion } from './fixture.js';

/** The fixture with a Sekretariat Daerah: its head is the Pejabat yang Berwenang a letter to another instansi goes through. */
const WITH_SETDA = `${ORGS}
sekretariat-daerah Setda "Sekretariat Daerah" {
    pimpinan Sekda "Sekretaris Daerah" jpt-madya kelas 15 bezetting 1 kebutuhan 1
}
`;


describe('permohonan-complete', () => {
    const team = (permohonan: string) => `
tim T "Tim Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak
    anggota dari BPS "Statistisi Ahli Muda"
    ditetapkan keputusan-sekretaris-daerah
    ${permohonan}
}`;

    it('is clean when every member from outside has a complete letter', async () => {
        const run = await underRegion('bengkayang', team(`permohonan kepada Kec { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" tembusan Kec.PMD.Kasi }
    permohonan kepada BPS melalui Setda.Sekda { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" tembusan "Kepala BPS" }`), WITH_SETDA);
        expect(run.rules).toEqual([]);
    });

    it('reports members brought in without a letter, on the member', async () => {
        const run = await underRegion('tanjabtim', team(''));
        expect(only(run.rules, 'permohonan-complete')).toEqual([
            ['error', 'permohonan-complete', 6, 'Kec.PMD.Penggerak'],
            ['error', 'permohonan-complete', 7, 'BPS']
        ]);
        expect(run.findings[0].message).toContain('`permohonan kepada Kec {');
        // Cited by the duty to send the letter, not by its contents list (Ps 11 ayat 5).
        expect(run.findings[0].message).toContain('[Perbup Tanjung Jabung Timur 14/2023 Ps 11 ayat (3) huruf a]');
        expect(run.findings[1].message).toContain('[Perbup Tanjung Jabung Timur 14/2023 Ps 11 ayat (4) huruf a]');
    });

    it('lists what a letter is missing', async () => {
        const run = await underRegion('bengkayang', team(`permohonan kepada Kec { maksud "m" ekspektasi "e" tembusan Kec.PMD.Kasi }
    permohonan kepada BPS melalui Setda.Sekda { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" tembusan "Kepala BPS" }`), WITH_SETDA);
        expect(only(run.rules, 'permohonan-complete')).toEqual([['error', 'permohonan-complete', 9, 'Kec']]);
        expect(run.findings[0].message).toContain('belum memuat kompetensi yang dibutuhkan, durasi pelibatan');
    });

    it('does not ask a letter for members of the owner unit or for structural heads', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    pengarah Dinkes.Kepala
    ketua Dinkes.Kesmas.Adminkes
    anggota Dinkes.Kesmas.Nutrisionis
    anggota Kec.Camat
    ditetapkan keputusan-kepala-perangkat-daerah
}`);
        expect(only(run.rules, 'permohonan-complete')).toEqual([]);
    });
});

describe('permohonan-complete under pengajuan sukarela: the volunteer writes to the owner', () => {
    const volunteer = (permohonan: string) => `
penugasan P "Pendampingan Posyandu" {
    pemilik-kinerja Dinkes.Kesmas
    ditugaskan Kec.PMD.Penggerak
    cara pengajuan-sukarela
    ditetapkan surat-tugas
    ${permohonan}
}`;

    it('accepts a letter to the owner\'s Pimpinan Unit Organisasi, without the penunjukan contents list', async () => {
        for (const region of ['bengkayang', 'tanjabtim', 'kampar'] as const) {
            const run = await underRegion(region, volunteer('permohonan kepada Dinkes.Kesmas { maksud "Mendampingi posyandu" tembusan Kec.PMD.Kasi persetujuan Kec.PMD.Kasi }'));
            expect(only(run.rules, 'permohonan-complete'), region).toEqual([]);
        }
    });

    it('reports a letter addressed to the volunteer\'s own unit, the penunjukan way round, citing the sukarela article', async () => {
        const wrongWay = volunteer('permohonan kepada Kec { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }');
        const bengkayang = await underRegion('bengkayang', wrongWay);
        expect(only(bengkayang.rules, 'permohonan-complete')).toEqual([['error', 'permohonan-complete', 8, 'Kec']]);
        expect(bengkayang.findings.find(f => f.code === 'permohonan-complete')!.message).toBe('Pada pengajuan sukarela surat permohonan dikirim JF kepada pimpinan unit organisasi pemilik kinerja '
            + '(`Bidang Kesehatan Masyarakat`), bukan kepada `Kec`. Tulis `permohonan kepada Dinkes.Kesmas { ... }`. [Perbup Bengkayang 5/2024 Lampiran I.II.2.b.1]');
        const tjt = await underRegion('tanjabtim', wrongWay);
        expect(tjt.findings.find(f => f.code === 'permohonan-complete')!.message).toContain('[Perbup Tanjung Jabung Timur 14/2023 Ps 12 ayat (3) huruf a]');
    });

    it('asks the volunteer from another unit for a letter; a volunteer within the owner unit asks orally', async () => {
        const run = await underRegion('bengkayang', volunteer(''));
        expect(only(run.rules, 'permohonan-complete')).toEqual([['error', 'permohonan-complete', 5, 'Kec.PMD.Penggerak']]);
        expect(run.findings.find(f => f.code === 'permohonan-complete')!.message).toContain('Tambahkan `permohonan kepada Dinkes.Kesmas { ... }`');
        const within = await underRegion('bengkayang', volunteer('').replace('ditugaskan Kec.PMD.Penggerak', 'ditugaskan Dinkes.Kesmas.Nutrisionis'));
        expect(only(within.rules, 'permohonan-complete')).toEqual([]);
    });
});

describe('permohonan-complete: the contents list is the penunjukan letter\'s, not the volunteer\'s', () => {
    // Bengkayang Lampiran I.II.1 (closing) and TJT Ps 11 ayat (5) list what the letter "pada mekanisme
    // penunjukan" (TJT: "sebagaimana dimaksud pada ayat (3) dan ayat (4)") contains; the JF's own letter
    // (Bengkayang I.II.2.b angka 1, TJT Ps 12 ayat (3) huruf a) has no such list.
    const appointed = (letters: string) => `
tim T "Tim Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak sukarela
    anggota Dinkes.P2P.Epidemiolog
    ditetapkan keputusan-kepala-perangkat-daerah
    ${letters}
}`;
    const volunteerLetter = 'permohonan dari Kec.PMD.Penggerak kepada Dinkes.Kesmas.Kabid { maksud "Mendampingi posyandu" tembusan Kec.PMD.Kasi, Kec.Camat persetujuan Kec.PMD.Kasi }';
    const penunjukanLetter = 'permohonan dari Dinkes.Kepala kepada Dinkes.P2P.Kabid { maksud "m" }';

    it('asks no kompetensi, ekspektasi or durasi of a sukarela member\'s letter, in any region', async () => {
        const findings = await underEachRegion(['bengkayang', 'tanjabtim', 'kampar'], appointed(`${volunteerLetter}
    permohonan dari Dinkes.Kepala kepada Dinkes.P2P.Kabid { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }`), 'permohonan-complete');
        expect(findings).toEqual({ bengkayang: [], tanjabtim: [], kampar: [] });
    });

    it('reports a sukarela member\'s letter sent the wrong way on the letter, as for a sukarela team', async () => {
        const findings = await underEachRegion(['bengkayang', 'tanjabtim'], appointed(`permohonan dari Kec.PMD.Penggerak kepada Kec { maksud "m" }
    ${penunjukanLetter.replace('maksud "m"', 'maksud "m" kompetensi "k" ekspektasi "e" durasi "d"')}`), 'permohonan-complete');
        expect(findings).toEqual({
            bengkayang: [['error', 'permohonan-complete', 9, 'Kec']],
            tanjabtim: [['error', 'permohonan-complete', 9, 'Kec']]
        });
    });

    it('still asks them of the penunjukan letter in the same team', async () => {
        const findings = await underEachRegion(['bengkayang', 'tanjabtim'], appointed(`${volunteerLetter}
    ${penunjukanLetter}`), 'permohonan-complete');
        expect(findings).toEqual({
            bengkayang: [['error', 'permohonan-complete', 10, 'Dinkes.P2P.Kabid']],
            tanjabtim: [['error', 'permohonan-complete', 10, 'Dinkes.P2P.Kabid']]
        });
    });
});

describe('reporting-line', () => {
    it('does not ask for a ketua: appointing one is optional in every region (Bengkayang Lampiran I.II.1.a.1.f, TJT Ps 13 ayat 2)', async () => {
        const noKetua = `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    anggota Dinkes.Kesmas.Nutrisionis
    ditetapkan surat-tugas
}`;
        for (const region of ['bengkayang', 'kampar', 'bengkalis', 'tanjabtim', 'mahulu', 'nasional'] as const) {
            const run = await underRegion(region, noKetua);
            expect(only(run.rules, 'reporting-line'), region).toEqual([]);
        }
    });

    const leaderless = `badan B "Badan B" {
    pimpinan Kepala "Kepala Badan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang X "Bidang X" {
        jabatan Analis "Analis Kebijakan Ahli Madya" fungsional keahlian ahli-madya kelas 11 hasil-penyetaraan bezetting 1 kebutuhan 1
    }
}`;
    const team = `
tim T "T" {
    pemilik-kinerja B.X
    penanggung-jawab B.Kepala
    ketua B.X.Analis
    ditetapkan keputusan-kepala-perangkat-daerah
}`;

    it('reports a ketua with no pimpinan unit to report to (Mahakam Ulu Ps 17)', async () => {
        const run = await underRegion('mahulu', team, leaderless);
        expect(only(run.rules, 'reporting-line')).toEqual([['warning', 'reporting-line', 4, 'B.X']]);
    });

    it('reports a team without ketua whose anggota have no pimpinan unit to report to', async () => {
        const run = await underRegion('tanjabtim', `
tim T "T" {
    pemilik-kinerja B.X
    anggota B.X.Analis
    ditetapkan surat-tugas
}`, leaderless);
        expect(only(run.rules, 'reporting-line')).toEqual([['warning', 'reporting-line', 4, 'B.X']]);
        expect(run.findings.find(f => f.code === 'reporting-line')!.message).toMatch(/^Tim tanpa ketua: anggotanya melapor kepada pimpinan unit organisasi pemilik kinerja/);
    });

    it('lets the ketua report to the penanggung jawab in Kampar (Ps 6 ayat 2)', async () => {
        const run = await underRegion('kampar', team, leaderless);
        expect(only(run.rules, 'reporting-line')).toEqual([]);
    });

    it('reports an individual assignment to a unit without pimpinan', async () => {
        const run = await underRegion('bengkayang', `
penugasan P "P" {
    pemilik-kinerja B.X
    ditugaskan B.X.Analis
    ditetapkan surat-tugas
}`, leaderless);
        expect(only(run.rules, 'reporting-line')).toEqual([['warning', 'reporting-line', 4, 'B.X']]);
    });

    it('has an individual report to the Kepala Perangkat Daerah pemilik kinerja in Kampar (Ps 6 ayat 1), to the pimpinan unit organisasi elsewhere', async () => {
        const orgs = `${leaderless}
badan C "Badan C" {
    bidang Y "Bidang Y" {
        pimpinan Kabid "Kepala Bidang Y" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan Analis "Analis Kebijakan Ahli Madya" fungsional keahlian ahli-madya kelas 11 hasil-penyetaraan bezetting 1 kebutuhan 1
    }
}`;
        const individu = (unit: string) => `
penugasan P "P" {
    pemilik-kinerja ${unit}
    ditugaskan ${unit}.Analis
    ditetapkan surat-tugas
}`;
        // Bidang X has no Kepala Bidang, Badan B has its Kepala; Badan C has no Kepala, Bidang Y has its Kepala Bidang.
        expect(await underEachRegion(['kampar', 'bengkayang'], individu('B.X'), 'reporting-line', orgs))
            .toEqual({ kampar: [], bengkayang: [['warning', 'reporting-line', 4, 'B.X']] });
        expect(await underEachRegion(['kampar', 'bengkayang'], individu('C.Y'), 'reporting-line', orgs))
            .toEqual({ kampar: [['warning', 'reporting-line', 4, 'C.Y']], bengkayang: [] });
        const kampar = await underRegion('kampar', individu('C.Y'), orgs);
        expect(kampar.findings.find(f => f.code === 'reporting-line')!.message).toBe('Yang ditugaskan secara individu melapor langsung kepada '
            + 'Kepala Perangkat Daerah pemilik kinerja, tetapi `Badan C` tidak punya `pimpinan`. [Perbup Kampar 9/2025 Ps 6 ayat (1)]');
    });

    it('has a Kampar ketua report to the Kepala Perangkat Daerah or the penanggung jawab tim (Ps 6 ayat 2)', async () => {
        const orgs = `badan C "Badan C" {
    bidang Y "Bidang Y" {
        pimpinan Kabid "Kepala Bidang Y" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan Analis "Analis Kebijakan Ahli Madya" fungsional keahlian ahli-madya kelas 11 hasil-penyetaraan bezetting 1 kebutuhan 1
    }
}`;
        const run = await underRegion('kampar', `
tim T "T" {
    pemilik-kinerja C.Y
    ketua C.Y.Analis
    ditetapkan keputusan-kepala-perangkat-daerah
}`, orgs);
        expect(only(run.rules, 'reporting-line')).toEqual([['warning', 'reporting-line', 4, 'C.Y']]);
        expect(run.findings.find(f => f.code === 'reporting-line')!.message).toBe('Ketua tim melapor kepada Kepala Perangkat Daerah pemilik kinerja '
            + 'atau penanggung jawab tim, tetapi `Badan C` tidak punya `pimpinan` dan tim tidak punya penanggung jawab. [Perbup Kampar 9/2025 Ps 6 ayat (2)]');
    });
});
