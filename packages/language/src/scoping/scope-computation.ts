import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, qualifiedName } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { ExportSignatures } from '../workspace/export-signatures.js';

/**
 * Exports every named element outside templates under its qualified name, and records the document's
 * export signature. Names inside an organisation or a peta lintas fungsi are resolved on demand by the
 * scope provider, so no local symbols are precomputed.
 */
export class SiKerjaScopeComputation extends DefaultScopeComputation {
    private readonly signatures: ExportSignatures;

    constructor(services: SiKerjaServices) {
        super(services);
        this.signatures = services.workspace.ExportSignatures;
    }

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const hidden: string[] = [];
        const root = document.parseResult.value as ast.Document;
        for (const element of root.elements) {
            await interruptAndCheck(cancelToken);
            if (!isNamedNode(element) || !element.name) continue;
            exports.push(this.descriptions.createDescription(element, element.name, document));
            if (ast.isTemplat(element)) {
                // Template members are reachable only through the organisations that instantiate them,
                // but their names still shape what those organisations export.
                for (const node of AstUtils.streamAllContents(element)) {
                    if (isNamedNode(node) && node.name) hidden.push(qualifiedName(node));
                }
                continue;
            }
            if (ast.isOrganisasi(element) && element.template.length > 0) hidden.push(`${element.name}<${element.template[0].$refText}`);
            for (const node of AstUtils.streamAllContents(element)) {
                if (isNamedNode(node) && node.name) {
                    exports.push(this.descriptions.createDescription(node, qualifiedName(node), document));
                }
            }
        }
        this.signatures.record(document.uri.toString(),
            `${root.header?.name ?? ''}|${exports.map(e => `${e.type}:${e.name}`).join(',')}|${hidden.join(',')}`);
        return exports;
    }

    /** Nothing to precompute: names inside organisations and maps are resolved on demand (scope provider). */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
