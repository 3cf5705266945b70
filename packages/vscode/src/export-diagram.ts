import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiagramRequest, type DiagramAnswer, type DiagramParams } from '@sikerja/model';
import { ask } from './requests.js';
import { pagesToPdf, svgToPdf, svgToPngAsync, writeAtomically, type Orientation, type Paper } from '@sikerja/export';
import { shippedFontPaths } from '@sikerja/diagram';
import type { ExportFormat } from './preview/messages.js';

type Drawn = Extract<DiagramAnswer, { ok: true }>;

/**
 * What an export writes: the diagram shown, or — when the preview shows the overview of a diagram
 * too large for it — the whole diagram, drawn now for the file (it may take a while: said so).
 */
export async function diagramForExport(client: LanguageClient, uri: string, shown: Drawn, theme: DiagramParams['theme'], pejabatLevel: boolean): Promise<Drawn | undefined> {
    if (!shown.overview) return shown;
    const params: DiagramParams = { uri, element: shown.element, kind: shown.overview.fullKind, theme, pejabatLevel, full: true };
    const answer = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Menggambar ${shown.title} lengkap (${shown.overview.elements.toLocaleString('id-ID')} elemen) untuk ekspor…` },
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
    const config = vscode.workspace.getConfiguration('sikerja');
    const paper = config.get<Paper>('diagram.paper', 'f4');
    const orientationSetting = config.get<string>('diagram.orientation', 'otomatis');
    const orientation: Orientation | undefined = orientationSetting === 'portrait' || orientationSetting === 'landscape' ? orientationSetting : undefined;
    const fonts = shippedFontPaths();
    try {
        if (format === 'svg') await writeAtomically(target.fsPath, diagram.svg);
        else if (format === 'png') await writeAtomically(target.fsPath, await svgToPngAsync(diagram.svg, fonts));
        else {
            const header = `${diagram.title}`;
            const pdf = diagram.pages
                ? await pagesToPdf(diagram.pages, fonts, { paper, orientation: orientation ?? 'landscape', header })
                : await svgToPdf(diagram.svg, diagram, fonts, { paper, orientation, header, smallestText: diagram.smallestText });
            await writeAtomically(target.fsPath, pdf.pdf);
        }
    } catch (e) {
        void vscode.window.showErrorMessage(`Ekspor gagal: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
    void vscode.window.showInformationMessage(`Diagram diekspor ke ${path.basename(target.fsPath)}.`);
    return target.fsPath;
}
