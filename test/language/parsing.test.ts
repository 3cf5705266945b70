import { describe, expect, it } from 'vitest';
import { ast } from '@sikerja/language';
import { buildWorkspace, PEMDA_FILE, withoutRules } from '../helpers.js';

const EVERY_CONSTRUCT = `pemda Uji

// komentar satu baris
/* komentar
   blok */
dinas DinasA "Dinas A" model 3 {
    urusan "kesehatan", "keluarga berencana"
    pimpinan Kepala "Kepala Dinas A" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns
    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12
        subbagian Umum "Subbagian Umum" {
            pimpinan Kasubbag "Kepala Subbagian Umum" pengawas kelas 9 seperti-ketua-tim
        }
        kelompok Adm "Kelompok Administrasi" dibawah Sekretaris koordinator Umum.Kasubbag {
            jabatan Arsiparis "Arsiparis Terampil" fungsional keterampilan terampil kelas 6 bezetting 2 kebutuhan 3 pppk
        }
    }
    bidang Yankes "Bidang Pelayanan" {
        pimpinan Kabid "Kepala Bidang Pelayanan" administrator kelas 12
        seksi Rujukan "Seksi Rujukan" { pimpinan Kasi "Kepala Seksi Rujukan" pengawas kelas 9 }
        subbidang Mutu "Subbidang Mutu" { }
        jabatan Adminkes "Administrator Kesehatan Ahli Madya" fungsional keahlian ahli-madya kelas 11 hasil-penyetaraan
        jabatan Pelaksana "Pengadministrasi Perkantoran" pelaksana kelas 5 dibawah Kabid
    }
}

templat Pkm "Puskesmas" untuk puskesmas {
    pimpinan KepalaPkm "Kepala {unit}" fungsional keahlian ahli-madya kelas 11
    jabatan Bidan "Bidan Terampil" fungsional keterampilan terampil kelas 6
}

puskesmas Pkm1 "UPTD Puskesmas Satu" induk DinasA menurut Pkm {
    isi Bidan judul "Bidan Terampil (Pustu)" kelas 7 bezetting 4 kebutuhan 5 pns
}

uptd Labkes "UPTD Labkes" kelas A induk DinasA { }

instansi BPS "Badan Pusat Statistik"

tim TimA "Tim A" {
    pemilik-kinerja DinasA.Yankes
    pengarah DinasA.Kepala
    penanggung-jawab DinasA.Yankes.Kabid
    ketua DinasA.Yankes.Adminkes
    sekretaris DinasA.Sekretariat.Arsiparis
    anggota Pkm1.Bidan
    anggota dari BPS "Statistisi Ahli Muda"
    target-kinerja "Target satu"
    durasi "6 bulan"
    cara penunjukan
    ditetapkan keputusan-sekretaris-daerah
    permohonan kepada BPS { nomor "1/2025" maksud "m" kompetensi "k" ekspektasi "e" durasi "6 bulan" }
}

penugasan TugasA "Tugas A" {
    pemilik-kinerja DinasA
    ditugaskan DinasA.Yankes.Pelaksana
    target-kinerja "Target"
    durasi "1 bulan"
    cara pengajuan-sukarela
    ditetapkan surat-tugas
}
`;

describe('parsing', () => {
    it('parses every construct of the language without errors', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': EVERY_CONSTRUCT });
        const doc = ws.docs['a.sikerja'];
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors).toEqual([]);
        expect(withoutRules(ws.diagnostics('a.sikerja'))).toEqual([]);
        const root = doc.parseResult.value as ast.Document;
        expect(root.header?.name).toBe('Uji');
        expect(root.elements.map(e => e.$type)).toEqual(['Organisasi', 'Templat', 'Organisasi', 'Organisasi', 'Instansi', 'Tim', 'Penugasan']);
    });

    it('reads an organisation: kind, model, urusan, leader and nested units', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': EVERY_CONSTRUCT });
        const org = (ws.docs['a.sikerja'].parseResult.value as ast.Document).elements[0] as ast.Organisasi;
        expect(org.kind).toBe('dinas');
        expect(org.structureModel).toEqual([3]);
        expect(org.affairs).toEqual(['kesehatan', 'keluarga berencana']);
        const sekretariat = org.members.find(ast.isUnit)!;
        expect(sekretariat.kind).toBe('sekretariat');
        const kelompok = sekretariat.members.find(ast.isKelompok)!;
        expect(kelompok.penilai[0].$refText).toBe('Sekretaris');
        expect(kelompok.coordinator[0].$refText).toBe('Umum.Kasubbag');
        const arsiparis = kelompok.members[0];
        expect(arsiparis).toMatchObject({ jenis: ['fungsional'], kategori: ['keterampilan'], jenjang: ['terampil'], kelas: [6], bezetting: [2], kebutuhan: [3], status: ['pppk'] });
    });

    it('reads positions with flags in any order', async () => {
        const ws = await buildWorkspace({
            'pemda.sikerja': PEMDA_FILE,
            'a.sikerja': 'pemda Uji\nbadan B "Badan B" { jabatan X "X" hasil-penyetaraan kelas 9 ahli-muda keahlian fungsional kebutuhan 2 bezetting 1 }'
        });
        const j = ((ws.docs['a.sikerja'].parseResult.value as ast.Document).elements[0] as ast.Organisasi).members[0] as ast.Jabatan;
        expect(j).toMatchObject({ jenis: ['fungsional'], kategori: ['keahlian'], jenjang: ['ahli-muda'], kelas: [9], bezetting: [1], kebutuhan: [2], flags: ['hasil-penyetaraan'] });
        expect(withoutRules(ws.errors('a.sikerja'))).toEqual([]);
    });

    it('reads a team: owner, roles (positions and other instansi) and permohonan', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': EVERY_CONSTRUCT });
        const tim = (ws.docs['a.sikerja'].parseResult.value as ast.Document).elements.find(ast.isTim)!;
        expect(tim.owner[0].$refText).toBe('DinasA.Yankes');
        expect(tim.roles.map(r => r.role)).toEqual(['pengarah', 'penanggung-jawab', 'ketua', 'sekretaris', 'anggota', 'anggota']);
        expect(tim.roles[5]).toMatchObject({ title: 'Statistisi Ahli Muda' });
        expect(tim.roles[5].instansi?.$refText).toBe('BPS');
        expect(tim.permohonan[0]).toMatchObject({ number: ['1/2025'], purpose: ['m'], competence: ['k'], expectation: ['e'], duration: ['6 bulan'] });
        expect(tim.instrument).toEqual(['keputusan-sekretaris-daerah']);
        expect(tim.assignment).toEqual(['penunjukan']);
    });
});
