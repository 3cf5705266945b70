import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DiagramRequest } from '@sikerja/model';
import { ask } from './requests.js';
import { generateDocuments } from './documents.js';
import { registerImport } from './import-peta.js';
import { diagramForExport, exportDiagram } from './export-diagram.js';
import type { ExportFormat } from './preview/messages.js';
import { newKabupaten } from './new-kabupaten.js';
import { PreviewPanel } from './preview/preview-panel.js';
import { StatusBar } from './status-bar.js';
import { Comparison } from './compare.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'sikerja' }],
        // The server reads the whole workspace itself; the client only tells it about edits and new files.
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.sikerja') }
    };
    client = new LanguageClient('sikerja', 'SiKerja', serverOptions, clientOptions);
    await client.start();
    const started = client;
    const output = vscode.window.createOutputChannel('SiKerja Dokumen');
    context.subscriptions.push(
        output,
        vscode.commands.registerCommand('sikerja.documents.generate', () => generateDocuments(started, output)),
        new StatusBar(started),
        vscode.commands.registerCommand('sikerja.preview.openToSide', () => PreviewPanel.show(context, started, vscode.window.activeTextEditor)),
        vscode.commands.registerCommand('sikerja.diagram.export', () => exportFromPalette(context, started)),
        vscode.commands.registerCommand('sikerja.kabupaten.new', () => newKabupaten()),
        ...registerImport(),
        new Comparison(context, started),
        // Theme and pejabat level marks are read at each drawing: a changed setting redraws at once.
        vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('sikerja.diagram')) void PreviewPanel.current?.refresh(); })
    );
}

/** Export from the command palette: the diagram in the preview, else the element under the cursor. */
async function exportFromPalette(context: vscode.ExtensionContext, started: LanguageClient): Promise<void> {
    const preview = PreviewPanel.current;
    let diagram = preview?.shown;
    let uri = preview?.followed?.toString();
    const editor = vscode.window.activeTextEditor;
    if (!diagram && editor) {
        uri = editor.document.uri.toString();
        const answer = await ask(started, DiagramRequest, {
            uri, position: { line: editor.selection.active.line, character: editor.selection.active.character }
        });
        if (!answer.ok) {
            void vscode.window.showWarningMessage(answer.error.message);
            return;
        }
        diagram = answer;
    }
    if (!diagram || !uri) {
        void vscode.window.showWarningMessage('Buka berkas .sikerja dan letakkan kursor pada elemen yang akan diekspor.');
        return;
    }
    const format = await vscode.window.showQuickPick(['svg', 'png', 'pdf'], { title: `Ekspor ${diagram.title}` }) as ExportFormat | undefined;
    if (!format) return;
    const config = vscode.workspace.getConfiguration('sikerja');
    const full = await diagramForExport(started, uri, diagram, format, config.get<string>('diagram.theme') === 'warna' ? 'warna' : 'formal', config.get<boolean>('diagram.pejabatLevel', false));
    if (full) await exportDiagram(context, full, format);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
