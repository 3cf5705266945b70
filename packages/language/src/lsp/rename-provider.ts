import type { AstNode, LangiumDocument, LangiumDocuments } from 'langium';
import { AstUtils, CstUtils, isReference } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Range, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { isNamedNode } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { instanceFinder, pemdaDocs, segmentDeclaration, segmentNodes, segmentTargets } from './qualified-reference.js';

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
        for (const doc of pemdaDocs(document, this.documents, this.pemdaDocuments)) {
            const findInstance = instanceFinder(doc, this.documents, this.pemdaDocuments);
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
        return segmentDeclaration(leaf, instanceFinder(document, this.documents, this.pemdaDocuments))
            ?? (this.isNameNode(leaf) ? leaf.astNode : undefined);
    }
}
