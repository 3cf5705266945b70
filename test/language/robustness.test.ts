import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchConsoleErrors } from '../../scripts/lib/crash.js';
import { buildWorkspace, crashesIn } from '../helpers.js';

const ROOT = path.resolve(__dirname, '../../examples');
const REGIONS = ['bengkalis', 'bengkayang', 'kampar', 'mahakam-ulu', 'tanjung-jabung-timur'];

function exampleFolders(): string[] {
    return fs.readdirSync(ROOT).filter(f => fs.statSync(path.join(ROOT, f)).isDirectory() && f !== 'latihan').sort();
}

/**
 * A check that throws is reported by `checksInTurn` as `check-failed` and logged; a failure Langium
 * catches itself is reported in its words, or only logged. The detector is the fuzzer's (scripts/lib/crash.ts).
 */
let watch: ReturnType<typeof watchConsoleErrors>;
beforeEach(() => { watch = watchConsoleErrors(); });
afterEach(() => { watch.stop(); });

describe('half-typed input', () => {
    it('never makes a rule or check throw, whatever line an example is cut at', async () => {
        expect(exampleFolders()).toEqual(REGIONS);
        let checked = 0;
        for (const folder of exampleFolders()) {
            const names = fs.readdirSync(path.join(ROOT, folder)).filter(f => f.endsWith('.sikerja'));
            expect(names.length, folder).toBeGreaterThan(2);
            const files = Object.fromEntries(names.map(f => [f, fs.readFileSync(path.join(ROOT, folder, f), 'utf8')]));
            for (const [name, text] of Object.entries(files)) {
                const lines = text.split('\n');
                expect(lines.length, `${folder}/${name}`).toBeGreaterThan(2);
                for (let cut = 1; cut < lines.length; cut += Math.max(1, Math.floor(lines.length / 6))) {
                    // Cut mid-line as an analyst stops typing: half a word, an open block, a dangling reference.
                    const partial = lines.slice(0, cut).join('\n') + '\n' + lines[cut].slice(0, Math.floor(lines[cut].length / 2));
                    const ws = await buildWorkspace({ ...files, [name]: partial });
                    expect(crashesIn(ws), `${folder}/${name} cut at line ${cut + 1}`).toEqual([]);
                    expect(watch.logged, `${folder}/${name} cut at line ${cut + 1}`).toEqual([]);
                    checked++;
                }
            }
        }
        // Six or so cuts of each of the examples' thirty-odd files.
        expect(checked).toBeGreaterThan(150);
    }, 120000);

    it('survives a team whose every reference is unresolved or missing', async () => {
        const ws = await buildWorkspace({
            'pemda.sikerja': 'pemda Uji { regulasi "Perbup Kampar 9/2025" }',
            'a.sikerja': 'pemda Uji\ntim T "T" { pemilik-kinerja X ketua Y.Z anggota dari Q "" permohonan kepada W { } cara pengajuan-sukarela }\npenugasan P "P" { ditugaskan A.B }\nuptd U "U" induk U menurut V { isi K bezetting 9 }'
        });
        expect(crashesIn(ws)).toEqual([]);
        expect(watch.logged).toEqual([]);
        expect(ws.errors('a.sikerja').length).toBeGreaterThan(0);
    });
});
