import { describe, expect, it } from 'vitest';
import { rng } from '../../scripts/lib/synthetic.js';
import { buildWorkspace, onlyRules, PEMDA_FILE, readExamples, withoutRules, type Workspace } from '../helpers.js';
import { ORGS, REGULATIONS as REGULATION_OF } from './rules/fixture.js';

/**
 * After any edit, the language server must show what a fresh start on the same files shows: no
 * diagnostic left stale in a file the edit did not touch. Edits are the ones that move facts across
 * files — numbers, names swapped for other declared names, roles and kinds, the regulation, lines
 * deleted or duplicated — applied one after another to all the examples in one workspace.
 */
const REGULATIONS = ['Perbup Bengkayang 5/2024', 'Perbup Kampar 9/2025', 'Perbup Bengkalis 31/2024', 'Perbup Tanjung Jabung Timur 14/2023',
    'Perbup Mahakam Ulu 44/2024', 'PermenPANRB 7/2022', 'Perbup Entah 1/2099'];
const SWAPS = [['administrator', 'pengawas', 'fungsional', 'pelaksana', 'jpt-pratama'], ['bidang', 'seksi', 'subbagian', 'sekretariat'],
    ['ketua', 'anggota', 'sekretaris', 'penanggung-jawab'], ['ahli-muda', 'ahli-pertama', 'terampil', 'penyelia'], ['model 1', 'model 2', 'model 3', 'model 4']];

type Edit = { file: string; text: string; what: string };

function randomEdit(files: Record<string, string>, originals: Record<string, string>, random: () => number): Edit {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const names = Object.keys(files);
    const file = pick(names);
    const text = files[file];
    const lines = text.split('\n');
    const kind = Math.floor(random() * 9);
    const replaceNth = (re: RegExp, make: (m: string) => string): Edit | undefined => {
        const matches = [...text.matchAll(re)];
        if (matches.length === 0) return undefined;
        const m = pick(matches);
        const replacement = make(m[0]);
        return { file, text: text.slice(0, m.index) + replacement + text.slice(m.index! + m[0].length), what: `${m[0]} -> ${replacement}` };
    };
    let edit: Edit | undefined;
    if (kind === 0) edit = replaceNth(/\b\d+\b/g, () => String(Math.floor(random() * 16)));
    else if (kind === 1) {
        const declared = [...Object.values(files).join('\n').matchAll(/^\s*[a-z-]+ ([A-Z][A-Za-z0-9]*)\b/gm)].map(m => m[1]);
        edit = replaceNth(/\b[A-Z][A-Za-z0-9]*\b/g, () => pick(declared));
    } else if (kind === 2) {
        const group = pick(SWAPS);
        edit = replaceNth(new RegExp(`\\b(${group.join('|')})\\b`, 'g'), () => pick(group));
    } else if (kind === 3) {
        edit = replaceNth(/regulasi "[^"]*"/g, () => `regulasi "${pick(REGULATIONS)}"`);
    } else if (kind === 4) {
        const i = Math.floor(random() * lines.length);
        edit = { file, text: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'), what: `delete line ${i + 1}` };
    } else if (kind === 5) {
        const i = Math.floor(random() * lines.length);
        if (!/[{}]/.test(lines[i])) edit = { file, text: [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n'), what: `duplicate line ${i + 1}` };
    } else if (kind === 6) {
        const strings = [...Object.values(files).join('\n').matchAll(/"[^"\n]*"/g)].map(m => m[0]);
        edit = replaceNth(/"[^"\n]*"/g, () => pick(strings));
    } else if (kind === 7) {
        edit = replaceNth(/^pemda \S+/gm, () => `pemda ${pick(['Bengkayang', 'Kampar', 'TanjungJabungTimur', 'MahakamUlu', 'Lain'])}`);
    } else {
        edit = { file, text: originals[file] ?? '', what: 'revert' };
    }
    return edit ?? { file, text: originals[file] ?? text, what: 'revert' };
}

function shown(ws: Workspace, files: string[]): Record<string, string[]> {
    return Object.fromEntries(files.map(f => [f, ws.diagnostics(f).map(d => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`)]));
}

/** The semantic model as other systems read it (`sikerja model`). */
function modelOf(ws: Workspace): unknown {
    return JSON.parse(JSON.stringify(ws.services.model.SemanticModel.semanticModel()));
}

describe('an edit in one file re-judges the files that read it without referencing it', () => {
    const TEAM = `pemda Uji
tim T "Tim Penurunan Stunting" {
    pemilik-kinerja Dinkes.Kesmas
    ketua Kec.PMD.Penggerak
    anggota Dinkes.Kesmas.Nutrisionis
    permohonan kepada Kec { maksud "m" kompetensi "k" ekspektasi "e" durasi "6 bulan" }
}
`;
    const pemdaUnder = (regulation: string) => `pemda Uji { nama "Kabupaten Uji" regulasi "${regulation}" }`;

    it('the regulation changed in the pemda file: the team elsewhere is judged by the new Perbup', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': pemdaUnder(REGULATION_OF.bengkayang), 'org.sikerja': `pemda Uji\n${ORGS}`, 'tim.sikerja': TEAM });
        const ketuaRule = () => onlyRules(ws.diagnostics('tim.sikerja')).filter(f => f.code === 'ketua-from-owner-unit').map(f => [f.severity, f.line, f.text]);
        expect(ketuaRule()).toEqual([['warning', 4, 'Kec.PMD.Penggerak']]);
        await ws.edit('pemda.sikerja', pemdaUnder(REGULATION_OF.kampar));
        expect(ketuaRule()).toEqual([['error', 4, 'Kec.PMD.Penggerak']]);
    });

    it('a name declared again in another file: both files show the duplicate, and both lose it when it goes', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': `pemda Uji\n${ORGS}`, 'baru.sikerja': 'pemda Uji\n' });
        await ws.edit('baru.sikerja', 'pemda Uji\ninstansi Kec "Kecamatan lain"\n');
        const duplicates = (file: string) => withoutRules(ws.errors(file)).filter(f => f.code === 'duplicate-name').map(f => [f.line, f.text]);
        expect(duplicates('baru.sikerja')).toEqual([[2, 'Kec']]);
        expect(duplicates('org.sikerja')).toEqual([[19, 'Kec']]);
        await ws.edit('baru.sikerja', 'pemda Uji\n');
        expect(duplicates('org.sikerja')).toEqual([]);
    });

    it('a NIP written in one pegawai file: the other pegawai file shows the duplicate, and loses it when it goes', async () => {
        const rina = 'pemda Uji\npegawai Rina "Rina" { nip "199506302022032011" menduduki Dinkes.Kesmas.Nutrisionis }\n';
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': `pemda Uji\n${ORGS}`, 'a.sikerja': rina, 'b.sikerja': 'pemda Uji\n' });
        const duplicateNip = (file: string) => ws.diagnostics(file).filter(f => f.code === 'nip-duplicate').map(f => [f.line, f.text]);
        await ws.edit('b.sikerja', 'pemda Uji\npegawai Eko "Eko" { nip "199506302022032011" menduduki Dinkes.P2P.Epidemiolog }\n');
        expect(duplicateNip('b.sikerja')).toEqual([[2, '"199506302022032011"']]);
        await ws.edit('a.sikerja', rina.replace('199506302022032011', '199601012022032001'));
        expect(duplicateNip('b.sikerja')).toEqual([]);
    });

    it('a Perangkat Daerah file moved to another pemda and back: the team that names its head is whole again', async () => {
        const files = readExamples(['mahakam-ulu']);
        const ws = await buildWorkspace(files);
        const spbe = 'mahakam-ulu/tim-koordinasi-spbe.sikerja';
        const bpkad = 'mahakam-ulu/bpkad.sikerja';
        expect(ws.diagnostics(spbe)).toEqual([]);
        await ws.edit(bpkad, files[bpkad].replace('pemda MahakamUlu', 'pemda Lain'));
        expect(ws.diagnostics(spbe).map(f => f.code)).toEqual(['spbe-coordination-team', 'linking-error']);
        await ws.edit(bpkad, files[bpkad]);
        expect(ws.diagnostics(spbe)).toEqual([]);
    });

    it('a process code reused in another file is reported in both', async () => {
        const proses = (name: string, code: string) => `pemda Uji\nproses ${name} "Proses ${name}" {\n    kode "${code}"\n    level 0\n}\n`;
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'a.sikerja': proses('A', 'PB.01'), 'b.sikerja': proses('B', 'PB.02') });
        expect(ws.errors('a.sikerja')).toEqual([]);
        await ws.edit('b.sikerja', proses('B', 'PB.01'));
        expect(ws.errors('a.sikerja').map(f => [f.code, f.line, f.text])).toEqual([['process-code-duplicate', 3, '"PB.01"']]);
    });
});

describe('the model after an edit', () => {
    it('gives a position its penilai back once a same-named organisation elsewhere is gone', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': `pemda Uji\n${ORGS}`, 'salinan.sikerja': 'pemda Uji\n' });
        const penilai = () => ws.services.model.SemanticModel.pemda('Uji')!.index.position('Dinkes.Kesmas.Nutrisionis')?.penilaiKinerja;
        expect(penilai()).toBe('Dinkes.Kesmas.Kabid');
        // Merged in file order, the later `Dinkes` shadows the first while both exist.
        await ws.edit('salinan.sikerja', 'pemda Uji\ndinas Dinkes "Dinas Kesehatan (salinan)" {\n}\n');
        await ws.edit('salinan.sikerja', 'pemda Uji\n');
        expect(penilai()).toBe('Dinkes.Kesmas.Kabid');
    });
});

describe('incremental rebuild', () => {
    it('shows after every edit exactly the diagnostics and the model a fresh build of the same files shows', async () => {
        const originals = readExamples();
        const files = { ...originals };
        const ws = await buildWorkspace(files);
        const random = rng(Number(process.env.SIKERJA_INCREMENTAL_SEED ?? 20261124));
        const count = Number(process.env.SIKERJA_INCREMENTAL_EDITS ?? 40);
        const history: string[] = [];
        for (let i = 0; i < count; i++) {
            const edit = randomEdit(files, originals, random);
            files[edit.file] = edit.text;
            history.push(`${edit.file}: ${edit.what}`);
            await ws.edit(edit.file, edit.text);
            const fresh = await buildWorkspace(files);
            expect(shown(ws, Object.keys(files)), history.join('\n')).toEqual(shown(fresh, Object.keys(files)));
            expect(modelOf(ws), history.join('\n')).toEqual(modelOf(fresh));
        }
    }, 120_000);
});
