import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SourceFile { file: string; text: string }

/** The `.sikerja` files under a generated folder (one kabupaten, or a province of them), in path order. */
export function readKabupaten(dir: string): SourceFile[] {
    return (fs.readdirSync(dir, { recursive: true }) as string[]).filter(f => f.endsWith('.sikerja')).sort()
        .map(f => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}
