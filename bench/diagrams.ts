import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspace } from '@sikerja/language';
import { DIAGRAM_KINDS, drawableElements, renderDiagram, shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { exportDiagrams } from '@sikerja/export';

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** A Dinas of exactly `count` positions: Sekretariat with two Subbagian, six Bidang, JF and pelaksana under each. */
export function dinasText(count: number): string {
    const lines = ['pemda Bench { nama "Kabupaten Bench" regulasi "Perbup Bengkayang 5/2024" }', 'dinas Besar "Dinas Besar Uji Peta Jabatan" {',
        '    urusan "kesehatan"', '    pimpinan Kepala "Kepala Dinas Besar" jpt-pratama kelas 14 bezetting 1 kebutuhan 1'];
    let n = 1;
    const units = ['Sekretariat', ...Array.from({ length: 6 }, (_, i) => `Bidang${i + 1}`)];
    const leaders = units.length + 2;
    const perUnit = Math.floor((count - n - leaders) / units.length);
    let extra = count - n - leaders - perUnit * units.length;
    units.forEach((u, i) => {
        lines.push(`    ${i === 0 ? 'sekretariat' : 'bidang'} ${u} "${i === 0 ? 'Sekretariat' : `Bidang Urusan Pelayanan Nomor ${i}`}" {`);
        lines.push(`        pimpinan Kepala "${i === 0 ? 'Sekretaris' : `Kepala Bidang Urusan Pelayanan Nomor ${i}`}" administrator kelas ${i === 0 ? 12 : 11} bezetting 1 kebutuhan 1`);
        n++;
        if (i === 0) {
            for (const s of ['Umum', 'Keuangan']) {
                lines.push(`        subbagian ${s} "Subbagian ${s}" {`, `            pimpinan Kepala "Kepala Subbagian ${s}" pengawas kelas 9 bezetting 1 kebutuhan 1`, '        }');
                n++;
            }
        }
        const here = perUnit + (extra-- > 0 ? 1 : 0);
        for (let j = 0; j < here; j++) {
            const jf = j % 3 !== 2;
            lines.push(jf
                ? `        jabatan Jf${j} "Analis Kebijakan Pelayanan Ahli Muda ${j + 1}" fungsional keahlian ahli-muda kelas 9 bezetting ${j % 4} kebutuhan 2`
                : `        jabatan Pl${j} "Penata Layanan Operasional ${j + 1}" pelaksana kelas 7 bezetting 1 kebutuhan ${1 + (j % 3)}`);
            n++;
        }
        lines.push('    }');
    });
    lines.push('}');
    if (n !== count) throw new Error(`dinasText: ${n} positions, expected ${count}`);
    return lines.join('\n') + '\n';
}

/**
 * A peta lintas fungsi of 60 activities in 8 lanes with 80 flows: a main line through the lanes,
 * a decision every tenth activity with its "tidak" exit looping back, and cross links between lanes.
 */
export function lintasFungsiText(activities = 60, lanes = 8, flows = 80): string {
    const out = ['pemda Bench { nama "Kabupaten Bench" regulasi "Perbup Bengkayang 5/2024" }', 'proses Besar "Proses Uji Lintas Fungsi" {', '    kode "B.01"',
        '    lintas-fungsi Peta "Peta Lintas Fungsi Uji" {'];
    for (let l = 0; l < lanes; l++) out.push(`        jalur L${l} "Jalur Pelaksana Nomor ${l + 1}"`);
    const names: string[] = [];
    for (let i = 0; i < activities; i++) {
        const lane = `L${(i * 3) % lanes}`;
        if (i === 0) out.push(`        mulai K0 "Permohonan diterima" di ${lane}`);
        else if (i === activities - 1) out.push(`        selesai K${i} "Layanan selesai" di ${lane}`);
        else if (i % 10 === 5) out.push(`        keputusan K${i} "Hasil pemeriksaan ${i} sesuai?" di ${lane}`);
        else out.push(`        kegiatan K${i} "Melaksanakan kegiatan pelayanan nomor ${i}" di ${lane} durasi "${1 + (i % 3)} hari"`);
        names.push(`K${i}`);
    }
    const edges: string[] = [];
    for (let i = 0; i + 1 < activities; i++) edges.push(`        alur K${i} -> K${i + 1}${i % 10 === 5 ? ' "ya"' : ''}`);
    for (let i = 5; i < activities - 1 && edges.length < flows; i += 10) edges.push(`        alur K${i} -> K${Math.max(1, i - 3)} "tidak"`);
    for (let i = 2; edges.length < flows; i = (i + 7) % (activities - 2)) {
        if (i % 10 !== 5 && i + 4 < activities - 1) edges.push(`        alur K${i} -> K${i + 4}`);
        else if (i === 0) i = 1;
    }
    out.push(...edges.slice(0, flows), '    }', '}');
    return out.join('\n') + '\n';
}

export interface DiagramFigures {
    lintasFungsi60Ms: number;
    petaJabatan300Ms: number;
    exportAllMs: number;
    diagramsExported: number;
    diagramMaxAspect: number;
    /** Which peta jabatan is the least square. */
    diagramMaxAspectOf: string;
}

/** Diagram speed and shape: one 300-position peta jabatan warm, then every diagram of a kabupaten. */
export async function benchDiagrams(kabupatenDir: string, runs: number): Promise<DiagramFigures> {
    const { metrics } = shippedFonts();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-bench-diagram-'));
    fs.writeFileSync(path.join(scratch, 'dinas-besar.sikerja'), dinasText(300));
    const bigDir = path.join(scratch, 'dinas');
    fs.mkdirSync(bigDir);
    fs.renameSync(path.join(scratch, 'dinas-besar.sikerja'), path.join(bigDir, 'dinas-besar.sikerja'));
    const big = (await loadWorkspace([bigDir])).services.model.SemanticModel.semanticModel().pemda[0];
    const times: number[] = [];
    for (let r = 0; r < runs + 3; r++) {
        const t0 = performance.now();
        const result = await renderDiagram(big, { kind: 'peta-jabatan', element: 'Besar' }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        if (r >= 3) times.push(performance.now() - t0);
    }
    const flowDir = path.join(scratch, 'lintas-fungsi');
    fs.mkdirSync(flowDir);
    fs.writeFileSync(path.join(flowDir, 'peta.sikerja'), lintasFungsiText());
    const flowModel = (await loadWorkspace([flowDir])).services.model.SemanticModel.semanticModel().pemda[0];
    const flowTimes: number[] = [];
    for (let r = 0; r < runs + 3; r++) {
        const t0 = performance.now();
        const result = await renderDiagram(flowModel, { kind: 'lintas-fungsi', element: 'Besar.Peta' }, metrics);
        if (!result.ok) throw new Error(result.error.message);
        if (r >= 3) flowTimes.push(performance.now() - t0);
    }
    const models = (await loadWorkspace([kabupatenDir])).services.model.SemanticModel.semanticModel().pemda;
    let maxAspect = 0, maxOf = '';
    for (const p of models) {
        for (const { element } of drawableElements(p, 'peta-jabatan')) {
            const r = await renderDiagram(p, { kind: 'peta-jabatan', element }, metrics);
            if (!r.ok) throw new Error(r.error.message);
            const aspect = Math.max(r.diagram.width / r.diagram.height, r.diagram.height / r.diagram.width);
            if (aspect > maxAspect) { maxAspect = aspect; maxOf = `${p.name}.${element}`; }
        }
    }
    const out = path.join(scratch, 'out');
    const t0 = performance.now();
    const report = await exportDiagrams(models, { kinds: [...DIAGRAM_KINDS], formats: ['svg', 'png'], paper: 'f4', outDir: out },
        { metrics, paths: shippedFontPaths() });
    const exportAllMs = performance.now() - t0;
    fs.rmSync(scratch, { recursive: true, force: true });
    return {
        lintasFungsi60Ms: Math.round(median(flowTimes) * 10) / 10,
        petaJabatan300Ms: Math.round(median(times) * 10) / 10, exportAllMs: Math.round(exportAllMs),
        diagramsExported: report.files.length, diagramMaxAspect: Math.round(maxAspect * 100) / 100, diagramMaxAspectOf: maxOf
    };
}
