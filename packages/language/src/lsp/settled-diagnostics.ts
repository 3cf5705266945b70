import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';

/**
 * How long the workspace must be free of edits before a finding that was not shown appears: 250 ms
 * is longer than the gap between two keys of a steady typist (30–200 ms) and shorter than the pause
 * that ends a word and lets the analyst look up. Measured in code-server (test/vscode/e2e.test.ts):
 * a line typed at 30 ms per key shows no finding of its unfinished states.
 */
export const SETTLE_MS = 250;

export interface PublisherHooks {
    send(params: PublishDiagnosticsParams): void;
    /** Resolves once no build is running (a build under way will publish again). */
    idle(): Promise<void>;
    now?(): number;
}

/**
 * Publishes diagnostics as an analyst wants to see them while typing: a finding that goes away goes
 * at once (a fixed error clears as fast as the build), but a finding that was not there waits until
 * the typing has paused for `settleMs` — the half-typed states of a line (an unknown name for every
 * prefix of a known one, a syntax error until the closing quote) never reach the Problems panel.
 * What is held is the latest of each file; nothing is dropped, only published later.
 */
export class SettledDiagnostics {
    private readonly shown = new Map<string, Diagnostic[]>();
    private readonly held = new Map<string, PublishDiagnosticsParams>();
    private lastEdit = Number.NEGATIVE_INFINITY;
    private timer: NodeJS.Timeout | undefined;
    private readonly now: () => number;

    constructor(private readonly hooks: PublisherHooks, private settleMs = SETTLE_MS) {
        this.now = hooks.now ?? (() => performance.now());
    }

    /**
     * The client's choice (`initializationOptions.diagnosticsSettleMs`): 0 publishes every build as it
     * ends, as the bench does to time the server rather than the pause.
     */
    settleAfter(ms: number): void {
        this.settleMs = ms;
    }

    /** A document changed (typed, opened, saved by another program). */
    edited(): void {
        this.lastEdit = this.now();
        if (this.held.size > 0) this.arm();
    }

    publish(params: PublishDiagnosticsParams): void {
        const quiet = this.now() - this.lastEdit >= this.settleMs;
        if (quiet || onlyFewer(params.diagnostics, this.shown.get(params.uri) ?? [])) {
            this.held.delete(params.uri);
            this.send(params);
            return;
        }
        this.held.set(params.uri, params);
        this.arm();
    }

    /** The files whose diagnostics are held back now (for tests and the status of a request). */
    get holding(): number {
        return this.held.size;
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = undefined;
    }

    private send(params: PublishDiagnosticsParams): void {
        this.shown.set(params.uri, params.diagnostics);
        this.hooks.send(params);
    }

    private arm(): void {
        if (this.timer) clearTimeout(this.timer);
        const wait = Math.max(0, this.lastEdit + this.settleMs - this.now());
        this.timer = setTimeout(() => { this.timer = undefined; void this.flushWhenSettled(); }, wait);
        // Held findings never keep a server alive that its editor has left.
        this.timer.unref?.();
    }

    private async flushWhenSettled(): Promise<void> {
        await this.hooks.idle();
        if (this.now() - this.lastEdit < this.settleMs) {
            this.arm();
            return;
        }
        const held = [...this.held.values()];
        this.held.clear();
        for (const params of held) this.send(params);
    }
}

/** Every diagnostic of `next` is one already shown, at the same place with the same words. */
function onlyFewer(next: readonly Diagnostic[], shown: readonly Diagnostic[]): boolean {
    if (next.length > shown.length) return false;
    const keys = new Set(shown.map(keyOf));
    return next.every(d => keys.has(keyOf(d)));
}

function keyOf(d: Diagnostic): string {
    const r = d.range;
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${d.severity ?? ''} ${String(d.code ?? '')} ${d.message}`;
}
