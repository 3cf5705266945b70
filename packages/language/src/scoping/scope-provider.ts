import type { AstNodeDescription, LangiumDocuments, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MultiMapScope, stream, WorkspaceCache } from 'langium';
import * as ast from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { collectInstanceMembers, type InstanceMemberDescription } from './instance-members.js';

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
        if (ast.isIsi(context.container) && context.property === 'target') {
            return this.templateScope(context.container);
        }
        return super.getScope(context);
    }

    private templateScope(isi: ast.Isi): Scope {
        const org = AstUtils.getContainerOfType(isi, ast.isOrganisasi);
        const template = org?.template[0]?.ref;
        if (!template) return EMPTY_SCOPE;
        const local = AstUtils.getDocument(template).localSymbols;
        if (!local) return EMPTY_SCOPE;
        return new MultiMapScope(local.getStream(template).filter(d => this.reflection.isSubtype(d.type, 'Position')));
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
