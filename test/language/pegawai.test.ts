import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers.js';
import { ORGS } from './rules/fixture.js';

/**
 * Pegawai files: who holds which position. An analyst keeps them apart from the structure files and
 * SiKerja checks them against the peta jabatan they fill.
 */
async function withPegawai(pegawai: string, extra: Record<string, string> = {}) {
    const ws = await buildWorkspace({
        'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
        'org.sikerja': `pemda Uji\n${ORGS}`,
        'pegawai.sikerja': `pemda Uji\n${pegawai}`,
        ...extra
    });
    const shown = (file: string) => ws.diagnostics(file).map(f => [f.severity, f.code, f.line, f.text] as const);
    return { ws, shown };
}

const nutrisionis = (name: string, nip: string) =>
    `pegawai ${name} "Rina, S.Gz." { nip "${nip}" pangkat "Penata Muda (III/a)" menduduki Dinkes.Kesmas.Nutrisionis }`;

describe('pegawai', () => {
    it('accepts an 18-digit NIP written in its usual groups, on a filled post', async () => {
        const { shown } = await withPegawai(nutrisionis('Rina', '19950630 202203 2 011'));
        expect(shown('pegawai.sikerja')).toEqual([]);
    });

    it('reports a NIP that is not 18 digits, on the NIP', async () => {
        const { shown, ws } = await withPegawai(nutrisionis('Rina', '1995063020220320'));
        expect(shown('pegawai.sikerja')).toEqual([['error', 'nip-invalid', 2, '"1995063020220320"']]);
        expect(ws.diagnostics('pegawai.sikerja')[0].message).toContain('18 angka');
    });

    it('reports the second pegawai (files in path order) with a NIP already used, in another file too', async () => {
        const { shown } = await withPegawai(nutrisionis('Rina', '199506302022032011'), {
            'tambahan.sikerja': `pemda Uji\npegawai Budi "Budi" { nip "19950630 202203 2 011" menduduki Dinkes.P2P.Epidemiolog }`
        });
        expect(shown('pegawai.sikerja')).toEqual([]);
        expect(shown('tambahan.sikerja')).toEqual([['error', 'nip-duplicate', 2, '"19950630 202203 2 011"']]);
    });

    it('counts holders against bezetting: the one beyond B is reported', async () => {
        const { shown, ws } = await withPegawai(`${nutrisionis('Rina', '199506302022032011')}\n${nutrisionis('Sari', '199601012022032001')}`);
        expect(shown('pegawai.sikerja')).toEqual([['error', 'pegawai-exceeds-bezetting', 3, 'Dinkes.Kesmas.Nutrisionis']]);
        expect(ws.diagnostics('pegawai.sikerja')[0].message).toContain('berbezetting 1');
    });

    it('refuses a pegawai on a post the peta jabatan says is empty', async () => {
        const orgs = ORGS.replace('kelas 8 bezetting 1 kebutuhan 1 pns\n    }\n    bidang P2P', 'kelas 8 bezetting 0 kebutuhan 1 pns\n    }\n    bidang P2P');
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
            'org.sikerja': `pemda Uji\n${orgs}`,
            'pegawai.sikerja': `pemda Uji\n${nutrisionis('Rina', '199506302022032011')}`
        });
        expect(ws.diagnostics('pegawai.sikerja').map(f => [f.code, f.line])).toEqual([['pegawai-on-vacant-post', 2]]);
    });

    it('asks for the post and keeps personal data out of structure files', async () => {
        const { shown } = await withPegawai('pegawai Rina "Rina" { nip "199506302022032011" }', {
            'mixed.sikerja': `pemda Uji\ninstansi Lain "Instansi Lain"\ndinas D "Dinas D" { pimpinan K "Kepala" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 }\npegawai Kd "Kepala D" { nip "198001012005011001" menduduki D.K }`
        });
        expect(shown('pegawai.sikerja')).toEqual([['error', 'pegawai-without-position', 2, 'Rina']]);
        expect(shown('mixed.sikerja')).toEqual([['warning', 'pegawai-in-structure-file', 4, 'Kd']]);
    });

    it('checks that the pegawai named for a team role holds that position', async () => {
        const { shown } = await withPegawai(`${nutrisionis('Rina', '199506302022032011')}\npegawai Eko "Eko" { nip "199001012015031001" menduduki Dinkes.P2P.Epidemiolog }`, {
            'tim.sikerja': `pemda Uji
tim T "Tim" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Nutrisionis pegawai Rina
    anggota Dinkes.Kesmas.Adminkes pegawai Eko
}`
        });
        expect(shown('tim.sikerja').filter(f => f[1] === 'pegawai-not-in-role')).toEqual([['error', 'pegawai-not-in-role', 5, 'Eko']]);
    });
});
