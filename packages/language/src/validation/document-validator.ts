import type { AstNode, LangiumCoreServices, LangiumDocument, ParseResult, ValidationAcceptor, ValidationCategory, ValidationCheck, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { visitAst } from '../ast-walk.js';
import type { CodedLexingDiagnostic } from '../parser/string-token.js';
import { Codes } from './codes.js';
import { capFindings, FindingCollector, madeFindings } from './finding-cap.js';

/**
 * A pasted binary or a file of another language would flood the Problems panel with syntax errors;
 * after this many the file gets one summary instead.
 */
export const MAX_SYNTAX_DIAGNOSTICS = 100;

/**
 * Langium's node loop, without the per-node costs that dominate on a kabupaten's 20,000 nodes:
 * the checks for a node type are looked up once (not rebuilt as a stream per node), and the build
 * yields for cancellation every few hundred nodes rather than after every node. Findings are capped
 * per code (finding-cap.ts), and only those shown are made into diagnostics.
 */
export class SiKerjaDocumentValidator extends DefaultDocumentValidator {
    /** Per requested categories, per node type: the registered checks. */
    private readonly checks = new Map<string, Map<string, ValidationCheck[]>>();

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    /** Langium's three passes, with an acceptor that keeps findings unmade until the cap has chosen. */
    protected override async validateAst(rootNode: AstNode, options: ValidationOptions,
        cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const findings = new FindingCollector(AstUtils.getDocument(rootNode), (severity, message, info) => this.toDiagnostic(severity, message, info));
        await this.validateAstBefore(rootNode, options, findings.accept, cancelToken);
        await this.validateAstNodes(rootNode, options, findings.accept, cancelToken);
        await this.validateAstAfter(rootNode, options, findings.accept, cancelToken);
        return capFindings(findings.findings);
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

    /** Lexer findings carry a stable code like every other finding (Langium leaves `code` empty). */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        const sources = [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? []];
        for (let i = before; i < diagnostics.length; i++) {
            withCode(diagnostics[i], (sources[i - before] as Partial<CodedLexingDiagnostic> | undefined)?.code ?? Codes.LexingError);
        }
    }

    /** Parser findings get their code; past `MAX_SYNTAX_DIAGNOSTICS` lexer and parser findings, one summary. */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        for (let i = before; i < diagnostics.length; i++) withCode(diagnostics[i], Codes.ParsingError);
        capSyntaxDiagnostics(diagnostics);
    }

    /** Linker findings get their code, and are capped like the checks' findings (a pasted reference to nothing). */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const linking: Diagnostic[] = [];
        super.processLinkingErrors(document, linking, options);
        for (const d of linking) withCode(d, Codes.LinkingError);
        diagnostics.push(...capFindings(madeFindings(linking, document)));
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

function withCode(diagnostic: Diagnostic, code: string): void {
    diagnostic.code = code;
    diagnostic.data = { ...(diagnostic.data as object | undefined), code };
}

const SYNTAX_CODES = new Set<unknown>([Codes.LexingError, Codes.UnterminatedString, Codes.ParsingError]);

/** Keeps the first syntax findings in reading order and replaces the rest with one that counts them. */
function capSyntaxDiagnostics(diagnostics: Diagnostic[]): void {
    const syntax = diagnostics.filter(d => SYNTAX_CODES.has(d.code));
    if (syntax.length <= MAX_SYNTAX_DIAGNOSTICS) return;
    syntax.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const dropped = new Set(syntax.slice(MAX_SYNTAX_DIAGNOSTICS));
    const firstDropped = syntax[MAX_SYNTAX_DIAGNOSTICS];
    const kept = diagnostics.filter(d => !dropped.has(d));
    diagnostics.length = 0;
    diagnostics.push(...kept, {
        severity: firstDropped.severity,
        range: firstDropped.range,
        message: `Masih ada ${dropped.size} galat penulisan lain dari baris ${firstDropped.range.start.line + 1} sampai akhir berkas; `
            + `hanya ${MAX_SYNTAX_DIAGNOSTICS} yang pertama ditampilkan. Apakah ini berkas .sikerja? Perbaiki galat pertama dulu.`,
        source: firstDropped.source,
        code: Codes.SyntaxErrorsTruncated,
        data: { code: Codes.SyntaxErrorsTruncated }
    });
}
