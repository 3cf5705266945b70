import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, type ComparedChange, type CompareResult } from '@sikerja/model';
import { ask } from './requests.js';
import { PreviewPanel } from './preview/preview-panel.js';

/** The version compared with: the last commit. */
const SEJAK = 'HEAD';
const ICONS: Record<ComparedChange['change'], string> = { ditambah: 'add', dihapus: 'remove', diubah: 'edit', dipindah: 'arrow-swap', 'diganti-nama': 'symbol-text' };

type Node = { group: string; changes: ComparedChange[] } | ComparedChange;

/**
 * "SiKerja: Bandingkan dengan Versi Sebelumnya": the preview's struktur and peta jabatan marked
 * against the last commit, and the changes listed in the Explorer's "Perubahan SiKerja" view, grouped
 * per Perangkat Daerah, each leading to its declaration. The list follows the analyst's edits.
 */
export class Comparison implements vscode.TreeDataProvider<Node>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<Node | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private readonly view: vscode.TreeView<Node>;
    private readonly disposables: vscode.Disposable[] = [];
    private uri: vscode.Uri | undefined;
    private groups: Array<{ group: string; changes: ComparedChange[] }> = [];
    private timer: NodeJS.Timeout | undefined;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
        this.view = vscode.window.createTreeView('sikerja.changes', { treeDataProvider: this, showCollapseAll: true });
        this.disposables.push(
            this.view, this.changed,
            vscode.commands.registerCommand('sikerja.compare.previous', () => this.start(vscode.window.activeTextEditor)),
            vscode.commands.registerCommand('sikerja.compare.clear', () => this.clear()),
            vscode.workspace.onDidChangeTextDocument(e => { if (this.uri && e.document.languageId === 'sikerja') this.schedule(); })
        );
    }

    /** Compares the pemda of the editor's file with its last commit: the list, and the preview marked. */
    async start(editor: vscode.TextEditor | undefined): Promise<void> {
        if (editor?.document.languageId !== 'sikerja') {
            void vscode.window.showWarningMessage('Buka berkas .sikerja dari pemda yang akan dibandingkan dengan versi sebelumnya.');
            return;
        }
        const answer = await this.ask(editor.document.uri);
        if (!answer.ok) {
            void vscode.window.showWarningMessage(`Tidak dapat membandingkan: ${answer.error.message}`);
            return;
        }
        this.uri = editor.document.uri;
        this.show(answer);
        await vscode.commands.executeCommand('setContext', 'sikerja.comparing', true);
        PreviewPanel.show(this.context, this.client, editor).compareWith(SEJAK);
        await vscode.commands.executeCommand('sikerja.changes.focus');
        void vscode.window.showInformationMessage(answer.changes.length === 0
            ? `Tidak ada perubahan sejak ${answer.sejak}.`
            : `${answer.changes.length} perubahan sejak ${answer.sejak}; struktur dan peta jabatan di pratinjau ditandai.`);
    }

    /** The list and the marks removed. */
    async clear(): Promise<void> {
        this.uri = undefined;
        this.groups = [];
        this.view.message = undefined;
        this.changed.fire(undefined);
        PreviewPanel.current?.compareWith(undefined);
        await vscode.commands.executeCommand('setContext', 'sikerja.comparing', false);
    }

    private async ask(uri: vscode.Uri): Promise<CompareResult> {
        try {
            return await ask(this.client, CompareRequest, { uri: uri.toString(), sejak: SEJAK });
        } catch (e) {
            return { ok: false, error: { code: 'no-version', message: `server tidak menjawab (${e instanceof Error ? e.message : String(e)}).` } };
        }
    }

    private schedule(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { void this.refresh(); }, 500);
    }

    private async refresh(): Promise<void> {
        if (!this.uri) return;
        const answer = await this.ask(this.uri);
        if (answer.ok) this.show(answer);
        else this.view.message = `Tidak dapat membandingkan: ${answer.error.message}`;
    }

    private show(answer: Extract<CompareResult, { ok: true }>): void {
        const groups = new Map<string, ComparedChange[]>();
        for (const c of answer.changes) groups.set(c.group, [...groups.get(c.group) ?? [], c]);
        this.groups = [...groups].map(([group, changes]) => ({ group, changes }));
        const skipped = answer.skipped > 0 ? ` ${answer.skipped} elemen tidak dibandingkan karena galat di salah satu versi.` : '';
        this.view.message = `${answer.changes.length === 0 ? 'Tidak ada perubahan' : `${answer.changes.length} perubahan`} sejak ${answer.sejak}.${skipped}`;
        this.changed.fire(undefined);
    }

    getChildren(node?: Node): Node[] {
        if (!node) return this.groups;
        return 'element' in node ? [] : node.changes;
    }

    getTreeItem(node: Node): vscode.TreeItem {
        if (!('element' in node)) {
            const item = new vscode.TreeItem(node.group, vscode.TreeItemCollapsibleState.Expanded);
            item.description = `${node.changes.length} perubahan`;
            return item;
        }
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.description = node.detail;
        item.tooltip = `${node.label}\n${node.detail}`;
        item.iconPath = new vscode.ThemeIcon(ICONS[node.change]);
        if (node.source) {
            const { start, end } = node.source.range;
            item.command = {
                command: 'vscode.open', title: 'Buka deklarasi',
                arguments: [vscode.Uri.parse(node.source.uri), { selection: new vscode.Range(start.line, start.character, end.line, end.character) }]
            };
        }
        return item;
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}
