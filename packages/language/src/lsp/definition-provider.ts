import type { CstNode, LangiumDocuments } from 'langium';
import { AstUtils } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { instanceFinder, segmentDeclaration } from './qualified-reference.js';

/**
 * Go to Definition on one segment of a qualified name goes to what that segment names: in
 * `ketua Dinkes.Kesmas.AdminkesMadya` F12 on `Kesmas` opens the bidang, on `Dinkes` the
 * organisation. Langium links every segment to where the whole reference ends (the jabatan).
 */
export class SiKerjaDefinitionProvider extends DefaultDefinitionProvider {
    private readonly documents: LangiumDocuments;
    private readonly pemdaDocuments: PemdaDocuments;

    constructor(services: SiKerjaServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.pemdaDocuments = services.workspace.PemdaDocuments;
    }

    protected override findLinks(source: CstNode): GoToLink[] {
        const document = AstUtils.getDocument(source.astNode);
        const target = segmentDeclaration(source, instanceFinder(document, this.documents, this.pemdaDocuments));
        const targetCst = target && (this.nameProvider.getNameNode(target) ?? target.$cstNode);
        if (!target || !targetCst) return super.findLinks(source);
        // The segment alone is the link's origin, so the editor underlines `Kesmas`, not the whole name.
        return [{ source, target: targetCst, targetDocument: AstUtils.getDocument(target) }];
    }
}
