// What counts as SiKerja failing (a defect in SiKerja, not in the analyst's text), for the fuzzer and
// for the tests that guard against it (test/language/robustness, check-failure, fuzz-corpus): one
// detector, so a guard cannot look for a message SiKerja no longer produces.
import { Codes } from '@sikerja/language';

/** A diagnostic as Langium makes it, or a test's finding (`code` read from `data.code` as well). */
export interface DiagnosticLike {
    code?: string | number;
    message: string | { value: string };
    data?: unknown;
}

/**
 * Langium's words for a failure that reaches it unwrapped: a check registered outside `checksInTurn`
 * ("An error occurred during validation: …", "… during set-up of the validation"), or the linker
 * ("An error occurred while resolving reference to …").
 */
const LANGIUM_FAILURE = /\berror occurred\b/i;

/**
 * A diagnostic that says SiKerja itself failed: `check-failed`, which `checksInTurn` reports for a
 * check that throws and the finding cap for a finding whose text cannot be made, or Langium's own
 * report of a failure it caught.
 */
export function isCrashDiagnostic(d: DiagnosticLike): boolean {
    const code = d.code ?? (d.data as { code?: unknown } | undefined)?.code;
    if (code === Codes.CheckFailed) return true;
    return LANGIUM_FAILURE.test(typeof d.message === 'string' ? d.message : d.message.value);
}

/** The messages of those diagnostics that say SiKerja failed. */
export function crashMessages(diagnostics: readonly DiagnosticLike[]): string[] {
    return diagnostics.filter(isCrashDiagnostic).map(d => typeof d.message === 'string' ? d.message : d.message.value);
}

/**
 * `console.error` while watched: SiKerja and Langium log every failure they catch there, including
 * one that leaves no diagnostic (a document validator that throws as a whole). `echo` passes the
 * lines on to the console as well.
 */
export function watchConsoleErrors(echo = false): { readonly logged: string[]; stop(): void } {
    const original = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => {
        logged.push(args.map(a => a instanceof Error ? a.stack ?? a.message : String(a)).join(' '));
        if (echo) original(...args);
    };
    return { logged, stop: () => { console.error = original; } };
}
