import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamedNode, qualifiedName } from '../qualified-names.js';

/**
 * Exports every named element outside templates under its qualified name. Names inside an
 * organisation are resolved on demand (NamespaceScope); only a peta lintas fungsi keeps local
 * symbols, for its lanes, nodes and SOPs.
 */
export class SiKerjaScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value as ast.Document;
        for (const element of root.elements) {
            await interruptAndCheck(cancelToken);
            if (!isNamedNode(element) || !element.name) continue;
            exports.push(this.descriptions.createDescription(element, element.name, document));
            // Template members are reachable only through the organisations that instantiate them.
            if (ast.isTemplat(element)) continue;
            for (const node of AstUtils.streamAllContents(element)) {
                if (isNamedNode(node) && node.name) {
                    exports.push(this.descriptions.createDescription(node, qualifiedName(node), document));
                }
            }
        }
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
