import { rng } from '../scripts/lib/synthetic.ts';
import type { SourceFile } from './kabupaten.ts';

/** What the mutator did, by kind: the diff should find each of them. */
export interface Mutations { figures: number; renames: number; moves: number; splits: number; merges: number }

interface Block { name: string; start: number; end: number }

const JABATAN = /^ {8}jabatan (\w+) (".*)$/;
const BIDANG = /^ {4}bidang (\w+) "/;

/**
 * A later version of a synthetic kabupaten, as an analyst's year of changes scatters them: figures
 * (kelas, B, K), jabatan renamed in place, jabatan moved to another Bidang of their Dinas, Bidang split
 * in two and pairs of Bidang merged. Only what no team or process names is renamed, moved or removed,
 * so the new version links as cleanly as the old one.
 */
export function mutateKabupaten(files: readonly SourceFile[], seed = 7, target = { figures: 160, renames: 50, moves: 50, splits: 5, merges: 5 }): { files: SourceFile[]; done: Mutations } {
    const random = rng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const referenced = referencedNames(files);
    const done: Mutations = { figures: 0, renames: 0, moves: 0, splits: 0, merges: 0 };
    const out = files.map(f => ({ ...f }));
    const dinas = out.filter(f => /\/pd\d+\.sikerja$/.test(f.file));
    const pdOf = (f: SourceFile) => /^(?:dinas|badan) (\w+)/m.exec(f.text)![1];
    const free = (name: string) => !referenced.has(name) && ![...referenced].some(r => r.startsWith(`${name}.`));

    for (let tries = 0; done.merges < target.merges && tries < 200; tries++) {
        const f = pick(dinas), lines = f.text.split('\n'), pd = pdOf(f);
        const bidang = blocks(lines);
        if (bidang.length < 3) continue;
        const [x, y] = [bidang[bidang.length - 2], bidang[bidang.length - 1]];
        if (!free(`${pd}.${y.name}`) || f.text.split(`${y.name}.`).length > 1) continue;
        // Y's jabatan join X under names of their own; Y, its Kepala and its Seksi are gone.
        const moved = jabatanOf(lines, y).map(i => lines[i].replace(JABATAN, (_, n, rest) => `        jabatan G${y.name}${n} ${rest}`));
        lines.splice(y.start, y.end - y.start + 1);
        lines.splice(x.end, 0, ...moved);
        f.text = lines.join('\n');
        done.merges++;
    }
    for (let tries = 0; done.splits < target.splits && tries < 200; tries++) {
        const f = pick(dinas), lines = f.text.split('\n'), pd = pdOf(f);
        const b = pick(blocks(lines));
        const movable = jabatanOf(lines, b).filter(i => free(`${pd}.${b.name}.${JABATAN.exec(lines[i])![1]}`));
        if (!b || movable.length < 6 || lines.some(l => l.includes(`bidang ${b.name}B `))) continue;
        const half = movable.slice(Math.floor(movable.length / 2));
        const block = [`    bidang ${b.name}B "${b.name} Baru" {`, `        pimpinan Kabid "Kepala ${b.name} Baru" administrator kelas 12 bezetting 1 kebutuhan 1 pns`,
            ...half.map(i => lines[i]), '    }'];
        for (const i of [...half].reverse()) lines.splice(i, 1);
        lines.splice(b.end - half.length + 1, 0, ...block);
        f.text = lines.join('\n');
        done.splits++;
    }
    for (let tries = 0; done.moves < target.moves && tries < 2000; tries++) {
        const f = pick(dinas), lines = f.text.split('\n'), pd = pdOf(f);
        const bidang = blocks(lines);
        const [from, to] = [pick(bidang), pick(bidang)];
        if (!from || from === to) continue;
        const i = pick(jabatanOf(lines, from));
        const name = i === undefined ? undefined : JABATAN.exec(lines[i])![1];
        if (name === undefined || !free(`${pd}.${from.name}.${name}`)) continue;
        const taken = jabatanOf(lines, to).some(k => JABATAN.exec(lines[k])![1] === name);
        const line = taken ? lines[i].replace(JABATAN, (_, n, rest) => `        jabatan P${n}x${done.moves} ${rest}`) : lines[i];
        lines.splice(i, 1);
        const at = blocks(lines).find(b => b.name === to.name)!.end;
        lines.splice(at, 0, line);
        f.text = lines.join('\n');
        done.moves++;
    }
    for (let tries = 0; done.renames < target.renames && tries < 2000; tries++) {
        const f = pick(dinas), lines = f.text.split('\n'), pd = pdOf(f);
        const b = pick(blocks(lines));
        const i = b && pick(jabatanOf(lines, b));
        if (i === undefined) continue;
        const name = JABATAN.exec(lines[i])![1];
        if (!free(`${pd}.${b.name}.${name}`) || name.startsWith('R')) continue;
        lines[i] = lines[i].replace(JABATAN, (_, n, rest) => `        jabatan R${n} ${rest}`);
        f.text = lines.join('\n');
        done.renames++;
    }
    for (let tries = 0; done.figures < target.figures && tries < 2000; tries++) {
        const f = pick(dinas), lines = f.text.split('\n');
        const i = pick(lines.map((l, k) => JABATAN.test(l) ? k : -1).filter(k => k >= 0));
        const field = pick(['kelas', 'bezetting', 'kebutuhan']);
        lines[i] = lines[i].replace(new RegExp(`${field} (\\d+)`), (_, n) => `${field} ${Number(n) + 1}`);
        f.text = lines.join('\n');
        done.figures++;
    }
    return { files: out, done };
}

/** Qualified names the teams and processes refer to (several segments, starting with a capital). */
function referencedNames(files: readonly SourceFile[]): Set<string> {
    const names = new Set<string>();
    for (const f of files) {
        if (/\/pd\d+\.sikerja$/.test(f.file)) continue;
        for (const m of f.text.matchAll(/\b[A-Z]\w*(?:\.\w+)+/g)) names.add(m[0]);
    }
    return names;
}

/** The Bidang of a Dinas file: each from its opening line to its closing brace. */
function blocks(lines: readonly string[]): Block[] {
    const out: Block[] = [];
    for (let i = 0; i < lines.length; i++) {
        const m = BIDANG.exec(lines[i]);
        if (!m) continue;
        const end = lines.indexOf('    }', i);
        out.push({ name: m[1], start: i, end });
    }
    return out;
}

/** Line numbers of the jabatan written directly in a Bidang (not in its Seksi). */
function jabatanOf(lines: readonly string[], b: Block): number[] {
    const out: number[] = [];
    for (let i = b.start + 1; i < b.end; i++) if (JABATAN.test(lines[i])) out.push(i);
    return out;
}
