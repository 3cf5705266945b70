import type { AstNode, DiagnosticInfo, ValidationAcceptor, ValidationSeverity } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Code } from './codes.js';

/** Every diagnostic carries its stable code both as LSP `code` and in `data.code` (for quick fixes). */
export function report<N extends AstNode>(
    accept: ValidationAcceptor, severity: ValidationSeverity, code: Code, message: string, info: DiagnosticInfo<N>
): void {
    accept(severity, message, withCode(code, info));
}

/** What a finding says: worked out only when it is shown (see `reportDeferred`). */
export interface FindingText {
    message: string;
    relatedInformation?: DiagnosticRelatedInformation[];
}

/** Marks the acceptor of SiKerja's document validator, which can take a finding's text as a function. */
export const DEFERRED = Symbol('sikerja.deferredFinding');

export type DeferringAcceptor = ValidationAcceptor & {
    [DEFERRED]?: (severity: ValidationSeverity, info: DiagnosticInfo<AstNode>, text: () => FindingText) => void;
};

/**
 * `report` for a finding whose text is costly (other places to name, related locations): a finding
 * left out by the per-code cap (finding-cap.ts) never has its text made. Any other acceptor gets it at once.
 */
export function reportDeferred<N extends AstNode>(
    accept: ValidationAcceptor, severity: ValidationSeverity, code: Code, info: DiagnosticInfo<N>, text: () => FindingText
): void {
    const coded = withCode(code, info);
    const defer = (accept as DeferringAcceptor)[DEFERRED];
    if (defer) {
        defer(severity, coded as DiagnosticInfo<AstNode>, text);
        return;
    }
    const { message, relatedInformation } = text();
    accept(severity, message, relatedInformation ? { ...coded, relatedInformation } : coded);
}

function withCode<N extends AstNode>(code: Code, info: DiagnosticInfo<N>): DiagnosticInfo<N> {
    return { ...info, code, data: { code, ...(info.data as object | undefined) } };
}
