/**
 * Counts changes to what documents export. Editing a position's kelas leaves every exported name
 * as it was; facts derived only from names (ids in the semantic model fragments) stay valid then.
 */
export class ExportSignatures {
    private readonly signatures = new Map<string, string>();
    private current = 0;

    get generation(): number {
        return this.current;
    }

    record(uri: string, signature: string): void {
        if (this.signatures.get(uri) !== signature) {
            this.signatures.set(uri, signature);
            this.current++;
        }
    }

    forget(uri: string): void {
        if (this.signatures.delete(uri)) this.current++;
    }
}
