import type { LangiumDocument } from 'langium';
import { DocumentState, EmptyFileSystemProvider, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createSiKerjaServices, type SiKerjaServices } from '../sikerja-module.js';

/**
 * A SiKerja workspace held in memory, built and updated as the language server builds and updates
 * its documents: for tests, benchmarks and the fuzzer, which drive the language without files.
 * `@sikerja/language/testing`; the server itself never uses it.
 */

/** Files held in memory, so that an edit can be re-read by Langium's document update. */
class MemoryFileSystemProvider extends EmptyFileSystemProvider {
    readonly files = new Map<string, string>();
    override async readFile(uri?: URI): Promise<string> { return this.readFileSync(uri); }
    override readFileSync(uri?: URI): string {
        const text = this.files.get(String(uri));
        if (text === undefined) throw new Error(`no such file: ${uri}`);
        return text;
    }
}

export interface MemoryWorkspace {
    services: SiKerjaServices;
    /** The current document of each file, by its name. */
    docs: Record<string, LangiumDocument>;
    uriOf(file: string): URI;
    /** Replace a file's text (or add a file) and rebuild, as the language server does on an edit. */
    edit(file: string, text: string): Promise<LangiumDocument>;
    /**
     * A keystroke as the language server receives it: the new text, and an update under the workspace
     * lock that cancels the one still running. Not awaited, as the editor does not wait either.
     */
    type(file: string, text: string): void;
    /** Waits until every update typed so far has ended. */
    settled(): Promise<void>;
    /** The diagnostics last published for a file: what the editor shows. */
    published(file: string): Diagnostic[];
}

export interface MemoryWorkspaceOptions {
    validation?: boolean;
    /** Called with the services before the first build, e.g. to register an extra check (the validator keeps its check list from then on). */
    beforeBuild?: (services: SiKerjaServices) => void;
    /** Where the files are: `file:///ws/` unless said. */
    root?: string;
}

/** Build an in-memory workspace from `{ fileName: text }`, validated unless asked otherwise. */
export async function memoryWorkspace(files: Record<string, string>, options: MemoryWorkspaceOptions = {}): Promise<MemoryWorkspace> {
    const root = options.root ?? 'file:///ws/';
    const uriOf = (file: string) => URI.parse(`${root}${file}`);
    const fileSystem = new MemoryFileSystemProvider();
    const { SiKerja: services } = createSiKerjaServices({ fileSystemProvider: () => fileSystem });
    options.beforeBuild?.(services);
    const documents = services.shared.workspace.LangiumDocuments;
    const builder = services.shared.workspace.DocumentBuilder;
    const docs: Record<string, LangiumDocument> = {};
    for (const [file, text] of Object.entries(files)) {
        fileSystem.files.set(uriOf(file).toString(), text);
        docs[file] = await documents.getOrCreateDocument(uriOf(file));
    }
    // Published as Langium's language server publishes them: when a document reaches Validated.
    const published = new Map<string, Diagnostic[]>();
    builder.onDocumentPhase(DocumentState.Validated, doc => { published.set(doc.uri.toString(), doc.diagnostics ?? []); });
    await builder.build(Object.values(docs), { validation: options.validation ?? true });
    const edit = async (file: string, text: string) => {
        fileSystem.files.set(uriOf(file).toString(), text);
        await builder.update([uriOf(file)], [], undefined);
        for (const name of Object.keys(files).concat(file)) docs[name] = documents.getDocument(uriOf(name))!;
        return docs[file];
    };
    let typing: Promise<void> = Promise.resolve();
    const type = (file: string, text: string) => {
        fileSystem.files.set(uriOf(file).toString(), text);
        typing = services.shared.workspace.WorkspaceLock.write(token => builder.update([uriOf(file)], [], token));
    };
    const settled = async () => {
        await typing;
        for (const name of Object.keys(files)) docs[name] = documents.getDocument(uriOf(name))!;
    };
    return { services, docs, uriOf, edit, type, settled, published: file => published.get(uriOf(file).toString()) ?? [] };
}
