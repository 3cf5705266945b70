import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../helpers.js';
import { only, ORGS, REGULATIONS, underEachRegion, underRegion } from './fixture.js';

/**
 * Work owned by another instansi (a provincial team, a vertical office's penugasan) in which this
 * pemda's JF take part: written `pemilik-kinerja dari <Instansi> "<unit>"`, judged lintas instansi.
 */
const provincialTeam = (cara: string, permohonan = '') => `
instansi DinkesProv "Dinas Kesehatan Provinsi"
tim TimGiziProv "Tim Surveilans Gizi Provinsi" {
    pemilik-kinerja dari DinkesProv "Bidang Kesehatan Masyarakat"
    ketua dari DinkesProv "Nutrisionis Ahli Madya"
    anggota Dinkes.Kesmas.Nutrisionis
    cara ${cara}
    ditetapkan surat-tugas
    ${permohonan}
}`;

describe('work owned by another instansi', () => {
    it('is lintas instansi, with the owner kept in the model', async () => {
        const run = await underRegion('tanjabtim', provincialTeam('penunjukan', 'permohonan kepada Dinkes { nomor "800/12/Dinkes-Prov" maksud "m" }'));
        const pemda = run.services.model.SemanticModel.semanticModel().pemda.find(p => p.name === 'Uji')!;
        const team = pemda.teams.find(t => t.id === 'TimGiziProv')!;
        expect(team).toMatchObject({ ownerInstansi: 'DinkesProv', ownerTitle: 'Bidang Kesehatan Masyarakat', scope: 'lintas-instansi' });
        expect(team.owner).toBeUndefined();
        expect(run.rules).toEqual([]);
    });

    it('rejects a volunteer going to another instansi where the Perbup limits sukarela to the pemda', async () => {
        const findings = await underEachRegion(['bengkayang', 'tanjabtim', 'kampar'], provincialTeam('pengajuan-sukarela'), 'sukarela-not-lintas-instansi');
        expect(findings).toEqual({
            bengkayang: [['error', 'sukarela-not-lintas-instansi', 8, 'pengajuan-sukarela']],
            tanjabtim: [['error', 'sukarela-not-lintas-instansi', 8, 'pengajuan-sukarela']],
            // Kampar's text says nothing on sukarela: PermenPANRB's wording, as a warning.
            kampar: [['warning', 'sukarela-not-lintas-instansi', 8, 'pengajuan-sukarela']]
        });
    });

    it('asks for the letter the pemda received for each of its people, citing the instruction to their PPK', async () => {
        const run = await underRegion('bengkayang', provincialTeam('penunjukan'));
        expect(only(run.rules, 'permohonan-complete')).toEqual([['error', 'permohonan-complete', 7, 'Dinkes.Kesmas.Nutrisionis']]);
        const finding = run.findings.find(f => f.code === 'permohonan-complete')!;
        expect(finding.message).toContain('Pejabat yang Berwenang');
        expect(finding.message).toContain('`permohonan kepada Dinkes {');
        expect(finding.message).toContain('[Perbup Bengkayang 5/2024 Lampiran I.II.1.c angka 3]');
        const tjt = await underRegion('tanjabtim', provincialTeam('penunjukan'));
        expect(tjt.findings.find(f => f.code === 'permohonan-complete')!.message).toContain('Ps 11 ayat (4) huruf c]');
    });

    it('leaves who chairs and how the owner reports to the owner instansi\'s own rules', async () => {
        const chairedByOurJf = `
instansi DinkesProv "Dinas Kesehatan Provinsi"
tim T "Tim Provinsi" {
    pemilik-kinerja dari DinkesProv "Bidang Kesehatan Masyarakat"
    ketua Dinkes.Kesmas.Kabid
    anggota Dinkes.Kesmas.Nutrisionis
    ditetapkan surat-tugas
    permohonan kepada Dinkes { maksud "m" }
}`;
        for (const region of ['bengkayang', 'kampar'] as const) {
            const run = await underRegion(region, chairedByOurJf);
            expect(run.rules.filter(r => ['ketua-jf-or-pelaksana', 'ketua-eligibility', 'ketua-from-owner-unit', 'reporting-line'].includes(r[1]))).toEqual([]);
        }
    });

    it('judges this pemda\'s own instrument for its people by the lintas instansi row', async () => {
        const run = await underRegion('bengkayang', provincialTeam('penunjukan', 'permohonan kepada Dinkes { maksud "m" }'));
        expect(only(run.rules, 'instrument-matches-scope')).toEqual([['error', 'instrument-matches-scope', 9, 'surat-tugas']]);
        expect(run.findings.find(f => f.code === 'instrument-matches-scope')!.message).toContain('Keputusan Sekretaris Daerah');
    });
});

describe('writing the owner of another instansi\'s work', () => {
    const workspace = (body: string) => buildWorkspace({
        'pemda.sikerja': `pemda Uji { nama "Kabupaten Uji" regulasi "${REGULATIONS.bengkayang}" }`,
        'org.sikerja': `pemda Uji\n${ORGS}`,
        'snippet.sikerja': `pemda Uji\ninstansi DinkesProv "Dinas Kesehatan Provinsi"\n${body}`
    });

    it('warns when none of this pemda\'s positions takes part', async () => {
        const ws = await workspace(`penugasan P "Verifikasi data provinsi" {
    pemilik-kinerja dari DinkesProv "Bidang Kesehatan Masyarakat"
}`);
        const findings = ws.diagnostics('snippet.sikerja');
        expect(findings.map(f => [f.severity, f.code, f.line, f.text])).toContainEqual(['warning', 'outside-work-without-own-people', 4, 'DinkesProv']);
        expect(findings.map(f => f.code)).toContain('assignee-missing');
        expect(findings.map(f => f.code)).not.toContain('owner-missing');
    });

    it('rejects a second owner, whether a unit here or another instansi', async () => {
        const ws = await workspace(`penugasan P "Pendampingan" {
    pemilik-kinerja Dinkes.Kesmas
    pemilik-kinerja dari DinkesProv "Bidang Kesehatan Masyarakat"
    ditugaskan Dinkes.Kesmas.Nutrisionis
    ditetapkan surat-tugas
}`);
        const findings = ws.diagnostics('snippet.sikerja').filter(f => f.code === 'attribute-repeated');
        expect(findings.map(f => [f.line, f.text])).toEqual([[5, 'DinkesProv']]);
        expect(findings[0].message).toContain('Pekerjaan punya satu pemilik kinerja');
    });
});
