import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PemdaModel } from '@sikerja/model';
import { drawableElements, pageBudget, renderDiagram, DIAGRAM_KIND_LABELS, type Diagram, type DiagramKind, type FontMetrics } from '@sikerja/diagram';
import type { DiagramMarks, DrawRequest } from '@sikerja/model';
import type { FontPaths } from './fonts.js';
import type { Orientation, Paper } from './paper.js';
import { contentArea, pagesToPdf, svgToPdf, type PdfResult } from './pdf.js';
import { PNG_DPI } from './png.js';
import { RasterPool } from './raster/raster-pool.js';
import { OutputNames } from './output-names.js';
import { svgWithOutlinedText } from './svg-outlines.js';
import { fontsFor, rasterFonts, type RasterFonts } from './raster/raster-fonts.js';
import { writeAtomically } from './write-file.js';

export { writeAtomically, writeFailure } from './write-file.js';

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
    /** `--sejak`: the changes since an older version by pemda name, marked on the struktur and peta jabatan. */
    changes?: Readonly<Record<string, DiagramMarks>>;
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
    /** Files written under another name: the one wanted differs from an earlier file's only in letter case. */
    renamed: Array<{ wanted: string; file: string }>;
    /**
     * Pages an earlier export wrote that this one no longer does (a map now on three pages where it
     * took five): removed, so that the folder holds no page of an older drawing beside the new ones.
     */
    removed: string[];
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

/** Every requested diagram of every pemda, in each format; what cannot be drawn is reported, not thrown. */
export async function exportDiagrams(models: readonly PemdaModel[], request: ExportRequest, fonts: ExportFonts,
    progress?: (done: number, total: number, label: string) => void): Promise<ExportReport> {
    const names = new OutputNames();
    const report: ExportReport = { files: [], skipped: [], renamed: names.renamed, removed: [] };
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
            const page = printedPage(job.kind, request);
            const result = await renderDiagram(job.pemda, { kind: job.kind, element: job.element, theme: request.theme, lanes: request.lanes, page, pejabatLevel: request.pejabatLevel, changes: marksFor(job.kind, job.pemda.name, request) }, fonts.metrics);
            done++;
            progress?.(done, jobs.length, `${job.pemda.name} ${job.element} (${job.kind})`);
            if (!result.ok) {
                report.skipped.push({ pemda: job.pemda.name, kind: job.kind, element: job.element, reason: result.error.message });
                continue;
            }
            for (const format of request.formats) {
                const base = exportPath(request.outDir, job.pemda.name, job.element, job.kind, format);
                const files = filesOf(result.diagram, format, base);
                report.removed.push(...removeOlderPages(base, files.map(f => f.file)));
                for (const { file: wanted, svg } of files) {
                const file = names.claim(wanted);
                const entry: ExportedFile = { pemda: job.pemda.name, kind: job.kind, element: job.element, format, file };
                report.files.push(entry);
                // A file that cannot be made (resvg refuses, a worker dies, the disk is full) is reported
                // with its reason; the other files go on.
                const task = writeFormat(result.diagram, svg, format, file, job.pemda, request, fonts, raster).then(
                    pages => { if (pages !== undefined) entry.pages = pages; },
                    (e: unknown) => {
                        failed.add(entry);
                        report.skipped.push({ pemda: job.pemda.name, kind: job.kind, element: job.element, reason: `${format.toUpperCase()}: ${e instanceof Error ? e.message : String(e)}` });
                    }).finally(() => inFlight.delete(task));
                inFlight.add(task);
                while (inFlight.size >= limit) await Promise.race(inFlight);
                }
            }
        }
        await Promise.all(inFlight);
    } finally {
        await raster?.pool.close();
    }
    report.files = report.files.filter(f => !failed.has(f));
    return report;
}

/**
 * The files of a drawing's series (`X-peta-jabatan.png`, `X-peta-jabatan-1.png` …) that an earlier
 * export left and this one does not write: the drawing now has fewer pages, or one where it had
 * several. Only names of the series itself; a file that cannot be removed is left.
 */
function removeOlderPages(base: string, written: readonly string[]): string[] {
    const dir = path.dirname(base), ext = path.extname(base), stem = path.basename(base, ext);
    const ofSeries = (name: string) => name === `${stem}${ext}` || (name.startsWith(`${stem}-`) && name.endsWith(ext) && /^\d+$/.test(name.slice(stem.length + 1, -ext.length)));
    const keep = new Set(written.map(f => path.basename(f)));
    let names: string[];
    try {
        names = fs.readdirSync(dir);
    } catch {
        return [];
    }
    const removed: string[] = [];
    for (const name of names.filter(n => ofSeries(n) && !keep.has(n))) {
        try {
            fs.rmSync(path.join(dir, name));
            removed.push(path.join(dir, name));
        } catch {
            // Held open (a viewer on Windows): it stays, and is not reported as removed.
        }
    }
    return removed;
}

/** The marks of a pemda's struktur and peta jabatan; the other kinds, and a pemda without changes, are drawn as they are. */
function marksFor(kind: DiagramKind, pemda: string, request: ExportRequest): DiagramMarks | undefined {
    return kind === 'struktur' || kind === 'peta-jabatan' ? request.changes?.[pemda] : undefined;
}

/**
 * The page a kind is drawn to for print, landscape unless told: a SOP AP is laid out to it, a
 * struktur, peta jabatan, susunan tim or peta lintas fungsi goes over pages by its content when it
 * cannot hold it at print size.
 */
export function printedPage(kind: DiagramKind, request: Pick<ExportRequest, 'paper' | 'orientation'>): DrawRequest['page'] {
    // A SOP AP is laid out to the page as it will be printed, enlarged so that its smallest text is PRINT_MIN_TEXT.
    if (kind === 'sop') return pageBudget(contentArea(request.paper, request.orientation ?? 'landscape'));
    if (kind === 'struktur' || kind === 'peta-jabatan' || kind === 'tim' || kind === 'lintas-fungsi' || kind === 'level' || kind === 'relasi') {
        const orientation = request.orientation ?? 'landscape';
        const other = orientation === 'landscape' ? 'portrait' : 'landscape';
        return {
            ...contentArea(request.paper, orientation, true), turnable: request.orientation === undefined,
            turned: contentArea(request.paper, other, true),
            pageNumber: contentArea(request.paper, orientation).height - contentArea(request.paper, orientation, true).height,
            ...(request.paper === 'a3' ? {} : { larger: { ...contentArea('a3', orientation, true), turned: contentArea('a3', other, true) } })
        };
    }
    return undefined;
}

/**
 * The files of one format. A page is the unit: a drawing printed over several pages (a SOP AP always,
 * a peta jabatan or lintas fungsi too large for one sheet) is one SVG or PNG per page
 * (`…-sop-1.png`, `…-peta-jabatan-2.png`), as it goes into a document; everything else one file. A
 * 300 dpi picture of a whole 120-row peta jabatan would be 70 megapixels no page can hold.
 */
function filesOf(diagram: Diagram, format: ExportFormat, file: string): Array<{ file: string; svg: string }> {
    const paged = diagram.pages && (diagram.kind === 'sop' || diagram.pages.length > 1);
    if (format === 'pdf' || !paged) return [{ file, svg: diagram.svg }];
    return diagram.pages!.map((svg, i) => ({ file: file.replace(/\.(\w+)$/, `-${i + 1}.$1`), svg }));
}

async function writeFormat(diagram: Diagram, svg: string, format: ExportFormat, file: string, pemda: PemdaModel, request: ExportRequest, fonts: ExportFonts,
    raster: { pool: RasterPool; fonts: RasterFonts } | undefined): Promise<number | undefined> {
    if (format === 'svg') {
        await writeAtomically(file, svgWithOutlinedText(svg, fonts.paths));
        return undefined;
    }
    if (format === 'png') {
        await writeAtomically(file, await raster!.pool.rasterize(svg, fontsFor(svg, raster!.fonts), PNG_DPI));
        return undefined;
    }
    const pdf = await diagramPdf(diagram, fonts.paths, { paper: request.paper, orientation: request.orientation, title: `${pemda.title ?? pemda.name} — ${diagram.title} — ${DIAGRAM_KIND_LABELS[diagram.kind]}` });
    await writeAtomically(file, pdf.pdf);
    return pdf.pages;
}

/** A drawing as a PDF: its pages when it has them (a SOP AP numbers its own), else the one drawing fitted to a page. */
export function diagramPdf(diagram: Diagram, fonts: FontPaths, options: { paper: Paper; orientation?: Orientation; title: string }): Promise<PdfResult> {
    if (diagram.pages) {
        // A SOP AP is laid out to the page asked for; other pages were drawn to the page's turn that suits them.
        const orientation = options.orientation ?? (diagram.kind === 'sop' ? 'landscape' : undefined);
        return pagesToPdf(diagram.pages, fonts, { paper: options.paper, orientation, title: options.title, numbered: diagram.kind !== 'sop' });
    }
    return svgToPdf(diagram.svg, diagram, fonts, { ...options, smallestText: diagram.smallestText });
}
