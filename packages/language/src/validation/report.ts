import type { AstNode, DiagnosticInfo, ValidationAcceptor, ValidationSeverity } from 'langium';
import type { Code } from './codes.js';

/** Every diagnostic carries its stable code both as LSP `code` and in `data.code` (for quick fixes). */
export function report<N extends AstNode>(
    accept: ValidationAcceptor, severity: ValidationSeverity, code: Code, message: string, info: DiagnosticInfo<N>
): void {
    accept(severity, message, { ...info, code, data: { code, ...(info.data as object | undefined) } });
}
