import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

const EPIDEMIOLOG = `        jabatan EpidemiologMuda "Epidemiolog Kesehatan Ahli Muda" fungsional keahlian ahli-muda kelas 9 hasil-penyetaraan bezetting 1 kebutuhan 1 pns
        jabatan EpidemiologPertama "Epidemiolog Kesehatan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 1 kebutuhan 2 pns
        jabatan EntomologPertama "Entomolog Kesehatan Ahli Pertama" fungsional keahlian ahli-pertama kelas 8 bezetting 0 kebutuhan 1 pns
`;
const SANITARIAN = '        jabatan SanitarianMahir "Tenaga Sanitasi Lingkungan Mahir" fungsional keterampilan mahir kelas 7 bezetting 1 kebutuhan 1 pns\n';

function replaceOnce(text: string, from: string, to: string): string {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly one occurrence of: ${from.slice(0, 60)}`);
    return text.slice(0, at) + to + text.slice(at + from.length);
}

const indent = (s: string) => s.replace(/^ {8}/gm, '            ');

/**
 * Two versions of the Bengkayang example, as a Dinas Kesehatan might change: `lama` has a Seksi
 * Surveilans dan Imunisasi in Bidang P2P; in `baru` it is a kelompok of the same three JF, the
 * Sanitarian moved from Bidang Kesmas to Bidang P2P and the Nutrisionis Ahli Muda is kelas 10.
 */
export function bengkayangVersions(dir: string): { lama: string; baru: string } {
    const lama = path.join(dir, 'lama'), baru = path.join(dir, 'baru');
    for (const d of [lama, baru]) fs.cpSync(path.join(ROOT, 'examples/bengkayang'), d, { recursive: true });
    const dinkes = fs.readFileSync(path.join(lama, 'dinas-kesehatan.sikerja'), 'utf8');
    fs.writeFileSync(path.join(lama, 'dinas-kesehatan.sikerja'), replaceOnce(dinkes, EPIDEMIOLOG, `        seksi Surveilans "Seksi Surveilans dan Imunisasi" {
            pimpinan KepalaSeksi "Kepala Seksi Surveilans dan Imunisasi" pengawas kelas 9 bezetting 1 kebutuhan 1 pns
${indent(EPIDEMIOLOG)}        }
`));
    const team = fs.readFileSync(path.join(lama, 'tim-kerja.sikerja'), 'utf8');
    fs.writeFileSync(path.join(lama, 'tim-kerja.sikerja'), replaceOnce(team, 'anggota Dinkes.P2P.EpidemiologMuda', 'anggota Dinkes.P2P.Surveilans.EpidemiologMuda'));
    let now = replaceOnce(dinkes, EPIDEMIOLOG, `        kelompok KelompokSurveilans "Kelompok JF Surveilans dan Imunisasi" {
${indent(EPIDEMIOLOG)}        }
`);
    now = replaceOnce(replaceOnce(now, SANITARIAN, ''), '        jabatan PengelolaImunisasi', SANITARIAN + '        jabatan PengelolaImunisasi');
    now = replaceOnce(now, '"Nutrisionis Ahli Muda" fungsional keahlian ahli-muda kelas 9', '"Nutrisionis Ahli Muda" fungsional keahlian ahli-muda kelas 10');
    fs.writeFileSync(path.join(baru, 'dinas-kesehatan.sikerja'), now);
    return { lama, baru };
}
