import type { AstNode, AstNodeDescription, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MultiMap, stream, WorkspaceCache, type Stream } from 'langium';
import * as ast from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { QualifiedScope } from './qualified-scope.js';
import { NamespaceScope } from './namespace-scope.js';
import { isNamespace } from '../qualified-names.js';

/**
 * Global names are visible only inside their own pemda, and include the members every
 * organisation gets from its template. `isi` inside an instance resolves against its template.
 */
export class SiKerjaScopeProvider extends DefaultScopeProvider {
    private readonly pemdaDocuments: PemdaDocuments;
    private readonly pemdaNames: WorkspaceCache<string, MultiMap<string, AstNodeDescription>>;
    private readonly mapNames = new WeakMap<ast.PetaLintasFungsi, MultiMap<string, AstNodeDescription>>();

    constructor(services: SiKerjaServices) {
        super(services);
        this.pemdaDocuments = services.workspace.PemdaDocuments;
        this.pemdaNames = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const accepts = (type: string) => this.reflection.isSubtype(type, referenceType);
        const describe = (node: AstNode, name: string) => this.descriptions.createDescription(node, name);
        if (ast.isIsi(context.container) && context.property === 'target') {
            const template = AstUtils.getContainerOfType(context.container, ast.isOrganisasi)?.template[0]?.ref;
            return template ? new NamespaceScope([template], accepts, describe, EMPTY_SCOPE) : EMPTY_SCOPE;
        }
        const namespaces: Array<ast.Organisasi | ast.Templat | ast.Unit> = [];
        for (let c: AstNode | undefined = context.container; c; c = c.$container) {
            if (isNamespace(c)) namespaces.push(c);
        }
        if (namespaces.length > 0) {
            return new NamespaceScope(namespaces, accepts, describe, this.getGlobalScope(referenceType, context));
        }
        const map = AstUtils.getContainerOfType(context.container, ast.isPetaLintasFungsi);
        if (map && (referenceType === ast.Simpul.$type || referenceType === ast.Jalur.$type || referenceType === ast.Sop.$type)) {
            return this.mapScope(map, accepts);
        }
        // A lane's element or a connector's target: pemda-wide names.
        return this.getGlobalScope(referenceType, context);
    }

    /** A map's own lanes, nodes and SOPs by name, built once per parse of the map. */
    private mapScope(map: ast.PetaLintasFungsi, accepts: (type: string) => boolean): Scope {
        let names = this.mapNames.get(map);
        if (!names) {
            names = new MultiMap<string, AstNodeDescription>();
            for (const n of [...map.lanes, ...map.nodes, ...map.sops]) {
                if (n.name) names.add(n.name, this.descriptions.createDescription(n, n.name));
            }
            this.mapNames.set(map, names);
        }
        return new NameMapScope([names], d => accepts(d.type));
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const pemda = this.pemdaDocuments.pemdaOf(AstUtils.getDocument(context.container));
        if (pemda === undefined) return EMPTY_SCOPE;
        return new QualifiedScope({
            topLevel: this.exportedNames(pemda),
            accepts: type => this.reflection.isSubtype(type, referenceType),
            describe: (node, name) => this.descriptions.createDescription(node, name),
            describeInstanceMember: (node, name, instance, relative) => Object.assign(
                this.descriptions.createDescription(node, name, AstUtils.getDocument(node)), { instanceId: instance.name, instanceUri: AstUtils.getDocument(instance).uri.toString(), relativeName: relative })
        });
    }

    /** The pemda's exported (top-level) names, built once per workspace change. */
    exportedNames(pemda: string): MultiMap<string, AstNodeDescription> {
        return this.pemdaNames.get(pemda, () => {
            const names = new MultiMap<string, AstNodeDescription>();
            for (const d of this.indexManager.allElements(undefined, this.pemdaDocuments.urisOf(pemda))) names.add(d.name, d);
            return names;
        });
    }
}

/** A scope over prebuilt name maps, filtered by the reference's type at lookup. */
class NameMapScope implements Scope {
    constructor(private readonly maps: Array<MultiMap<string, AstNodeDescription>>, private readonly accepts: (d: AstNodeDescription) => boolean) {}

    getElement(name: string): AstNodeDescription | undefined {
        for (const map of this.maps) {
            const found = map.get(name).find(this.accepts);
            if (found) return found;
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.maps).flatMap(m => m.get(name)).filter(this.accepts);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.maps).flatMap(m => m.values()).filter(this.accepts);
    }
}

