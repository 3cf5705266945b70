import type { AstNode, LangiumDocument, LangiumDocuments } from 'langium';
import { AstUtils, CstUtils, isReference, URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Range, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isNamedNode } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { segmentNodes, segmentTargets } from './qualified-reference.js';

const NAME = /^[_a-zA-Z][\w]*$/;

/**
 * Renames one segment of qualified names. Renaming `BidangPerizinan` rewrites that segment in
 * every `DPMPTSP.BidangPerizinan.X` of the pemda, whichever element the reference ends at.
 */
export class SiKerjaRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly pemdaDocuments: PemdaDocuments;

    constructor(services: SiKerjaServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.pemdaDocuments = services.workspace.PemdaDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!NAME.test(params.newName)) return undefined;
        const target = this.declarationAt(document, document.textDocument.offsetAt(params.position));
        if (!target || !isNamedNode(target)) return undefined;
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, range: Range) => (changes[uri] ??= []).push({ range, newText: params.newName });
        const nameNode = this.nameProvider.getNameNode(target);
        if (nameNode) add(AstUtils.getDocument(target).uri.toString(), nameNode.range);
        for (const doc of this.pemdaDocs(document)) {
            const findInstance = this.instanceFinder(doc);
            for (const ref of doc.references) {
                if (!isReference(ref)) continue;
                const targets = segmentTargets(ref, findInstance);
                const index = targets?.indexOf(target) ?? -1;
                if (index < 0) continue;
                const leaf = segmentNodes(ref.$refNode)[index];
                if (leaf) add(doc.uri.toString(), leaf.range);
            }
        }
        return { changes };
    }

    /** The declaration named by the segment under the cursor, or the declaration whose name it is. */
    declarationAt(document: LangiumDocument, offset: number): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp) : undefined;
        if (!leaf) return undefined;
        const ref = document.references.filter(isReference).find(r => r.$refNode && CstUtils.isChildNode(leaf, r.$refNode));
        if (ref) {
            const index = segmentNodes(ref.$refNode).indexOf(leaf);
            return segmentTargets(ref, this.instanceFinder(document))?.[index];
        }
        return this.isNameNode(leaf) ? leaf.astNode : undefined;
    }

    private pemdaDocs(document: LangiumDocument): LangiumDocument[] {
        const uris = this.pemdaDocuments.urisOf(this.pemdaDocuments.pemdaOf(document));
        if (uris.size === 0) return [document];
        return [...uris].map(u => this.documents.getDocument(URI.parse(u))).filter(d => d !== undefined);
    }

    private instanceFinder(document: LangiumDocument): (name: string) => ast.Organisasi | undefined {
        const docs = this.pemdaDocs(document);
        return name => {
            for (const doc of docs) {
                const found = (doc.parseResult.value as ast.Document).elements.find(e => ast.isOrganisasi(e) && e.name === name);
                if (found) return found as ast.Organisasi;
            }
            return undefined;
        };
    }
}
