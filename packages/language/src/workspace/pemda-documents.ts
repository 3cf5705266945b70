import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { DocumentState, WorkspaceCache } from 'langium';
import type { Document } from '../generated/ast.js';

interface PemdaMembership {
    uriToPemda: Map<string, string>;
    pemdaToUris: Map<string, Set<string>>;
    /** Documents whose header has a body (`pemda X { ... }`): the pemda's definition. */
    definitions: Map<string, string[]>;
}

/**
 * Which pemda each document belongs to, from its `pemda <Nama>` header. Names and references are
 * scoped per pemda, so two kabupaten in one workspace may both have a `DPMPTSP`.
 */
export class PemdaDocuments {
    private readonly cache: WorkspaceCache<'membership', PemdaMembership>;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        // Headers are read once every document of a build is parsed, so a request arriving between an
        // edit and its parse cannot fix the old header of the edited file for the whole build.
        this.cache = new WorkspaceCache(shared, DocumentState.Parsed);
    }

    pemdaOf(document: LangiumDocument | URI): string | undefined {
        const uri = 'uri' in document ? document.uri : document;
        const fromMembership = this.membership().uriToPemda.get(uri.toString());
        if (fromMembership !== undefined) return fromMembership;
        // A document not yet in the workspace (e.g. being parsed): read its own header.
        return 'parseResult' in document ? headerName(document) : undefined;
    }

    urisOf(pemda: string | undefined): Set<string> {
        if (pemda === undefined) return new Set();
        return this.membership().pemdaToUris.get(pemda) ?? new Set();
    }

    definitionsOf(pemda: string): string[] {
        return this.membership().definitions.get(pemda) ?? [];
    }

    allPemda(): string[] {
        return [...this.membership().pemdaToUris.keys()].sort();
    }

    private membership(): PemdaMembership {
        return this.cache.get('membership', () => {
            const uriToPemda = new Map<string, string>();
            const pemdaToUris = new Map<string, Set<string>>();
            const definitions = new Map<string, string[]>();
            for (const doc of this.shared.workspace.LangiumDocuments.all) {
                const name = headerName(doc);
                if (name === undefined) continue;
                const uri = doc.uri.toString();
                uriToPemda.set(uri, name);
                let set = pemdaToUris.get(name);
                if (!set) pemdaToUris.set(name, set = new Set());
                set.add(uri);
                if ((doc.parseResult.value as Document).header?.body) {
                    const defs = definitions.get(name);
                    if (defs) defs.push(uri); else definitions.set(name, [uri]);
                }
            }
            return { uriToPemda, pemdaToUris, definitions };
        });
    }
}

function headerName(doc: LangiumDocument): string | undefined {
    const root = doc.parseResult?.value as Document | undefined;
    const name = root?.header?.name;
    return name ? name : undefined;
}
