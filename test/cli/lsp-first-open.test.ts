import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, Location, LocationLink } from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

/**
 * An editor started on a file (VS Code restoring its tabs, `nvim tim-kerja.sikerja`) sends `didOpen`
 * right after `initialized`, while the server is still loading the workspace. The files opened here
 * reference positions declared in other files.
 */

interface Shown { line: number; column: number; code: string; message: string }

/** A copy of the Bengkayang example with one real finding in the team file, so both sides have something to say. */
function kabupatenWithOneFinding(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-first-open-'));
    fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
    const team = path.join(dir, 'tim-kerja.sikerja');
    fs.writeFileSync(team, fs.readFileSync(team, 'utf8').replace('ketua Dinkes.Kesmas.AdminkesMadya', 'ketua KecamatanBengkayang.PMD.PenggerakSwadaya'));
    return dir;
}

/** What `sikerja validate --format json` reports for one file of the folder. */
function validateSays(dir: string, file: string): Shown[] {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/sikerja.js'), 'validate', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { diagnostics: Array<Shown & { path: string }> };
    return report.diagnostics.filter(d => d.path === path.basename(file)).map(({ line, column, code, message }) => ({ line, column, code, message }));
}

function editorShows(diagnostics: Diagnostic[]): Shown[] {
    return diagnostics
        .map(d => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, code: String(d.code), message: typeof d.message === 'string' ? d.message : d.message.value }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
}

function lineOf(file: string, needle: string): number {
    return fs.readFileSync(file, 'utf8').split('\n').findIndex(l => l.includes(needle));
}

describe('a file opened immediately after initialized', () => {
    let client: LspClient | undefined;
    afterEach(async () => { await client?.stop(); client = undefined; });

    it('gets the diagnostics sikerja validate gives, from the first publication on, and hover and definition answer', async () => {
        const dir = kabupatenWithOneFinding();
        const team = path.join(dir, 'tim-kerja.sikerja');
        const expected = validateSays(dir, team);
        expect(expected.map(d => d.code)).toContain('ketua-from-owner-unit');

        const reference = lineOf(team, 'penanggung-jawab Dinkes.Kesmas.KepalaBidang');
        client = await LspClient.start(dir);
        const opened = client.openAtOnce([team]);
        // Asked before the workspace has loaded: the answer waits for it and is complete.
        const early = client.references(team, { line: reference, character: 35 });
        const [first] = await opened;
        expect(editorShows(first)).toEqual(expected);
        const referencing = (await early)!.map(l => `${path.basename(l.uri)}:${l.range.start.line}`).sort();
        // Every place the Kepala Bidang is named: the pegawai who holds the post, the lane of the map, the team.
        const at = (file: string, needle: string) => `${file}:${lineOf(path.join(dir, file), needle)}`;
        expect(referencing).toEqual([
            at('pegawai-contoh.sikerja', 'menduduki Dinkes.Kesmas.KepalaBidang'),
            at('proses-penunjukan.sikerja', 'jalur PemilikKinerja Dinkes.Kesmas.KepalaBidang'),
            at('tim-kerja.sikerja', 'penanggung-jawab Dinkes.Kesmas.KepalaBidang')
        ]);
        const hover = await client.hover(team, { line: reference, character: 35 });
        expect((hover?.contents as { value: string }).value).toContain('Kepala Bidang Kesehatan Masyarakat');
        const definition = await client.definition(team, { line: reference, character: 35 });
        const target = (Array.isArray(definition) ? definition[0] : definition) as Location | LocationLink;
        const [uri, range] = 'targetUri' in target ? [target.targetUri, target.targetSelectionRange] : [target.uri, target.range];
        expect(uri).toBe(client.uriOf(path.join(dir, 'dinas-kesehatan.sikerja')));
        expect(range.start.line).toBe(lineOf(path.join(dir, 'dinas-kesehatan.sikerja'), 'pimpinan KepalaBidang "Kepala Bidang Kesehatan Masyarakat"'));

        const everyFile = fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).map(f => client!.uriOf(path.join(dir, f)));
        await client.waitForAll(everyFile);
        await client.quiet(300);
        expect(editorShows(client.diagnostics.get(client.uriOf(team))!)).toEqual(expected);
        const settled = (await client.references(team, { line: reference, character: 35 }))!.map(l => `${path.basename(l.uri)}:${l.range.start.line}`).sort();
        expect(referencing).toEqual(settled);
    });

    it('gives each of three files opened at once the diagnostics sikerja validate gives', async () => {
        const dir = kabupatenWithOneFinding();
        const files = ['tim-kerja.sikerja', 'kecamatan-bengkayang.sikerja', 'puskesmas.sikerja'].map(f => path.join(dir, f));
        const expected = files.map(f => validateSays(dir, f));

        client = await LspClient.start(dir);
        const first = await client.openAtOnce(files);
        expect(first.map(editorShows)).toEqual(expected);

        const everyFile = fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).map(f => client!.uriOf(path.join(dir, f)));
        await client.waitForAll(everyFile);
        await client.quiet(300);
        expect(files.map(f => editorShows(client!.diagnostics.get(client!.uriOf(f))!))).toEqual(expected);
        const puskesmas = files[2];
        const induk = lineOf(puskesmas, 'induk Dinkes');
        const column = fs.readFileSync(puskesmas, 'utf8').split('\n')[induk].indexOf('induk Dinkes') + 'induk '.length + 1;
        const hover = await client.hover(puskesmas, { line: induk, character: column });
        expect((hover?.contents as { value: string }).value).toContain('Dinas Kesehatan');
    });
});
