import { describe, expect, it } from 'vitest';
import { ORGS, only, underEachRegion, underRegion, type Region } from './fixture.js';

const REGIONS: Region[] = ['bengkayang', 'tanjabtim', 'mahulu', 'kampar', 'bengkalis', 'nasional'];

describe('ketua-jf-or-pelaksana', () => {
    const chairedBy = (ketua: string) => `
tim T "Tim Surveilans Gizi" {
    pemilik-kinerja Dinkes.Kesmas
    ketua ${ketua}
    anggota Dinkes.Kesmas.Nutrisionis
    ditetapkan surat-tugas
}`;

    it('asks for a JF or pelaksana as ketua where the Perbup names the ketua so; Kampar and Bengkalis let an Administrator lead', async () => {
        expect(await underEachRegion(REGIONS, chairedBy('Dinkes.Kesmas.Kabid'), 'ketua-jf-or-pelaksana')).toEqual({
            bengkayang: [['warning', 'ketua-jf-or-pelaksana', 5, 'Dinkes.Kesmas.Kabid']],
            tanjabtim: [['warning', 'ketua-jf-or-pelaksana', 5, 'Dinkes.Kesmas.Kabid']],
            mahulu: [['warning', 'ketua-jf-or-pelaksana', 5, 'Dinkes.Kesmas.Kabid']],
            kampar: [],
            bengkalis: [],
            nasional: []
        });
        const tjt = await underRegion('tanjabtim', chairedBy('Dinkes.Kesmas.Kabid'));
        expect(tjt.findings.find(f => f.code === 'ketua-jf-or-pelaksana')!.message).toBe('Ketua tim `Kepala Bidang Kesehatan Masyarakat` adalah Administrator '
            + 'yang memimpin unit; Perbup ini menyebut pejabat fungsional atau pelaksana sebagai ketua tim. '
            + '[Perbup Tanjung Jabung Timur 14/2023 Ps 13 ayat (2)]');
    });

    it('Mahakam Ulu has no "menunjuk" clause: it cites the words that name the ketua a JF or pelaksana, Ps 12 ayat (3) only for a lintas team', async () => {
        const inUnit = await underRegion('mahulu', chairedBy('Dinkes.Kesmas.Kabid'));
        const finding = inUnit.findings.find(f => f.code === 'ketua-jf-or-pelaksana')!;
        expect(finding.message).not.toContain('menunjuk');
        expect(finding.message).toMatch(/\[Perbup Mahakam Ulu 44\/2024 Ps 17 ayat \(2\)\]$/);
        const lintasUnit = chairedBy('Dinkes.Kesmas.Kabid').replace('anggota Dinkes.Kesmas.Nutrisionis', 'anggota Dinkes.P2P.Epidemiolog');
        const lintas = await underRegion('mahulu', lintasUnit);
        expect(lintas.findings.find(f => f.code === 'ketua-jf-or-pelaksana')!.message).toMatch(/\[Perbup Mahakam Ulu 44\/2024 Ps 12 ayat \(3\); Ps 17 ayat \(2\)\]$/);
    });

    it('is clean with a JF as ketua', async () => {
        for (const region of REGIONS) {
            expect(only((await underRegion(region, chairedBy('Dinkes.Kesmas.Adminkes'))).rules, 'ketua-jf-or-pelaksana'), region).toEqual([]);
        }
    });
});

describe('assignee-in-post', () => {
    const assigned = (who: string) => `
penugasan P "Validasi Data Gizi" {
    pemilik-kinerja Dinkes.Kesmas
    ditugaskan ${who}
    ditetapkan surat-tugas
}`;

    it('reports a penugasan to a post nobody holds (B 0), in every region', async () => {
        const vacant = ORGS.replace('jabatan Nutrisionis "Nutrisionis Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1',
            'jabatan Nutrisionis "Nutrisionis Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 0');
        const judged = await underEachRegion(REGIONS, assigned('Dinkes.Kesmas.Nutrisionis'), 'assignee-in-post', vacant);
        for (const region of REGIONS) expect(judged[region], region).toEqual([['warning', 'assignee-in-post', 5, 'Dinkes.Kesmas.Nutrisionis']]);
        const bengkayang = await underRegion('bengkayang', assigned('Dinkes.Kesmas.Nutrisionis'), vacant);
        expect(bengkayang.findings.find(f => f.code === 'assignee-in-post')!.message).toBe('`Nutrisionis Ahli Pertama` (Dinkes.Kesmas.Nutrisionis) kosong pada '
            + 'peta jabatan (B 0): tidak ada pegawai yang dapat menerima penugasan ini. [Perbup Bengkayang 5/2024 Lampiran I.II (pembuka)]');
    });

    it('reports a member whose post has no Pejabat Penilai Kinerja yet (TJT Ps 9 ayat 2: penugasan after the kedudukan)', async () => {
        const orgs = `${ORGS}
badan B "Badan B" {
    jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1
}`;
        const run = await underRegion('tanjabtim', assigned('B.Analis'), orgs);
        expect(only(run.rules, 'assignee-in-post')).toEqual([['warning', 'assignee-in-post', 5, 'B.Analis']]);
        expect(run.findings.find(f => f.code === 'assignee-in-post')!.message).toContain('belum punya Pejabat Penilai Kinerja; kedudukannya ditetapkan dulu sebelum penugasan. '
            + '[Perbup Tanjung Jabung Timur 14/2023 Ps 9 ayat (2)]');
    });

    it('is clean for a filled post with its penilai', async () => {
        expect(only((await underRegion('bengkayang', assigned('Dinkes.Kesmas.Nutrisionis'))).rules, 'assignee-in-post')).toEqual([]);
    });
});
