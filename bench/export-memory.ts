import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/**
 * Peak memory of a whole-kabupaten export as an analyst runs it: the `sikerja export` process with
 * its layout and raster workers (threads of the same process), every kind in SVG, PNG and PDF.
 * Measured in its own process, so that nothing the bench did before counts.
 */
export function exportPeakRssMb(kabupatenDir: string): { exportPeakRssMb: number; exportCliMs: number } {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-bench-rss-'));
    const report = path.join(out, 'peak-rss');
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['--require', path.join(here, 'peak-rss.cjs'), path.join(root, 'packages/cli/bin/sikerja.js'),
        'export', kabupatenDir, '--format', 'svg', 'png', 'pdf', '--out', path.join(out, 'diagram')],
    { env: { ...process.env, SIKERJA_PEAK_RSS_FILE: report }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`sikerja export gagal (${run.status}): ${run.stderr.slice(-2000)}`);
    const kb = Number(fs.readFileSync(report, 'utf8'));
    fs.rmSync(out, { recursive: true, force: true });
    return { exportPeakRssMb: Math.round(kb / 1024), exportCliMs: Math.round(ms) };
}
