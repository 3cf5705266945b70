import { describe, expect, it } from 'vitest';
import { officialUpperCase } from '@sikerja/model';

describe('names in capitals, as official headings print them', () => {
    it('keeps a physician\'s gelar before a name as written: RSUD dr. ABDUL AZIZ, not DR. (a doctorate)', () => {
        expect(officialUpperCase('Rumah Sakit Umum Daerah dr. Abdul Aziz')).toBe('RUMAH SAKIT UMUM DAERAH dr. ABDUL AZIZ');
        expect(officialUpperCase('Direktur RSUD drg. Hj. Siti Aminah')).toBe('DIREKTUR RSUD drg. HJ. SITI AMINAH');
    });

    it('sets every other word in capitals, the spacing as written', () => {
        expect(officialUpperCase('Dinas Kesehatan,  Pengendalian Penduduk dan Keluarga Berencana')).toBe('DINAS KESEHATAN,  PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA');
        expect(officialUpperCase('Puskesmas Sidrap')).toBe('PUSKESMAS SIDRAP');
    });
});
