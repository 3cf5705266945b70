import { describe, expect, it } from 'vitest';
import { buildWorkspace, PEMDA_FILE } from '../helpers.js';

const ORG = `pemda Uji
dinas D "Dinas Uji" {
    pimpinan Kepala "Kepala Dinas" jpt-pratama bezetting 1 kebutuhan 1
    bidang B "Bidang Satu" {
        pimpinan Kabid "Kepala Bidang Satu" administrator bezetting 1 kebutuhan 1
        jabatan Analis "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda bezetting 2 kebutuhan 4
        jabatan Pengelola "Pengelola Umum" pelaksana
    }
}
tim T "Tim Uji" {
    pemilik-kinerja D.B
    ketua D.B.Analis
    anggota D.B.Pengelola
}
`;

describe('inlay hints', () => {
    it('show totals per unit, ± and penilai per position, and a team scope, at the end of what they describe', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG });
        const doc = ws.docs['org.sikerja'];
        const hints = await ws.services.lsp.InlayHintProvider!.getInlayHints(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }
        });
        const lines = doc.textDocument.getText().split('\n');
        expect(hints!.map(h => [h.position.line + 1, lines[h.position.line].slice(0, h.position.character).trim().split(' ').pop(), h.label])).toEqual([
            [2, 'Uji"', 'B 4 · K 6 · ± -2 (1 tanpa B/K)'],
            [3, '1', '± 0'],
            [4, 'Satu"', 'B 3 · K 5 · ± -2 (1 tanpa B/K)'],
            [5, '1', '± 0 · PPK: Kepala Dinas'],
            [6, '4', '± -2 · PPK: Kepala Bidang Satu'],
            [7, 'pelaksana', 'PPK: Kepala Bidang Satu'],
            [10, 'Uji"', 'dalam unit organisasi']
        ]);
    });

    // The editor asks for the lines it shows. Langium's range walk skipped the property after a child
    // outside the range, so once the `pemda` line scrolled away a file lost every hint.
    it('for the lines the editor shows, below the pemda line, come from what those lines hold and what encloses them', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG });
        const doc = ws.docs['org.sikerja'];
        const hints = await ws.services.lsp.InlayHintProvider!.getInlayHints(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: { line: 4, character: 0 }, end: { line: 6, character: 0 } }
        });
        expect(hints!.map(h => [h.position.line + 1, h.label])).toEqual([
            [2, 'B 4 · K 6 · ± -2 (1 tanpa B/K)'],
            [4, 'B 3 · K 5 · ± -2 (1 tanpa B/K)'],
            [5, '± 0 · PPK: Kepala Dinas'],
            [6, '± -2 · PPK: Kepala Bidang Satu']
        ]);
    });
});
