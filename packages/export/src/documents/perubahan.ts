import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Packer } from 'docx';
import { alignedPetaJabatan, describeDiff, type ModelDiff, type PemdaModel } from '@sikerja/model';
import { writeAtomically } from '../export-diagrams.js';
import { matriksPerubahanDocument, type MatriksVersions } from './perubahan-docx.js';
import { matriksPerubahanWorkbook } from './perubahan-xlsx.js';
import { safeName } from './resolve.js';

export type { MatriksVersions };

export interface PerubahanReport {
    files: Array<{ pemda: string; file: string; changes: number }>;
    /** Already in the folder and left as they are (`overwrite` not asked). */
    kept: string[];
}

/**
 * The matriks perubahan of each pemda compared: `<outDir>/<Pemda>/matriks-perubahan.docx` (Semula |
 * Menjadi | Keterangan per Perangkat Daerah) and `matriks-perubahan-peta-jabatan.xlsx` (the peta
 * jabatan before and after side by side). A document already there is kept unless `overwrite`.
 */
export async function writeMatriksPerubahan(before: readonly PemdaModel[], after: readonly PemdaModel[], diff: ModelDiff,
    request: { outDir: string; overwrite?: boolean; versions: MatriksVersions }): Promise<PerubahanReport> {
    const report: PerubahanReport = { files: [], kept: [] };
    const groups = describeDiff(diff, before, after);
    const peta = alignedPetaJabatan(before, after);
    for (const name of new Set([...after.map(p => p.name), ...before.map(p => p.name)])) {
        const pemda = after.find(p => p.name === name) ?? before.find(p => p.name === name)!;
        const title = pemda.title ?? pemda.name;
        const own = groups.filter(g => g.pemda === name);
        const changes = diff.changes.filter(c => c.pemda === name).length;
        const write = async (file: string, data: () => Promise<Uint8Array>) => {
            if (!request.overwrite && await fs.stat(file).catch(() => undefined)) { report.kept.push(file); return; }
            await writeAtomically(file, await data());
            report.files.push({ pemda: name, file, changes });
        };
        const folder = path.join(request.outDir, safeName(name));
        await write(path.join(folder, 'matriks-perubahan.docx'), async () => new Uint8Array(await Packer.toBuffer(matriksPerubahanDocument(title, own, request.versions))));
        await write(path.join(folder, 'matriks-perubahan-peta-jabatan.xlsx'),
            async () => new Uint8Array(await matriksPerubahanWorkbook(title, peta.filter(p => p.pemda === name), own, request.versions).xlsx.writeBuffer()));
    }
    return report;
}
