import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagramHighlightRequest, DiagramRequest, type DiagramAnswer, type DiagramHighlightParams, type DiagramHighlightResult, type DiagramParams } from '@sikerja/model';
import { LspClient, ROOT } from '../../scripts/lib/lsp-client.js';

/** `sikerja/diagram` from the real server over stdio: what the editor's preview asks for. */
let client: LspClient;
let dir: string;

beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-diagram-'));
    fs.cpSync(path.join(ROOT, 'examples/bengkayang'), dir, { recursive: true });
    client = await LspClient.start(dir);
}, 60000);
afterAll(async () => client?.stop());

const ask = (params: DiagramParams) => client.connection.sendRequest<DiagramAnswer>(DiagramRequest.method, params);
const askHighlight = (params: DiagramHighlightParams) => client.connection.sendRequest<DiagramHighlightResult>(DiagramHighlightRequest.method, params);

function positionOf(file: string, needle: string): { line: number; character: number } {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex(l => l.includes(needle));
    return { line, character: lines[line].indexOf(needle) + 1 };
}

describe('sikerja/diagram', () => {
    it('draws the Perangkat Daerah under the cursor, each box pointing at its declaration', async () => {
        const file = path.join(dir, 'dinas-kesehatan.sikerja');
        await client.open(file);
        const answer = await ask({ uri: client.uriOf(file), position: positionOf(file, 'jabatan NutrisionisMuda'), view: 'uji-1' });
        expect(answer.ok).toBe(true);
        if (!answer.ok) return;
        expect([answer.kind, answer.element, answer.kinds, answer.errors]).toEqual(['struktur', 'Dinkes', [
            { kind: 'struktur', label: 'Struktur Organisasi', noun: 'struktur organisasi' }, { kind: 'peta-jabatan', label: 'Peta Jabatan', noun: 'peta jabatan' }
        ], 0]);
        expect(answer.svg).toContain('data-element="Dinkes.Kesmas"');
        const kesmas = answer.elements.find(e => e.element === 'Dinkes.Kesmas')!;
        expect(kesmas.source!.uri).toBe(client.uriOf(file));
        expect(kesmas.source!.range.start.line).toBe(positionOf(file, 'bidang Kesmas ').line);
        const peta = await ask({ uri: client.uriOf(file), element: 'Dinkes', kind: 'peta-jabatan' });
        const nutrisionis = peta.ok ? peta.elements.find(e => e.element === 'Dinkes.Kesmas.NutrisionisMuda') : undefined;
        expect(nutrisionis?.source?.range.start.line).toBe(positionOf(file, 'jabatan NutrisionisMuda').line);
    });

    it('names the box of the declaration the cursor is in, and a kelompok box leads to its kelompok', async () => {
        const uptd = path.join(dir, 'uptd-labkesda.sikerja');
        await client.open(uptd);
        const onKelompok = positionOf(uptd, 'kelompok Laboratorium');
        const answer = await ask({ uri: client.uriOf(uptd), position: onKelompok, view: 'uji-sorot' });
        expect(answer.ok && [answer.kind, answer.element, answer.highlight]).toEqual(['struktur', 'Dinkes', 'Labkesda.Laboratorium']);
        if (!answer.ok) return;
        expect(answer.svg).toContain('data-element="Labkesda.Laboratorium" data-box="k:Labkesda"');
        expect(answer.elements.find(e => e.element === 'Labkesda.Laboratorium')?.source).toMatchObject({ uri: client.uriOf(uptd), range: { start: { line: onKelompok.line } } });
        // Moving the cursor: the server answers from the syntax tree which drawn box it is now in.
        const file = path.join(dir, 'dinas-kesehatan.sikerja');
        const inKesmas = positionOf(file, 'jabatan NutrisionisMuda');
        expect(await askHighlight({ view: 'uji-sorot', uri: client.uriOf(file), position: inKesmas })).toEqual({ element: 'Dinkes.Kesmas', inDiagram: true });
        const header = positionOf(file, 'pemda ');
        expect(await askHighlight({ view: 'uji-sorot', uri: client.uriOf(file), position: header })).toEqual({ inDiagram: false });
        const tim = path.join(dir, 'tim-kerja.sikerja');
        expect(await askHighlight({ view: 'uji-sorot', uri: client.uriOf(tim), position: positionOf(tim, 'anggota PuskesmasBengkayang.NutrisionisTerampil') })).toEqual({ inDiagram: false });
        expect(await askHighlight({ view: 'tak-pernah-menggambar', uri: client.uriOf(file), position: inKesmas })).toEqual({ inDiagram: false });
    });

    it('draws the kind asked for, and a map or a team by its name', async () => {
        const file = path.join(dir, 'tim-kerja.sikerja');
        const peta = await ask({ uri: client.uriOf(file), element: 'Dinkes', kind: 'peta-jabatan' });
        expect(peta.ok && peta.kind).toBe('peta-jabatan');
        const team = await ask({ uri: client.uriOf(file), position: positionOf(file, 'anggota PuskesmasBengkayang.NutrisionisTerampil') });
        expect(team.ok && [team.kind, team.element]).toEqual(['tim', 'TimPercepatanPenurunanStunting']);
        const proses = path.join(dir, 'proses-penunjukan.sikerja');
        const map = await ask({ uri: client.uriOf(proses), position: positionOf(proses, 'alur ') });
        expect(map.ok && map.kind).toBe('lintas-fungsi');
        expect(map.ok && map.kinds.map(k => k.label)).toEqual(['Peta Lintas Fungsi', 'SOP AP']);
    });

    it('answers with an error value where nothing can be drawn, and supersedes a view\'s stale request', async () => {
        const file = path.join(dir, 'pemda.sikerja');
        expect(await ask({ uri: client.uriOf(file), position: { line: 0, character: 0 } })).toEqual({ ok: false, error: { code: 'no-element', message: expect.stringContaining('Letakkan kursor') } });
        const tim = path.join(dir, 'tim-kerja.sikerja');
        const [first, second] = await Promise.all([
            ask({ uri: client.uriOf(tim), element: 'Setda', kind: 'peta-jabatan', view: 'panel' }),
            ask({ uri: client.uriOf(tim), element: 'Dinkes', kind: 'struktur', view: 'panel' })
        ]);
        expect(first).toEqual({ ok: false, error: { code: 'superseded', message: expect.any(String) } });
        expect(second.ok && second.element).toBe('Dinkes');
    });
});
