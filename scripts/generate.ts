// npm run generate -- --scale N --seed S --out DIR [--flaws K]
// npm run generate -- --kabupaten K --seed S --out DIR   (a province: K kabupaten, one folder each)
// Writes a synthetic kabupaten (one file per Perangkat Daerah) and, with --flaws, flaws.json listing
// the findings deliberately put in (file, 1-based line, code).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Kabupaten, rng } from './lib/synthetic.ts';

export function writeKabupaten(out: string, scale: number, seed: number, flaws = 0): { files: number; positions: number; flaws: Array<{ file: string; line: number; code: string }> } {
    const kab = new Kabupaten(scale, seed).generate();
    const random = rng(seed ^ 0x5f3759df);
    const chosen: Array<{ file: string; line: number; code: string }> = [];
    const sites = [...kab.flawSites];
    const used = new Set<string>();
    while (chosen.length < flaws && sites.length > 0) {
        const site = sites.splice(Math.floor(random() * sites.length), 1)[0];
        const key = `${site.file}:${site.line}`;
        if (used.has(key)) continue;
        used.add(key);
        const file = kab.files.find(f => f.name === site.file)!;
        file.lines[site.line] = site.apply(file.lines[site.line]);
        chosen.push({ file: site.file, line: site.reportLine + 1, code: site.code });
    }
    fs.rmSync(out, { recursive: true, force: true });
    writeFiles(out, kab);
    chosen.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    if (flaws > 0) fs.writeFileSync(path.join(out, 'flaws.json'), JSON.stringify(chosen, null, 2) + '\n');
    return { files: kab.files.length, positions: kab.positionCount, flaws: chosen };
}

function writeFiles(dir: string, kab: Kabupaten): void {
    fs.mkdirSync(dir, { recursive: true });
    for (const f of kab.files) fs.writeFileSync(path.join(dir, f.name), f.lines.join('\n') + '\n');
}

/**
 * What a provincial Biro Organisasi opens: several kabupaten in one workspace, one folder each
 * (`kab-1/`, `kab-2/`, ...), each a scale-1 kabupaten of its own pemda and seed.
 */
export function writeProvinsi(out: string, kabupaten: number, seed: number): { files: number; positions: number } {
    fs.rmSync(out, { recursive: true, force: true });
    let files = 0, positions = 0;
    for (let k = 1; k <= kabupaten; k++) {
        const kab = new Kabupaten(1, seed + k - 1, k === 1 ? 'Sintetis' : `Sintetis${k}`).generate();
        writeFiles(path.join(out, `kab-${k}`), kab);
        files += kab.files.length;
        positions += kab.positionCount;
    }
    return { files, positions };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const { values } = parseArgs({ options: {
        scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, flaws: { type: 'string', default: '0' },
        kabupaten: { type: 'string' }
    } });
    if (!values.out) {
        process.stderr.write('generate: sebutkan folder keluaran dengan --out DIR\n');
        process.exit(2);
    }
    if (values.kabupaten !== undefined) {
        const p = writeProvinsi(values.out, Number(values.kabupaten), Number(values.seed));
        process.stdout.write(`Ditulis ${p.files} berkas (${values.kabupaten} kabupaten) ke ${values.out}: ${p.positions} jabatan.\n`);
        process.exit(0);
    }
    const r = writeKabupaten(values.out, Number(values.scale), Number(values.seed), Number(values.flaws));
    process.stdout.write(`Ditulis ${r.files} berkas ke ${values.out}: ${r.positions} jabatan, ${r.flaws.length} kesalahan sengaja.\n`);
}
