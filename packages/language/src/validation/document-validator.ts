import type { AstNode, LangiumCoreServices, ValidationAcceptor, ValidationCategory, ValidationCheck } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck } from 'langium';
import type { ValidationOptions } from 'langium';

/**
 * Langium's node loop, without the per-node costs that dominate on a kabupaten's 20,000 nodes:
 * the checks for a node type are looked up once (not rebuilt as a stream per node), and the build
 * yields for cancellation every few hundred nodes rather than after every node.
 */
export class SiKerjaDocumentValidator extends DefaultDocumentValidator {
    private readonly checks = new Map<string, ValidationCheck[]>();

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        let count = 0;
        for (const node of AstUtils.streamAst(rootNode)) {
            if ((++count & 255) === 0) await interruptAndCheck(cancelToken);
            for (const check of this.checksFor(node.$type, options.categories)) {
                await check(node, acceptor, cancelToken);
            }
        }
    }

    private checksFor(type: string, categories: ValidationCategory[] | undefined): ValidationCheck[] {
        const key = `${type}|${categories?.join(',') ?? '*'}`;
        let list = this.checks.get(key);
        if (!list) this.checks.set(key, list = this.validationRegistry.getChecks(type, categories).toArray());
        return list;
    }
}
