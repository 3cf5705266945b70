import type { AstNode, LangiumCoreServices, ValidationAcceptor, ValidationCheck } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck } from 'langium';
import type { ValidationOptions } from 'langium';

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
        const key = categories?.join(',') ?? '*';
        let byType = this.checks.get(key);
        if (!byType) this.checks.set(key, byType = new Map());
        let count = 0;
        for (const node of AstUtils.streamAst(rootNode)) {
            if ((++count & 255) === 0) await interruptAndCheck(cancelToken);
            let list = byType.get(node.$type);
            if (!list) byType.set(node.$type, list = this.validationRegistry.getChecks(node.$type, categories).toArray());
            for (const check of list) {
                await check(node, acceptor, cancelToken);
            }
        }
    }
}
