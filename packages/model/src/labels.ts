/**
 * The model's vocabulary in the analyst's words. Findings, hovers and inlay hints all name a jenis,
 * a scope or an instrument; one table keeps the editor saying what the rules say.
 */

export const JENIS_LABELS: Record<string, string> = {
    'jpt-madya': 'JPT Madya',
    'jpt-pratama': 'JPT Pratama',
    'administrator': 'Administrator',
    'pengawas': 'Pengawas',
    'fungsional': 'Jabatan Fungsional',
    'pelaksana': 'Pelaksana'
};

export const SCOPE_LABELS: Record<string, string> = {
    'dalam-unit': 'dalam unit organisasi',
    'lintas-unit': 'lintas unit organisasi',
    'lintas-perangkat-daerah': 'lintas perangkat daerah',
    'lintas-instansi': 'lintas instansi'
};

export const INSTRUMENT_LABELS: Record<string, string> = {
    'surat-tugas': 'Surat Tugas',
    'keputusan-kepala-perangkat-daerah': 'Keputusan Kepala Perangkat Daerah',
    'keputusan-sekretaris-daerah': 'Keputusan Sekretaris Daerah',
    'keputusan-bupati': 'Keputusan Bupati'
};

/**
 * A name in capitals as official headings print it: every word upper case but a gelar written before
 * a name ("dr.", "drg."), which stays as written — "RUMAH SAKIT UMUM DAERAH dr. ABDUL AZIZ", never
 * "DR. ABDUL AZIZ" (a doctorate, not a physician).
 */
export function officialUpperCase(text: string): string {
    return text.split(/(\s+)/).map(word => LOWER_GELAR.test(word) ? word : word.toLocaleUpperCase('id-ID')).join('');
}

const LOWER_GELAR = /^\(?(dr|drg)\.$/;
