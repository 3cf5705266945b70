import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf } from '../../helpers.js';
import { underRegion, type RuleRun } from './fixture.js';

async function actionsFor(run: RuleRun, code: string): Promise<CodeAction[]> {
    const doc = run.docs['snippet.sikerja'];
    const diagnostics = doc.diagnostics!.filter(d => d.code === code);
    expect(diagnostics.length).toBeGreaterThan(0);
    const actions = await run.services.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
    });
    return (actions ?? []) as CodeAction[];
}

function apply(run: RuleRun, action: CodeAction): string {
    const doc = run.docs['snippet.sikerja'];
    return TextDocument.applyEdits(doc.textDocument, action.edit!.changes![doc.uri.toString()]);
}

/** Apply the fix, rebuild, and return the remaining rule findings of that code. */
async function afterFix(run: RuleRun, action: CodeAction, code: string): Promise<string[]> {
    const text = apply(run, action);
    await run.edit('snippet.sikerja', text);
    return run.diagnostics('snippet.sikerja').filter(f => f.code === code).map(f => f.message);
}

const LINTAS_PD = (ketua: string) => `
tim T "Tim Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua ${ketua}
    anggota Dinkes.Kesmas.Nutrisionis
    anggota Kec.PMD.Penggerak
    ditetapkan keputusan-kepala-perangkat-daerah
    permohonan kepada Kec { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`;

/** The hover an analyst sees over the first occurrence of `marker` in one of the run's files. */
async function hoverText(run: RuleRun, file: string, marker: string): Promise<string> {
    const doc = run.docs[file];
    const hover = await run.services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: positionOf(doc, marker) });
    return (hover!.contents as { value: string }).value;
}

describe('hover', () => {
    it('shows the cited article\'s text on a finding', async () => {
        const run = await underRegion('kampar', LINTAS_PD('Kec.PMD.Penggerak'));
        const text = await hoverText(run, 'snippet.sikerja', 'Penggerak');
        expect(text).toContain('**Ketua tim lintas unit berasal dari unit pemilik kinerja** · Perbup Kampar 9/2025');
        // Quoted in the regulation's own words; a summary would say it is one.
        expect(text).toContain('> **Perbup Kampar 9/2025, Ps 5 ayat (5)** — “Dalam hal pelaksanaan tugas tim kerja');
        expect(text).not.toContain('ringkasan');
        // The referenced position's facts follow.
        expect(text).toContain('Pejabat Penilai Kinerja: Kepala Seksi PMD');
    });

    it('quotes only the ayat the finding rests on (Bengkayang Ps 11 ayat 1 for a lintas-instansi team, not ayat 2 and 3)', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota dari BPS "Statistisi Ahli Muda"
    ditetapkan surat-tugas
    permohonan kepada BPS { maksud "m" kompetensi "k" ekspektasi "e" durasi "d" }
}`);
        const text = await hoverText(run, 'snippet.sikerja', 'surat-tugas');
        expect(text).toContain('**Perbup Bengkayang 5/2024, Ps 11 ayat (1)**');
        expect(text).not.toContain('Ps 11 ayat (2)');
        expect(text).not.toContain('Ps 11 ayat (3)');
    });

    it('quotes the Gambar a structure finding is read from (Bengkayang, after Gambar 11), not the rule\'s general article', async () => {
        const run = await underRegion('bengkayang', `
uptd U "UPTD Uji" kelas B induk Dinkes {
    pimpinan Kepala "Kepala UPTD" pengawas kelas 9 bezetting 1 kebutuhan 1
    jabatan PLK "Pranata Laboratorium Kesehatan Terampil" fungsional keterampilan terampil kelas 6 bezetting 1 kebutuhan 1 dibawah Dinkes.Kepala
}`);
        const text = await hoverText(run, 'snippet.sikerja', 'Dinkes.Kepala');
        expect(text).toContain('> **Perbup Bengkayang 5/2024, Lampiran I.I.3.b, Gambar 11** — “Pada struktur diatas, Kelompok Jabatan Fungsional dan Pelaksana serta Kepala Subbagian Tata Usaha');
        expect(text).not.toContain('Ps 8 ayat (2)');
    });

    it('marks a citation that is a summary, not the regulation\'s words (PermenPANRB 7/2022 is not in the repository)', async () => {
        const run = await underRegion('nasional', LINTAS_PD('Kec.PMD.Penggerak'));
        expect(await hoverText(run, 'snippet.sikerja', 'Kec.PMD.Penggerak')).toContain('*(ringkasan, bukan bunyi naskah peraturan)*');
    });

    it('shows the peta jabatan facts of a position and the scope of a team', async () => {
        const run = await underRegion('bengkayang', LINTAS_PD('Dinkes.Kesmas.Adminkes'));
        const text = await hoverText(run, 'org.sikerja', 'Adminkes');
        expect(text).toContain('**Administrator Kesehatan Ahli Madya** `Dinkes.Kesmas.Adminkes`');
        expect(text).toContain('Jabatan Fungsional, keahlian, ahli-madya, hasil penyetaraan · kelas 11 · B 1 / K 1 / ± 0');
        expect(text).toContain('Pejabat Penilai Kinerja: Kepala Bidang Kesehatan Masyarakat');
        expect(await hoverText(run, 'snippet.sikerja', 'T "')).toContain('Lingkup: lintas perangkat daerah');
    });

    it('shows a pegawai\'s NIP, pangkat and post, and on a post who holds it', async () => {
        const run = await underRegion('bengkayang', `pegawai Rina "Rina Marlina, S.Gz." { nip "19950630 202203 2 011" pangkat "Penata Muda (III/a)" menduduki Dinkes.Kesmas.Nutrisionis }`);
        const pegawai = await hoverText(run, 'snippet.sikerja', 'Rina "');
        expect(pegawai).toContain('**Rina Marlina, S.Gz.** `Rina`');
        expect(pegawai).toContain('NIP 19950630 202203 2 011 · Penata Muda (III/a)');
        expect(pegawai).toContain('Menduduki: Nutrisionis Ahli Pertama `Dinkes.Kesmas.Nutrisionis`');
        expect(await hoverText(run, 'org.sikerja', 'Nutrisionis "')).toContain('Diduduki: Rina Marlina, S.Gz.');
    });
});

describe('quick fixes', () => {
    it('offers the owner unit\'s positions as ketua, and the fix clears the finding', async () => {
        const run = await underRegion('kampar', LINTAS_PD('Kec.PMD.Penggerak'));
        const actions = await actionsFor(run, 'ketua-from-owner-unit');
        // Kampar judges at the level of the Perangkat Daerah: every JF of Dinkes is a candidate, hasil penyetaraan first.
        expect(actions.map(a => a.title)).toEqual([
            'Jadikan ketua: Dinkes.Kesmas.Adminkes', 'Jadikan ketua: Dinkes.P2P.Epidemiolog',
            'Jadikan ketua: Dinkes.Sekretariat.Arsiparis', 'Jadikan ketua: Dinkes.Kesmas.Nutrisionis'
        ]);
        expect(apply(run, actions[0])).toContain('    ketua Dinkes.Kesmas.Adminkes\n');
        expect(await afterFix(run, actions[0], 'ketua-from-owner-unit')).toEqual([]);
    });

    it('replaces a wrong instrument', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    ditetapkan keputusan-bupati
}`);
        const actions = await actionsFor(run, 'instrument-matches-scope');
        expect(actions.map(a => a.title)).toEqual(['Tetapkan dengan Surat Tugas']);
        expect(apply(run, actions[0])).toContain('    ditetapkan surat-tugas\n}');
        expect(await afterFix(run, actions[0], 'instrument-matches-scope')).toEqual([]);
    });

    it('inserts a missing instrument', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
}`);
        const [action] = await actionsFor(run, 'instrument-matches-scope');
        expect(apply(run, action)).toContain('    ketua Dinkes.Kesmas.Adminkes\n    ditetapkan surat-tugas\n}');
        expect(await afterFix(run, action, 'instrument-matches-scope')).toEqual([]);
    });

    it('inserts the fields a permohonan is missing', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak
    ditetapkan keputusan-kepala-perangkat-daerah
    permohonan kepada Kec.PMD.Kasi {
        maksud "Verifikasi data keluarga berisiko stunting"
    }
}`);
        const [action] = await actionsFor(run, 'permohonan-complete');
        expect(action.title).toBe('Lengkapi surat permohonan: kompetensi, ekspektasi, durasi');
        expect(apply(run, action)).toContain('        maksud "Verifikasi data keluarga berisiko stunting"\n        kompetensi "…"\n        ekspektasi "…"\n        durasi "…"\n    }');
        expect(await afterFix(run, action, 'permohonan-complete')).toEqual([]);
    });

    it('adds a whole permohonan for a member brought in without one', async () => {
        const run = await underRegion('bengkayang', `
tim T "T" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Dinkes.Kesmas.Adminkes
    anggota Kec.PMD.Penggerak
    ditetapkan keputusan-kepala-perangkat-daerah
}`);
        const [action] = await actionsFor(run, 'permohonan-complete');
        expect(action.title).toBe('Tambahkan surat permohonan pelibatan kepada Kec');
        // With the copy to the member's Pejabat Penilai Kinerja that Bengkayang Lampiran I.II.1.b angka 1 asks.
        expect(apply(run, action)).toContain('    permohonan kepada Kec {\n        maksud "…"\n        kompetensi "…"\n        ekspektasi "…"\n        durasi "…"\n        tembusan Kec.PMD.Kasi\n    }\n}');
        expect(await afterFix(run, action, 'permohonan-complete')).toEqual([]);
    });
});
