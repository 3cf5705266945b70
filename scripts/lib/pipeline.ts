import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createSiKerjaServices } from '@sikerja/language';
import { drawableElements, renderDiagram, shippedFonts, DIAGRAM_KINDS } from '@sikerja/diagram';
import { isCrashDiagnostic, watchConsoleErrors } from './crash.ts';
import type { FuzzCase } from './fuzz-cases.ts';

/** Layout → SVG runs on one case in this many: the diagram path sees broken models too, at bounded cost. */
const DIAGRAM_SAMPLE = 10;

/** Chosen by the case's name, so a replay takes the same path (SIKERJA_FUZZ_DIAGRAMS=1 draws every case). */
function drawsDiagrams(name: string): boolean {
    if (process.env.SIKERJA_FUZZ_DIAGRAMS === '1') return true;
    let h = 0;
    for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return h % DIAGRAM_SAMPLE === 0;
}

export interface PipelineResult {
    /** The language stage: parse to editor requests. */
    ms: number;
    /** Layout → SVG of the sampled diagrams, timed on its own (0 when the case was not sampled). */
    diagramMs: number;
    /** Why the case counts as a crash: an exception, a diagnostic saying SiKerja failed (`isCrashDiagnostic`), or a logged error. */
    crash?: string;
    diagnostics: number;
    /** How many of the case's files were validated: a replay that checked nothing says 0. */
    validated: number;
}

/**
 * parse → link → semantic model → rules → JSON model, then what an editor asks of every file (outline,
 * inlay hints, Format Document), for one small workspace at a time, reusing
 * one set of services (as a long-running language server does) and removing each case afterwards.
 */
export class Pipeline {
    /** Public so that a test can register a check that throws and see the pipeline call it a crash. */
    readonly services = createSiKerjaServices(EmptyFileSystem).SiKerja;
    /** Watched for the pipeline's lifetime (a fuzz worker's): what SiKerja and Langium log when they catch a failure. */
    private readonly logged = watchConsoleErrors(Boolean(process.env.SIKERJA_FUZZ_VERBOSE)).logged;
    private counter = 0;

    /** `languageDone` is told when the language stage ends, so a watchdog can time the diagram stage on its own. */
    async run(c: FuzzCase, languageDone?: (ms: number) => void, options: { drawAll?: boolean } = {}): Promise<PipelineResult> {
        const shared = this.services.shared.workspace;
        const base = `file:///fuzz/${this.counter++}/`;
        const uris = Object.keys(c.files).map(f => URI.parse(base + encodeURIComponent(f)));
        this.logged.length = 0;
        const start = performance.now();
        let crash: string | undefined;
        let diagnostics = 0;
        let validated = 0;
        let ms = 0;
        let diagramMs = 0;
        try {
            const docs = Object.values(c.files).map((text, i) => shared.LangiumDocumentFactory.fromString(text, uris[i]));
            for (const d of docs) shared.LangiumDocuments.addDocument(d);
            await shared.DocumentBuilder.build(docs, { validation: true });
            for (const d of docs) {
                if (d.state >= DocumentState.Validated) validated++;
                for (const x of d.diagnostics ?? []) {
                    diagnostics++;
                    if (isCrashDiagnostic(x)) crash ??= `diagnostic: ${(typeof x.message === 'string' ? x.message : x.message.value).slice(0, 500)}`;
                }
            }
            const model = this.services.model.SemanticModel.semanticModel();
            JSON.stringify(model);
            await this.editorRequests(docs);
            ms = performance.now() - start;
            languageDone?.(ms);
            if (options.drawAll || drawsDiagrams(c.name)) {
                const t0 = performance.now();
                crash ??= await this.diagrams(model.pemda);
                diagramMs = performance.now() - t0;
            }
        } catch (e) {
            crash = `exception: ${e instanceof Error ? e.stack ?? e.message : String(e)}`.slice(0, 2000);
        } finally {
            await shared.DocumentBuilder.update([], uris);
        }
        if (!crash && this.logged.length > 0) crash = `logged: ${this.logged[0].slice(0, 1000)}`;
        if (ms === 0) ms = performance.now() - start;
        return { ms, diagramMs, crash, diagnostics, validated };
    }

    /** The first element of each kind in each pemda; a layout failure is a crash (bad models are drawn in part, never thrown on). */
    private async diagrams(pemda: ReturnType<typeof this.services.model.SemanticModel.semanticModel>['pemda']): Promise<string | undefined> {
        const { metrics } = shippedFonts();
        for (const p of pemda) {
            for (const kind of DIAGRAM_KINDS) {
                const element = drawableElements(p, kind)[0]?.element;
                if (element === undefined) continue;
                const r = await renderDiagram(p, { kind, element }, metrics);
                if (!r.ok) return `diagram ${kind} ${element}: ${r.error.message.slice(0, 500)}`;
            }
        }
        return undefined;
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
