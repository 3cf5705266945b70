import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor, ValidationSeverity } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { Codes } from './codes.js';
import { DEFERRED, type DeferringAcceptor, type FindingText } from './report.js';

/**
 * Per file and per code, the findings shown before one summary counts the rest. A line pasted
 * 3,000 times gave 3,000 copies of one finding (VS Code's Problems panel says "1K+" and stops
 * counting); nobody reads past the first hundred of one kind before fixing the cause, and the cap
 * being per code keeps every other kind of finding in the file visible. The same number as the
 * syntax cap (`MAX_SYNTAX_DIAGNOSTICS`), so both summaries read alike.
 */
export const MAX_FINDINGS_PER_CODE = 100;

/** A finding not yet turned into a diagnostic: its range and text are worked out only if it is shown. */
export interface Finding {
    readonly code: string;
    readonly severity: ValidationSeverity;
    /** Where it starts in the file, cheap enough to order thousands without their exact ranges. */
    start(): number;
    diagnostic(): Diagnostic;
}

type ToDiagnostic = (severity: ValidationSeverity, message: string, info: DiagnosticInfo<AstNode>) => Diagnostic;

/**
 * The acceptor SiKerja's document validator hands the checks: it keeps what each check said as a
 * `Finding`, leaving the range (a search of the node's text) and a deferred text for later.
 */
export class FindingCollector {
    readonly findings: Finding[] = [];
    readonly accept: ValidationAcceptor;

    constructor(document: LangiumDocument, toDiagnostic: ToDiagnostic) {
        const accept: DeferringAcceptor = (severity, message, info) => {
            this.findings.push(new CheckFinding(document, toDiagnostic, severity, info as DiagnosticInfo<AstNode>, message));
        };
        accept[DEFERRED] = (severity, info, text) => { this.findings.push(new CheckFinding(document, toDiagnostic, severity, info, text)); };
        this.accept = accept;
    }
}

/** A class rather than closures per finding: a pasted line gives ten thousand of them. */
class CheckFinding implements Finding {
    readonly code: string;

    constructor(
        private readonly document: LangiumDocument, private readonly toDiagnostic: ToDiagnostic,
        readonly severity: ValidationSeverity, private readonly info: DiagnosticInfo<AstNode>, private readonly text: string | (() => FindingText)
    ) {
        this.code = String(info.code ?? '');
    }

    /** A finding lies within the node it is reported on, and nodes start in reading order. */
    start(): number {
        const { info } = this;
        return info.range ? this.document.textDocument.offsetAt(info.range.start) : info.node.$cstNode?.offset ?? 0;
    }

    diagnostic(): Diagnostic {
        if (typeof this.text === 'string') return this.toDiagnostic(this.severity, this.text, this.info);
        let text: FindingText;
        try {
            text = this.text();
        } catch (error) {
            // As `checksInTurn` does for a check that throws: a defect in SiKerja, shown where it happened.
            console.error(`SiKerja: teks temuan ${this.code} gagal dibuat:`, error);
            const code = Codes.CheckFailed;
            return this.toDiagnostic('error', `Teks temuan \`${this.code}\` gagal dibuat karena kesalahan di SiKerja `
                + `(${error instanceof Error ? error.message : String(error)}); laporkan berkas ini kepada pengembang SiKerja.`,
            { ...this.info, code, data: { code } });
        }
        const { message, relatedInformation } = text;
        return this.toDiagnostic(this.severity, message, relatedInformation ? { ...this.info, relatedInformation } : this.info);
    }
}

/** A finding already made into a diagnostic (the linker's), to be capped like the checks' findings. */
class MadeFinding implements Finding {
    readonly code: string;
    readonly severity: ValidationSeverity;

    constructor(private readonly made: Diagnostic, private readonly document: LangiumDocument) {
        this.code = String(made.code ?? '');
        this.severity = SEVERITY_NAMES[made.severity ?? 1] ?? 'error';
    }

    start(): number { return this.document.textDocument.offsetAt(this.made.range.start); }
    diagnostic(): Diagnostic { return this.made; }
}

export function madeFindings(diagnostics: readonly Diagnostic[], document: LangiumDocument): Finding[] {
    return diagnostics.map(d => new MadeFinding(d, document));
}

/**
 * The diagnostics of the findings: of a code found more than `max` times, the first `max` in reading
 * order and one summary at the first left out. Only the diagnostics shown are ever made.
 */
export function capFindings(findings: readonly Finding[], max = MAX_FINDINGS_PER_CODE): Diagnostic[] {
    const byCode = new Map<string, Finding[]>();
    for (const f of findings) {
        const list = byCode.get(f.code);
        if (list) list.push(f); else byCode.set(f.code, [f]);
    }
    const left = new Set<Finding>();
    const summaries: Diagnostic[] = [];
    for (const [code, list] of byCode) {
        if (list.length <= max) continue;
        const rest = inReadingOrder(list).slice(max);
        for (const f of rest) left.add(f);
        summaries.push(summaryOf(code, rest, max));
    }
    const shown: Diagnostic[] = [];
    for (const f of findings) if (!left.has(f)) shown.push(f.diagnostic());
    return shown.concat(summaries);
}

/** Sorted by where they start; findings at one place keep the order the checks reported them in. */
function inReadingOrder(list: readonly Finding[]): Finding[] {
    const keyed = list.map((finding, order) => ({ finding, order, start: finding.start() }));
    keyed.sort((a, b) => a.start - b.start || a.order - b.order);
    return keyed.map(k => k.finding);
}

/** One diagnostic counting the findings left out, as severe as the worst of them, at the first. */
function summaryOf(code: string, rest: readonly Finding[], max: number): Diagnostic {
    const first = rest[0].diagnostic();
    let severity = SEVERITY_RANKS.hint;
    for (const f of rest) severity = Math.min(severity, SEVERITY_RANKS[f.severity]);
    return {
        severity: severity as Diagnostic['severity'],
        range: first.range,
        message: `${groupedThousands(rest.length)} temuan lain dengan kode \`${code}\` di berkas ini tidak ditampilkan `
            + `(hanya ${max} yang pertama); perbaiki yang pertama dulu.`,
        source: first.source,
        code: Codes.FindingsTruncated,
        data: { code: Codes.FindingsTruncated, truncatedCode: code, count: rest.length }
    };
}

const SEVERITY_RANKS: Record<ValidationSeverity, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const SEVERITY_NAMES: Record<number, ValidationSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** 2900 → "2.900", as Indonesian writes numbers, whatever locale the editor runs in. */
export function groupedThousands(n: number): string {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
