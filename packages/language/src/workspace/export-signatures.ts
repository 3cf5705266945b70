/**
 * Counts changes to what documents export (every name they declare, not only the top-level ones).
 * Editing a position's kelas leaves every name as it was; facts derived only from names (the ids in
 * the semantic model fragments) stay valid then.
 */
export class ExportSignatures {
    private readonly signatures = new Map<string, { signature: string; version: number }>();
    private current = 0;

    /** Increases whenever some document's names change. */
    get generation(): number {
        return this.current;
    }

    /** Increases whenever this document's names change. */
    versionOf(uri: string): number {
        return this.signatures.get(uri)?.version ?? -1;
    }

    record(uri: string, signature: string): void {
        if (this.signatures.get(uri)?.signature !== signature) {
            this.current++;
            this.signatures.set(uri, { signature, version: this.current });
        }
    }

    forget(uri: string): void {
        if (this.signatures.delete(uri)) this.current++;
    }
}
