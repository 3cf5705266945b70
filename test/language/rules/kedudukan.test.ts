import { describe, expect, it } from 'vitest';
import { only, underRegion } from './fixture.js';


describe('jf-under-eligible-leader', () => {
    it('accepts JF under JPT Pratama, Administrator and Pengawas (the fixture)', async () => {
        const run = await underRegion('bengkayang', '');
        expect(run.rules).toEqual([]);
    });

    it('reports JF under a JF who does not lead a unit kerja mandiri', async () => {
        const run = await underRegion('bengkayang', `
dinas Dinsos "Dinas Sosial" {
    pimpinan Kepala "Kepala Dinas Sosial" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang Rehsos "Bidang Rehabilitasi Sosial" {
        pimpinan Koordinator "Pekerja Sosial Ahli Madya" fungsional keahlian ahli-madya kelas 11 bezetting 1 kebutuhan 1
        jabatan Peksos "Pekerja Sosial Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1
    }
}`);
        expect(only(run.rules, 'jf-under-eligible-leader')).toEqual([['error', 'jf-under-eligible-leader', 7, 'Peksos']]);
        expect(run.findings.find(f => f.code === 'jf-under-eligible-leader')!.message).toMatch(/tidak memimpin unit kerja mandiri.*\[Perbup Bengkayang 5\/2024 Ps 7 ayat \(1\); Ps 7 ayat \(2\)\]$/);
    });

    it('accepts JF under a JF leading a Puskesmas', async () => {
        const run = await underRegion('bengkayang', `
puskesmas Pkm "UPTD Puskesmas Satu" induk Dinkes {
    pimpinan Kepala "Kepala UPTD Puskesmas Satu" fungsional keahlian ahli-madya kelas 11 bezetting 1 kebutuhan 1
    jabatan Bidan "Bidan Terampil" fungsional keterampilan terampil kelas 6 bezetting 4 kebutuhan 5
}`);
        expect(run.rules).toEqual([]);
    });

    it('allows JF directly under the Sekretaris Daerah (JPT Madya) in Mahakam Ulu, not in Bengkayang', async () => {
        const setda = `
sekretariat-daerah Setda "Sekretariat Daerah" {
    pimpinan Sekda "Sekretaris Daerah" jpt-madya kelas 15 bezetting 1 kebutuhan 1
    jabatan AnalisUtama "Analis Kebijakan Ahli Utama" fungsional keahlian ahli-utama kelas 13 bezetting 1 kebutuhan 1
}`;
        const bengkayang = await underRegion('bengkayang', setda);
        expect(only(bengkayang.rules, 'jf-under-eligible-leader')).toEqual([['error', 'jf-under-eligible-leader', 5, 'AnalisUtama']]);
        const mahulu = await underRegion('mahulu', setda);
        expect(mahulu.rules).toEqual([]);
    });
});

describe('penilai-kinerja-min-pengawas', () => {
    it('reports a JF with nobody above it', async () => {
        const run = await underRegion('kampar', `
badan B "Badan B" {
    jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
}`);
        expect(only(run.rules, 'penilai-kinerja-min-pengawas')).toEqual([['error', 'penilai-kinerja-min-pengawas', 4, 'Analis']]);
    });

    it('reports a UPTD without its own head, whose JF would otherwise get the Kepala Dinas as penilai', async () => {
        const headless = `
uptd Lab "UPTD Laboratorium Kesehatan" kelas B induk Dinkes {
    jabatan PLK "Pranata Laboratorium Kesehatan Terampil" fungsional keterampilan terampil kelas 6 bezetting 1 kebutuhan 1
}`;
        for (const region of ['bengkayang', 'kampar', 'tanjabtim'] as const) {
            const run = await underRegion(region, headless);
            expect(only(run.rules, 'penilai-kinerja-min-pengawas'), region).toEqual([['error', 'penilai-kinerja-min-pengawas', 4, 'PLK']]);
            expect(run.findings.find(f => f.code === 'penilai-kinerja-min-pengawas')!.message, region).toMatch(
                /^`UPTD Laboratorium Kesehatan` belum punya `pimpinan`, sehingga Pejabat Penilai Kinerja `PLK` menjadi `Kepala Dinas Kesehatan` dari luar unit kerjanya; Kepala UPTD adalah pejabat level 1/);
        }
        const withHead = headless.replace('{\n', '{\n    pimpinan Kepala "Kepala UPTD" pengawas kelas 9 bezetting 1 kebutuhan 1\n');
        expect(only((await underRegion('bengkayang', withHead)).rules, 'penilai-kinerja-min-pengawas')).toEqual([]);
    });

    it('says a UPTD has its head when a JF there is written under the Kepala Dinas instead', async () => {
        const run = await underRegion('bengkayang', `
uptd Lab "UPTD Laboratorium Kesehatan" kelas B induk Dinkes {
    pimpinan Kepala "Kepala UPTD Laboratorium" pengawas kelas 9 bezetting 1 kebutuhan 1
    jabatan PLK "Pranata Laboratorium Kesehatan Terampil" fungsional keterampilan terampil kelas 6 dibawah Dinkes.Kepala bezetting 1 kebutuhan 1
}`);
        const finding = run.findings.find(f => f.code === 'penilai-kinerja-min-pengawas');
        expect(finding?.message).toMatch(/^`PLK` ditulis `dibawah` `Kepala Dinas Kesehatan` dari luar unit kerjanya, padahal `UPTD Laboratorium Kesehatan` punya pimpinan `Kepala UPTD Laboratorium`; Kepala UPTD adalah pejabat level 1/);
        expect(finding?.message).not.toContain('belum punya');
    });

    it('reports a `dibawah` that names a JF position instead of a leader as a kedudukan fault', async () => {
        const run = await underRegion('tanjabtim', `
dinas D "Dinas D" model 3 {
    urusan "kesehatan"
    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    jabatan Senior "Analis Kebijakan Ahli Madya" fungsional keahlian ahli-madya kelas 11 bezetting 1 kebutuhan 1
    jabatan Junior "Analis Kebijakan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1 dibawah Senior
}`);
        // One fault, one finding: the kedudukan rule, not a second one about the penilai.
        expect(only(run.rules, 'penilai-kinerja-min-pengawas')).toEqual([]);
        expect(only(run.rules, 'jf-under-eligible-leader')).toEqual([['error', 'jf-under-eligible-leader', 7, 'Senior']]);
        expect(run.findings.find(f => f.code === 'jf-under-eligible-leader')!.message).toBe('`Junior` berkedudukan di bawah `Analis Kebijakan Ahli Madya`, '
            + 'seorang pejabat fungsional yang tidak memimpin unit organisasi; JF dan pelaksana berkedudukan di bawah pimpinan unitnya. '
            + 'Bila kewenangan penilai kinerja didelegasikan kepadanya, tulis `dibawah Senior pendelegasian`. '
            + '[Perbup Tanjung Jabung Timur 14/2023 Ps 8 ayat (1); Ps 8 ayat (2)]');
    });

    it('accepts any official as penilai by pendelegasian kewenangan, as the PPK definition allows', async () => {
        const run = await underRegion('tanjabtim', `
dinas D "Dinas D" model 3 {
    urusan "kesehatan"
    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    jabatan Senior "Analis Kebijakan Ahli Madya" fungsional keahlian ahli-madya kelas 11 bezetting 1 kebutuhan 1
    jabatan Junior "Analis Kebijakan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 1 dibawah Senior pendelegasian
}`);
        expect(run.rules.filter(r => r[3] === 'Senior' && r[2] === 7)).toEqual([]);
        expect(only(run.rules, 'jf-under-eligible-leader')).toEqual([]);
        expect(only(run.rules, 'penilai-kinerja-min-pengawas')).toEqual([]);
        const junior = run.services.model.SemanticModel.semanticModel().pemda[0].organisations
            .find(o => o.id === 'D')!.positions.find(p => p.name === 'Junior');
        expect(junior).toMatchObject({ penilaiKinerja: 'D.Senior', penilaiDelegated: true });
    });
});
