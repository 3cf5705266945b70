import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PemdaModel } from '@sikerja/model';
import { drawableElements, renderDiagram, DIAGRAM_KIND_LABELS, type Diagram, type DiagramKind, type FontMetrics } from '@sikerja/diagram';
import type { DrawRequest } from '@sikerja/model';
import type { FontPaths } from './fonts.js';
import type { Orientation, Paper } from './paper.js';
import { contentArea, pagesToPdf, svgToPdf } from './pdf.js';
import { PNG_DPI } from './png.js';
import { RasterPool } from './raster/raster-pool.js';
import { fontsFor, rasterFonts, type RasterFonts } from './raster/raster-fonts.js';

export const EXPORT_FORMATS = ['svg', 'png', 'pdf'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

/** How every diagram is drawn (theme, lanes, pejabat level marks), as the diagram package takes it. */
export interface ExportRequest extends Pick<DrawRequest, 'theme' | 'lanes' | 'pejabatLevel'> {
    kinds: readonly DiagramKind[];
    formats: readonly ExportFormat[];
    /** Qualified name; all elements of each kind when absent. */
    element?: string;
    paper: Paper;
    orientation?: Orientation;
    outDir: string;
}

export interface ExportedFile {
    pemda: string;
    kind: DiagramKind;
    element: string;
    format: ExportFormat;
    file: string;
    pages?: number;
}

export interface SkippedElement {
    pemda: string;
    kind: DiagramKind;
    element: string;
    reason: string;
}

export interface ExportReport {
    files: ExportedFile[];
    skipped: SkippedElement[];
}

export interface ExportFonts {
    metrics: FontMetrics;
    paths: FontPaths;
}

/** File names from qualified names: `<outDir>/<Pemda>/<element>-<kind>.<ext>`. */
export function exportPath(outDir: string, pemda: string, element: string, kind: DiagramKind, format: ExportFormat): string {
    const safe = (s: string) => s.replace(/[^\p{L}\p{N}._-]+/gu, '_');
    return path.join(outDir, safe(pemda), `${safe(element)}-${kind}.${format}`);
}

/** Written beside the target and renamed over it, so a reader never sees half a file; a model file is never a target. */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
    if (file.toLowerCase().endsWith('.sikerja')) throw new Error(`menolak menimpa berkas model ${file}`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    try {
        await fs.writeFile(temp, data);
        await fs.rename(temp, file);
    } catch (e) {
        await fs.rm(temp, { force: true });
        throw new Error(`tidak dapat menulis ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
}

/** Every requested diagram of every pemda, in each format; what cannot be drawn is reported, not thrown. */
export async function exportDiagrams(models: readonly PemdaModel[], request: ExportRequest, fonts: ExportFonts,
    progress?: (done: number, total: number, label: string) => void): Promise<ExportReport> {
    const report: ExportReport = { files: [], skipped: [] };
    const jobs = models.flatMap(pemda => request.kinds.flatMap(kind => {
        const elements = drawableElements(pemda, kind).map(e => e.element);
        const chosen = request.element === undefined ? elements : elements.filter(e => e === request.element);
        return chosen.map(element => ({ pemda, kind, element }));
    }));
    let done = 0;
    // PNGs rasterise in worker threads while this thread lays out the next diagrams.
    const raster = request.formats.includes('png') ? { pool: new RasterPool(), fonts: await rasterFonts(fonts.paths) } : undefined;
    const inFlight = new Set<Promise<void>>();
    const failed = new Set<ExportedFile>();
    const limit = 2 * Math.max(2, os.availableParallelism());
    try {
        for (const job of jobs) {
            // A paged kind is laid out to the printable area of the paper asked for (landscape unless told).
            const page = job.kind === 'sop' ? contentArea(request.paper, request.orientation ?? 'landscape') : undefined;
            const result = await renderDiagram(job.pemda, { kind: job.kind, element: job.element, theme: request.theme, lanes: request.lanes, page, pejabatLevel: request.pejabatLevel }, fonts.metrics);
            done++;
            progress?.(done, jobs.length, `${job.pemda.name} ${job.element} (${job.kind})`);
            if (!result.ok) {
                report.skipped.push({ pemda: job.pemda.name, kind: job.kind, element: job.element, reason: result.error.message });
                continue;
            }
            for (const format of request.formats) {
                const file = exportPath(request.outDir, job.pemda.name, job.element, job.kind, format);
                const entry: ExportedFile = { pemda: job.pemda.name, kind: job.kind, element: job.element, format, file };
                report.files.push(entry);
                // A file that cannot be made (resvg refuses, a worker dies, the disk is full) is reported
                // with its reason; the other files go on.
                const task = writeFormat(result.diagram, format, file, job.pemda, request, fonts, raster).then(
                    pages => { if (pages !== undefined) entry.pages = pages; },
                    (e: unknown) => {
                        failed.add(entry);
                        report.skipped.push({ pemda: job.pemda.name, kind: job.kind, element: job.element, reason: `${format.toUpperCase()}: ${e instanceof Error ? e.message : String(e)}` });
                    }).finally(() => inFlight.delete(task));
                inFlight.add(task);
                while (inFlight.size >= limit) await Promise.race(inFlight);
            }
        }
        await Promise.all(inFlight);
    } finally {
        await raster?.pool.close();
    }
    report.files = report.files.filter(f => !failed.has(f));
    return report;
}

async function writeFormat(diagram: Diagram, format: ExportFormat, file: string, pemda: PemdaModel, request: ExportRequest, fonts: ExportFonts,
    raster: { pool: RasterPool; fonts: RasterFonts } | undefined): Promise<number | undefined> {
    if (format === 'svg') {
        await writeAtomically(file, diagram.svg);
        return undefined;
    }
    if (format === 'png') {
        await writeAtomically(file, await raster!.pool.rasterize(diagram.svg, fontsFor(diagram.svg, raster!.fonts), PNG_DPI));
        return undefined;
    }
    const header = `${pemda.title ?? pemda.name} — ${diagram.title} — ${DIAGRAM_KIND_LABELS[diagram.kind]}`;
    if (diagram.pages) {
        const paged = await pagesToPdf(diagram.pages, fonts.paths, { paper: request.paper, orientation: request.orientation ?? 'landscape', header });
        await writeAtomically(file, paged.pdf);
        return paged.pages;
    }
    const pdf = await svgToPdf(diagram.svg, diagram, fonts.paths, { paper: request.paper, orientation: request.orientation, header, smallestText: diagram.smallestText });
    await writeAtomically(file, pdf.pdf);
    return pdf.pages;
}
