import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers.js';

const ROOT = path.resolve(__dirname, '../../examples');

function exampleFolders(): string[] {
    return fs.readdirSync(ROOT).filter(f => fs.statSync(path.join(ROOT, f)).isDirectory() && f !== 'latihan');
}

/** No check may throw: Langium turns a throwing check into an "error occurred" diagnostic. */
function crashes(ws: Awaited<ReturnType<typeof buildWorkspace>>): string[] {
    return Object.keys(ws.docs).flatMap(f => ws.diagnostics(f).filter(d => /error occurred/i.test(d.message)).map(d => `${f}:${d.line} ${d.message}`));
}

describe('half-typed input', () => {
    it('never makes a rule or check throw, whatever line an example is cut at', async () => {
        for (const folder of exampleFolders()) {
            const files = Object.fromEntries(fs.readdirSync(path.join(ROOT, folder)).map(f => [f, fs.readFileSync(path.join(ROOT, folder, f), 'utf8')]));
            for (const [name, text] of Object.entries(files)) {
                const lines = text.split('\n');
                for (let cut = 1; cut < lines.length; cut += Math.max(1, Math.floor(lines.length / 6))) {
                    // Cut mid-line as an analyst stops typing: half a word, an open block, a dangling reference.
                    const partial = lines.slice(0, cut).join('\n') + '\n' + lines[cut].slice(0, Math.floor(lines[cut].length / 2));
                    const ws = await buildWorkspace({ ...files, [name]: partial });
                    expect(crashes(ws), `${folder}/${name} cut at line ${cut + 1}`).toEqual([]);
                }
            }
        }
    });

    it('survives a team whose every reference is unresolved or missing', async () => {
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { regulasi "Perbup Kampar 9/2025" }',
            'a.sikerja': 'pemda Uji\ntim T "T" { pemilik-kinerja X ketua Y.Z anggota dari Q "" permohonan kepada W { } cara pengajuan-sukarela }\npenugasan P "P" { ditugaskan A.B }\nuptd U "U" induk U menurut V { isi K bezetting 9 }'
        });
        expect(crashes(ws)).toEqual([]);
        expect(ws.errors('a.sikerja').length).toBeGreaterThan(0);
    });
});
