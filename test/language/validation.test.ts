import { describe, expect, it } from 'vitest';
import { buildWorkspace, PEMDA_FILE, validateSnippet as validateAll, withoutRules } from '../helpers.js';

/** These are the structure checks; the regulation rules have their own tests. */
async function validateSnippet(body: string) {
    const ws = await validateAll(body);
    return { ...ws, findings: withoutRules(ws.findings) };
}

describe('names', () => {
    it('reports a name declared twice in one unit, at each declaration', async () => {
        const { findings } = await validateSnippet(`
dinas D "Dinas D" {
    pimpinan Kepala "Kepala" jpt-pratama
    jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda
    jabatan Analis "Analis Kebijakan Ahli Pertama" fungsional keahlian ahli-pertama
}`);
        expect(findings.map(f => [f.code, f.line, f.text])).toEqual([
            ['duplicate-name', 5, 'Analis'],
            ['duplicate-name', 6, 'Analis']
        ]);
        expect(findings[0].message).toContain('`D.Analis` dipakai lebih dari sekali');
        expect(findings[0].message).toContain('snippet.sikerja:6');
    });

    it('a position line pasted 2,000 times: each copy shown names the first three others and counts the rest', async () => {
        const copies = Array.from({ length: 2000 }, () => '    jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda kelas 9').join('\n');
        const { findings } = await validateSnippet(`
dinas D "Dinas D" {
    pimpinan Kepala "Kepala" jpt-pratama kelas 14
${copies}
}`);
        const duplicates = findings.filter(f => f.code === 'duplicate-name');
        // The first hundred copies are shown, the rest counted (finding-cap.test.ts).
        expect(duplicates).toHaveLength(100);
        expect(duplicates[0]).toMatchObject({ line: 5, text: 'Analis' });
        expect(duplicates[0].message).toBe('Nama `D.Analis` dipakai lebih dari sekali (juga di snippet.sikerja:6, snippet.sikerja:7, '
            + 'snippet.sikerja:8, dan 1996 tempat lain). Setiap nama dalam satu pemda harus unik.');
        expect(duplicates[1].message).toContain('(juga di snippet.sikerja:5, snippet.sikerja:7, snippet.sikerja:8, dan 1996 tempat lain)');
        expect(findings.filter(f => f.code === 'findings-truncated' && f.message.includes('`duplicate-name`')).map(f => [f.line, f.message])).toEqual([[105,
            '1.900 temuan lain dengan kode `duplicate-name` di berkas ini tidak ditampilkan (hanya 100 yang pertama); perbaiki yang pertama dulu.']]);
    });

    it('reports the same Perangkat Daerah declared in two files of one pemda', async () => {
        const ws = await buildWorkspace({
            'pemda.sikerja': PEMDA_FILE,
            'a.sikerja': 'pemda Uji\ndinas DPMPTSP "Dinas A" { }',
            'b.sikerja': 'pemda Uji\n\ndinas DPMPTSP "Dinas B" { }'
        });
        expect(withoutRules(ws.errors('a.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['duplicate-name', 2, 'DPMPTSP']]);
        expect(withoutRules(ws.errors('b.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['duplicate-name', 3, 'DPMPTSP']]);
        expect(withoutRules(ws.errors('a.sikerja'))[0].message).toContain('b.sikerja:3');
    });

    it('allows the same names in two different pemda', async () => {
        const ws = await buildWorkspace({
            'uji/pemda.sikerja': PEMDA_FILE,
            'uji/a.sikerja': 'pemda Uji\ndinas DPMPTSP "Dinas A" { pimpinan K "K" jpt-pratama }',
            'lain/pemda.sikerja': 'pemda Lain { nama "Kabupaten Lain" regulasi "Perbup Kampar 9/2025" }',
            'lain/a.sikerja': 'pemda Lain\ndinas DPMPTSP "Dinas A" { pimpinan K "K" jpt-pratama }',
            'lain/tim.sikerja': 'pemda Lain\ntim T "T" { pemilik-kinerja DPMPTSP ketua DPMPTSP.K }'
        });
        for (const f of Object.keys(ws.docs)) expect(withoutRules(ws.errors(f))).toEqual([]);
    });

    it('does not let an instance redeclare a member its template gives it', async () => {
        const { findings } = await validateSnippet(`
templat T "T" { jabatan Dokter "Dokter" fungsional keahlian ahli-pertama }
puskesmas P "Puskesmas P" menurut T {
    jabatan Dokter "Dokter lain" fungsional keahlian ahli-pertama
}`);
        expect(findings.map(f => [f.code, f.line, f.text])).toEqual([['duplicate-name', 5, 'Dokter']]);
        expect(findings[0].message).toContain('isi Dokter');
    });

    it('reports an attribute written twice on the repeated value', async () => {
        const { findings } = await validateSnippet(`
dinas D "D" { jabatan A "A" pelaksana kelas 5 kelas 6 }`);
        expect(findings.map(f => [f.code, f.line, f.text])).toEqual([['attribute-repeated', 3, '6']]);
        expect(findings[0].message).toBe('`kelas` ditulis lebih dari sekali; tulis satu kali saja.');
    });
});

describe('reference cycles', () => {
    it('reports an induk cycle across files on each organisation, without hanging', async () => {
        const ws = await buildWorkspace({
            'pemda.sikerja': PEMDA_FILE,
            'a.sikerja': 'pemda Uji\nuptd A "UPTD A" induk B { }',
            'b.sikerja': 'pemda Uji\nuptd B "UPTD B" induk A { }',
            'c.sikerja': 'pemda Uji\nuptd C "UPTD C" induk A { }'
        });
        expect(withoutRules(ws.errors('a.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['induk-cycle', 2, 'B']]);
        expect(withoutRules(ws.errors('b.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['induk-cycle', 2, 'A']]);
        // C hangs below the cycle but is not on it.
        expect(withoutRules(ws.errors('c.sikerja'))).toEqual([]);
    });

    it('reports a `dibawah` chain that comes back to itself', async () => {
        const { findings } = await validateSnippet(`
dinas D "D" {
    jabatan A "A" pelaksana dibawah B
    jabatan B "B" pelaksana dibawah A
}`);
        expect(findings.map(f => [f.code, f.line, f.text])).toEqual([
            ['penilai-cycle', 4, 'B'],
            ['penilai-cycle', 5, 'A']
        ]);
    });

    it('reports an unknown reference in Bahasa Indonesia with the name written', async () => {
        const { findings } = await validateSnippet(`
tim T "T" { pemilik-kinerja DinasTidakAda }`);
        expect(findings.map(f => [f.code, f.line, f.text])).toEqual([['linking-error', 3, 'DinasTidakAda']]);
        expect(findings[0].message).toBe('Tidak ditemukan unit organisasi atau perangkat daerah bernama `DinasTidakAda` di pemda Uji. '
            + 'Dari berkas lain, tulis nama lengkapnya, mis. `DPMPTSP.BidangPerizinan.AnalisKebijakan`.');
    });
});

describe('files and pemda', () => {
    it('asks for the pemda header in a file without one', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': '\ndinas D "D" { }' });
        expect(withoutRules(ws.errors('a.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['pemda-header-missing', 2, 'D']]);
    });

    it('reports a pemda that no file defines', async () => {
        const ws = await buildWorkspace({ 'a.sikerja': 'pemda Entah\ndinas D "D" { }' });
        expect(withoutRules(ws.errors('a.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['pemda-undefined', 1, 'Entah']]);
    });

    it('reports a pemda defined in two files', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'pemda2.sikerja': PEMDA_FILE });
        expect(withoutRules(ws.errors('pemda2.sikerja')).map(f => [f.code, f.line])).toEqual([['pemda-defined-twice', 1]]);
    });
});

describe('organisation structure', () => {
    it('accepts one leader per unit and reports a second', async () => {
        const { findings } = await validateSnippet(`
dinas D "D" {
    pimpinan K1 "Kepala" jpt-pratama
    pimpinan K2 "Kepala lain" jpt-pratama
}`);
        expect(findings.map(f => [f.code, f.line, f.text])).toEqual([['leader-duplicate', 5, 'K2']]);
    });

    it('requires a jenis on positions and keeps structural jenis for leaders', async () => {
        const { findings } = await validateSnippet(`
dinas D "D" {
    pimpinan K "Kepala"
    jabatan A "Analis"
    jabatan B "Kepala Seksi" pengawas
    jabatan C "Pranata Komputer" fungsional
    jabatan E "Pengadministrasi" pelaksana ahli-muda
}`);
        expect(findings.map(f => [f.severity, f.code, f.line, f.text])).toEqual([
            ['error', 'jenis-missing', 4, 'K'],
            ['error', 'jenis-missing', 5, 'A'],
            ['error', 'jabatan-structural', 6, 'pengawas'],
            ['warning', 'jf-attributes', 7, 'fungsional'],
            ['error', 'jf-attributes', 8, 'ahli-muda']
        ]);
    });

    it('checks model numbers and UPTD classes', async () => {
        const { findings } = await validateSnippet(`
dinas D "D" model 5 { }
kecamatan K "K" model 2 { }
uptd U "U" kelas C { }
puskesmas P "P" kelas A { }`);
        expect(findings.map(f => [f.severity, f.code, f.line, f.text])).toEqual([
            ['error', 'structure-model-invalid', 3, '5'],
            ['warning', 'structure-model-invalid', 4, '2'],
            ['error', 'uptd-class-invalid', 5, 'C'],
            ['error', 'uptd-class-invalid', 6, 'A']
        ]);
    });

    it('only allows `isi` in an organisation that follows a template', async () => {
        const { findings } = await validateSnippet(`
templat T "T" untuk puskesmas { jabatan Dokter "Dokter" fungsional keahlian ahli-pertama }
dinas D "D" { isi X bezetting 1 }
kelurahan L "L" menurut T {
    isi Dokter bezetting 1
    isi Dokter kebutuhan 2
}`);
        expect(findings.map(f => [f.severity, f.code, f.line, f.text])).toEqual([
            ['error', 'isi-outside-instance', 4, 'isi'],
            ['error', 'linking-error', 4, 'X'],
            ['warning', 'template-kind-mismatch', 5, 'T'],
            ['error', 'isi-repeated', 7, 'Dokter']
        ]);
    });
});

describe('teams', () => {
    it('asks for the owner unit and allows one ketua', async () => {
        const { findings } = await validateSnippet(`
dinas D "D" { jabatan A "A" pelaksana jabatan B "B" pelaksana }
tim T "T" {
    ketua D.A
    ketua D.B
    anggota D.A
}
penugasan P "P" { }`);
        expect(findings.map(f => [f.severity, f.code, f.line, f.text])).toEqual([
            ['error', 'owner-missing', 4, 'T'],
            ['error', 'ketua-more-than-one', 6, 'ketua'],
            ['warning', 'member-repeated', 7, 'D.A'],
            ['error', 'owner-missing', 9, 'P'],
            ['error', 'assignee-missing', 9, 'P']
        ]);
    });
});
