import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SemanticModelRequest } from '@sikerja/model';
import { ask } from './requests.js';

/** The pemda of the file in the editor, its regulation profile, and the findings in the workspace. */
export class StatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('sikerja.status', vscode.StatusBarAlignment.Left, 50);
    private readonly disposables: vscode.Disposable[] = [];
    private timer: NodeJS.Timeout | undefined;

    constructor(private readonly client: LanguageClient) {
        this.item.name = 'SiKerja';
        this.item.command = 'workbench.actions.view.problems';
        vscode.languages.onDidChangeDiagnostics(() => this.schedule(), null, this.disposables);
        vscode.window.onDidChangeActiveTextEditor(() => this.schedule(), null, this.disposables);
        this.schedule();
    }

    private schedule(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { void this.update(); }, 300);
    }

    private async update(): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document.languageId !== 'sikerja') { this.item.hide(); return; }
        let counts = { error: 0, warning: 0, info: 0 };
        for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
            if (!uri.path.endsWith('.sikerja')) continue;
            for (const d of diagnostics) {
                if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
                else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
                else counts.info++;
            }
        }
        let pemda = 'SiKerja';
        let profile = '';
        try {
            const answer = await ask(this.client, SemanticModelRequest, { uri: editor.document.uri.toString() });
            if (answer.ok && answer.model.pemda[0]) {
                pemda = answer.model.pemda[0].title ?? answer.model.pemda[0].name;
                profile = answer.model.pemda[0].profile?.short ?? '';
            }
        } catch { /* the server may be starting; the next change updates */ }
        this.item.text = `$(organization) ${pemda}${profile ? ` · ${profile}` : ''} · $(error) ${counts.error} $(warning) ${counts.warning}`;
        this.item.tooltip = `Pemda: ${pemda}\nRegulasi: ${profile || 'belum ditulis'}\nTemuan di ruang kerja: ${counts.error} galat, ${counts.warning} peringatan, ${counts.info} info`;
        this.item.show();
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.item.dispose();
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}
