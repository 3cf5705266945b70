import { describe, expect, it } from 'vitest';
import { only, underEachRegion, underRegion } from './fixture.js';


describe('model-conformance', () => {
    it('reads the urusan-to-model mapping of Tanjung Jabung Timur\'s Lampiran', async () => {
        const run = await underRegion('tanjabtim', `
dinas Dishub "Dinas Perhubungan" model 2 {
    urusan "perhubungan"
    pimpinan Kepala "Kepala Dinas Perhubungan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
}`);
        expect(only(run.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 3, '2']]);
        expect(run.findings[0].message).toBe('Lampiran menetapkan urusan "perhubungan" Model 1, sedangkan `Dishub` ditulis Model 2. '
            + '[Perbup Tanjung Jabung Timur 14/2023 Ps 8 ayat (5) dan Lampiran]');
    });

    it('accepts either model for a Perangkat Daerah joining urusan of two models, which the Lampiran does not settle', async () => {
        const kominfo = (model: string) => `
dinas Kominfo "Dinas Komunikasi dan Informatika, Statistik dan Persandian"${model} {
    urusan "komunikasi dan informatika", "statistik", "persandian"
    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
}`;
        for (const model of [' model 3', ' model 4']) expect(only((await underRegion('tanjabtim', kominfo(model))).rules, 'model-conformance'), model).toEqual([]);
        const wrong = await underRegion('tanjabtim', kominfo(' model 2'));
        expect(wrong.findings.find(f => f.code === 'model-conformance')!.message).toContain(
            'urusan "komunikasi dan informatika" Model 3, "statistik" Model 4, "persandian" Model 4, sedangkan `Kominfo` ditulis Model 2');
        const none = await underRegion('tanjabtim', kominfo(''));
        expect(none.findings.find(f => f.code === 'model-conformance')!.message).toContain('tulis `model 3` atau `model 4` pada `Kominfo`');
    });

    it('Model 1 keeps Kepala Seksi under the Kepala Bidang; Model 3 has none', async () => {
        const model = (n: number, urusan: string) => `
dinas D "Dinas D" model ${n} {
    urusan "${urusan}"
    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1
        subbagian Umum "Subbagian Umum" { pimpinan Kasubbag "Kepala Subbagian Umum" pengawas kelas 9 bezetting 1 kebutuhan 1 }
    }
    bidang B "Bidang B" {
        pimpinan Kabid "Kepala Bidang B" administrator kelas 12 bezetting 1 kebutuhan 1
        ${n === 3 ? 'seksi S "Seksi S" { pimpinan Kasi "Kepala Seksi S" pengawas kelas 9 bezetting 1 kebutuhan 1 }' : ''}
    }
}`;
        const one = await underRegion('tanjabtim', model(1, 'perhubungan'));
        expect(only(one.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 10, 'B']]);
        const three = await underRegion('tanjabtim', model(3, 'kesehatan'));
        expect(only(three.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 12, 'S']]);
    });

    it('puts JF under the Kepala Bagian in the Sekretariat Daerah', async () => {
        const run = await underRegion('bengkayang', `
sekretariat-daerah Setda "Sekretariat Daerah" {
    pimpinan Sekda "Sekretaris Daerah" jpt-madya kelas 15 bezetting 1 kebutuhan 1
    asisten Asisten "Asisten Administrasi Umum" {
        pimpinan Asisten "Asisten Administrasi Umum" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
        jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
        bagian Organisasi "Bagian Organisasi" {
            pimpinan Kabag "Kepala Bagian Organisasi" administrator kelas 12 bezetting 1 kebutuhan 1
            jabatan AnalisSDM "Analis SDM Aparatur Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
        }
    }
}`);
        expect(only(run.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 7, 'Analis']]);
        expect(run.findings.find(f => f.code === 'model-conformance')!.message).toContain('Gambar 6');
    });

    it('finds no fault with a Subbagian Tata Usaha in a UPTD kelas B: Bengkayang puts its Kepala under the Kepala UPTD (after Gambar 11), TJT says nothing of UPTD classes', async () => {
        const uptd = (kelas: string) => `
uptd U "UPTD Uji" kelas ${kelas} induk Dinkes {
    pimpinan Kepala "Kepala UPTD" pengawas kelas 9 bezetting 1 kebutuhan 1
    subbagian TU "Subbagian Tata Usaha" { pimpinan Kasubbag "Kepala Subbagian Tata Usaha" pengawas kelas 8 bezetting 1 kebutuhan 1 }
}`;
        for (const kelas of ['A', 'B']) {
            expect(await underEachRegion(['bengkayang', 'tanjabtim', 'mahulu', 'nasional'], uptd(kelas), 'model-conformance'), kelas)
                .toEqual({ bengkayang: [], tanjabtim: [], mahulu: [], nasional: [] });
        }
    });

    it('cites the shape a structure finding comes from: its Gambar in Bengkayang; in TJT, whose text has no UPTD shape, the national one it inherits', async () => {
        const jfUnderInduk = `
uptd U "UPTD Uji" kelas B induk Dinkes {
    pimpinan Kepala "Kepala UPTD" pengawas kelas 9 bezetting 1 kebutuhan 1
    jabatan PLK "Pranata Laboratorium Kesehatan Terampil" fungsional keterampilan terampil kelas 6 bezetting 1 kebutuhan 1 dibawah Dinkes.Kepala
}`;
        const message = async (region: 'bengkayang' | 'tanjabtim') => (await underRegion(region, jfUnderInduk)).findings.find(f => f.code === 'model-conformance')?.message;
        expect(await message('bengkayang')).toBe('Gambar 11 (UPT kelas B): kelompok JF dan pelaksana berkedudukan di bawah pimpinan perangkat daerah/unit kerja, '
            + 'sedangkan `PLK` di bawah `Kepala Dinas Kesehatan`. [Perbup Bengkayang 5/2024 Lampiran I.I.3.b, Gambar 11]');
        expect(await message('tanjabtim')).toBe('UPTD kelas B: kelompok JF dan pelaksana berkedudukan di bawah pimpinan perangkat daerah/unit kerja, '
            + 'sedangkan `PLK` di bawah `Kepala Dinas Kesehatan`. [PermenPANRB 7/2022 ketentuan kedudukan]');
    });

    it('finds a kelompok under the Direktur of an RSUD once, at its `dibawah`, not once for each of its jabatan (Bengkayang Gambar 9)', async () => {
        const rsud = `
rsud R "RSUD Uji" induk Dinkes {
    pimpinan Direktur "Direktur RSUD Uji" administrator kelas 12 bezetting 1 kebutuhan 1
    bidang Yanmed "Bidang Pelayanan Medik" { pimpinan Kabid "Kepala Bidang Pelayanan Medik" pengawas kelas 9 bezetting 1 kebutuhan 1 }
    kelompok Medik "Kelompok JF Pelayanan Medik" dibawah Direktur {
        jabatan DokterMuda "Dokter Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 2 kebutuhan 3
        jabatan DokterPertama "Dokter Ahli Pertama" fungsional keahlian ahli-pertama kelas 9 bezetting 4 kebutuhan 4
        jabatan Perawat "Perawat Terampil" fungsional keterampilan terampil kelas 6 bezetting 9 kebutuhan 12
        jabatan Bidan "Bidan Terampil" fungsional keterampilan terampil kelas 6 bezetting 3 kebutuhan 3 dibawah Yanmed.Kabid
    }
}`;
        const run = await underRegion('bengkayang', rsud);
        expect(only(run.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 6, 'Direktur']]);
        expect(run.findings.find(f => f.code === 'model-conformance')!.message).toBe('Gambar 9 (UPT RSUD): kelompok JF dan pelaksana berkedudukan di bawah '
            + 'Kepala Bagian/Kepala Bidang, sedangkan kelompok `Medik` di bawah `Direktur RSUD Uji`. [Perbup Bengkayang 5/2024 Lampiran I.I.2.2, Gambar 9]');
    });

    it('takes `di bawah pimpinan organisasi` to mean the JF\'s own organisation, not its induk (Bengkayang Gambar 11)', async () => {
        const uptd = (dibawah: string) => `
uptd U "UPTD Uji" kelas B induk Dinkes {
    pimpinan Kepala "Kepala UPTD" pengawas kelas 9 bezetting 1 kebutuhan 1
    jabatan PLK "Pranata Laboratorium Kesehatan Terampil" fungsional keterampilan terampil kelas 6 bezetting 1 kebutuhan 1${dibawah}
}`;
        expect(only((await underRegion('bengkayang', uptd(''))).rules, 'model-conformance')).toEqual([]);
        const underInduk = await underRegion('bengkayang', uptd(' dibawah Dinkes.Kepala'));
        expect(only(underInduk.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 5, 'Dinkes.Kepala']]);
    });

    it('keeps only the protokol Subbagian in the Tanjung Jabung Timur Setda (Lampiran angka 2); Bengkayang has no such clause', async () => {
        const setda = `
sekretariat-daerah Setda "Sekretariat Daerah" {
    pimpinan Sekda "Sekretaris Daerah" jpt-madya kelas 15 bezetting 1 kebutuhan 1
    asisten Adum "Asisten Administrasi Umum" {
        pimpinan Asisten "Asisten Administrasi Umum" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
        bagian Umum "Bagian Umum" {
            pimpinan Kabag "Kepala Bagian Umum" administrator kelas 12 bezetting 1 kebutuhan 1
            subbagian Protokol "Subbagian Protokol" { pimpinan Kasubbag "Kepala Subbagian Protokol" pengawas kelas 9 bezetting 1 kebutuhan 1 }
            subbagian Rumah "Subbagian Rumah Tangga" { pimpinan Kasubbag "Kepala Subbagian Rumah Tangga" pengawas kelas 9 bezetting 1 kebutuhan 1 }
        }
    }
}`;
        const tjt = await underRegion('tanjabtim', setda);
        expect(only(tjt.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 10, 'Rumah']]);
        expect(tjt.findings.find(f => f.code === 'model-conformance')!.message).toBe('Sekretariat Daerah (tiga Asisten): hanya jabatan pengawas di bidang protokol yang '
            + 'dipertahankan; `Rumah` (Subbagian Rumah Tangga) tidak sesuai lampiran. [Perbup Tanjung Jabung Timur 14/2023 Lampiran angka 2]');
        expect(only((await underRegion('bengkayang', setda)).rules, 'model-conformance')).toEqual([]);
    });

    it('places JF under the Kepala Bidang only in the TJT Kesbangpol, under Kepala Bidang or Sekretaris in the BPBD (Lampiran angka 4 and 5)', async () => {
        const badan = (urusan: string) => `
badan B "Badan Uji" {
    urusan "${urusan}"
    pimpinan Kepala "Kepala Badan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
    }
}`;
        const kesbangpol = await underRegion('tanjabtim', badan('kesatuan bangsa dan politik'));
        expect(only(kesbangpol.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 8, 'Analis']]);
        expect(only((await underRegion('tanjabtim', badan('penanggulangan bencana'))).rules, 'model-conformance')).toEqual([]);
    });

    it('says when a sub-unit rule is read from a figure the text does not contain (TJT Model 3)', async () => {
        const run = await underRegion('tanjabtim', `
dinas D "Dinas Kesehatan" model 3 {
    urusan "kesehatan"
    pimpinan Kepala "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang Kesmas "Bidang Kesehatan Masyarakat" {
        pimpinan Kabid "Kepala Bidang" administrator kelas 12 bezetting 1 kebutuhan 1
        seksi Gizi "Seksi Gizi" { pimpinan Kasi "Kepala Seksi Gizi" pengawas kelas 9 bezetting 1 kebutuhan 1 }
    }
}`);
        expect(run.findings.find(f => f.code === 'model-conformance')!.message).toContain('(bentuk sub-unit ini dibaca dari gambar lampiran, yang tidak termuat dalam naskah)');
    });

    it('knows who leads each kind of unit kerja in Bengkayang (Lampiran I.I angka 1-4): a UPT kelas A is led by a Pengawas', async () => {
        const uptd = (jenis: string) => `
uptd U "UPTD Laboratorium Kesehatan Daerah" kelas A induk Dinkes {
    pimpinan Kepala "Kepala UPTD" ${jenis} bezetting 1 kebutuhan 1
}`;
        const byAdministrator = uptd('administrator kelas 12');
        const bengkayang = await underRegion('bengkayang', byAdministrator);
        expect(only(bengkayang.rules, 'model-conformance')).toEqual([['warning', 'model-conformance', 3, 'U']]);
        expect(bengkayang.findings.find(f => f.code === 'model-conformance')!.message).toBe('Gambar 10 (UPT kelas A): unit organisasi ini dipimpin Pengawas, '
            + 'sedangkan `Kepala UPTD` ditulis Administrator. [Perbup Bengkayang 5/2024 Lampiran I.I angka 3]');
        expect(only((await underRegion('bengkayang', uptd('pengawas kelas 9'))).rules, 'model-conformance')).toEqual([]);
        expect(only((await underRegion('tanjabtim', byAdministrator)).rules, 'model-conformance')).toEqual([]);
    });

    it('is off where the region\'s annex is not in the seeds (Kampar)', async () => {
        const run = await underRegion('kampar', `
dinas Dishub "Dinas Perhubungan" model 2 {
    urusan "perhubungan"
    pimpinan Kepala "Kepala Dinas Perhubungan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
}`);
        expect(only(run.rules, 'model-conformance')).toEqual([]);
    });
});
