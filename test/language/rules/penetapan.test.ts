import { describe, expect, it } from 'vitest';
import { only, underEachRegion, underRegion, type RuleRun } from './fixture.js';

const issuerMessage = (run: RuleRun) => run.findings.find(f => f.code === 'issuer-matches-instrument')?.message ?? '';

/** Who signs the instrument (`oleh`), against each Perbup's table. */
describe('issuer-matches-instrument', () => {
    const inUnit = (issuer: string) => `
tim T "Tim Gizi Balita" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Dinkes.Kesmas.Nutrisionis
    cara penunjukan
    ditetapkan surat-tugas { nomor "800/1/2025" oleh ${issuer} }
}`;

    it('Bengkayang Ps 11 ayat (3): a surat tugas in a unit by its PPK or Pimpinan Unit Organisasi', async () => {
        expect(only((await underRegion('bengkayang', inUnit('Dinkes.Kesmas.Kabid'))).rules, 'issuer-matches-instrument')).toEqual([]);
        const run = await underRegion('bengkayang', inUnit('Kec.Camat'));
        expect(only(run.rules, 'issuer-matches-instrument')).toEqual([['error', 'issuer-matches-instrument', 8, 'Kec.Camat']]);
        expect(issuerMessage(run)).toContain('Pejabat Penilai Kinerja (`Kepala Bidang Kesehatan Masyarakat`)');
        expect(issuerMessage(run)).toContain('Ps 11 ayat (3)');
    });

    it('says nothing where the region leaves it open, and judges the signatory only when written', async () => {
        const regions = await underEachRegion(['nasional', 'tanjabtim'], inUnit('Kec.Camat'), 'issuer-matches-instrument');
        expect(regions.nasional).toEqual([]);
        expect(regions.tanjabtim).toEqual([['warning', 'issuer-matches-instrument', 8, 'Kec.Camat']]);
        const unsigned = inUnit('Kec.Camat').replace(' oleh Kec.Camat', '');
        expect(only((await underRegion('bengkayang', unsigned)).rules, 'issuer-matches-instrument')).toEqual([]);
    });

    it('a Keputusan Kepala Perangkat Daerah is signed by the head of the owner\'s Perangkat Daerah (Bengkayang Ps 11 ayat (2))', async () => {
        const team = (issuer: string) => inUnit(issuer).replace('surat-tugas', 'keputusan-kepala-perangkat-daerah');
        expect(only((await underRegion('bengkayang', team('Dinkes.Kepala'))).rules, 'issuer-matches-instrument')).toEqual([]);
        const run = await underRegion('bengkayang', team('Dinkes.Kesmas.Kabid'));
        expect(only(run.rules, 'issuer-matches-instrument')).toEqual([['error', 'issuer-matches-instrument', 8, 'Dinkes.Kesmas.Kabid']]);
        expect(issuerMessage(run)).toContain('Kepala Perangkat Daerah (`Kepala Dinas Kesehatan`)');
    });

    it('a Keputusan Bupati carries no other signatory (Bengkalis)', async () => {
        const team = inUnit('Dinkes.Kepala').replace('surat-tugas', 'keputusan-bupati');
        const run = await underRegion('bengkalis', team);
        expect(only(run.rules, 'issuer-matches-instrument')).toEqual([['error', 'issuer-matches-instrument', 8, 'Dinkes.Kepala']]);
        expect(issuerMessage(run)).toContain('ditandatangani Bupati');
    });

    it('a member\'s own surat tugas comes from the Kepala Perangkat Daerah where it sits (Bengkayang Lampiran II angka 2)', async () => {
        const team = (issuer: string) => `
tim T "Tim Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak surat-tugas { nomor "800/2/KEC/2025" oleh ${issuer} }
    cara penunjukan
    ditetapkan keputusan-kepala-perangkat-daerah { oleh Dinkes.Kepala }
    permohonan dari Dinkes.Kepala kepada Kec.PMD.Kasi { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`;
        expect(only((await underRegion('bengkayang', team('Kec.Camat'))).rules, 'issuer-matches-instrument')).toEqual([]);
        const run = await underRegion('bengkayang', team('Dinkes.Kepala'));
        expect(only(run.rules, 'issuer-matches-instrument')).toEqual([['error', 'issuer-matches-instrument', 6, 'Dinkes.Kepala']]);
        expect(issuerMessage(run)).toContain('Lampiran II angka 2');
        // Kampar Ps 4 ayat (8): the Kepala Perangkat Daerah or the Pejabat Penilai Kinerja.
        expect(only((await underRegion('kampar', team('Kec.PMD.Kasi'))).rules, 'issuer-matches-instrument')).toEqual([]);
    });
});

describe('permohonan-complete: who writes, to whom, through whom', () => {
    const team = (letter: string, member = 'anggota Kec.PMD.Penggerak') => `
tim T "Tim Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    ${member}
    cara penunjukan
    ditetapkan keputusan-kepala-perangkat-daerah
    ${letter}
}`;
    const body = '{ maksud "m" kompetensi "k1" kompetensi "k2" ekspektasi "e" durasi "d" }';

    it('a letter to the PPK dituju covers the JF it assesses (Bengkayang Lampiran I.II.1.b angka 1)', async () => {
        expect(only((await underRegion('bengkayang', team(`permohonan dari Dinkes.Kesmas.Kabid kepada Kec.PMD.Kasi ${body}`))).rules, 'permohonan-complete')).toEqual([]);
        // The Kepala Seksi of another seksi is not where the JF sits.
        const wrong = await underRegion('bengkayang', team(`permohonan kepada Dinkes.P2P.Kabid ${body}`));
        expect(only(wrong.rules, 'permohonan-complete')).toEqual([['error', 'permohonan-complete', 6, 'Kec.PMD.Penggerak']]);
    });

    it('is sent by the pimpinan of the owner unit, not by someone else', async () => {
        const run = await underRegion('bengkayang', team(`permohonan dari Dinkes.P2P.Kabid kepada Kec.PMD.Kasi ${body}`));
        expect(only(run.rules, 'permohonan-complete')).toEqual([['error', 'permohonan-complete', 9, 'Dinkes.P2P.Kabid']]);
        expect(run.findings.find(f => f.code === 'permohonan-complete')?.message).toContain('Lampiran I.II.1.b angka 1');
    });

    it('goes across instansi through the Pejabat yang Berwenang where the Perbup says so', async () => {
        const toBps = team(`permohonan dari Dinkes.Kepala kepada BPS ${body.replace(' }', ' tembusan "Kepala BPS" }')}`, 'anggota dari BPS "Statistisi Ahli Muda"');
        const regions = await underEachRegion(['bengkayang', 'tanjabtim', 'kampar'], toBps, 'permohonan-complete');
        expect(regions.bengkayang).toEqual([['error', 'permohonan-complete', 9, 'BPS']]);
        expect(regions.tanjabtim).toEqual([['error', 'permohonan-complete', 9, 'BPS']]);
        expect(regions.kampar).toEqual([]);
        // This fixture has no Sekretariat Daerah: who `melalui` names is judged in permohonan-pihak.test.ts.
        expect(only((await underRegion('bengkayang', toBps.replace('kepada BPS', 'kepada BPS melalui Dinkes.Kepala'))).rules, 'permohonan-complete')).toEqual([]);
    });

    it('one volunteer in an appointed team writes its own letter to the owner (Lampiran I.II.2.b angka 1)', async () => {
        const volunteer = 'anggota Kec.PMD.Penggerak sukarela';
        const without = await underRegion('bengkayang', team('', volunteer));
        expect(only(without.rules, 'permohonan-complete')).toEqual([['error', 'permohonan-complete', 6, 'Kec.PMD.Penggerak']]);
        expect(without.findings.find(f => f.code === 'permohonan-complete')?.message).toContain('permohonan dari Kec.PMD.Penggerak kepada Dinkes.Kesmas');
        const written = await underRegion('bengkayang', team(`permohonan dari Kec.PMD.Penggerak kepada Dinkes.Kesmas.Kabid { maksud "m" }`, volunteer));
        expect(only(written.rules, 'permohonan-complete').filter(r => r[2] === 6)).toEqual([]);
    });
});
