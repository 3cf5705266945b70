import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffModels, type Change, type ModelDiff, type PemdaModel } from '@sikerja/model';
import { DINKES, KERJA, edit, modelOf } from './diff-fixture.js';

const ROOT = path.resolve(__dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/model/schema/sikerja-diff.schema.json'), 'utf8'));

let base: PemdaModel[];
beforeAll(async () => { base = await modelOf({ 'dinkes.sikerja': DINKES, 'kerja.sikerja': KERJA }); });

async function diffTo(dinkes: string, kerja = KERJA): Promise<ModelDiff> {
    return diffModels(base, await modelOf({ 'dinkes.sikerja': dinkes, 'kerja.sikerja': kerja }));
}

const brief = (c: Change) => [c.change, c.kind, c.element, ...(c.from ? [c.from] : [])].join(' ');
const of = (d: ModelDiff, element: string, kind?: string) => d.changes.filter(c => (c.element === element || c.from === element) && (!kind || c.kind === kind));

/** No element of the old version is reported removed while it is reported elsewhere too. */
function neverRemovedAndAdded(d: ModelDiff): void {
    const matched = new Set(d.changes.filter(c => c.from).map(c => `${c.kind} ${c.from}`));
    for (const c of d.changes.filter(x => x.change === 'dihapus')) expect(matched.has(`${c.kind} ${c.element}`), brief(c)).toBe(false);
}

describe('diff: reordering and formatting are no change', () => {
    it('reordered units, jabatan, attributes, team members and declarations, with other whitespace and comments, give nothing', async () => {
        let dinkes = DINKES.replace('// Dinas Kesehatan, versi lama.', '/* disusun ulang */').replace(/\n {4}/g, '\n\t');
        // Bidang Kesling before Kesmas, two jabatan of Yankes swapped, attributes in another order.
        const kesmas = dinkes.slice(dinkes.indexOf('\tbidang Kesmas'), dinkes.indexOf('\tbidang Kesling'));
        const kesling = dinkes.slice(dinkes.indexOf('\tbidang Kesling'), dinkes.indexOf('\tbidang P2P'));
        dinkes = edit(dinkes, kesmas + kesling, kesling + '\n' + kesmas);
        const apoteker = dinkes.match(/\t +jabatan Apoteker .*\n/)![0];
        dinkes = edit(edit(dinkes, apoteker, ''), '        jabatan PerekamMedis'.replace(/^ {4}/, '\t'), apoteker + '\t    jabatan PerekamMedis');
        dinkes = edit(dinkes, 'kelas 9 bezetting 1 kebutuhan 2 pns', 'pns kebutuhan 2   bezetting 1 kelas 9');
        const team = KERJA.slice(KERJA.indexOf('tim TimStunting'), KERJA.indexOf('penugasan Anjab'));
        let kerja = edit(KERJA, team, '');
        kerja = kerja + '\n// tim dipindah ke akhir berkas\n' + edit(team, '    anggota Dinkes.Kesmas.Penyuluh\n', '') .replace('    anggota Dinkes.Kesling.Sanitarian\n', '    anggota Dinkes.Kesling.Sanitarian\n    anggota Dinkes.Kesmas.Penyuluh\n');
        const after = await modelOf({ 'dinkes.sikerja': dinkes, 'kerja.sikerja': kerja });
        // The edits did land: the text differs and the order in the model too.
        expect(after[0].organisations[0].units.map(u => u.name)).toEqual(['Sekretariat', 'Kesling', 'Kesmas', 'P2P', 'Yankes']);
        const d = diffModels(base, after);
        expect(d.changes.map(brief)).toEqual([]);
        expect(d.summary.perangkatDaerah[0]).toMatchObject({ id: 'Dinkes', before: { jabatan: 20, bezetting: 22, kebutuhan: 27, selisih: -5 }, after: { jabatan: 20, bezetting: 22, kebutuhan: 27, selisih: -5 }, changes: 0 });
    });
});

describe('diff: jabatan', () => {
    let d: ModelDiff;
    beforeAll(async () => {
        let dinkes = edit(DINKES, 'jabatan Nutrisionis "Nutrisionis Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 2',
            'jabatan Nutrisionis "Nutrisionis Ahli Muda" fungsional keahlian ahli-muda kelas 10 bezetting 1 kebutuhan 3');
        dinkes = edit(dinkes, 'jabatan Penyuluh "Penyuluh Kesehatan Masyarakat Ahli Pertama" fungsional keahlian ahli-pertama kelas 8',
            'jabatan Penyuluh "Penyuluh Kesehatan Masyarakat Ahli Muda" fungsional keahlian ahli-muda kelas 9');
        dinkes = edit(dinkes, 'jabatan Apoteker "Apoteker Ahli Muda"', 'jabatan ApotekerMuda "Apoteker Ahli Muda"');
        const sanitarian = '        jabatan Sanitarian "Tenaga Sanitasi Lingkungan Mahir" fungsional keterampilan mahir kelas 7 bezetting 1 kebutuhan 1 pns\n';
        dinkes = edit(edit(dinkes, sanitarian, ''), '        jabatan Penyuluh', sanitarian + '        jabatan Penyuluh');
        dinkes = edit(dinkes, '        jabatan Entomolog "Entomolog Kesehatan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 0 kebutuhan 1 pns\n', '');
        dinkes = edit(dinkes, '        jabatan PerekamMedis', '        jabatan Pranata "Pranata Laboratorium Kesehatan Terampil" fungsional keterampilan terampil kelas 6 bezetting 0 kebutuhan 1 pns\n        jabatan PerekamMedis');
        const kerja = edit(KERJA, 'anggota Dinkes.Kesling.Sanitarian', 'anggota Dinkes.Kesmas.Sanitarian');
        d = await diffTo(dinkes, kerja);
    });

    it('a changed kelas, B or K, title and jenjang is `diubah` with each field old and new', () => {
        expect(of(d, 'Dinkes.Kesmas.Nutrisionis')).toEqual([{ element: 'Dinkes.Kesmas.Nutrisionis', kind: 'jabatan', change: 'diubah', fields: { kelas: [9, 10], kebutuhan: [2, 3] }, pemda: 'Uji', perangkatDaerah: 'Dinkes' }]);
        expect(of(d, 'Dinkes.Kesmas.Penyuluh')[0].fields).toEqual({
            title: ['Penyuluh Kesehatan Masyarakat Ahli Pertama', 'Penyuluh Kesehatan Masyarakat Ahli Muda'], jenjang: ['ahli-pertama', 'ahli-muda'], kelas: [8, 9]
        });
    });

    it('a new name in the same place with the same title is `diganti-nama`', () => {
        expect(of(d, 'Dinkes.Yankes.ApotekerMuda')).toEqual([{ element: 'Dinkes.Yankes.ApotekerMuda', kind: 'jabatan', change: 'diganti-nama', from: 'Dinkes.Yankes.Apoteker', pemda: 'Uji', perangkatDaerah: 'Dinkes' }]);
    });

    it('a jabatan in another unit is `dipindah` with its old and new unit and Pejabat Penilai Kinerja, never removed and added', () => {
        expect(of(d, 'Dinkes.Kesmas.Sanitarian')).toEqual([{
            element: 'Dinkes.Kesmas.Sanitarian', kind: 'jabatan', change: 'dipindah', from: 'Dinkes.Kesling.Sanitarian',
            fields: { unit: ['Dinkes.Kesling', 'Dinkes.Kesmas'], penilaiKinerja: ['Dinkes.Kesling.KepalaBidang', 'Dinkes.Kesmas.KepalaBidang'] }, pemda: 'Uji', perangkatDaerah: 'Dinkes'
        }]);
        neverRemovedAndAdded(d);
    });

    it('a jabatan gone is `dihapus`, a new one `ditambah`; a team whose anggota moved with it is unchanged', () => {
        expect(of(d, 'Dinkes.Kesling.Entomolog').map(brief)).toEqual(['dihapus jabatan Dinkes.Kesling.Entomolog']);
        expect(of(d, 'Dinkes.Yankes.Pranata').map(brief)).toEqual(['ditambah jabatan Dinkes.Yankes.Pranata']);
        expect(d.changes.filter(c => c.kind === 'tim')).toEqual([]);
        expect(d.changes.map(brief)).toEqual([
            'diubah jabatan Dinkes.Kesmas.Nutrisionis', 'dipindah jabatan Dinkes.Kesmas.Sanitarian Dinkes.Kesling.Sanitarian', 'diubah jabatan Dinkes.Kesmas.Penyuluh',
            'dihapus jabatan Dinkes.Kesling.Entomolog', 'diganti-nama jabatan Dinkes.Yankes.ApotekerMuda Dinkes.Yankes.Apoteker', 'ditambah jabatan Dinkes.Yankes.Pranata'
        ]);
        expect(d.summary.counts).toEqual({ ditambah: 1, dihapus: 1, diubah: 2, dipindah: 1, 'diganti-nama': 1 });
    });
});

describe('diff: units', () => {
    it('a Seksi that became a kelompok: the Seksi `dihapus` `menjadi` the kelompok, its jabatan `dipindah` into it, its Kepala Seksi `dihapus`; B, K and ± per PD before and after', async () => {
        const seksi = DINKES.slice(DINKES.indexOf('        seksi Surveilans'), DINKES.indexOf('    bidang Yankes') - 5);
        const kelompok = seksi.replace('seksi Surveilans "Seksi Surveilans dan Imunisasi"', 'kelompok KelompokSurveilans "Kelompok JF Surveilans dan Imunisasi"')
            .replace(/ {12}pimpinan KepalaSeksi .*\n/, '');
        const d = await diffTo(edit(DINKES, seksi, kelompok), edit(KERJA, 'Dinkes.P2P.Surveilans.EpidMuda', 'Dinkes.P2P.EpidMuda'));
        expect(d.changes.map(brief)).toEqual([
            'ditambah kelompok Dinkes.P2P.KelompokSurveilans',
            'dipindah jabatan Dinkes.P2P.EpidMuda Dinkes.P2P.Surveilans.EpidMuda', 'dipindah jabatan Dinkes.P2P.EpidPertama Dinkes.P2P.Surveilans.EpidPertama',
            'dihapus unit Dinkes.P2P.Surveilans', 'dihapus jabatan Dinkes.P2P.Surveilans.KepalaSeksi'
        ]);
        expect(of(d, 'Dinkes.P2P.Surveilans', 'unit')[0].fields).toEqual({ menjadi: ['Dinkes.P2P.Surveilans', 'Dinkes.P2P.KelompokSurveilans'] });
        expect(of(d, 'Dinkes.P2P.EpidMuda')[0].fields).toEqual({
            unit: ['Dinkes.P2P.Surveilans', 'Dinkes.P2P'], group: [null, 'Dinkes.P2P.KelompokSurveilans'], penilaiKinerja: ['Dinkes.P2P.Surveilans.KepalaSeksi', 'Dinkes.P2P.KepalaBidang']
        });
        expect(d.summary.perangkatDaerah).toEqual([{
            pemda: 'Uji', id: 'Dinkes', title: 'Dinas Kesehatan', changes: 5,
            before: { jabatan: 20, bezetting: 22, kebutuhan: 27, selisih: -5 }, after: { jabatan: 19, bezetting: 21, kebutuhan: 26, selisih: -5 }
        }]);
    });

    it('two Bidang merged into a new one: the new Bidang `digabung` from both, each old one `menjadi` it, their jabatan `dipindah`', async () => {
        const kesmas = DINKES.slice(DINKES.indexOf('    bidang Kesmas'), DINKES.indexOf('    bidang P2P'));
        const merged = `    bidang KesmasKesling "Bidang Kesehatan Masyarakat dan Lingkungan" {
        pimpinan KepalaBidang "Kepala Bidang Kesehatan Masyarakat dan Lingkungan" administrator kelas 11 bezetting 1 kebutuhan 1 pns
${kesmas.split('\n').filter(l => l.includes('jabatan ') && !l.includes('pimpinan')).join('\n')}
    }

`;
        const d = await diffTo(edit(DINKES, kesmas, merged), KERJA.replace(/Dinkes\.(Kesmas|Kesling)\./g, 'Dinkes.KesmasKesling.').replace('pemilik-kinerja Dinkes.Kesmas', 'pemilik-kinerja Dinkes.KesmasKesling'));
        expect(of(d, 'Dinkes.KesmasKesling', 'unit')).toEqual([{
            element: 'Dinkes.KesmasKesling', kind: 'unit', change: 'ditambah', fields: { digabung: [['Dinkes.Kesmas', 'Dinkes.Kesling'], 'Dinkes.KesmasKesling'] }, pemda: 'Uji', perangkatDaerah: 'Dinkes'
        }]);
        expect(of(d, 'Dinkes.Kesmas', 'unit')[0]).toMatchObject({ change: 'dihapus', fields: { menjadi: ['Dinkes.Kesmas', 'Dinkes.KesmasKesling'] } });
        expect(of(d, 'Dinkes.Kesling', 'unit')[0]).toMatchObject({ change: 'dihapus', fields: { menjadi: ['Dinkes.Kesling', 'Dinkes.KesmasKesling'] } });
        expect(d.changes.filter(c => c.kind === 'jabatan').map(brief).sort()).toEqual([
            'ditambah jabatan Dinkes.KesmasKesling.KepalaBidang', 'dihapus jabatan Dinkes.Kesling.KepalaBidang', 'dihapus jabatan Dinkes.Kesmas.KepalaBidang',
            'dipindah jabatan Dinkes.KesmasKesling.Entomolog Dinkes.Kesling.Entomolog', 'dipindah jabatan Dinkes.KesmasKesling.Nutrisionis Dinkes.Kesmas.Nutrisionis',
            'dipindah jabatan Dinkes.KesmasKesling.Penyuluh Dinkes.Kesmas.Penyuluh', 'dipindah jabatan Dinkes.KesmasKesling.Sanitarian Dinkes.Kesling.Sanitarian'
        ].sort());
        // The team's members moved, which is no change of the team; its owner unit is another one.
        expect(of(d, 'TimStunting')[0].fields).toEqual({ owner: ['Dinkes.Kesmas', 'Dinkes.KesmasKesling'] });
        neverRemovedAndAdded(d);
    });

    it('a Bidang split: the kept one `diubah` and `dipecah` into itself and the new one, which is `ditambah`', async () => {
        const d = await diffTo(edit(edit(DINKES, 'bidang Yankes "Bidang Pelayanan dan Sumber Daya Kesehatan" {', 'bidang Yankes "Bidang Pelayanan Kesehatan" {'),
            `        jabatan Apoteker "Apoteker Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
        jabatan AsistenApoteker "Asisten Apoteker Terampil" fungsional keterampilan terampil kelas 6 bezetting 2 kebutuhan 2 pns
`, '').replace(/\n}\n$/, `
    bidang SDK "Bidang Sumber Daya Kesehatan" {
        pimpinan KepalaBidang "Kepala Bidang Sumber Daya Kesehatan" administrator kelas 11 bezetting 1 kebutuhan 1 pns
        jabatan Apoteker "Apoteker Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
        jabatan AsistenApoteker "Asisten Apoteker Terampil" fungsional keterampilan terampil kelas 6 bezetting 2 kebutuhan 2 pns
    }
}
`));
        expect(of(d, 'Dinkes.Yankes', 'unit')).toEqual([{
            element: 'Dinkes.Yankes', kind: 'unit', change: 'diubah', pemda: 'Uji', perangkatDaerah: 'Dinkes',
            fields: { title: ['Bidang Pelayanan dan Sumber Daya Kesehatan', 'Bidang Pelayanan Kesehatan'], dipecah: ['Dinkes.Yankes', ['Dinkes.Yankes', 'Dinkes.SDK']] }
        }]);
        expect(of(d, 'Dinkes.SDK', 'unit').map(brief)).toEqual(['ditambah unit Dinkes.SDK']);
        expect(of(d, 'Dinkes.SDK.Apoteker').map(brief)).toEqual(['dipindah jabatan Dinkes.SDK.Apoteker Dinkes.Yankes.Apoteker']);
    });

    it('a renamed unit is `diganti-nama`; what it holds keeps its place and is not reported', async () => {
        const d = await diffTo(edit(DINKES, 'sekretariat Sekretariat "Sekretariat"', 'sekretariat Sekret "Sekretariat"'),
            KERJA.replace(/Dinkes\.Sekretariat/g, 'Dinkes.Sekret'));
        expect(d.changes).toEqual([{ element: 'Dinkes.Sekret', kind: 'unit', change: 'diganti-nama', from: 'Dinkes.Sekretariat', pemda: 'Uji', perangkatDaerah: 'Dinkes' }]);
    });

    it('a unit moved under another parent, renamed and retitled, is found by what it holds: `dipindah`', async () => {
        const seksi = DINKES.slice(DINKES.indexOf('        seksi Surveilans'), DINKES.indexOf('    bidang Yankes') - 5);
        const moved = seksi.replace('seksi Surveilans "Seksi Surveilans dan Imunisasi"', 'seksi Imunisasi "Seksi Imunisasi dan Surveilans"');
        const d = await diffTo(edit(edit(DINKES, seksi, ''), '        jabatan AdminkesMuda', moved + '        jabatan AdminkesMuda'),
            edit(KERJA, 'Dinkes.P2P.Surveilans.EpidMuda', 'Dinkes.Yankes.Imunisasi.EpidMuda'));
        expect(d.changes).toEqual([{
            element: 'Dinkes.Yankes.Imunisasi', kind: 'unit', change: 'dipindah', from: 'Dinkes.P2P.Surveilans', pemda: 'Uji', perangkatDaerah: 'Dinkes',
            fields: { parent: ['Dinkes.P2P', 'Dinkes.Yankes'], title: ['Seksi Surveilans dan Imunisasi', 'Seksi Imunisasi dan Surveilans'] }
        }, {
            // Its jabatan moved with it; only the Kepala Seksi's Pejabat Penilai Kinerja is another one now.
            element: 'Dinkes.Yankes.Imunisasi.KepalaSeksi', kind: 'jabatan', change: 'diubah', from: 'Dinkes.P2P.Surveilans.KepalaSeksi', pemda: 'Uji', perangkatDaerah: 'Dinkes',
            fields: { penilaiKinerja: ['Dinkes.P2P.KepalaBidang', 'Dinkes.Yankes.KepalaBidang'] }
        }]);
    });
});

describe('diff: organisasi, kelompok, tim, penugasan, proses, pegawai', () => {
    let d: ModelDiff;
    beforeAll(async () => {
        let dinkes = edit(DINKES, 'dinas Dinkes "Dinas Kesehatan"', 'dinas Dinkes "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"');
        dinkes = edit(dinkes, 'kelompok JFSekretariat', 'kelompok JFSekretariatDinkes');
        let kerja = edit(KERJA, 'tim TimStunting', 'tim TimPenurunanStunting');
        kerja = edit(kerja, 'ketua Dinkes.Kesmas.Nutrisionis\n    anggota Dinkes.Kesmas.Penyuluh', 'ketua Dinkes.Kesmas.Penyuluh\n    anggota Dinkes.Kesmas.Nutrisionis\n    anggota Dinkes.Yankes.Apoteker');
        kerja = edit(kerja, 'ditugaskan Dinkes.Sekretariat.Perencana', 'ditugaskan Dinkes.Sekretariat.Pengadministrasi');
        kerja = edit(kerja, '"Perencanaan Program Kesehatan"', '"Perencanaan dan Penganggaran Program Kesehatan"');
        kerja = edit(kerja, 'menduduki Dinkes.Kesmas.Nutrisionis', 'menduduki Dinkes.Yankes.AdminkesMuda');
        kerja += `
pegawai Budi "Budi Santoso, S.Farm., Apt." {
    nip "19880202 201403 1 002"
    menduduki Dinkes.Yankes.Apoteker
}
`;
        d = await diffTo(dinkes, kerja);
    });

    it('each element kind is classified', () => {
        expect(d.changes.map(brief)).toEqual([
            'diubah organisasi Dinkes', 'diganti-nama kelompok Dinkes.Sekretariat.JFSekretariatDinkes Dinkes.Sekretariat.JFSekretariat',
            'diganti-nama tim TimPenurunanStunting TimStunting', 'diubah penugasan Anjab', 'diubah proses Perencanaan', 'diubah pegawai Rina', 'ditambah pegawai Budi'
        ]);
        expect(of(d, 'Dinkes')[0].fields).toEqual({ title: ['Dinas Kesehatan', 'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana'] });
    });

    it('a team names its ketua and anggota old and new; a renamed team keeps its fields', () => {
        expect(of(d, 'TimPenurunanStunting')[0].fields).toEqual({
            ketua: ['Dinkes.Kesmas.Nutrisionis', 'Dinkes.Kesmas.Penyuluh'],
            anggota: [['Dinkes.Kesling.Sanitarian', 'Dinkes.Kesmas.Penyuluh', 'Dinkes.P2P.Surveilans.EpidMuda'],
                ['Dinkes.Kesling.Sanitarian', 'Dinkes.Kesmas.Nutrisionis', 'Dinkes.P2P.Surveilans.EpidMuda', 'Dinkes.Yankes.Apoteker']]
        });
        expect(of(d, 'Anjab')[0].fields).toEqual({ ditugaskan: ['Dinkes.Sekretariat.Perencana', 'Dinkes.Sekretariat.Pengadministrasi'] });
        expect(of(d, 'Rina')[0]).toMatchObject({ fields: { position: ['Dinkes.Kesmas.Nutrisionis', 'Dinkes.Yankes.AdminkesMuda'] }, perangkatDaerah: 'Dinkes' });
        expect(of(d, 'Perencanaan')[0].fields).toEqual({ title: ['Perencanaan Program Kesehatan', 'Perencanaan dan Penganggaran Program Kesehatan'] });
    });

    it('a pegawai written under another name with the same NIP is `diganti-nama`; a process with the same code under another name too', async () => {
        const kerja = edit(edit(KERJA, 'pegawai Rina "Rina Wulandari, S.Gz."', 'pegawai RinaW "Rina Wulandari, S.Gz., M.Gz."'),
            'proses Perencanaan "Perencanaan Program Kesehatan"', 'proses PerencanaanProgram "Perencanaan Program"');
        const renamed = await diffTo(DINKES, kerja);
        expect(renamed.changes).toEqual([
            { element: 'PerencanaanProgram', kind: 'proses', change: 'diganti-nama', from: 'Perencanaan', fields: { title: ['Perencanaan Program Kesehatan', 'Perencanaan Program'] }, pemda: 'Uji', perangkatDaerah: 'Dinkes' },
            { element: 'RinaW', kind: 'pegawai', change: 'diganti-nama', from: 'Rina', fields: { title: ['Rina Wulandari, S.Gz.', 'Rina Wulandari, S.Gz., M.Gz.'] }, pemda: 'Uji', perangkatDaerah: 'Dinkes' }
        ]);
    });

    it('the JSON validates against packages/model/schema/sikerja-diff.schema.json, and a wrong one does not', () => {
        const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
        const json = JSON.parse(JSON.stringify(d));
        expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        const moveWithoutFrom = { ...json, changes: [{ element: 'X', kind: 'jabatan', change: 'dipindah', fields: { unit: ['A', 'B'] }, pemda: 'Uji' }] };
        expect(validate(moveWithoutFrom)).toBe(false);
        expect(validate({ ...json, changes: [{ ...json.changes[0], change: 'dimodifikasi' }] })).toBe(false);
    });
});
