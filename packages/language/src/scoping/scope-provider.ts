import type { AstNode, AstNodeDescription, LangiumDocuments, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MultiMapScope, stream, WorkspaceCache } from 'langium';
import * as ast from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { collectInstanceMembers, type InstanceMemberDescription } from './instance-members.js';
import { NamespaceScope } from './namespace-scope.js';
import { isNamespace } from '../qualified-names.js';

const INSTANCE_MEMBER_TYPES = [ast.Unit.$type, ast.Pimpinan.$type, ast.Jabatan.$type, ast.Kelompok.$type];

/**
 * Global names are visible only inside their own pemda, and include the members every
 * organisation gets from its template. `isi` inside an instance resolves against its template.
 */
export class SiKerjaScopeProvider extends DefaultScopeProvider {
    private readonly pemdaDocuments: PemdaDocuments;
    private readonly documents: LangiumDocuments;
    private readonly pemdaScopes: WorkspaceCache<string, Scope>;
    private readonly instanceMembers: WorkspaceCache<string, InstanceMemberDescription[]>;

    constructor(services: SiKerjaServices) {
        super(services);
        this.pemdaDocuments = services.workspace.PemdaDocuments;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.pemdaScopes = new WorkspaceCache(services.shared);
        this.instanceMembers = new WorkspaceCache(services.shared);
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
        // Inside a peta lintas fungsi: its lanes, nodes and SOPs (Langium's local symbols), then global names.
        return super.getScope(context);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const pemda = this.pemdaDocuments.pemdaOf(AstUtils.getDocument(context.container));
        if (pemda === undefined) return EMPTY_SCOPE;
        return this.pemdaScopes.get(`${pemda}\u0000${referenceType}`, () => {
            const uris = this.pemdaDocuments.urisOf(pemda);
            const exported = this.indexManager.allElements(referenceType, uris);
            // Only org members come from templates; asking for them while resolving a `menurut` would recurse.
            const instantiated = INSTANCE_MEMBER_TYPES.some(t => this.reflection.isSubtype(t, referenceType))
                ? this.instanceMembersOf(pemda).filter(d => this.reflection.isSubtype(d.type, referenceType))
                : [];
            return new MultiMapScope(stream<AstNodeDescription>(exported, instantiated));
        });
    }

    private instanceMembersOf(pemda: string): InstanceMemberDescription[] {
        return this.instanceMembers.get(pemda, () =>
            collectInstanceMembers(this.pemdaDocuments.urisOf(pemda), this.documents, this.descriptions));
    }
}
