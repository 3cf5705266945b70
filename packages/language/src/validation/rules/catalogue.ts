/**
 * The rule catalogue: what each rule checks, in the analyst's words. Severities and the article
 * each rule cites are regional data (profiles/*.json); the code here is the same for every region.
 */
export const RULES = {
    'jf-under-eligible-leader': {
        title: 'JF dan pelaksana berkedudukan di bawah pimpinan yang berwenang',
        summary: 'JF dan pelaksana berada langsung di bawah JPT, Administrator atau Pengawas; hanya JF yang diangkat memimpin unit kerja mandiri (UPTD, Puskesmas, Satuan Pendidikan) boleh membawahi JF dan pelaksana.'
    },
    'penilai-kinerja-min-pengawas': {
        title: 'Setiap JF dan pelaksana punya Pejabat Penilai Kinerja paling rendah Pengawas',
        summary: 'Pejabat Penilai Kinerja adalah atasan langsung, paling rendah pejabat pengawas (atau pejabat lain yang diberi pendelegasian kewenangan, seperti JF pimpinan unit kerja mandiri).'
    },
    'ketua-from-owner-unit': {
        title: 'Ketua tim lintas unit berasal dari unit pemilik kinerja',
        summary: 'Dalam tim yang anggotanya lintas unit, lintas perangkat daerah atau lintas instansi, ketua tim berasal dari unit (atau perangkat daerah) pemilik kinerja. Di Kampar dan Bengkalis ketentuan ini juga berlaku bagi ketua yang pejabat struktural (Administrator boleh menjadi ketua di sana); di daerah lain Perbup menyebut JF atau pelaksana yang berperan sebagai ketua.'
    },
    'ketua-eligibility': {
        title: 'Penanggung jawab dan ketua tim: Administrator atau JF hasil penyetaraan',
        summary: 'Penanggung jawab dan ketua tim adalah Pejabat Administrator atau JF hasil penyetaraan; bila terjadi kekosongan (unit pemilik kinerja tidak punya JF hasil penyetaraan yang terisi, B > 0), JF keahlian berstatus PNS dapat ditunjuk. "Berstatus sebagai Pegawai Negeri Sipil" adalah status orangnya: bila pemegang jabatan ditulis (`pegawai` pada peran, atau satu-satunya pegawai jabatan dengan B = 1) dan berstatus `pppk`, ia tidak dapat ditunjuk, walau jabatannya bertanda `pns`; tanpa pemegang yang ditulis, tanda jabatannya yang dinilai. SiKerja tidak membaca "penanggung jawab dan ketua" secara berpasangan (Administrator hanya penanggung jawab, JF hanya ketua): bahan sosialisasi Bengkalis menyebut JF ahli dapat menjadi "penanggung jawab atau ketua tim", dan Kampar Ps 5 ayat (5) memakai "yang berperan sebagai ketua tim" tanpa membatasi jabatannya. Kepala Perangkat Daerah (JPT) tidak disebut sebagai penanggung jawab atau ketua.'
    },
    'ketua-jf-or-pelaksana': {
        title: 'Ketua tim adalah pejabat fungsional atau pelaksana',
        summary: 'Ketua tim adalah pejabat fungsional atau pelaksana; pejabat struktural yang memimpin unit tidak menjadi ketua. Bengkayang (Lampiran I.II.2.c angka 3) dan Tanjung Jabung Timur (Ps 13 ayat (2)): "pimpinan unit organisasi dapat menunjuk salah satu pejabat fungsional atau pelaksana sebagai ketua tim kerja". Mahakam Ulu tidak memuat ketentuan menunjuk itu; Perbup-nya hanya mengenal "Pejabat Fungsional dan pelaksana yang berperan sebagai ketua tim" (Ps 17 ayat (2), setiap tim; Ps 12 ayat (3), tim lintas Unit Organisasi dan/atau lintas Instansi Daerah), sehingga temuan di sana mengutip pasal-pasal itu dan tetap peringatan. Tidak berlaku di Kampar dan Bengkalis, yang membolehkan Administrator menjadi ketua.'
    },
    'assignee-in-post': {
        title: 'Penugasan kepada jabatan yang terisi dan punya Pejabat Penilai Kinerja',
        summary: 'Anggota tim dan yang ditugaskan secara individu adalah jabatan fungsional atau pelaksana yang terisi (B lebih dari 0) dan sudah punya Pejabat Penilai Kinerja: sebelum memperoleh penugasan pegawai wajib mengetahui kedudukan dan penilai kinerjanya.'
    },
    'sukarela-not-lintas-instansi': {
        title: 'Pengajuan sukarela hanya dalam pemerintah daerah sendiri',
        summary: 'Pengajuan sukarela hanya di dalam unit organisasi atau lintas unit organisasi dalam pemerintah daerah yang sama, tidak lintas instansi.'
    },
    'instrument-matches-scope': {
        title: 'Instrumen penetapan sesuai lingkup tim atau penugasan',
        summary: 'Surat tugas, Keputusan Kepala Perangkat Daerah, Keputusan Sekretaris Daerah atau Keputusan Bupati, sesuai lingkup dalam unit, lintas unit, lintas perangkat daerah atau lintas instansi, menurut tabel Perbup daerahnya. Tanjung Jabung Timur dan Mahakam Ulu menyerahkan penetapan kepada Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi (surat penugasan) untuk semua lingkup. Pegawai pemda ini dalam pekerjaan milik instansi lain (`pemilik-kinerja dari`) diperiksa dengan baris lintas instansi, kecuali Perbup memberi aturan sendiri: di Kampar Ps 4 ayat (9) hanya menyebut tim dalam dan lintas Perangkat Daerah, sehingga penugasan itu ditetapkan dengan Surat Tugas Kepala Perangkat Daerah atau Pejabat Penilai Kinerja (Ps 4 ayat (8)); tanpa Perbup yang dikenal aturan ini tidak berlaku, karena naskah PermenPANRB 7/2022 tidak ada di repositori.'
    },
    'permohonan-complete': {
        title: 'Surat permohonan pelibatan untuk anggota dari unit atau instansi lain, lengkap',
        summary: 'JF dan pelaksana dari unit organisasi atau instansi lain dilibatkan dengan surat permohonan pelibatan. Surat pada mekanisme penunjukan dikirim pimpinan unit organisasi pemilik kinerja dan paling sedikit memuat maksud dan tujuan, kompetensi, ekspektasi/target kinerja, dan durasi. Surat JF yang mengajukan diri (pengajuan sukarela: seluruh tim `cara pengajuan-sukarela` atau anggota `sukarela`) ditulis JF itu kepada pimpinan unit organisasi dituju dan tidak dituntut memuat daftar itu: Bengkayang Lampiran I.II.1 menujukan daftarnya kepada surat "pada mekanisme penunjukan", Tanjung Jabung Timur Ps 11 ayat (5) kepada surat "sebagaimana dimaksud pada ayat (3) dan ayat (4)". Surat kepada instansi lain dikirim `melalui` Pejabat yang Berwenang pemda ini; tidak ada Perbup yang menyebut jabatannya, dan SiKerja mengambil Sekretaris Daerah (data profil). Tembusan dan persetujuan menurut daerahnya: Bengkayang menembuskan surat lintas unit dan lintas instansi kepada Pejabat Penilai Kinerja jabatan yang dimohon (Lampiran I.II.1.b angka 1 dan c angka 1; surat yang ditujukan kepada Pejabat Penilai Kinerja itu sendiri sudah sampai kepadanya) dan surat JF yang mengajukan diri kepada Pejabat Penilai Kinerja dan pimpinan unit organisasinya (I.II.2.b angka 1); Tanjung Jabung Timur menembuskan surat lintas instansi (Ps 11 ayat (4) huruf a), tidak surat lintas unit (Ps 11 ayat (3) huruf a), dan surat JF yang mengajukan diri disampaikan "atas persetujuan Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bersangkutan" (Ps 12 ayat (3) huruf a), dicatat dengan `persetujuan`, bukan tembusan. "Pejabat Penilai Kinerja bersangkutan diinstansinya" (Bengkayang I.II.1.c angka 1) dibaca sebagai Pejabat Penilai Kinerja jabatan yang dimohon, di instansinya, seperti "bersangkutan" pada huruf b angka 1 dan angka 2.b angka 1; jabatan itu tidak ada dalam model pemda ini, jadi tembusannya ditulis dengan kata-kata.'
    },
    'issuer-matches-instrument': {
        title: 'Instrumen penetapan ditandatangani pejabat yang berwenang',
        summary: 'Penandatangan (`oleh`) surat tugas atau keputusan sesuai tabel Perbup daerahnya: Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi, Kepala Perangkat Daerah, Sekretaris Daerah, atau Bupati (Keputusan Bupati tanpa `oleh`). Keputusan Kepala Perangkat Daerah selalu ditandatangani Kepala Perangkat Daerah, juga di Tanjung Jabung Timur dan Mahakam Ulu: Ps 10 ayat (4) dan Ps 13 ayat (4) membolehkan Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi menetapkan penugasan, dengan surat tugas. Surat tugas anggota dari unit atau perangkat daerah lain ditandatangani di tempat anggota itu berkedudukan: Kepala Perangkat Daerah (Bengkayang, Bengkalis), Kepala Perangkat Daerah atau Pejabat Penilai Kinerja (Kampar), Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi (Tanjung Jabung Timur Ps 11 ayat (3) huruf c; naskahnya berbunyi "maka Pejabat Fungsional atau pelaksana dimaksud berada menyusun surat penugasan untuk disetujui oleh Pimpinan Unit Organisasi", tanpa menyebut siapa yang menyusun, dan dibaca sebagai: disusun di tempat JF berada, disetujui pimpinannya); Mahakam Ulu tidak mengatur surat tugas anggota. Dalam pekerjaan milik instansi lain, instrumen pemda ini untuk pegawainya juga diperiksa (Bengkayang Ps 11 ayat (1): Keputusan Sekretaris Daerah), dan Kepala Perangkat Daerah atau Pimpinan Unit Organisasi yang dimaksud adalah tempat pegawai itu berkedudukan ("Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi yang dituju", Tanjung Jabung Timur Ps 11 ayat (4) huruf e angka 2). Hanya diperiksa bila penandatangan ditulis.'
    },
    'reporting-line': {
        title: 'Garis pelaporan tim dan penugasan individu lengkap',
        summary: 'Anggota melapor kepada ketua tim; ketua tim kepada pimpinan unit organisasi pemilik kinerja; penugasan individu langsung kepada pimpinan unit organisasi pemilik kinerja. Di Kampar laporan itu sampai kepada Kepala Perangkat Daerah pemilik kinerja ("melaporkan pelaksanaan tugasnya secara langsung kepada Kepala Perangkat Daerah pemilik kinerja", Ps 6 ayat (1)), dan ketua tim dapat melapor kepada "Kepala Perangkat Daerah atau penanggung jawab tim secara berjenjang" (Ps 6 ayat (2)): di sana yang harus punya pimpinan adalah perangkat daerah pemilik kinerja, bukan unitnya. Menunjuk ketua tidak wajib ("perlu atau tidaknya", "dapat menunjuk"): tim tanpa ketua melapor langsung kepada pimpinan yang sama, jadi pemilik kinerja harus punya pimpinan.'
    },
    'model-conformance': {
        title: 'Susunan organisasi sesuai model dalam lampiran',
        summary: 'Dinas/Badan Model 1-4, Sekretariat Daerah, Sekretariat DPRD, Kecamatan, Kelurahan, UPTD, Puskesmas dan Satuan Pendidikan mengikuti susunan yang digambar lampiran Perbup daerahnya; setiap temuan menyebut Gambar atau butir lampiran yang menjadi dasarnya. UPTD kelas B tidak dinilai kekurangan atau kelebihan Subbagian Tata Usaha: satu-satunya naskah tentangnya, Bengkayang Lampiran I.I.3.b setelah Gambar 11 (UPT kelas B), berbunyi "Kelompok Jabatan Fungsional dan Pelaksana serta Kepala Subbagian Tata Usaha berkedudukan di bawah Pejabat Pengawas (Kepala UPTD)", dan Perbup lain tidak menyebut kelas UPTD.'
    },
    'spbe-coordination-team': {
        title: 'Susunan Tim Koordinasi SPBE, Tim Pelaksana dan kelompok kerjanya',
        summary: 'Tim Koordinasi SPBE ditetapkan Bupati, diketuai Sekretaris Daerah dan paling sedikit beranggotakan pejabat yang disebut Perbup (Mahakam Ulu Ps 24 ayat (1), (4), (7)). Tim itu "berada dibawah dan bertanggung jawab kepada Bupati" (Ps 24 ayat (2)): tidak ada pejabat pemda yang menjadi penanggung jawabnya, dan garis pelaporan tim biasa kepada pimpinan unit organisasi tidak berlaku baginya. Sekretariatnya "secara fungsional dilaksanakan oleh Asisten Administrasi Umum" (Ps 27 ayat (1)): sekretaris yang ditulis berasal dari Asisten Administrasi Umum. Tim Pelaksana SPBE "terdiri atas Aparatur Sipil Negara lintas Perangkat Daerah" (Ps 25 ayat (2)) dan, seperti kelompok kerja SPBE, ditetapkan Bupati (Ps 25 ayat (4), Ps 26 ayat (2)); tabel instrumen, ketentuan ketua dan garis pelaporan tim biasa tidak menilai badan-badan SPBE ini. Tugas tim (Ps 24 ayat (3), Ps 25 ayat (3)) tidak diperiksa karena model tidak memuat uraian tugas tim, dan Tim Pelaksana tidak dituntut ada ("dibantu oleh Tim Pelaksana", Ps 25 ayat (1)) karena model bisa memuat sebagian pemda saja.'
    },
    'peta-jabatan-figures': {
        title: 'Angka peta jabatan wajar (pemeriksaan kewajaran, bukan ketentuan Perbup)',
        summary: 'Kelas jabatan pada skala kelas jabatan 1–17 (setiap jabatan: `kelas 99` adalah salah ketik) dan, untuk JF, dalam rentang jenjangnya; jenjang sesuai kategori keahlian/keterampilan, dan kebutuhan (K) tercantum. Bezetting (B) di atas kebutuhan dilaporkan sebagai info: itu keadaan peta jabatan, bukan pelanggaran. Tidak satu pun Perbup Sistem Kerja memuat ketentuan ini; rentang kelas perlu dicocokkan dengan Perbup Kelas Jabatan kabupaten.'
    }
} as const;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];
