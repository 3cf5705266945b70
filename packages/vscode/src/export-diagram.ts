import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiagramRequest, type DiagramAnswer, type DiagramParams } from '@sikerja/model';
import { ask } from './requests.js';
import { diagramPdf, printedPage, svgToPngAsync, svgWithOutlinedText, writeAtomically, type Orientation, type Paper } from '@sikerja/export';
import { shippedFontPaths } from '@sikerja/diagram';
import type { ExportFormat } from './preview/messages.js';

type Drawn = Extract<DiagramAnswer, { ok: true }>;

/** Paper and orientation for PDF, from the settings. */
function printSettings(): { paper: Paper; orientation: Orientation | undefined } {
    const config = vscode.workspace.getConfiguration('sikerja');
    const orientation = config.get<string>('diagram.orientation', 'otomatis');
    return { paper: config.get<Paper>('diagram.paper', 'f4'), orientation: orientation === 'portrait' || orientation === 'landscape' ? orientation : undefined };
}

/**
 * What an export writes: the diagram shown, or the whole diagram drawn again for the file when the
 * preview shows its overview (a diagram too large for it) or when the file is a PDF, which is drawn
 * to the paper's pages as `sikerja export` draws it. It may take a while: said so.
 */
export async function diagramForExport(client: LanguageClient, uri: string, shown: Drawn, format: ExportFormat, theme: DiagramParams['theme'], pejabatLevel: boolean): Promise<Drawn | undefined> {
    const kind = shown.overview?.fullKind ?? shown.kind;
    const page = format === 'pdf' ? printedPage(kind, printSettings()) : undefined;
    if (!shown.overview && !page) return shown;
    const params: DiagramParams = { uri, element: shown.element, kind, theme, pejabatLevel, full: true, ...(page ? { page } : {}) };
    const size = shown.overview ? ` lengkap (${shown.overview.elements.toLocaleString('id-ID')} elemen)` : '';
    const answer = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Menggambar ${shown.title}${size} untuk ekspor…` },
        () => ask(client, DiagramRequest, params));
    if (!answer.ok) {
        void vscode.window.showErrorMessage(`Ekspor gagal: ${answer.error.message}`);
        return undefined;
    }
    return answer;
}

/**
 * Save the diagram shown as SVG, PNG (300 dpi) or PDF (paper and orientation from the settings),
 * with the same writers as `sikerja export`, where the analyst chooses. Returns the path written.
 */
export async function exportDiagram(context: vscode.ExtensionContext, diagram: Drawn, format: ExportFormat): Promise<string | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? context.globalStorageUri;
    const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder, `${diagram.element}-${diagram.kind}.${format}`),
        filters: { [format.toUpperCase()]: [format] },
        saveLabel: 'Ekspor'
    });
    if (!target) return undefined;
    if (target.fsPath.toLowerCase().endsWith('.sikerja')) {
        void vscode.window.showErrorMessage('Berkas model .sikerja tidak boleh ditimpa oleh ekspor. Pilih nama lain.');
        return undefined;
    }
    const fonts = shippedFontPaths();
    try {
        if (format === 'svg') await writeAtomically(target.fsPath, svgWithOutlinedText(diagram.svg, fonts));
        else if (format === 'png') await writeAtomically(target.fsPath, await svgToPngAsync(diagram.svg, fonts));
        else await writeAtomically(target.fsPath, (await diagramPdf(diagram, fonts, { ...printSettings(), title: diagram.title })).pdf);
    } catch (e) {
        void vscode.window.showErrorMessage(`Ekspor gagal: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
    void vscode.window.showInformationMessage(`Diagram diekspor ke ${path.basename(target.fsPath)}.`);
    return target.fsPath;
}
