interface Recorded {
    signature: string;
    version: number;
    pemda: string;
    /** Every name the document declares, as `Type:Qualified.Name`. */
    names: readonly string[];
    /** The same names as a set, built only when a fragment asks (most versions are never asked about). */
    declared?: Set<string>;
}

/**
 * Counts changes to what documents export (every name they declare, not only the top-level ones).
 * Editing a position's kelas leaves every name as it was; facts derived only from names (the ids in
 * the semantic model fragments) stay valid then.
 */
export class ExportSignatures {
    private readonly signatures = new Map<string, Recorded>();
    private current = 0;

    /** Increases whenever some document's names change. */
    get generation(): number {
        return this.current;
    }

    /** Increases whenever this document's names change. */
    versionOf(uri: string): number {
        return this.signatures.get(uri)?.version ?? -1;
    }

    /** The pemda the document's current version belongs to. */
    pemdaOf(uri: string): string | undefined {
        return this.signatures.get(uri)?.pemda;
    }

    /**
     * Whether the document, in its current version, belongs to `pemda` and declares every one of
     * `names` (each `Type:Qualified.Name`): what a fragment needs of a document it references.
     */
    stillDeclares(uri: string, pemda: string | undefined, names: Iterable<string>): boolean {
        const entry = this.signatures.get(uri);
        if (!entry || entry.pemda !== pemda) return false;
        const declared = entry.declared ??= new Set(entry.names);
        for (const n of names) if (!declared.has(n)) return false;
        return true;
    }

    /** `names`: every name the document declares, as `Type:Qualified.Name`, in document order. */
    record(uri: string, pemda: string, names: readonly string[]): void {
        const signature = `${pemda}|${names.join(',')}`;
        if (this.signatures.get(uri)?.signature !== signature) {
            this.current++;
            this.signatures.set(uri, { signature, version: this.current, pemda, names });
        }
    }

    forget(uri: string): void {
        if (this.signatures.delete(uri)) this.current++;
    }
}
