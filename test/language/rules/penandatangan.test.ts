import { describe, expect, it } from 'vitest';
import { ORGS, only, underRegion, type RuleRun } from './fixture.js';

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
