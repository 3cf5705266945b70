import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, PEMDA_FILE, positionOf, withoutRules } from '../helpers.js';

const ORG = `pemda Uji
dinas DPMPTSP "Dinas Penanaman Modal dan PTSP" {
    pimpinan KepalaDinas "Kepala Dinas" jpt-pratama kelas 14 bezetting 1 kebutuhan 1
    bidang Perizinan "Bidang Perizinan" {
        pimpinan KepalaBidang "Kepala Bidang Perizinan" administrator kelas 12 bezetting 1 kebutuhan 1
        jabatan PenataLayanan "Penata Layanan Operasional" pelaksana kelas 7 bezetting 2 kebutuhan 2
    }
}
instansi Kantah "Kantor Pertanahan"
`;

const MAP = (body: string) => `pemda Uji
proses Induk "Pelayanan Perizinan" { kode "PB" level 0 pemilik DPMPTSP keluaran "Izin terbit" }
proses Layanan "Penerbitan Izin" {
    kode "PB.01"
    level 1
    induk Induk
    pemilik DPMPTSP.Perizinan
    keluaran "Izin terbit"
    lintas-fungsi Peta "Peta Lintas Fungsi Penerbitan Izin" kode "PB.01.01" {
        jalur Pemohon "Pemohon"
        jalur FO DPMPTSP.Perizinan.PenataLayanan "Front Office"
        jalur Kepala DPMPTSP.KepalaDinas
${body}
    }
}
`;

const GOOD = `        mulai M "Permohonan masuk" di Pemohon
        kegiatan Periksa "Memeriksa berkas" di FO durasi "1 hari"
        keputusan Lengkap "Lengkap?" di FO
        kegiatan Lengkapi "Melengkapi berkas" di Pemohon
        kegiatan Tandatangan "Menandatangani izin" di Kepala keluaran "Izin terbit"
        selesai S "Izin diterima" di Pemohon
        alur M -> Periksa -> Lengkap
        alur Lengkap -> Tandatangan "ya"
        alur Lengkap -> Lengkapi "tidak"
        alur Lengkapi -> Periksa
        alur Tandatangan -> S`;

async function map(body: string) {
    const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG, 'proses.sikerja': MAP(body) });
    return { ws, findings: withoutRules(ws.diagnostics('proses.sikerja')).map(f => [f.code, f.line, f.text]) };
}

describe('peta lintas fungsi', () => {
    it('a sound map with a decision and a loop back is clean, and the model has its lanes, nodes and flows in order', async () => {
        const { ws, findings } = await map(GOOD);
        expect(findings).toEqual([]);
        const process = ws.services.model.SemanticModel.pemda('Uji')!.model.processes.find(p => p.id === 'Layanan')!;
        const m = process.maps[0];
        expect(m.lanes.map(l => [l.name, l.kind, l.element, l.title])).toEqual([
            ['Pemohon', 'pihak-luar', undefined, 'Pemohon'],
            ['FO', 'jabatan', 'DPMPTSP.Perizinan.PenataLayanan', 'Front Office'],
            ['Kepala', 'jabatan', 'DPMPTSP.KepalaDinas', 'Kepala Dinas']
        ]);
        expect(m.nodes.find(n => n.name === 'Lengkap')).toMatchObject({ kind: 'keputusan', lane: 'Layanan.Peta.FO' });
        expect(m.flows.map(f => `${f.from.split('.').pop()}->${f.to.split('.').pop()}${f.label ? `:${f.label}` : ''}`)).toEqual([
            'M->Periksa', 'Periksa->Lengkap', 'Lengkap->Tandatangan:ya', 'Lengkap->Lengkapi:tidak', 'Lengkapi->Periksa', 'Tandatangan->S'
        ]);
        expect(ws.services.model.SemanticModel.pemda('Uji')!.model.processes.find(p => p.id === 'Induk')!.children).toEqual(['Layanan']);
    });

    it('carries the SOP AP identity and mutu baku, and keeps kelengkapan on steps that have a mutu baku', async () => {
        const body = `        dasar-hukum "Peraturan Daerah Nomor 1 Tahun 2024"
        peralatan "Komputer"
        peralatan "Jaringan internet"
` + GOOD.replace('kegiatan Periksa "Memeriksa berkas" di FO durasi "1 hari"', 'kegiatan Periksa "Memeriksa berkas" di FO durasi "1 hari" kelengkapan "Berkas permohonan"')
            .replace('selesai S "Izin diterima" di Pemohon', 'selesai S "Izin diterima" di Pemohon kelengkapan "Izin"');
        const { ws, findings } = await map(body);
        expect(findings).toEqual([['sop-field-misplaced', 21, 'kelengkapan']]);
        const m = ws.services.model.SemanticModel.pemda('Uji')!.model.processes.find(p => p.id === 'Layanan')!.maps[0];
        expect(m.sopIdentity).toEqual({ legalBasis: ['Peraturan Daerah Nomor 1 Tahun 2024'], qualifications: [], related: [], equipment: ['Komputer', 'Jaringan internet'], warnings: [], records: [] });
        expect(m.nodes.find(n => n.name === 'Periksa')!.requirements).toEqual(['Berkas permohonan']);
    });

    it('needs a start and an end', async () => {
        const { findings } = await map('        kegiatan K "Kegiatan" di FO');
        expect(findings).toEqual([['map-start-missing', 9, 'Peta'], ['map-end-missing', 9, 'Peta'], ['node-unreachable', 13, 'K'], ['node-dead-end', 13, 'K']]);
    });

    it('puts every node in a lane', async () => {
        const { findings } = await map(GOOD.replace('kegiatan Periksa "Memeriksa berkas" di FO', 'kegiatan Periksa "Memeriksa berkas"'));
        expect(findings).toEqual([['lane-missing', 14, 'Periksa']]);
    });

    it('reaches every node from a start, and every node reaches an end', async () => {
        const { findings } = await map(GOOD + `
        kegiatan Yatim "Tidak tersambung" di FO
        kegiatan Buntu "Tanpa lanjutan" di FO
        alur Periksa -> Buntu`);
        expect(findings).toEqual([['node-unreachable', 24, 'Yatim'], ['node-dead-end', 24, 'Yatim'], ['node-dead-end', 25, 'Buntu']]);
    });

    it('gives a decision two labelled exits', async () => {
        const { findings } = await map(GOOD.replace('alur Lengkap -> Lengkapi "tidak"', 'alur Lengkap -> Lengkapi'));
        expect(findings).toEqual([['decision-exits', 15, 'Lengkap']]);
    });

    it('lets no flow leave an end, go nowhere, or carry a label along a chain', async () => {
        const { findings } = await map(GOOD + `
        alur S -> M
        alur Periksa -> Entah
        alur M -> Periksa -> Lengkap "ya"`);
        expect(findings).toEqual([['flow-from-end', 24, 'S'], ['linking-error', 25, 'Entah'], ['flow-label-on-chain', 26, '"ya"']]);
    });

    it('binds lanes only to elements that exist', async () => {
        const { findings } = await map(GOOD + '\n        jalur Salah DPMPTSP.Perizinan.TidakAda');
        expect(findings).toEqual([['linking-error', 24, 'DPMPTSP.Perizinan.TidakAda']]);
    });

    it('names each lane and node once in a map', async () => {
        const { findings } = await map(GOOD + '\n        kegiatan Periksa "Lagi" di FO');
        expect(findings.filter(f => f[0] === 'duplicate-name')).toEqual([['duplicate-name', 24, 'Periksa']]);
    });
});

describe('process hierarchy', () => {
    const files = (processes: string) => ({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG, 'proses.sikerja': `pemda Uji\n${processes}` });

    it('chains codes down the levels: a child\'s code extends its parent\'s', async () => {
        const ws = await buildWorkspace(files(`
proses A "A" { kode "PB" level 0 }
proses B "B" { kode "PB.01" level 1 induk A }
proses C "C" { kode "PX.01.02" level 2 induk B
    lintas-fungsi P "P" kode "PB.01.02.01" { sop S "S" kode "PB.09" }
}`));
        // The wrong code of C also leaves its map's and SOP's codes without a parent code to extend.
        expect(withoutRules(ws.diagnostics('proses.sikerja')).filter(f => f.code.startsWith('process')).map(f => [f.code, f.line, f.text])).toEqual([
            ['process-code-hierarchy', 5, '"PX.01.02"'],
            ['process-code-hierarchy', 6, '"PB.01.02.01"'],
            ['process-code-hierarchy', 6, '"PB.09"']
        ]);
        const ws2 = await buildWorkspace(files(`
proses A "A" { kode "PB" level 0 }
proses C "C" { kode "PB.01" level 1 induk A
    lintas-fungsi P "P" kode "PX.01.01" { sop S "S" kode "PB.09" }
}`));
        expect(withoutRules(ws2.diagnostics('proses.sikerja')).filter(f => f.code.startsWith('process')).map(f => [f.code, f.line, f.text])).toEqual([
            ['process-code-hierarchy', 5, '"PX.01.01"'],
            ['process-code-hierarchy', 5, '"PB.09"']
        ]);
    });

    it('keeps codes unique across files', async () => {
        const ws = await buildWorkspace({ ...files('proses A "A" { kode "PB" level 0 }'), 'lain.sikerja': 'pemda Uji\nproses B "B" { kode "PB" level 0 }' });
        expect(withoutRules(ws.diagnostics('lain.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['process-code-duplicate', 2, '"PB"']]);
        expect(ws.diagnostics('lain.sikerja')[0].message).toContain('`A`');
    });

    it('checks levels against the parent and requires a parent below level 0', async () => {
        const ws = await buildWorkspace(files(`
proses A "A" { kode "PB" level 0 }
proses B "B" { kode "PB.01" level 2 induk A }
proses C "C" { kode "PC" level 1 }`));
        expect(withoutRules(ws.diagnostics('proses.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([
            ['process-level', 4, '2'],
            ['process-level', 5, '1']
        ]);
    });

    it('refines only a process that exists, without cycles', async () => {
        const ws = await buildWorkspace(files(`
proses A "A" { kode "PA" level 1 induk B }
proses B "B" { kode "PA.01" level 2 induk A }
proses C "C" { level 1 induk TidakAda }`));
        const findings = withoutRules(ws.diagnostics('proses.sikerja')).map(f => [f.code, f.line, f.text]);
        expect(findings).toContainEqual(['process-cycle', 3, 'B']);
        expect(findings).toContainEqual(['process-cycle', 4, 'A']);
        expect(findings).toContainEqual(['linking-error', 5, 'TidakAda']);
    });
});

describe('peta relasi', () => {
    it('hands on only outputs that are produced by the process or unit that hands them', async () => {
        const ws = await buildWorkspace({
            'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG, 'proses.sikerja': MAP(GOOD),
            'relasi.sikerja': `pemda Uji
peta-relasi R "Peta Relasi Perizinan" {
    relasi Induk -> Kantah "Izin terbit"
    relasi DPMPTSP -> Kantah "izin  TERBIT"
    relasi Layanan -> Kantah "Sertifikat tanah"
}`
        });
        expect(withoutRules(ws.diagnostics('relasi.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([
            ['relasi-output-not-produced', 5, '"Sertifikat tanah"']
        ]);
        const model = ws.services.model.SemanticModel.pemda('Uji')!.model;
        expect(model.relationMaps[0].relations[0]).toMatchObject({ from: { kind: 'proses', id: 'Induk' }, to: { kind: 'instansi', id: 'Kantah' }, item: 'Izin terbit' });
    });
});

describe('lanes across files', () => {
    it('follow a renamed position', async () => {
        const { ws } = await map(GOOD);
        const org = ws.docs['org.sikerja'];
        const edit = await ws.services.lsp.RenameProvider!.rename(org, {
            textDocument: { uri: org.uri.toString() }, position: positionOf(org, 'PenataLayanan'), newName: 'FrontOffice'
        });
        const proses = ws.docs['proses.sikerja'];
        const after = TextDocument.applyEdits(proses.textDocument, edit!.changes![proses.uri.toString()]);
        expect(after).toContain('jalur FO DPMPTSP.Perizinan.FrontOffice "Front Office"');
        await ws.edit('org.sikerja', TextDocument.applyEdits(org.textDocument, edit!.changes![org.uri.toString()]));
        await ws.edit('proses.sikerja', after);
        expect(withoutRules(ws.diagnostics('proses.sikerja'))).toEqual([]);
        const lane = ws.services.model.SemanticModel.pemda('Uji')!.model.processes.find(p => p.id === 'Layanan')!.maps[0].lanes[1];
        expect(lane.element).toBe('DPMPTSP.Perizinan.FrontOffice');
    });
});
