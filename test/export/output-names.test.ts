import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputNames } from '../../packages/export/src/output-names.js';

describe('the names of the files one export writes', () => {
    it('stay distinct on Windows and macOS: a name differing only in letter case gets " (2)"', () => {
        const names = new OutputNames();
        const out = path.join('/keluaran', 'Kampar');
        expect(names.claim(path.join(out, 'TimA-keputusan.docx'))).toBe(path.join(out, 'TimA-keputusan.docx'));
        expect(names.claim(path.join(out, 'Tima-keputusan.docx'))).toBe(path.join(out, 'Tima-keputusan (2).docx'));
        expect(names.claim(path.join(out, 'TIMA-keputusan.docx'))).toBe(path.join(out, 'TIMA-keputusan (3).docx'));
        expect(names.renamed.map(r => path.basename(r.file))).toEqual(['Tima-keputusan (2).docx', 'TIMA-keputusan (3).docx']);
    });

    it('take a name composed another way in Unicode (macOS keeps é as e + ◌́) for the same name', () => {
        const names = new OutputNames();
        names.claim('/k/Kecamatan-Sé-struktur.svg');
        expect(names.claim('/k/Kecamatan-Se\u0301-struktur.svg')).toBe('/k/Kecamatan-Se\u0301-struktur (2).svg');
    });

    it('leave distinct names, and the same kind in another folder, as they are', () => {
        const names = new OutputNames();
        expect(names.claim('/k/Kampar/BKPSDM-struktur.svg')).toBe('/k/Kampar/BKPSDM-struktur.svg');
        expect(names.claim('/k/Kampar/BKPSDM-struktur.pdf')).toBe('/k/Kampar/BKPSDM-struktur.pdf');
        expect(names.claim('/k/Bengkayang/BKPSDM-struktur.svg')).toBe('/k/Bengkayang/BKPSDM-struktur.svg');
        expect(names.renamed).toEqual([]);
    });
});
