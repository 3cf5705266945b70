import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
    ConfigurationRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest,
    DefinitionRequest, InitializedNotification, ReferencesRequest, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
    type Definition, type Diagnostic, type Hover, type Location, type LocationLink, type Position
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER = [process.execPath, path.join(ROOT, 'packages/cli/bin/sikerja.js'), 'lsp', '--stdio'];

interface Waiter { uri: string; resolve: (d: Diagnostic[]) => void; timer: NodeJS.Timeout }

/**
 * A plain LSP client over stdio, as Neovim or Emacs would be: it starts `sikerja lsp --stdio`,
 * opens files, sends edits and collects the diagnostics the server publishes.
 */
export class LspClient {
    readonly diagnostics = new Map<string, Diagnostic[]>();
    private waiters: Waiter[] = [];
    private lastNotification = Date.now();
    private versions = new Map<string, number>();
    private readonly listeners: Array<(uri: string, diagnostics: Diagnostic[]) => void> = [];

    private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {
        connection.onNotification(PublishDiagnosticsNotification.type, p => {
            this.lastNotification = Date.now();
            for (const listener of this.listeners) listener(p.uri, p.diagnostics);
            this.diagnostics.set(p.uri, p.diagnostics);
            for (const w of this.waiters.filter(x => x.uri === p.uri)) {
                clearTimeout(w.timer);
                w.resolve(p.diagnostics);
            }
            this.waiters = this.waiters.filter(x => x.uri !== p.uri);
        });
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(ConfigurationRequest.type, p => p.items.map(() => null));
        connection.listen();
    }

    static async start(workspace: string, command = SERVER, initializationOptions?: Record<string, unknown>): Promise<LspClient> {
        const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
        child.stderr!.on('data', d => { if (process.env.SIKERJA_LSP_TRACE) process.stderr.write(d); });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const client = new LspClient(child, connection);
        const rootUri = pathToFileURL(workspace).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri, capabilities: { textDocument: { publishDiagnostics: {} } }, initializationOptions,
            workspaceFolders: [{ uri: rootUri, name: path.basename(workspace) }]
        });
        await connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    get pid(): number { return this.process.pid!; }

    /** Called with every publication (the client keeps only the latest per file). */
    onPublish(listener: (uri: string, diagnostics: Diagnostic[]) => void): void {
        this.listeners.push(listener);
    }

    uriOf(file: string): string { return pathToFileURL(file).toString(); }

    /** Resolves with the next diagnostics published for `uri`. */
    nextDiagnostics(uri: string, timeoutMs = 30000): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiters = this.waiters.filter(w => w.timer !== timer);
                reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
            }, timeoutMs);
            this.waiters.push({ uri, resolve, timer });
        });
    }

    /** Waits until every given file has had its diagnostics published at least once. */
    async waitForAll(uris: string[], timeoutMs = 600000): Promise<void> {
        const start = Date.now();
        while (uris.some(u => !this.diagnostics.has(u))) {
            if (Date.now() - start > timeoutMs) throw new Error('workspace did not finish loading');
            await new Promise(r => setTimeout(r, 20));
        }
    }

    /** Waits until the server has published nothing for `quietMs`: the end of a build's tail. */
    async quiet(quietMs = 40): Promise<void> {
        while (Date.now() - this.lastNotification < quietMs) await new Promise(r => setTimeout(r, quietMs / 2));
    }

    /** Opens a file in the editor; resolves when the server has published its diagnostics for it. */
    async open(file: string, text = fs.readFileSync(file, 'utf8')): Promise<Diagnostic[]> {
        const uri = this.uriOf(file);
        this.versions.set(uri, 1);
        const published = this.nextDiagnostics(uri);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sikerja', version: 1, text } });
        const diagnostics = await published;
        await this.quiet();
        return diagnostics;
    }

    /**
     * Opens files the way an editor started on them does: every `didOpen` at once, without waiting for
     * anything (not even the workspace). Resolves with the first diagnostics published for each.
     */
    async openAtOnce(files: string[]): Promise<Diagnostic[][]> {
        const published = files.map(f => this.nextDiagnostics(this.uriOf(f)));
        for (const file of files) {
            const uri = this.uriOf(file);
            this.versions.set(uri, 1);
            await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'sikerja', version: 1, text: fs.readFileSync(file, 'utf8') }
            });
        }
        return Promise.all(published);
    }

    /** Sends the whole new text of an open file, as a keystroke does: nothing is awaited but the sending. */
    async type(file: string, text: string): Promise<void> {
        const uri = this.uriOf(file);
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Sends the whole new text of an open file and resolves with its next diagnostics and the latency. */
    async change(file: string, text: string): Promise<{ diagnostics: Diagnostic[]; ms: number }> {
        const uri = this.uriOf(file);
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        const waiting = this.nextDiagnostics(uri);
        const start = performance.now();
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        const diagnostics = await waiting;
        return { diagnostics, ms: performance.now() - start };
    }

    hover(file: string, position: Position): Promise<Hover | null> {
        return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: this.uriOf(file) }, position });
    }

    definition(file: string, position: Position): Promise<Definition | LocationLink[] | null> {
        return this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: this.uriOf(file) }, position });
    }

    references(file: string, position: Position): Promise<Location[] | null> {
        return this.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: this.uriOf(file) }, position, context: { includeDeclaration: false } });
    }

    /** Peak resident memory of the server process (VmHWM), in MB. */
    peakRssMb(): number {
        const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        return kb / 1024;
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise(r => setTimeout(r, 2000))]);
            await this.connection.sendNotification(ExitNotification.type);
        } catch { /* the server may already be gone */ }
        // Give the server a moment to exit on its own (a profiling server writes its profile then).
        const exited = new Promise(r => this.process.once('exit', r));
        await Promise.race([exited, new Promise(r => setTimeout(r, 3000))]);
        this.connection.dispose();
        this.process.kill();
    }
}
