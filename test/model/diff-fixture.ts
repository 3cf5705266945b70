import { memoryWorkspace } from '@sikerja/language/testing';
import type { PemdaModel } from '@sikerja/model';

export const PEMDA = `pemda Uji {
    nama "Kabupaten Uji"
    regulasi "Perbup Bengkayang 5/2024"
}
`;

/** A small Dinas Kesehatan with a Seksi, two Bidang to merge and one to split, a team, an assignment, a process and pegawai. */
export const DINKES = `pemda Uji

// Dinas Kesehatan, versi lama.
dinas Dinkes "Dinas Kesehatan" {
    urusan "kesehatan"
    pimpinan KepalaDinas "Kepala Dinas Kesehatan" jpt-pratama kelas 14 bezetting 1 kebutuhan 1 pns

    sekretariat Sekretariat "Sekretariat" {
        pimpinan Sekretaris "Sekretaris" administrator kelas 12 bezetting 1 kebutuhan 1 pns
        kelompok JFSekretariat "Kelompok JF dan Pelaksana Sekretariat" {
            jabatan Perencana "Perencana Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
            jabatan Pengadministrasi "Pengadministrasi Perkantoran" pelaksana kelas 5 bezetting 2 kebutuhan 3 pns
        }
    }

    bidang Kesmas "Bidang Kesehatan Masyarakat" {
        pimpinan KepalaBidang "Kepala Bidang Kesehatan Masyarakat" administrator kelas 11 bezetting 1 kebutuhan 1 pns
        jabatan Nutrisionis "Nutrisionis Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 2 pns
        jabatan Penyuluh "Penyuluh Kesehatan Masyarakat Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 2 kebutuhan 2 pns
    }

    bidang Kesling "Bidang Kesehatan Lingkungan" {
        pimpinan KepalaBidang "Kepala Bidang Kesehatan Lingkungan" administrator kelas 11 bezetting 1 kebutuhan 1 pns
        jabatan Sanitarian "Tenaga Sanitasi Lingkungan Mahir" fungsional keterampilan mahir kelas 7 bezetting 1 kebutuhan 1 pns
        jabatan Entomolog "Entomolog Kesehatan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 0 kebutuhan 1 pns
    }

    bidang P2P "Bidang Pencegahan dan Pengendalian Penyakit" {
        pimpinan KepalaBidang "Kepala Bidang Pencegahan dan Pengendalian Penyakit" administrator kelas 11 bezetting 1 kebutuhan 1 pns
        jabatan PengelolaData "Pengolah Data dan Informasi" pelaksana kelas 6 bezetting 1 kebutuhan 1 pns
        seksi Surveilans "Seksi Surveilans dan Imunisasi" {
            pimpinan KepalaSeksi "Kepala Seksi Surveilans dan Imunisasi" pengawas kelas 9 bezetting 1 kebutuhan 1 pns
            jabatan EpidMuda "Epidemiolog Kesehatan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
            jabatan EpidPertama "Epidemiolog Kesehatan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 2 pns
        }
    }

    bidang Yankes "Bidang Pelayanan dan Sumber Daya Kesehatan" {
        pimpinan KepalaBidang "Kepala Bidang Pelayanan dan Sumber Daya Kesehatan" administrator kelas 11 bezetting 1 kebutuhan 1 pns
        jabatan AdminkesMuda "Administrator Kesehatan Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
        jabatan Apoteker "Apoteker Ahli Muda" fungsional keahlian ahli-muda kelas 9 bezetting 1 kebutuhan 1 pns
        jabatan AsistenApoteker "Asisten Apoteker Terampil" fungsional keterampilan terampil kelas 6 bezetting 2 kebutuhan 2 pns
        jabatan PerekamMedis "Perekam Medis Terampil" fungsional keterampilan terampil kelas 6 bezetting 1 kebutuhan 2 pns
    }
}
`;

export const KERJA = `pemda Uji

tim TimStunting "Tim Kerja Percepatan Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Nutrisionis
    anggota Dinkes.Kesmas.Penyuluh
    anggota Dinkes.P2P.Surveilans.EpidMuda
    anggota Dinkes.Kesling.Sanitarian
    target-kinerja "Prevalensi stunting turun"
    cara penunjukan
    ditetapkan keputusan-kepala-perangkat-daerah
}

penugasan Anjab "Penyusunan Anjab Dinas Kesehatan" {
    pemilik-kinerja Dinkes.Sekretariat
    ditugaskan Dinkes.Sekretariat.Perencana
    cara penunjukan
    ditetapkan surat-tugas
}

proses Perencanaan "Perencanaan Program Kesehatan" {
    kode "UJI.01"
    level 1
    kategori manajemen
    pemilik Dinkes.Sekretariat
    keluaran "Renja"
}

pegawai Rina "Rina Wulandari, S.Gz." {
    nip "19900101 201501 2 001"
    menduduki Dinkes.Kesmas.Nutrisionis
}
`;

/** The semantic model of one version (`pemda.sikerja`, `dinkes.sikerja`, `kerja.sikerja`). */
export async function modelOf(files: Record<string, string>): Promise<PemdaModel[]> {
    const ws = await memoryWorkspace({ 'pemda.sikerja': PEMDA, ...files }, { validation: false });
    return ws.services.model.SemanticModel.semanticModel().pemda;
}

/** Replace exactly one occurrence (a test edit that silently does nothing would prove nothing). */
export function edit(text: string, from: string, to: string): string {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly one occurrence of: ${from}`);
    return text.slice(0, at) + to + text.slice(at + from.length);
}
