import { CHANGE_LABELS, describeDiff, ELEMENT_LABELS, formatSelisih, type ChangeGroup, type DiffFigures } from '@sikerja/model';
import { compareSides, SideError, type Comparison } from './diff-load.js';

export interface DiffOptions {
    format: 'text' | 'json';
    path?: string;
}

/**
 * `sikerja diff <lama> [<baru>]`: what changed between two versions of a kabupaten, each a folder or
 * a git revision (`<baru>` left out: the working tree). Exit codes as `validate`: 1 when either side
 * has errors (what is sound is still compared), 2 when a side cannot be read.
 */
export async function diffCommand(lama: string, baru: string | undefined, options: DiffOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
    const comparison = await compareOrRefuse(lama, baru, options.path, err);
    if (comparison === 2) return 2;
    if (options.format === 'json') out(JSON.stringify(comparison.diff, null, 2));
    else for (const line of diffTable(comparison)) out(line);
    return comparison.errors > 0 ? 1 : 0;
}

/**
 * The two sides compared, with what was left out said on `err`; or exit code 2, said the same way,
 * when a side cannot be read. What `diff`, `docs --kind perubahan` and `export --sejak` share.
 */
export async function compareOrRefuse(lama: string, baru: string | undefined, narrow: string | undefined, err: (s: string) => void): Promise<Comparison | 2> {
    try {
        const comparison = await compareSides(lama, baru, narrow, err);
        reportSkipped(comparison, err);
        return comparison;
    } catch (e) {
        if (!(e instanceof SideError)) throw e;
        err(`sikerja: ${e.message}`);
        return 2;
    }
}

/** What was left out of the comparison, and why: the files that did not parse, then every declaration not compared. */
export function reportSkipped(comparison: Comparison, err: (s: string) => void): void {
    for (const s of comparison.skippedFiles) err(`Dilewati, tidak dibandingkan (berkasnya tidak terbaca utuh): ${s}`);
    const skipped = comparison.diff.skipped ?? [];
    if (skipped.length > 0) err(`Tidak dibandingkan (berkasnya tidak terbaca utuh atau ada nama yang tidak tertaut): ${skipped.map(e => `${ELEMENT_LABELS[e.kind]} ${e.id}`).join(', ')}.`);
}

/** The changes as a table per Perangkat Daerah: its figures before and after, then one row per change. */
export function diffTable(c: Comparison): string[] {
    const lines = [`Perubahan dari ${c.lama} ke ${c.baru}`];
    const groups = describeDiff(c.diff, c.before, c.after);
    if (groups.length === 0) lines.push('', 'Tidak ada perubahan.');
    // Several pemda compared at once (a folder of kabupaten): each heading says whose Perangkat Daerah it is.
    const severalPemda = new Set(groups.map(g => g.pemda)).size > 1;
    for (const g of groups) lines.push('', ...groupLines(g, severalPemda));
    const n = c.diff.summary.counts;
    const quiet = c.diff.summary.perangkatDaerah.filter(p => p.changes === 0).length;
    lines.push('', `Jumlah: ${n.ditambah} ditambah, ${n.dihapus} dihapus, ${n.diubah} diubah, ${n.dipindah} dipindah, ${n['diganti-nama']} diganti nama`
        + `${quiet ? `; ${quiet} perangkat daerah tanpa perubahan` : ''}${c.diff.skipped?.length ? `; ${c.diff.skipped.length} elemen dilewati karena galat` : ''}.`);
    return lines;
}

function figures(f: DiffFigures | null): string {
    return f === null ? '—' : `${f.jabatan} jabatan, B ${f.bezetting}, K ${f.kebutuhan}, ± ${formatSelisih(f.selisih)}`;
}

function groupLines(g: ChangeGroup, withPemda: boolean): string[] {
    const head = (g.id ? `${g.title} (${g.id}${g.summary?.from ? `, semula ${g.summary.from}` : ''})` : g.title) + (withPemda ? ` — ${g.pemda}` : '');
    const lines = [head];
    if (g.summary) lines.push(`  Semula: ${figures(g.summary.before)}`, `  Menjadi: ${figures(g.summary.after)}`);
    const rows = g.rows.map(r => [CHANGE_LABELS[r.change.change], ELEMENT_LABELS[r.change.kind], r.change.element, r.keterangan]);
    const header = ['Perubahan', 'Jenis', 'Elemen', 'Keterangan'];
    const width = [0, 1, 2].map(i => Math.max(header[i].length, ...rows.map(r => r[i].length)));
    const row = (cells: string[]) => `  ${cells.map((cell, i) => i < 3 ? cell.padEnd(width[i]) : cell).join('  ')}`.trimEnd();
    lines.push(row(header), row(width.map(w => '-'.repeat(w)).concat('-'.repeat(10))), ...rows.map(row));
    return lines;
}
