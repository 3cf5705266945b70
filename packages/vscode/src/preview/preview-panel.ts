import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiagramHighlightRequest, DiagramRequest, type DiagramAnswer, type DiagramComparison, type DiagramKind, type DiagramParams } from '@sikerja/model';
import { previewHtml } from './html.js';
import { parseFromWebview, type ToWebview } from './messages.js';
import { diagramForExport, exportDiagram } from '../export-diagram.js';
import { ask } from '../requests.js';

/**
 * "SiKerja: Buka Pratinjau di Samping": one panel that follows the SiKerja editor and its cursor,
 * redrawn (debounced) as the analyst types. Each request carries a number; an answer to an older
 * one than the latest shown is dropped, and the server itself supersedes a stale request.
 */
export class PreviewPanel implements vscode.Disposable {
    static current: PreviewPanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private requestId = 0;
    private highlightId = 0;
    private timer: NodeJS.Timeout | undefined;
    private kind: DiagramKind | undefined;
    private uri: vscode.Uri | undefined;
    private position: vscode.Position | undefined;
    private last: Extract<DiagramAnswer, { ok: true }> | undefined;
    private ready = false;
    /** The picture shown is no longer current (a notice says why): the next cursor move asks again. */
    private stale = false;
    /** This panel's name to the server: its older requests are superseded by its newer ones. */
    private readonly viewKey = `preview-${Date.now().toString(36)}`;
    /** "Bandingkan dengan Versi Sebelumnya": the git revision the struktur and peta jabatan are marked against. */
    private sejak: string | undefined;

    static show(context: vscode.ExtensionContext, client: LanguageClient, editor: vscode.TextEditor | undefined): PreviewPanel {
        if (PreviewPanel.current) {
            // Shown again where it stands: moved beside another editor group, the webview is loaded
            // anew, and a drawing posted while it loads (the comparison's) is lost.
            const panel = PreviewPanel.current.panel;
            panel.reveal(panel.viewColumn ?? vscode.ViewColumn.Beside, true);
        } else {
            const panel = vscode.window.createWebviewPanel('sikerja.preview', 'Pratinjau SiKerja', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
                enableScripts: true, retainContextWhenHidden: true,
                localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')]
            });
            PreviewPanel.current = new PreviewPanel(context, client, panel);
        }
        if (editor) PreviewPanel.current.follow(editor, 0);
        return PreviewPanel.current;
    }

    private constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient, readonly panel: vscode.WebviewPanel) {
        const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview.js'));
        const font = (file: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'fonts', file)).toString();
        panel.webview.html = previewHtml(script.toString(), panel.webview.cspSource, { regular: font('NotoSans_400Regular.ttf'), bold: font('NotoSans_700Bold.ttf') });
        panel.onDidDispose(() => this.dispose(), null, this.disposables);
        panel.webview.onDidReceiveMessage(raw => this.receive(raw), null, this.disposables);
        vscode.window.onDidChangeActiveTextEditor(e => { if (e?.document.languageId === 'sikerja') this.follow(e, this.debounceMs()); }, null, this.disposables);
        vscode.workspace.onDidChangeTextDocument(e => { if (e.document.languageId === 'sikerja') this.schedule(this.debounceMs()); }, null, this.disposables);
        vscode.window.onDidChangeTextEditorSelection(e => { void this.cursorMoved(e); }, null, this.disposables);
    }

    private debounceMs(): number {
        return vscode.workspace.getConfiguration('sikerja').get<number>('preview.debounceMs', 100);
    }

    private follow(editor: vscode.TextEditor, delay: number): void {
        if (editor.document.languageId !== 'sikerja') return;
        this.uri = editor.document.uri;
        this.position = editor.selection.active;
        this.schedule(delay);
    }

    /** The server says which box the cursor is in; inside what is drawn, only the highlight moves. */
    private async cursorMoved(e: vscode.TextEditorSelectionChangeEvent): Promise<void> {
        if (e.textEditor.document.languageId !== 'sikerja') return;
        const uri = e.textEditor.document.uri;
        const position = e.selections[0].active;
        const sameDocument = this.uri?.toString() === uri.toString();
        this.uri = uri;
        this.position = position;
        if (!this.last || this.stale || !sameDocument) {
            this.schedule(this.debounceMs());
            return;
        }
        const asked = ++this.highlightId;
        let answer: { element?: string; inDiagram: boolean } = { inDiagram: false };
        try {
            answer = await ask(this.client, DiagramHighlightRequest, { view: this.viewKey, uri: uri.toString(), position: { line: position.line, character: position.character } });
        } catch { /* the server is restarting: the drawing is asked for again below */ }
        if (asked !== this.highlightId) return;
        this.post({ type: 'highlight', element: answer.element });
        if (!answer.inDiagram) this.schedule(this.debounceMs());
    }

    private schedule(delay: number): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { void this.refresh(); }, delay);
    }

    theme(): 'formal' | 'warna' {
        const t = vscode.workspace.getConfiguration('sikerja').get<string>('diagram.theme', 'ikuti-editor');
        return t === 'warna' ? 'warna' : 'formal';
    }

    pejabatLevel(): boolean {
        return vscode.workspace.getConfiguration('sikerja').get<boolean>('diagram.pejabatLevel', false);
    }

    /** The document the preview follows, for requests made on its behalf (the export's full drawing). */
    get followed(): vscode.Uri | undefined {
        return this.uri;
    }

    async refresh(): Promise<void> {
        if (!this.uri || !this.ready) return;
        const requestId = ++this.requestId;
        const params: DiagramParams = {
            uri: this.uri.toString(), position: this.position && { line: this.position.line, character: this.position.character },
            kind: this.kind, theme: this.theme(), view: this.viewKey, pejabatLevel: this.pejabatLevel(),
            ...(this.sejak !== undefined ? { sejak: this.sejak } : {})
        };
        let answer: DiagramAnswer;
        try {
            answer = await ask(this.client, DiagramRequest, params);
        } catch (e) {
            answer = { ok: false, error: { code: 'layout-failed', message: `Server tidak menjawab: ${e instanceof Error ? e.message : String(e)}` } };
        }
        if (requestId !== this.requestId) return;
        if (!answer.ok) {
            if (answer.error.code !== 'superseded') {
                this.stale = true;
                this.post({ type: 'notice', requestId, message: answer.error.message });
            }
            return;
        }
        this.last = answer;
        this.stale = false;
        this.panel.title = `Pratinjau: ${answer.title}`;
        // The box of the declaration under the cursor (the server's answer): highlighted, and in view when the diagram opens.
        this.post({
            type: 'diagram', requestId, highlight: answer.highlight, kind: answer.kind, kinds: answer.kinds, element: answer.element, title: answer.title, svg: answer.svg,
            elements: answer.elements.map(e => e.element), errors: answer.errors, ...(answer.overview ? { overview: answer.overview } : {}),
            ...(answer.comparison ? { comparison: comparisonSentence(answer.comparison) } : {})
        });
    }

    /** Marks the struktur and peta jabatan against `sejak` from now on (undefined: no marks), and redraws. */
    compareWith(sejak: string | undefined): void {
        this.sejak = sejak;
        void this.refresh();
    }

    private async receive(raw: unknown): Promise<void> {
        const message = parseFromWebview(raw);
        if (!message) return;
        switch (message.type) {
            case 'ready':
                this.ready = true;
                void this.refresh();
                break;
            case 'kind':
                this.kind = message.kind;
                void this.refresh();
                break;
            case 'reveal':
                await this.reveal(message.element);
                break;
            case 'export': {
                const diagram = this.last && this.uri && await diagramForExport(this.client, this.uri.toString(), this.last, message.format, this.theme(), this.pejabatLevel());
                if (!diagram) break;
                const written = await exportDiagram(this.context, diagram, message.format);
                if (written) this.post({ type: 'exported', message: `Tersimpan: ${written}` });
                break;
            }
        }
    }

    /** Click-to-source: the declaration of the clicked box, in the editor beside the preview. */
    private async reveal(element: string): Promise<void> {
        const source = this.last?.elements.find(e => e.element === element)?.source;
        if (!source) return;
        const range = new vscode.Range(source.range.start.line, source.range.start.character, source.range.end.line, source.range.end.character);
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(source.uri));
        const column = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === source.uri)?.viewColumn ?? vscode.ViewColumn.One;
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range, preserveFocus: false });
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    /** The diagram shown now, for the export command. */
    get shown(): Extract<DiagramAnswer, { ok: true }> | undefined {
        return this.last;
    }

    private post(message: ToWebview): void {
        void this.panel.webview.postMessage(message);
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        PreviewPanel.current = undefined;
        for (const d of this.disposables.splice(0)) d.dispose();
    }
}

/** The sentence above a marked drawing. */
function comparisonSentence(comparison: DiagramComparison): string {
    if ('error' in comparison) return `Tanda perubahan: ${comparison.error}`;
    const changes = comparison.changes === 0 ? 'tidak ada perubahan pada perangkat daerah ini' : `${comparison.changes} perubahan pada perangkat daerah ini ditandai`;
    return `Dibandingkan dengan ${comparison.sejak}: ${changes} ("baru", "dihapus", angka lama -> baru). Daftarnya di panel Perubahan SiKerja.`;
}
