import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SemanticModelRequest } from '@sikerja/model';
import { ask } from './requests.js';
import { shippedFontPaths, shippedFonts } from '@sikerja/diagram';
import { DOCUMENT_KINDS, writeDocuments } from '@sikerja/export';

/**
 * "SiKerja: Buat Dokumen Resmi": the documents of the team, assignment or Perangkat Daerah under the
 * cursor, in the region's form, into `dokumen/<Pemda>/` of the workspace (never over a .sikerja
 * file), with the blanks still to fill listed in the SiKerja output channel.
 */
export async function generateDocuments(client: LanguageClient, output: vscode.OutputChannel): Promise<void> {
    // From the palette while the preview has focus there is no active text editor: take the visible model file.
    const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(e => e?.document.languageId === 'sikerja');
    if (!editor) {
        void vscode.window.showWarningMessage('Buka berkas .sikerja dan letakkan kursor di dalam tim kerja, penugasan atau perangkat daerah.');
        return;
    }
    const answer = await ask(client, SemanticModelRequest, {
        uri: editor.document.uri.toString(), position: { line: editor.selection.active.line, character: editor.selection.active.character }
    });
    if (!answer.ok) {
        void vscode.window.showWarningMessage(answer.error.message);
        return;
    }
    if (!answer.elementAt) {
        void vscode.window.showWarningMessage('Letakkan kursor di dalam tim kerja, penugasan atau perangkat daerah untuk membuat dokumennya.');
        return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri)?.uri.fsPath ?? path.dirname(editor.document.uri.fsPath);
    const outDir = path.join(folder, 'dokumen');
    let report: Awaited<ReturnType<typeof writeDocuments>>;
    const write = (overwrite: boolean) => vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Membuat dokumen ${answer.elementAt}` },
        () => writeDocuments(answer.model.pemda, { kinds: [...DOCUMENT_KINDS], element: answer.elementAt, outDir, overwrite },
            { metrics: shippedFonts().metrics, paths: shippedFontPaths() }));
    try {
        report = await write(false);
        // Documents already there may hold what the analyst filled in: written again only when asked.
        if (report.kept.length > 0) {
            const choice = await vscode.window.showWarningMessage(
                `${report.kept.length} dokumen ${answer.elementAt} sudah ada di ${path.relative(folder, outDir) || '.'}; isiannya mungkin sudah dilengkapi. Tulis ulang?`,
                { modal: true }, 'Tulis ulang');
            if (choice === 'Tulis ulang') report = await write(true);
        }
    } catch (e) {
        output.appendLine(`Dokumen ${answer.elementAt} gagal dibuat: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        void vscode.window.showErrorMessage(`Dokumen gagal dibuat: ${e instanceof Error ? e.message : String(e)}`);
        return;
    }
    output.appendLine(`Dokumen ${answer.elementAt} (${new Date().toLocaleString('id-ID')}):`);
    for (const f of report.files) {
        output.appendLine(`  ${path.relative(folder, f.file)}: ${f.missing.length === 0 ? 'lengkap' : `isian kosong — ${f.missing.join('; ')}`}`);
    }
    for (const k of report.kept) output.appendLine(`  ${path.relative(folder, k)}: sudah ada, tidak ditimpa`);
    for (const s of report.skipped) output.appendLine(`  dilewati (${s.kind}): ${s.reason}`);
    const blanks = report.files.filter(f => f.missing.length > 0).length;
    const message = `${report.files.length} dokumen ditulis ke ${path.relative(folder, outDir) || '.'}`
        + (blanks > 0 ? `; ${blanks} masih punya isian kosong bertanda kuning.` : '.');
    const choice = await vscode.window.showInformationMessage(message, 'Buka folder', 'Lihat daftar isian');
    if (choice === 'Buka folder') void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(path.join(outDir, report.files[0] ? path.basename(path.dirname(report.files[0].file)) : '')));
    if (choice === 'Lihat daftar isian') output.show(true);
}
