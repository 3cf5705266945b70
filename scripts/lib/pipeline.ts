import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { Codes, createSiKerjaServices } from '@sikerja/language';
import type { FuzzCase } from './fuzz-cases.ts';

export interface PipelineResult {
    ms: number;
    /** Why the case counts as a crash: an exception, or a check Langium caught throwing. */
    crash?: string;
    diagnostics: number;
}

const INTERNAL = /error occurred|kesalahan internal/i;

/**
 * parse → link → semantic model → rules → JSON model, then what an editor asks of every file (outline,
 * inlay hints, Format Document), for one small workspace at a time, reusing
 * one set of services (as a long-running language server does) and removing each case afterwards.
 */
export class Pipeline {
    private readonly services = createSiKerjaServices(EmptyFileSystem).SiKerja;
    private readonly logged: string[] = [];
    private counter = 0;

    constructor() {
        const original = console.error;
        console.error = (...args: unknown[]) => {
            this.logged.push(args.map(a => a instanceof Error ? a.stack ?? a.message : String(a)).join(' '));
            if (process.env.SIKERJA_FUZZ_VERBOSE) original(...args);
        };
    }

    async run(c: FuzzCase): Promise<PipelineResult> {
        const shared = this.services.shared.workspace;
        const base = `file:///fuzz/${this.counter++}/`;
        const uris = Object.keys(c.files).map(f => URI.parse(base + encodeURIComponent(f)));
        this.logged.length = 0;
        const start = performance.now();
        let crash: string | undefined;
        let diagnostics = 0;
        try {
            const docs = Object.values(c.files).map((text, i) => shared.LangiumDocumentFactory.fromString(text, uris[i]));
            for (const d of docs) shared.LangiumDocuments.addDocument(d);
            await shared.DocumentBuilder.build(docs, { validation: true });
            for (const d of docs) {
                for (const x of d.diagnostics ?? []) {
                    diagnostics++;
                    const message = typeof x.message === 'string' ? x.message : x.message.value;
                    if (INTERNAL.test(message) || x.code === Codes.CheckFailed) crash ??= `diagnostic: ${message.slice(0, 500)}`;
                }
            }
            JSON.stringify(this.services.model.SemanticModel.semanticModel());
            await this.editorRequests(docs);
        } catch (e) {
            crash = `exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}`.slice(0, 2000);
        } finally {
            await shared.DocumentBuilder.update([], uris);
        }
        if (!crash && this.logged.length > 0) crash = `logged: ${this.logged[0].slice(0, 1000)}`;
        return { ms: performance.now() - start, crash, diagnostics };
    }

    private async editorRequests(docs: LangiumDocument[]): Promise<void> {
        const lsp = this.services.lsp;
        for (const doc of docs) {
            const textDocument = { uri: doc.uri.toString() };
            const lines = doc.textDocument.lineCount;
            await lsp.DocumentSymbolProvider?.getSymbols(doc, { textDocument });
            await lsp.InlayHintProvider?.getInlayHints(doc, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
            await lsp.Formatter?.formatDocument(doc, { textDocument, options: { tabSize: 4, insertSpaces: true } });
        }
    }
}
