import * as path from 'node:path';

/**
 * The names of the files one run writes, kept distinct where letter case is not: Windows (NTFS) and
 * macOS (APFS) take `TimA-keputusan.docx` and `Tima-keputusan.docx` for one file, so the second would
 * overwrite the first, or be "kept" as already there. A name already given in this run in another
 * letter case (or another Unicode composition) gets ` (2)`, ` (3)`… before its extension, as Windows
 * names a copy — on every platform alike, so a folder written on Linux is the folder written on Windows.
 */
export class OutputNames {
    private readonly taken = new Set<string>();
    readonly renamed: Array<{ wanted: string; file: string }> = [];

    claim(file: string): string {
        let chosen = file;
        for (let n = 2; this.taken.has(keyOf(chosen)); n++) {
            const ext = path.extname(file);
            chosen = `${file.slice(0, file.length - ext.length)} (${n})${ext}`;
        }
        this.taken.add(keyOf(chosen));
        if (chosen !== file) this.renamed.push({ wanted: file, file: chosen });
        return chosen;
    }
}

function keyOf(file: string): string {
    return path.resolve(file).normalize('NFC').toLowerCase();
}
