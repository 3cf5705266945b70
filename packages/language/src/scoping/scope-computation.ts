import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, qualifiedName } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { ExportSignatures } from '../workspace/export-signatures.js';

/**
 * Exports every named element outside templates under its qualified name. Names inside an
 * organisation are resolved on demand (NamespaceScope); only a peta lintas fungsi keeps local
 * symbols, for its lanes, nodes and SOPs.
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

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value as ast.Document;
        for (const element of root.elements) {
            await interruptAndCheck(cancelToken);
            if (!ast.isProses(element)) continue;
            for (const map of element.maps) {
                for (const n of [...map.lanes, ...map.nodes, ...map.sops]) {
                    if (n.name) symbols.add(map, this.descriptions.createDescription(n, n.name, document));
                }
            }
        }
        return symbols;
    }
}
