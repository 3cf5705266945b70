import { describe, expect, it } from 'vitest';
import type { PemdaModel } from '@sikerja/model';
import { buildWorkspace, PEMDA_FILE, withoutRules } from '../helpers.js';

const ORGS = `pemda Uji
dinas Dinkes "Dinas Kesehatan" {
    pimpinan Kepala "Kepala Dinas Kesehatan" jpt-pratama
    bidang Kesmas "Bidang Kesehatan Masyarakat" {
        pimpinan Kabid "Kepala Bidang Kesmas" administrator
        seksi Gizi "Seksi Gizi" {
            pimpinan Kasi "Kepala Seksi Gizi" pengawas
            jabatan Nutrisionis "Nutrisionis Ahli Pertama" fungsional keahlian ahli-pertama
        }
        jabatan Adminkes "Administrator Kesehatan Ahli Muda" fungsional keahlian ahli-muda hasil-penyetaraan
    }
    bidang P2P "Bidang P2P" {
        pimpinan Kabid "Kepala Bidang P2P" administrator
        jabatan Epidemiolog "Epidemiolog Kesehatan Ahli Muda" fungsional keahlian ahli-muda
    }
}
puskesmas Pkm "UPTD Puskesmas" induk Dinkes {
    pimpinan KepalaPkm "Kepala Puskesmas" fungsional keahlian ahli-madya
    jabatan Bidan "Bidan Terampil" fungsional keterampilan terampil
}
kecamatan Kec "Kecamatan" {
    pimpinan Camat "Camat" administrator
    seksi PMD "Seksi PMD" {
        pimpinan Kasi "Kepala Seksi PMD" pengawas
        jabatan Penggerak "Penggerak Swadaya Masyarakat" fungsional keahlian ahli-pertama
    }
}
instansi BPS "Badan Pusat Statistik"
`;

async function modelOf(teams: string): Promise<PemdaModel> {
    const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORGS, 'tim.sikerja': `pemda Uji\n${teams}` });
    expect(withoutRules(ws.errors('tim.sikerja'))).toEqual([]);
    return ws.services.model.SemanticModel.pemda('Uji')!.model;
}

describe('the scope of a team, from its members\' home units', () => {
    it('dalam unit: everyone sits inside the owner unit (its seksi included)', async () => {
        const model = await modelOf('tim T "T" { pemilik-kinerja Dinkes.Kesmas ketua Dinkes.Kesmas.Adminkes anggota Dinkes.Kesmas.Gizi.Nutrisionis }');
        expect(model.teams[0].scope).toBe('dalam-unit');
    });

    it('lintas unit: a member from another bidang of the same PD', async () => {
        const model = await modelOf('tim T "T" { pemilik-kinerja Dinkes.Kesmas ketua Dinkes.Kesmas.Adminkes anggota Dinkes.P2P.Epidemiolog }');
        expect(model.teams[0].scope).toBe('lintas-unit');
    });

    it('lintas unit: a Puskesmas belongs to its induk Dinas, so it is not another PD', async () => {
        const model = await modelOf('tim T "T" { pemilik-kinerja Dinkes.Kesmas ketua Dinkes.Kesmas.Adminkes anggota Pkm.Bidan }');
        const team = model.teams[0];
        expect(team.scope).toBe('lintas-unit');
        expect(team.members[1]).toMatchObject({ homeUnit: 'Pkm', homePerangkatDaerah: 'Dinkes' });
    });

    it('lintas perangkat daerah: a member from a Kecamatan', async () => {
        const model = await modelOf('tim T "T" { pemilik-kinerja Dinkes.Kesmas ketua Dinkes.Kesmas.Adminkes anggota Kec.PMD.Penggerak }');
        expect(model.teams[0].scope).toBe('lintas-perangkat-daerah');
        expect(model.teams[0].members[1]).toMatchObject({ homeUnit: 'Kec.PMD', homePerangkatDaerah: 'Kec' });
    });

    it('lintas instansi: a member from another instansi outweighs everything else', async () => {
        const model = await modelOf('tim T "T" { pemilik-kinerja Dinkes.Kesmas ketua Dinkes.Kesmas.Adminkes anggota Kec.PMD.Penggerak anggota dari BPS "Statistisi" }');
        expect(model.teams[0].scope).toBe('lintas-instansi');
    });

    it('pengarah and penanggung jawab from above the owner unit do not widen the scope', async () => {
        const model = await modelOf('tim T "T" { pemilik-kinerja Dinkes.Kesmas pengarah Dinkes.Kepala penanggung-jawab Dinkes.Kesmas.Kabid ketua Dinkes.Kesmas.Adminkes }');
        expect(model.teams[0].scope).toBe('dalam-unit');
        expect(model.teams[0].members[0]).toMatchObject({ role: 'pengarah', homeUnit: 'Dinkes' });
    });

    it('an individual assignment is classified the same way', async () => {
        const model = await modelOf('penugasan P "P" { pemilik-kinerja Dinkes.Kesmas ditugaskan Kec.PMD.Penggerak }');
        expect(model.assignments[0]).toMatchObject({ scope: 'lintas-perangkat-daerah', ownerPerangkatDaerah: 'Dinkes' });
        expect(model.assignments[0].assignee).toMatchObject({ position: 'Kec.PMD.Penggerak', homeUnit: 'Kec.PMD' });
    });
});

describe('penilai kinerja and peta jabatan figures', () => {
    it('is the leader of the unit the position sits in, or the declared one', async () => {
        const model = await modelOf('');
        const dinkes = model.organisations.find(o => o.id === 'Dinkes')!;
        const kesmas = dinkes.units.find(u => u.id === 'Dinkes.Kesmas')!;
        expect(kesmas.positions.find(p => p.name === 'Adminkes')!.penilaiKinerja).toBe('Dinkes.Kesmas.Kabid');
        expect(kesmas.units[0].positions[0].penilaiKinerja).toBe('Dinkes.Kesmas.Gizi.Kasi');
        // A leader's penilai is the leader above; a UPTD head's is the head of its induk.
        expect(kesmas.leader!.penilaiKinerja).toBe('Dinkes.Kepala');
        expect(model.organisations.find(o => o.id === 'Pkm')!.leader!.penilaiKinerja).toBe('Dinkes.Kepala');
    });
});
