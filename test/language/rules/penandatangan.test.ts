import { describe, expect, it } from 'vitest';
import { ORGS, only, underEachRegion, underRegion, type RuleRun } from './fixture.js';

/**
 * Who signs (`oleh`) the instrument that assigns this pemda's people: in work another instansi owns,
 * on a member's own surat tugas, and on a Keputusan Kepala Perangkat Daerah (issue 29, third reading).
 */
const message = (run: RuleRun, code: string) => run.findings.find(f => f.code === code)?.message ?? '';

/** ORGS with a Sekretariat Daerah, whose head signs a Keputusan Sekretaris Daerah. */
const WITH_SETDA = `${ORGS}
sekretariat-daerah Setda "Sekretariat Daerah" {
    pimpinan Sekda "Sekretaris Daerah" jpt-madya kelas 15 bezetting 1 kebutuhan 1
}
`;

/** A provincial team this pemda lends its Nutrisionis to, set on this side by `instrument`. */
const provincialTeam = (instrument: string) => `
instansi DinkesProv "Dinas Kesehatan Provinsi"
tim TimGiziProv "Tim Surveilans Gizi Provinsi" {
    pemilik-kinerja dari DinkesProv "Bidang Kesehatan Masyarakat"
    ketua dari DinkesProv "Nutrisionis Ahli Madya"
    anggota Dinkes.Kesmas.Nutrisionis
    cara penunjukan
    ditetapkan ${instrument}
    permohonan kepada Dinkes { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`;

describe('the signer of this pemda\'s instrument in work another instansi owns', () => {
    it('Bengkayang Ps 11 ayat (1): a Keputusan Sekretaris Daerah signed by a Kepala Dinas is reported', async () => {
        const byKadis = await underRegion('bengkayang', provincialTeam('keputusan-sekretaris-daerah { oleh Dinkes.Kepala }'), WITH_SETDA);
        expect(only(byKadis.rules, 'issuer-matches-instrument')).toEqual([['error', 'issuer-matches-instrument', 9, 'Dinkes.Kepala']]);
        expect(message(byKadis, 'issuer-matches-instrument')).toContain('Sekretaris Daerah (`Sekretaris Daerah`)');
        expect(message(byKadis, 'issuer-matches-instrument')).toContain('[Perbup Bengkayang 5/2024 Ps 11 ayat (1)]');
        const bySekda = await underRegion('bengkayang', provincialTeam('keputusan-sekretaris-daerah { oleh Setda.Sekda }'), WITH_SETDA);
        expect(only(bySekda.rules, 'issuer-matches-instrument')).toEqual([]);
    });

    it('TJT Ps 11 ayat (4) huruf e angka 2: the PPK or Pimpinan Unit Organisasi on the side that is asked assigns', async () => {
        const byCamat = await underRegion('tanjabtim', provincialTeam('surat-tugas { oleh Kec.Camat }'));
        expect(only(byCamat.rules, 'issuer-matches-instrument')).toEqual([['warning', 'issuer-matches-instrument', 9, 'Kec.Camat']]);
        expect(message(byCamat, 'issuer-matches-instrument')).toContain('Pimpinan Unit Organisasi yang dituju (`Kepala Bidang Kesehatan Masyarakat`)');
        expect(message(byCamat, 'issuer-matches-instrument')).toContain('[Perbup Tanjung Jabung Timur 14/2023 Ps 11 ayat (4) huruf e angka 2]');
        for (const signer of ['Dinkes.Kesmas.Kabid', 'Dinkes.Kepala']) {
            const run = await underRegion('tanjabtim', provincialTeam(`surat-tugas { oleh ${signer} }`));
            expect(only(run.rules, 'issuer-matches-instrument'), signer).toEqual([]);
        }
    });
});

describe('Kampar: a JF lent to work another instansi owns', () => {
    it('is set by Ps 4 ayat (8) (surat tugas), not by Ps 4 ayat (9) huruf b, which is the tim lintas Perangkat Daerah', async () => {
        expect(only((await underRegion('kampar', provincialTeam('surat-tugas'))).rules, 'instrument-matches-scope')).toEqual([]);
        const byKeputusan = await underRegion('kampar', provincialTeam('keputusan-kepala-perangkat-daerah'));
        expect(only(byKeputusan.rules, 'instrument-matches-scope')).toEqual([['error', 'instrument-matches-scope', 9, 'keputusan-kepala-perangkat-daerah']]);
        expect(message(byKeputusan, 'instrument-matches-scope')).toContain('yang sesuai: Surat Tugas');
        expect(message(byKeputusan, 'instrument-matches-scope')).toContain('[Perbup Kampar 9/2025 Ps 4 ayat (8)]');
    });

    it('the surat tugas comes from the Kepala Perangkat Daerah or the PPK of the JF lent (Ps 4 ayat (8))', async () => {
        const byCamat = await underRegion('kampar', provincialTeam('surat-tugas { oleh Kec.Camat }'));
        expect(only(byCamat.rules, 'issuer-matches-instrument')).toEqual([['error', 'issuer-matches-instrument', 9, 'Kec.Camat']]);
        expect(message(byCamat, 'issuer-matches-instrument')).toContain('Kepala Perangkat Daerah (`Kepala Dinas Kesehatan`)');
        expect(message(byCamat, 'issuer-matches-instrument')).toContain('[Perbup Kampar 9/2025 Ps 4 ayat (8)]');
        for (const signer of ['Dinkes.Kepala', 'Dinkes.Kesmas.Kabid']) {
            const run = await underRegion('kampar', provincialTeam(`surat-tugas { oleh ${signer} }`));
            expect(only(run.rules, 'issuer-matches-instrument'), signer).toEqual([]);
        }
    });

    it('a Kampar team with a member from another instansi keeps its own row (Keputusan Kepala Perangkat Daerah)', async () => {
        const team = `
tim T "Tim Data Gizi" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota dari BPS "Statistisi Ahli Muda"
    ditetapkan surat-tugas
}`;
        expect(only((await underRegion('kampar', team)).rules, 'instrument-matches-scope')).toEqual([['error', 'instrument-matches-scope', 7, 'surat-tugas']]);
    });
});

describe('TJT and Mahakam Ulu: member letters and the Keputusan Kepala Perangkat Daerah', () => {
    const lintasPd = (signer: string) => `
tim T "Tim Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak surat-tugas { nomor "800/2/KEC/2025" oleh ${signer} }
    cara penunjukan
    ditetapkan surat-tugas { oleh Dinkes.Kesmas.Kabid }
    permohonan dari Dinkes.Kesmas.Kabid kepada Kec.PMD.Kasi { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`;

    it('TJT Ps 11 ayat (3) huruf c: a member\'s surat penugasan is drawn up where the JF sits', async () => {
        const byOwner = await underRegion('tanjabtim', lintasPd('Dinkes.Kepala'));
        expect(only(byOwner.rules, 'issuer-matches-instrument')).toEqual([['warning', 'issuer-matches-instrument', 6, 'Dinkes.Kepala']]);
        expect(message(byOwner, 'issuer-matches-instrument')).toContain('Pejabat Penilai Kinerja (`Kepala Seksi PMD`) atau Pimpinan Unit Organisasi (`Kepala Seksi PMD`) tempat anggota itu berkedudukan');
        expect(message(byOwner, 'issuer-matches-instrument')).toContain('[Perbup Tanjung Jabung Timur 14/2023 Ps 11 ayat (3) huruf c]');
        for (const signer of ['Kec.PMD.Kasi', 'Kec.Camat']) {
            expect(only((await underRegion('tanjabtim', lintasPd(signer))).rules, 'issuer-matches-instrument'), signer).toEqual([]);
        }
    });

    it('a Keputusan Kepala Perangkat Daerah is the Kepala\'s: a PPK or Pimpinan Unit Organisasi sets the penugasan by surat tugas (TJT Ps 10 ayat (4), Mahulu Ps 13 ayat (4))', async () => {
        const inUnit = (signer: string) => `
tim T "Tim Gizi Balita" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Dinkes.Kesmas.Nutrisionis
    ditetapkan keputusan-kepala-perangkat-daerah { oleh ${signer} }
}`;
        expect(await underEachRegion(['tanjabtim', 'mahulu'], inUnit('Dinkes.Kesmas.Kabid'), 'issuer-matches-instrument')).toEqual({
            tanjabtim: [['warning', 'issuer-matches-instrument', 7, 'Dinkes.Kesmas.Kabid']],
            mahulu: [['warning', 'issuer-matches-instrument', 7, 'Dinkes.Kesmas.Kabid']]
        });
        const tjt = await underRegion('tanjabtim', inUnit('Dinkes.Kesmas.Kabid'));
        expect(message(tjt, 'issuer-matches-instrument')).toContain('yang menandatangani: Kepala Perangkat Daerah (`Kepala Dinas Kesehatan`)');
        expect(message(tjt, 'issuer-matches-instrument')).toContain('dapat menetapkannya dengan Surat Tugas');
        expect(await underEachRegion(['tanjabtim', 'mahulu'], inUnit('Dinkes.Kepala'), 'issuer-matches-instrument')).toEqual({ tanjabtim: [], mahulu: [] });
    });
});
