import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, isNamespace } from '../qualified-names.js';
import { relativeMembers } from './namespace-scope.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { ExportSignatures } from '../workspace/export-signatures.js';

/**
 * Exports the top-level elements and records the document's export signature. Everything below
 * them (positions, units, lanes) is resolved on demand by the scope provider.
 */
export class SiKerjaScopeComputation extends DefaultScopeComputation {
    private readonly signatures: ExportSignatures;

    constructor(services: SiKerjaServices) {
        super(services);
        this.signatures = services.workspace.ExportSignatures;
    }

    /**
     * Only top-level elements are exported: `DPMPTSP.BidangPerizinan.AnalisKebijakan` is found by
     * looking up `DPMPTSP` and walking down (QualifiedScope), so a kabupaten's thousands of positions
     * need no index entry. The signature still lists every inner name, because model ids depend on them.
     */
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const names: string[] = [];
        const root = document.parseResult.value as ast.Document;
        for (const element of root.elements) {
            await interruptAndCheck(cancelToken);
            if (!isNamedNode(element) || !element.name) continue;
            exports.push(this.descriptions.createDescription(element, element.name, document));
            names.push(`${element.$type}:${element.name}`);
            if (ast.isOrganisasi(element) && element.template.length > 0) names.push(`<${element.template[0].$refText}`);
            if (isNamespace(element)) for (const [name, node] of relativeMembers(element, element.name + '.')) names.push(`${node.$type}:${name}`);
        }
        this.signatures.record(document.uri.toString(), root.header?.name ?? '', names);
        return exports;
    }

    /** Nothing to precompute: names inside organisations and maps are resolved on demand (scope provider). */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
