import type { StructureCode } from './codes.js';

/**
 * What each language and structure code means, for `docs/aturan.md` (the regulation rules are
 * described by their own catalogue). Typed by the codes, so a new code cannot go undocumented.
 */
export const STRUCTURE_CODE_DESCRIPTIONS: Record<StructureCode, string> = {
    'lexing-error': 'Karakter yang tidak dikenal bahasa SiKerja (mis. `@`); nama hanya berisi huruf, angka dan garis bawah.',
    'unterminated-string': 'Teks yang dibuka dengan tanda kutip tidak ditutup sebelum akhir baris; dilaporkan di tanda kutip pembukanya.',
    'parsing-error': 'Susunan kata tidak sesuai tata bahasa (mis. judul tanpa tanda kutip, `{` yang hilang, kata kunci salah tulis).',
    'syntax-errors-truncated': 'Lebih dari 100 galat penulisan dalam satu berkas: yang pertama ditampilkan, sisanya dihitung dalam satu temuan.',
    'pemda-header-missing': 'Berkas tidak diawali `pemda <Nama>`.',
    'pemda-undefined': 'Tidak ada berkas yang mendefinisikan pemda ini (`pemda <Nama> { nama ... regulasi ... }`).',
    'pemda-defined-twice': 'Pemda yang sama didefinisikan di lebih dari satu berkas.',
    'regulation-missing': 'Definisi pemda tanpa `regulasi`: aturan diperiksa dengan profil nasional.',
    'regulation-unknown': 'Regulasi yang ditulis tidak punya profil aturan: aturan diperiksa dengan profil nasional.',
    'duplicate-name': 'Nama yang sama dinyatakan lebih dari sekali di tempat yang sama (pemda, unit, atau peta).',
    'attribute-repeated': 'Atribut yang sama (mis. `kelas`) ditulis dua kali pada satu jabatan atau elemen.',
    'linking-error': 'Nama yang dirujuk tidak ditemukan (unit, jabatan, perangkat daerah, instansi, proses, jalur).',
    'induk-cycle': 'Rantai `induk` kembali ke dirinya sendiri.',
    'penilai-cycle': 'Rantai Pejabat Penilai Kinerja (`dibawah`) kembali ke dirinya sendiri.',
    'leader-duplicate': 'Satu unit punya lebih dari satu `pimpinan`.',
    'jenis-missing': 'Jabatan tanpa jenis (`fungsional ...`, `pelaksana`, atau jenis pimpinan).',
    'jabatan-structural': '`jabatan` dengan jenis struktural; jabatan struktural ditulis sebagai `pimpinan` unitnya.',
    'jf-attributes': 'Jabatan fungsional tanpa kategori (keahlian/keterampilan) dan jenjangnya, atau kategori dan jenjang pada jabatan yang bukan fungsional.',
    'structure-model-invalid': '`model` bernilai 1 sampai 4 dan berlaku untuk Dinas, Badan, Satuan Polisi Pamong Praja dan Inspektorat (klasifikasi Lampiran Perbup Tanjung Jabung Timur).',
    'uptd-class-invalid': '`kelas A`/`kelas B` hanya untuk UPTD.',
    'isi-outside-instance': '`isi` hanya di organisasi yang mengikuti templat, untuk jabatan templat itu.',
    'isi-repeated': 'Jabatan templat yang sama diisi dua kali.',
    'template-kind-mismatch': 'Organisasi mengikuti templat untuk jenis organisasi lain.',
    'owner-missing': 'Tim tanpa `pemilik-kinerja`.',
    'ketua-more-than-one': 'Tim dengan lebih dari satu `ketua`.',
    'member-repeated': 'Jabatan yang sama disebut dua kali sebagai anggota tim.',
    'assignee-missing': 'Penugasan individu tanpa `ditugaskan`.',
    'process-code-duplicate': 'Kode proses yang sama dipakai dua proses, peta atau SOP di pemda ini.',
    'process-code-hierarchy': 'Kode proses tidak menurun dari kode induknya.',
    'process-level': 'Level proses tidak satu tingkat di bawah level induknya.',
    'process-cycle': 'Rantai `induk` proses kembali ke dirinya sendiri.',
    'map-start-missing': 'Peta lintas fungsi tanpa simbol `mulai`.',
    'map-end-missing': 'Peta lintas fungsi tanpa simbol `selesai`.',
    'lane-missing': 'Simbol peta tanpa jalur (`di <jalur>`).',
    'node-unreachable': 'Simbol yang tidak tercapai dari `mulai`.',
    'node-dead-end': 'Simbol yang tidak sampai ke `selesai`.',
    'decision-exits': 'Keputusan dengan kurang dari dua alur keluar berlabel.',
    'flow-from-end': 'Alur keluar dari simbol `selesai`.',
    'flow-label-on-chain': 'Label pada rangkaian alur `A -> B -> C`; label hanya untuk satu panah.',
    'relasi-output-not-produced': 'Keluaran yang diserahkan dalam peta relasi tidak dihasilkan proses atau unit penyerahnya.',
    'check-failed': 'Pemeriksaan SiKerja sendiri gagal pada elemen ini (cacat perangkat lunak, bukan kesalahan model); laporkan.'
};
