import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { importSpreadsheets, reportText, type ImportReport, type ReportLink } from '@sikerja/export/import';

const SCHEME = 'sikerja-impor';

/**
 * The import reports shown in this session: each a read-only document whose qualified names link to
 * the declarations the import wrote (file and line).
 */
class ImportReports implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
    private readonly shown = new Map<string, { text: string; links: ReportLink[] }>();
    private count = 0;

    add(report: ImportReport, source: string): vscode.Uri {
        const { lines, links } = reportText(report);
        const problems = report.errors.map(e => `MASALAH ${path.basename(e.file)}${e.sheet ? `:${e.sheet}` : ''}${e.row ? `:${e.row}` : ''}: ${e.message}`);
        const uri = vscode.Uri.from({ scheme: SCHEME, path: `/Laporan impor ${source}.txt`, query: String(++this.count) });
        this.shown.set(uri.toString(), { text: [...lines, ...(problems.length > 0 ? ['', ...problems] : [])].join('\n') + '\n', links });
        return uri;
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.shown.get(uri.toString())?.text ?? '';
    }

    provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
        const links = this.shown.get(document.uri.toString())?.links ?? [];
        return links.map(l => {
            const link = new vscode.DocumentLink(new vscode.Range(l.line, l.start, l.line, l.end), vscode.Uri.file(l.file).with({ fragment: `L${l.target}` }));
            link.tooltip = `${path.basename(l.file)} baris ${l.target}`;
            return link;
        });
    }
}

/** "SiKerja: Impor Peta Jabatan": a peta jabatan .xlsx/.csv into .sikerja files, then its report with the summary first. */
export function registerImport(): vscode.Disposable[] {
    const reports = new ImportReports();
    return [
        vscode.workspace.registerTextDocumentContentProvider(SCHEME, reports),
        vscode.languages.registerDocumentLinkProvider({ scheme: SCHEME }, reports),
        vscode.commands.registerCommand('sikerja.import.petaJabatan', (clicked?: vscode.Uri) => importPetaJabatan(reports, clicked))
    ];
}

async function importPetaJabatan(reports: ImportReports, clicked: vscode.Uri | undefined): Promise<void> {
    const files = clicked ? [clicked] : await vscode.window.showOpenDialog({
        canSelectMany: true, filters: { 'Peta jabatan (.xlsx, .csv)': ['xlsx', 'csv', 'xls'] }, title: 'Impor Peta Jabatan', openLabel: 'Impor'
    });
    if (!files || files.length === 0) return;
    const folder = vscode.workspace.getWorkspaceFolder(files[0])?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(path.dirname(files[0].fsPath));
    const pemda = await choosePemda();
    if (!pemda) return;
    const out = await vscode.window.showOpenDialog({
        canSelectFiles: false, canSelectFolders: true, defaultUri: folder, title: 'Folder tujuan berkas .sikerja (berkas yang ada tidak ditimpa)', openLabel: 'Tulis ke sini'
    });
    if (!out || out.length === 0) return;
    const source = files.map(f => path.basename(f.fsPath)).join(', ');
    let report: ImportReport;
    try {
        report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Mengimpor ${source}` },
            () => importSpreadsheets({ files: files.map(f => f.fsPath), pemda, outDir: out[0].fsPath }));
    } catch (e) {
        void vscode.window.showErrorMessage(`Impor gagal: ${e instanceof Error ? e.message : String(e)}`);
        return;
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reports.add(report, source)), { preview: false });
    const review = report.rows.filter(r => (r.review?.length ?? 0) > 0).length;
    // The folder by its name (the workspace root too, which a relative path would call ".").
    const where = path.relative(folder.fsPath, out[0].fsPath) || path.basename(out[0].fsPath);
    const names = report.written.map(w => path.basename(w.file));
    const listed = names.length <= 3 ? names.join(', ') : `${names.length} berkas (${names.slice(0, 3).join(', ')}, …)`;
    const said = `${names.length === 0 ? 'Tidak ada berkas' : listed} ditulis ke folder ${where}; ${review} baris perlu ditinjau; ${report.errors.length} masalah.`;
    if (report.errors.length > 0) void vscode.window.showWarningMessage(said); else void vscode.window.showInformationMessage(said);
}

/** The pemda the written files join: the one the workspace defines, a choice among several, or a new name. */
async function choosePemda(): Promise<string | undefined> {
    const names = new Set<string>();
    for (const uri of await vscode.workspace.findFiles('**/*.sikerja', '**/node_modules/**', 500)) {
        const text = await fs.readFile(uri.fsPath, 'utf8').catch(() => '');
        for (const m of text.matchAll(/^\s*pemda\s+([A-Za-z_]\w*)\s*\{/gm)) names.add(m[1]);
    }
    if (names.size === 1) return [...names][0];
    if (names.size > 1) return vscode.window.showQuickPick([...names].sort(), { title: 'Pemda berkas yang diimpor' });
    return vscode.window.showInputBox({
        title: 'Nama pemda (belum ada di folder ini; pemda.sikerja akan ditulis)', placeHolder: 'mis. Bengkayang',
        validateInput: v => /^[A-Za-z_]\w*$/.test(v) ? undefined : 'Huruf, angka dan _ tanpa spasi, mis. Bengkayang.'
    });
}
