import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

/** A Dinas peta jabatan of `rows` rows below the header: 500 Bidang, each with its Kepala and JF rows, indented. */
export async function largePetaJabatan(file: string, rows = 50_000): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dinas Pendidikan');
    ws.addRow(['PETA JABATAN DINAS PENDIDIKAN']);
    ws.addRow(['No', 'Nama Jabatan', 'Jenis', 'Kelas', 'B', 'K']);
    ws.addRow([1, 'Kepala Dinas Pendidikan', 'JPT Pratama', 14, 1, 1]);
    let written = 1, n = 1;
    for (let u = 1; written < rows; u++) {
        ws.addRow([null, `Bidang Layanan Pendidikan ${u}`]).getCell(2).alignment = { indent: 1 };
        written++;
        for (let j = 0; j < 99 && written < rows; j++, written++) {
            const row = ws.addRow(j === 0 ? [++n, `Kepala Bidang Layanan Pendidikan ${u}`, 'Administrator', 11, 1, 1] : [++n, `Guru Ahli Pertama ${u}.${j}`, 'Fungsional', 8, j % 3, 2]);
            row.getCell(2).alignment = { indent: 2 };
        }
    }
    await wb.xlsx.writeFile(file);
}

/** `sikerja import` of a 50,000-row sheet, end to end as an analyst runs it: read, write, validate. */
export async function benchImport(): Promise<{ import50kMs: number; import50kPositions: number }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-bench-import-'));
    const file = path.join(dir, 'peta-jabatan-besar.xlsx');
    await largePetaJabatan(file);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.resolve('packages/cli/bin/sikerja.js'), 'import', file, '--pemda', 'Bench', '--out', path.join(dir, 'out'), '--format', 'json'],
        { encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
    const ms = performance.now() - t0;
    const report = JSON.parse(r.stdout) as { written: Array<{ positions: number }>; validation: { errors: number } };
    fs.rmSync(dir, { recursive: true, force: true });
    if (report.validation.errors > 0) throw new Error(`the imported file has ${report.validation.errors} errors`);
    return { import50kMs: Math.round(ms), import50kPositions: report.written[0]?.positions ?? 0 };
}
