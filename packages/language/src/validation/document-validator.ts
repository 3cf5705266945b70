import type { AstNode, LangiumCoreServices, ValidationAcceptor, ValidationCategory, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator } from 'langium';
import { visitAst } from '../ast-walk.js';

/**
 * Langium's node loop, without the per-node costs that dominate on a kabupaten's 20,000 nodes:
 * the checks for a node type are looked up once (not rebuilt as a stream per node), and the build
 * yields for cancellation every few hundred nodes rather than after every node.
 */
export class SiKerjaDocumentValidator extends DefaultDocumentValidator {
    /** Per requested categories, per node type: the registered checks. */
    private readonly checks = new Map<string, Map<string, ValidationCheck[]>>();

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const categories = options.categories;
        const byType = this.checksByType(categories);
        await visitAst(rootNode, cancelToken, node => {
            let list = byType.get(node.$type);
            if (!list) byType.set(node.$type, list = this.validationRegistry.getChecks(node.$type, categories).toArray());
            // Nearly every type has one registered check (all its rules in turn): await it directly.
            if (list.length === 1) return list[0](node, acceptor, cancelToken);
            return list.length === 0 ? undefined : runInOrder(list, node, acceptor, cancelToken);
        });
    }

    private checksByType(categories: ValidationCategory[] | undefined): Map<string, ValidationCheck[]> {
        const key = categories?.join(',') ?? '*';
        let byType = this.checks.get(key);
        if (!byType) this.checks.set(key, byType = new Map());
        return byType;
    }
}

async function runInOrder(checks: ValidationCheck[], node: AstNode, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
    for (const check of checks) await check(node, acceptor, cancelToken);
}
