import { describe, expect, it } from 'vitest';
import { isReference, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, PEMDA_FILE, positionOf, uriOf, type Workspace, withoutRules } from '../helpers.js';

const ORG = `pemda Uji
dinas DPMPTSP "Dinas Penanaman Modal dan PTSP" {
    pimpinan KepalaDinas "Kepala Dinas" jpt-pratama
    bidang BidangPerizinan "Bidang Perizinan" {
        pimpinan KepalaBidang "Kepala Bidang Perizinan" administrator
        jabatan AnalisKebijakan "Analis Kebijakan Ahli Muda" fungsional keahlian ahli-muda hasil-penyetaraan
        jabatan PranataKomputer "Pranata Komputer Ahli Pertama" fungsional keahlian ahli-pertama
    }
}
`;
const PKM = `pemda Uji
templat Pkm "Puskesmas" untuk puskesmas {
    pimpinan Kepala "Kepala {unit}" fungsional keahlian ahli-madya
    jabatan Bidan "Bidan Terampil" fungsional keterampilan terampil
}
puskesmas PkmSatu "UPTD Puskesmas Satu" induk DPMPTSP menurut Pkm {
    isi Bidan bezetting 3 kebutuhan 4
}
`;
const TEAM = `pemda Uji
tim TimPerizinan "Tim Perizinan" {
    pemilik-kinerja DPMPTSP.BidangPerizinan
    ketua DPMPTSP.BidangPerizinan.AnalisKebijakan
    anggota DPMPTSP.BidangPerizinan.PranataKomputer
    anggota PkmSatu.Bidan
}
`;

async function workspace(): Promise<Workspace> {
    return buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG, 'pkm.sikerja': PKM, 'tim.sikerja': TEAM });
}

function applyEdits(doc: LangiumDocument, edits: TextEdit[]): string {
    return TextDocument.applyEdits(doc.textDocument, edits);
}

describe('cross-file linking', () => {
    it('resolves qualified names to positions in other files, including template members through an instance', async () => {
        const ws = await workspace();
        for (const f of Object.keys(ws.docs)) expect(withoutRules(ws.diagnostics(f))).toEqual([]);
        const refs = ws.docs['tim.sikerja'].references.filter(isReference).map(r => [r.$refText, r.ref?.$type]);
        expect(refs).toEqual([
            ['DPMPTSP.BidangPerizinan', 'Unit'],
            ['DPMPTSP.BidangPerizinan.AnalisKebijakan', 'Jabatan'],
            ['DPMPTSP.BidangPerizinan.PranataKomputer', 'Jabatan'],
            ['PkmSatu.Bidan', 'Jabatan']
        ]);
    });

    it('goes to the definition in the other file', async () => {
        const ws = await workspace();
        const doc = ws.docs['tim.sikerja'];
        const position = positionOf(doc, 'AnalisKebijakan');
        const links = await ws.services.lsp.DefinitionProvider!.getDefinition(doc, { textDocument: { uri: doc.uri.toString() }, position });
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(uriOf('org.sikerja').toString());
        expect(links![0].targetSelectionRange.start.line).toBe(5);
    });

    it('finds references of a position across files', async () => {
        const ws = await workspace();
        const doc = ws.docs['org.sikerja'];
        const position = positionOf(doc, 'PranataKomputer');
        const refs = await ws.services.lsp.ReferencesProvider!.findReferences(doc, {
            textDocument: { uri: doc.uri.toString() }, position, context: { includeDeclaration: false }
        });
        expect(refs.map(r => [r.uri.split('/').pop(), r.range.start.line])).toEqual([['tim.sikerja', 4]]);
    });

    it('offers the qualified names of positions in completion', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': PEMDA_FILE, 'org.sikerja': ORG, 'tim.sikerja': 'pemda Uji\ntim T "T" {\n    ketua \n}\n' });
        const doc = ws.docs['tim.sikerja'];
        const completion = await ws.services.lsp.CompletionProvider!.getCompletion(doc, {
            textDocument: { uri: doc.uri.toString() }, position: { line: 2, character: 10 }
        });
        const labels = completion?.items.map(i => i.label) ?? [];
        expect(labels).toContain('DPMPTSP.BidangPerizinan.AnalisKebijakan');
        expect(labels).toContain('DPMPTSP.KepalaDinas');
        expect(labels).not.toContain('DPMPTSP.BidangPerizinan');
    });
});

describe('rename', () => {
    it('renames a position and every qualified reference to it', async () => {
        const ws = await workspace();
        const doc = ws.docs['org.sikerja'];
        const edit = await ws.services.lsp.RenameProvider!.rename(doc, {
            textDocument: { uri: doc.uri.toString() }, position: positionOf(doc, 'AnalisKebijakan'), newName: 'AnalisKebijakanMuda'
        });
        const changes = edit!.changes!;
        expect(applyEdits(doc, changes[doc.uri.toString()])).toContain('jabatan AnalisKebijakanMuda "Analis Kebijakan Ahli Muda"');
        const team = ws.docs['tim.sikerja'];
        expect(applyEdits(team, changes[team.uri.toString()])).toContain('ketua DPMPTSP.BidangPerizinan.AnalisKebijakanMuda\n');
    });

    it('renames a unit in the middle of qualified names, from a reference', async () => {
        const ws = await workspace();
        const team = ws.docs['tim.sikerja'];
        const edit = await ws.services.lsp.RenameProvider!.rename(team, {
            textDocument: { uri: team.uri.toString() }, position: positionOf(team, 'BidangPerizinan', 1), newName: 'BidangPelayanan'
        });
        const changes = edit!.changes!;
        const newTeam = applyEdits(team, changes[team.uri.toString()]);
        expect(newTeam.match(/DPMPTSP\.BidangPelayanan/g)).toHaveLength(3);
        expect(newTeam).not.toContain('BidangPerizinan');
        const org = ws.docs['org.sikerja'];
        expect(applyEdits(org, changes[org.uri.toString()])).toContain('bidang BidangPelayanan "Bidang Perizinan"');
    });

    it('renames an instance: references through it follow', async () => {
        const ws = await workspace();
        const pkm = ws.docs['pkm.sikerja'];
        const edit = await ws.services.lsp.RenameProvider!.rename(pkm, {
            textDocument: { uri: pkm.uri.toString() }, position: positionOf(pkm, 'PkmSatu'), newName: 'PuskesmasSatu'
        });
        const team = ws.docs['tim.sikerja'];
        expect(applyEdits(team, edit!.changes![team.uri.toString()])).toContain('anggota PuskesmasSatu.Bidan');
        expect(applyEdits(pkm, edit!.changes![pkm.uri.toString()])).toContain('puskesmas PuskesmasSatu "UPTD');
    });

    it('renames a template member in the template, its `isi` and references through instances', async () => {
        const ws = await workspace();
        const pkm = ws.docs['pkm.sikerja'];
        const edit = await ws.services.lsp.RenameProvider!.rename(pkm, {
            textDocument: { uri: pkm.uri.toString() }, position: positionOf(pkm, 'Bidan '), newName: 'BidanTerampil'
        });
        const newPkm = applyEdits(pkm, edit!.changes![pkm.uri.toString()]);
        expect(newPkm).toContain('jabatan BidanTerampil "Bidan Terampil"');
        expect(newPkm).toContain('isi BidanTerampil bezetting 3');
        const team = ws.docs['tim.sikerja'];
        expect(applyEdits(team, edit!.changes![team.uri.toString()])).toContain('anggota PkmSatu.BidanTerampil');
    });

    it('an edit that renames a position in its file only leaves the team with a linking error until it follows', async () => {
        const ws = await workspace();
        await ws.edit('org.sikerja', ORG.replace('jabatan AnalisKebijakan ', 'jabatan AnalisKebijakanMuda '));
        expect(withoutRules(ws.errors('tim.sikerja')).map(f => [f.code, f.line, f.text])).toEqual([['linking-error', 4, 'DPMPTSP.BidangPerizinan.AnalisKebijakan']]);
        await ws.edit('tim.sikerja', TEAM.replace('.AnalisKebijakan', '.AnalisKebijakanMuda'));
        expect(withoutRules(ws.errors('tim.sikerja'))).toEqual([]);
    });

    it('references through an instance follow edits of the instance and of the template', async () => {
        const ws = await workspace();
        await ws.edit('pkm.sikerja', PKM.replace('puskesmas PkmSatu', 'puskesmas PkmDua'));
        expect(withoutRules(ws.errors('tim.sikerja')).map(f => [f.code, f.text])).toEqual([['linking-error', 'PkmSatu.Bidan']]);
        await ws.edit('pkm.sikerja', PKM);
        expect(withoutRules(ws.errors('tim.sikerja'))).toEqual([]);
        await ws.edit('pkm.sikerja', PKM.replace('jabatan Bidan ', 'jabatan BidanMahir ').replace('isi Bidan', 'isi BidanMahir'));
        expect(withoutRules(ws.errors('tim.sikerja')).map(f => [f.code, f.text])).toEqual([['linking-error', 'PkmSatu.Bidan']]);
    });
});
