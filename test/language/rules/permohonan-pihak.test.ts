import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf } from '../../helpers.js';
import { ORGS, underEachRegion, underRegion, type RuleRun } from './fixture.js';

/** The fixture with a Sekretariat Daerah, whose head SiKerja takes as the Pejabat yang Berwenang. */
const WITH_SETDA = `${ORGS}
sekretariat-daerah Setda "Sekretariat Daerah" {
    pimpinan Sekda "Sekretaris Daerah" jpt-madya kelas 15 bezetting 1 kebutuhan 1
}
`;
const FULL = 'maksud "m" kompetensi "k" ekspektasi "e" durasi "d"';

describe('permohonan-complete: `melalui` names the Pejabat yang Berwenang (Bengkayang Lampiran I.II.1.c angka 1, TJT Ps 11 ayat (4) huruf a)', () => {
    const team = (letter: string) => `
tim T "Tim Satu Data" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota dari BPS "Statistisi Ahli Muda"
    ditetapkan keputusan-sekretaris-daerah
    ${letter}
}`;

    it('reports a letter to another instansi sent through another official, naming the one it expects', async () => {
        const findings = await underEachRegion(['bengkayang', 'tanjabtim', 'kampar'],
            team(`permohonan kepada BPS melalui Dinkes.Kepala { ${FULL} tembusan "Kepala BPS" }`), 'permohonan-complete', WITH_SETDA);
        // Kampar's text has no lintas-instansi mechanism: only the contents list (PermenPANRB's wording) applies there.
        expect(findings).toEqual({
            bengkayang: [['error', 'permohonan-complete', 8, 'Dinkes.Kepala']],
            tanjabtim: [['error', 'permohonan-complete', 8, 'Dinkes.Kepala']],
            kampar: []
        });
        const run = await underRegion('bengkayang', team(`permohonan kepada BPS melalui Dinkes.Kepala { ${FULL} tembusan "Kepala BPS" }`), WITH_SETDA);
        expect(run.findings.find(f => f.code === 'permohonan-complete')!.message).toBe('Pejabat yang Berwenang yang meneruskan permohonan kepada instansi lain adalah Sekretaris Daerah (`Setda.Sekda`), '
            + 'bukan `Kepala Dinas Kesehatan`: tulis `melalui Setda.Sekda`. [Perbup Bengkayang 5/2024 Lampiran I.II.1.c angka 1]');
    });

    it('accepts the Sekretaris Daerah, and names it when `melalui` is missing', async () => {
        const through = await underEachRegion(['bengkayang', 'tanjabtim'],
            team(`permohonan kepada BPS melalui Setda.Sekda { ${FULL} tembusan "Kepala BPS" }`), 'permohonan-complete', WITH_SETDA);
        expect(through).toEqual({ bengkayang: [], tanjabtim: [] });
        const missing = await underRegion('tanjabtim', team(`permohonan kepada BPS { ${FULL} tembusan "Kepala BPS" }`), WITH_SETDA);
        expect(missing.findings.filter(f => f.code === 'permohonan-complete').map(f => f.message)).toEqual(['Permohonan kepada instansi `BPS` dikirim lebih dahulu kepada Pejabat yang Berwenang di pemda ini, '
            + 'Sekretaris Daerah, yang meneruskannya: tulis `melalui Setda.Sekda`. [Perbup Tanjung Jabung Timur 14/2023 Ps 11 ayat (4) huruf a]']);
    });

    it('asks for the tembusan to the Pejabat Penilai Kinerja of the one asked for, which across instansi can only be named in words', async () => {
        const findings = await underEachRegion(['bengkayang', 'tanjabtim'],
            team(`permohonan kepada BPS melalui Setda.Sekda { ${FULL} }`), 'permohonan-complete', WITH_SETDA);
        expect(findings).toEqual({
            bengkayang: [['error', 'permohonan-complete', 8, 'BPS']],
            tanjabtim: [['error', 'permohonan-complete', 8, 'BPS']]
        });
        const run = await underRegion('bengkayang', team(`permohonan kepada BPS melalui Setda.Sekda { ${FULL} }`), WITH_SETDA);
        expect(run.findings.find(f => f.code === 'permohonan-complete')!.message).toContain('ditembuskan kepada Pejabat Penilai Kinerja jabatan yang dimohon di Badan Pusat Statistik');
    });
});

describe('permohonan-complete: the tembusan to the member\'s Pejabat Penilai Kinerja across units (Bengkayang Lampiran I.II.1.b angka 1)', () => {
    const team = (letter: string) => `
tim T "Tim Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak
    ditetapkan keputusan-kepala-perangkat-daerah
    ${letter}
}`;

    it('reports a letter to the Kecamatan without a copy to the member\'s PPK in Bengkayang; TJT Ps 11 ayat (3) huruf a asks none', async () => {
        const findings = await underEachRegion(['bengkayang', 'tanjabtim'], team(`permohonan dari Dinkes.Kepala kepada Kec { ${FULL} }`), 'permohonan-complete');
        expect(findings).toEqual({ bengkayang: [['error', 'permohonan-complete', 8, 'Kec']], tanjabtim: [] });
        const run = await underRegion('bengkayang', team(`permohonan dari Dinkes.Kepala kepada Kec { ${FULL} }`));
        expect(run.findings.find(f => f.code === 'permohonan-complete')!.message).toBe('Surat permohonan kepada `Kec` ditembuskan kepada Pejabat Penilai Kinerja `Kec.PMD.Kasi` (Kepala Seksi PMD), '
            + 'tetapi tembusan itu belum ditulis. Tambahkan `tembusan Kec.PMD.Kasi`. [Perbup Bengkayang 5/2024 Lampiran I.II.1.b angka 1]');
    });

    it('accepts the copy, or the PPK as the addressee ("kepada Pejabat Penilai Kinerja dituju")', async () => {
        const copied = await underRegion('bengkayang', team(`permohonan dari Dinkes.Kepala kepada Kec { ${FULL} tembusan Kec.PMD.Kasi }`));
        expect(copied.rules).toEqual([]);
        const addressed = await underRegion('bengkayang', team(`permohonan dari Dinkes.Kepala kepada Kec.PMD.Kasi { ${FULL} }`));
        expect(addressed.rules).toEqual([]);
    });
});

describe('permohonan-complete: the volunteer\'s letter is copied to (Bengkayang Lampiran I.II.2.b angka 1) or approved by (TJT Ps 12 ayat (3) huruf a) its PPK and Pimpinan Unit Organisasi', () => {
    const volunteer = (letter: string) => `
penugasan P "Pendampingan Posyandu" {
    pemilik-kinerja Dinkes.Kesmas
    ditugaskan Kec.PMD.Penggerak
    cara pengajuan-sukarela
    ditetapkan surat-tugas
    ${letter}
}`;
    const member = (letter: string) => `
tim T "Tim Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak sukarela
    ditetapkan keputusan-kepala-perangkat-daerah
    ${letter}
}`;

    it('reports a letter with neither, in the words of each region; Kampar\'s text has no sukarela mechanism', async () => {
        for (const body of [volunteer('permohonan kepada Dinkes.Kesmas { maksud "m" }'), member('permohonan dari Kec.PMD.Penggerak kepada Dinkes.Kesmas { maksud "m" }')]) {
            const findings = await underEachRegion(['bengkayang', 'tanjabtim', 'kampar'], body, 'permohonan-complete');
            expect(findings).toEqual({
                bengkayang: [['error', 'permohonan-complete', 8, 'Dinkes.Kesmas']],
                tanjabtim: [['error', 'permohonan-complete', 8, 'Dinkes.Kesmas']],
                kampar: []
            });
        }
        const tjt = await underRegion('tanjabtim', volunteer('permohonan kepada Dinkes.Kesmas { maksud "m" }'));
        expect(tjt.findings.find(f => f.code === 'permohonan-complete')!.message).toBe('Surat permohonan kepada `Dinkes.Kesmas` disampaikan atas persetujuan Pejabat Penilai Kinerja dan pimpinan unit organisasi `Kec.PMD.Kasi` (Kepala Seksi PMD), '
            + 'tetapi persetujuan itu belum dicatat. Tambahkan `persetujuan Kec.PMD.Kasi`. [Perbup Tanjung Jabung Timur 14/2023 Ps 12 ayat (3) huruf a]');
    });

    it('takes a copy for a copy and consent for consent: neither stands for the other', async () => {
        const copied = volunteer('permohonan kepada Dinkes.Kesmas { maksud "m" tembusan Kec.PMD.Kasi }');
        expect(await underEachRegion(['bengkayang', 'tanjabtim'], copied, 'permohonan-complete'))
            .toEqual({ bengkayang: [], tanjabtim: [['error', 'permohonan-complete', 8, 'Dinkes.Kesmas']] });
        const approved = volunteer('permohonan kepada Dinkes.Kesmas { maksud "m" persetujuan Kec.PMD.Kasi }');
        expect(await underEachRegion(['bengkayang', 'tanjabtim'], approved, 'permohonan-complete'))
            .toEqual({ bengkayang: [['error', 'permohonan-complete', 8, 'Dinkes.Kesmas']], tanjabtim: [] });
    });

    it('needs the PPK itself: the Camat leads the unit, but is not the member\'s Pejabat Penilai Kinerja', async () => {
        const run = await underRegion('tanjabtim', volunteer('permohonan kepada Dinkes.Kesmas { maksud "m" persetujuan Kec.Camat }'));
        expect(run.findings.filter(f => f.code === 'permohonan-complete').map(f => f.message)).toEqual([expect.stringContaining('atas persetujuan Pejabat Penilai Kinerja `Kec.PMD.Kasi` (Kepala Seksi PMD), tetapi')]);
    });
});

describe('the editor follows `persetujuan` and the letter\'s parties', () => {
    const SNIPPET = 'snippet.sikerja';
    async function quickFix(run: RuleRun): Promise<{ title: string; text: string; after: string[] }> {
        const doc = run.docs[SNIPPET];
        const diagnostics = doc.diagnostics!.filter(d => d.code === 'permohonan-complete');
        const actions = await run.services.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] }
        }) as CodeAction[];
        const text = TextDocument.applyEdits(doc.textDocument, actions[0].edit!.changes![doc.uri.toString()]);
        await run.edit(SNIPPET, text);
        return { title: actions[0].title, text, after: run.diagnostics(SNIPPET).filter(f => f.code === 'permohonan-complete').map(f => f.message) };
    }
    const volunteer = (letter: string) => `
penugasan P "Pendampingan Posyandu" {
    pemilik-kinerja Dinkes.Kesmas
    ditugaskan Kec.PMD.Penggerak
    cara pengajuan-sukarela
    ditetapkan surat-tugas
    ${letter}
}`;

    it('adds the missing consent to the letter, and the copy', async () => {
        const tjt = await quickFix(await underRegion('tanjabtim', volunteer('permohonan kepada Dinkes.Kesmas {\n        maksud "m"\n    }')));
        expect(tjt.title).toBe('Tambahkan persetujuan Kec.PMD.Kasi');
        expect(tjt.text).toContain('        maksud "m"\n        persetujuan Kec.PMD.Kasi\n    }');
        expect(tjt.after).toEqual([]);
        const bengkayang = await quickFix(await underRegion('bengkayang', volunteer('permohonan kepada Dinkes.Kesmas {\n        maksud "m"\n    }')));
        expect(bengkayang.title).toBe('Tambahkan tembusan Kec.PMD.Kasi');
        expect(bengkayang.after).toEqual([]);
    });

    it('writes a whole letter with `melalui` and the copies it needs', async () => {
        const toBps = await quickFix(await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota dari BPS "Statistisi Ahli Muda"
    ditetapkan keputusan-sekretaris-daerah
}`, WITH_SETDA));
        expect(toBps.text).toContain('    permohonan kepada BPS melalui Setda.Sekda {\n        maksud "…"\n        kompetensi "…"\n        ekspektasi "…"\n        durasi "…"\n        tembusan "…"\n    }');
        expect(toBps.after).toEqual([]);
        const sukarela = await quickFix(await underRegion('tanjabtim', volunteer('')));
        expect(sukarela.text).toContain('    permohonan kepada Dinkes.Kesmas {\n        maksud "…"\n        kompetensi "…"\n        ekspektasi "…"\n        durasi "…"\n        persetujuan Kec.PMD.Kasi\n    }');
        expect(sukarela.after).toEqual([]);
    });

    it('hover quotes "atas persetujuan" on the finding, and describes the official a `persetujuan` names', async () => {
        const hover = async (run: RuleRun, marker: string) => {
            const doc = run.docs[SNIPPET];
            const h = await run.services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: positionOf(doc, marker) });
            return (h!.contents as { value: string }).value;
        };
        const missing = await underRegion('tanjabtim', volunteer('permohonan kepada Dinkes.Kesmas { maksud "m" }'));
        expect(await hover(missing, 'Kesmas {')).toContain('> **Perbup Tanjung Jabung Timur 14/2023, Ps 12 ayat (3) huruf a** — “Pejabat Fungsional atau pelaksana menyampaikan surat permohonan');
        const given = await underRegion('tanjabtim', volunteer('permohonan kepada Dinkes.Kesmas { maksud "m" persetujuan Kec.PMD.Kasi }'));
        expect(given.rules).toEqual([]);
        expect(await hover(given, 'Kasi }')).toContain('**Kepala Seksi PMD**');
    });
});
