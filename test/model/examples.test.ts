import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, PemdaModel, Position, UnitNode } from '@sikerja/model';
import { loadWorkspace, type LoadedWorkspace } from '@sikerja/language';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function allPositions(u: UnitNode): Position[] {
    return [...(u.leader ? [u.leader] : []), ...u.positions, ...u.units.flatMap(allPositions)];
}

describe('the examples', () => {
    let ws: LoadedWorkspace;
    let pemda: Map<string, PemdaModel>;
    beforeAll(async () => {
        ws = await loadWorkspace([EXAMPLES]);
        pemda = new Map(ws.services.model.SemanticModel.semanticModel().pemda.map(p => [p.name, p]));
    });

    it('validate with no diagnostics at all', () => {
        // Every file of the five regions was read and validated (examples/latihan is ignored on purpose).
        const regions = fs.readdirSync(EXAMPLES).filter(f => f !== 'latihan' && fs.statSync(path.join(EXAMPLES, f)).isDirectory());
        const files = regions.flatMap(r => fs.readdirSync(path.join(EXAMPLES, r)).filter(f => f.endsWith('.sikerja')).map(f => path.join(EXAMPLES, r, f)));
        expect(files.length).toBeGreaterThanOrEqual(30);
        expect(ws.requested.map(d => d.uri.fsPath).sort()).toEqual(files.sort());
        expect(ws.requested.every(d => d.diagnostics !== undefined), 'every file validated').toBe(true);
        const findings = ws.requested.flatMap(d => (d.diagnostics ?? []).map(x => `${d.uri.path}:${x.range.start.line + 1} ${x.message}`));
        expect(findings).toEqual([]);
    });

    it('model five kabupaten with at least ten Perangkat Daerah', () => {
        expect([...pemda.keys()]).toEqual(['Bengkalis', 'Bengkayang', 'Kampar', 'MahakamUlu', 'TanjungJabungTimur']);
        const pds = [...pemda.values()].flatMap(p => p.organisations.filter(o => o.perangkatDaerah === o.id));
        expect(pds.length).toBeGreaterThanOrEqual(10);
        expect(pemda.get('Bengkayang')!.regulation).toBe('Perbup Bengkayang 5/2024');
    });

    it('Tanjung Jabung Timur has one Dinas/Badan of each model 1-4 and a Setda with three Asisten', () => {
        const tjt = pemda.get('TanjungJabungTimur')!;
        expect(tjt.organisations.map(o => o.structureModel).filter(m => m !== undefined).sort()).toEqual([1, 2, 3, 4]);
        const setda = tjt.organisations.find(o => o.kind === 'sekretariat-daerah')!;
        expect(setda.units.filter(u => u.kind === 'asisten').map(u => u.title)).toEqual([
            'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'Asisten Perekonomian dan Pembangunan', 'Asisten Administrasi Umum'
        ]);
    });

    it('each Puskesmas instantiates the template with its own title and figures', () => {
        const bky = pemda.get('Bengkayang')!;
        const pkm = bky.organisations.filter(o => o.template === 'PuskesmasStandar');
        expect(pkm.map(o => o.id)).toEqual(['PuskesmasBengkayang', 'PuskesmasSungaiBetung', 'PuskesmasLedo']);
        const ledo = pkm[2] as Organisation;
        expect(ledo.leader).toMatchObject({ id: 'PuskesmasLedo.KepalaPuskesmas', title: 'Kepala UPTD Puskesmas Ledo', jenis: 'fungsional' });
        const dokter = allPositions(ledo).find(p => p.name === 'DokterPertama')!;
        expect(dokter).toMatchObject({ bezetting: 2, kebutuhan: 2, selisih: 0, kelas: 9, fromTemplate: 'PuskesmasStandar.DokterPertama', penilaiKinerja: 'PuskesmasLedo.KepalaPuskesmas' });
        const betung = allPositions(pkm[1]).find(p => p.name === 'DokterPertama')!;
        expect(betung).toMatchObject({ bezetting: 1, kebutuhan: 2, selisih: -1 });
        expect(allPositions(ledo).some(p => p.name === 'PerawatMahir')).toBe(true);
        expect(ledo.perangkatDaerah).toBe('Dinkes');
    });

    it('knows the kedudukan of a JF: under the Kepala Dinas in Bengkayang DPMPTSP (Gambar 1)', () => {
        const dpmptsp = pemda.get('Bengkayang')!.organisations.find(o => o.id === 'DPMPTSP')!;
        const analis = allPositions(dpmptsp).find(p => p.id === 'DPMPTSP.AnalisKebijakanMadya')!;
        expect(analis).toMatchObject({ penilaiKinerja: 'DPMPTSP.KepalaDinas', group: 'DPMPTSP.Perizinan', hasilPenyetaraan: true });
        const kasubbag = allPositions(dpmptsp).find(p => p.id === 'DPMPTSP.Sekretariat.UmumKepegawaian.KasubbagUmum')!;
        expect(kasubbag).toMatchObject({ sepertiKetuaTim: true, penilaiKinerja: 'DPMPTSP.Sekretariat.Sekretaris' });
    });

    it('classifies the example teams and finds the ketua\'s home unit', () => {
        const scopes = Object.fromEntries([...pemda.values()].flatMap(p => [...p.teams, ...p.assignments]).map(t => [t.id, t.scope]));
        expect(scopes).toMatchObject({
            TimPercepatanPenurunanStunting: 'lintas-perangkat-daerah',
            TimPerizinanBerusaha: 'lintas-instansi',
            TimAuditKinerjaPelayanan: 'dalam-unit',
            TimPetaProsesBisnis: 'lintas-unit',
            TimKoordinasiSPBE: 'lintas-perangkat-daerah',
            TimSatuData: 'lintas-instansi',
            PendampinganSPBE: 'lintas-perangkat-daerah'
        });
        const spbe = pemda.get('MahakamUlu')!.teams.find(t => t.id === 'TimKoordinasiSPBE')!;
        expect(spbe.members.find(m => m.role === 'ketua')).toMatchObject({ position: 'Setda.SekretarisDaerah', homeUnit: 'Setda', homePerangkatDaerah: 'Setda' });
        const stunting = pemda.get('Bengkayang')!.teams.find(t => t.id === 'TimPercepatanPenurunanStunting')!;
        expect(stunting.members.find(m => m.role === 'ketua')!.homeUnit).toBe('Dinkes.Kesmas');
    });

    it('draws the perizinan service from level 0 down to a peta lintas fungsi with a decision and a loop back', () => {
        const tjt = pemda.get('TanjungJabungTimur')!;
        const chain: string[] = [];
        for (let p = tjt.processes.find(x => x.id === 'PenerbitanIzinAngkutan'); p; p = tjt.processes.find(x => x.id === p!.parent)) {
            chain.unshift(`${p.level}:${p.code}`);
        }
        expect(chain).toEqual(['0:TJT', '1:TJT.05', '2:TJT.05.02', '3:TJT.05.02.01']);
        const map = tjt.processes.find(x => x.id === 'PenerbitanIzinAngkutan')!.maps[0];
        expect(map.lanes.map(l => [l.title, l.kind, l.element])).toEqual([
            ['Pemohon (pelaku usaha)', 'pihak-luar', undefined],
            ['Front Office', 'jabatan', 'DPMPTSP.BidangPerizinan.PenataLayanan'],
            ['Back Office', 'jabatan', 'DPMPTSP.BidangPerizinan.AnalisKebijakan'],
            ['Tim Teknis Dinas Perhubungan', 'unit', 'Dishub.LLAJ'],
            ['Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'jabatan', 'DPMPTSP.KepalaDinas']
        ]);
        const id = (n: string) => `PenerbitanIzinAngkutan.PetaIzinAngkutan.${n}`;
        expect(map.flows).toContainEqual(expect.objectContaining({ from: id('Lengkap'), to: id('Lengkapi'), label: 'tidak' }));
        expect(map.flows).toContainEqual(expect.objectContaining({ from: id('Lengkapi'), to: id('Verifikasi') }));
        expect(map.sops.map(s => s.code)).toEqual(['TJT.05.02.01.01.01', 'TJT.05.02.01.01.02']);
    });
});
