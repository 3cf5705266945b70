// Where the Node 22 installed by the `node` npm package lives. Its package.json names the binary: on
// Linux and macOS `bin/node`; on Windows the installer rewrites it to `bin/node.exe` and leaves
// `bin/node` as a text file, so the path must be read from the manifest, not assumed.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The Node binary named by the `node` package whose manifest is `packageJsonPath`, or undefined. */
export function nodeBinaryOf(packageJsonPath) {
    let manifest;
    try {
        manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
    } catch {
        return undefined;
    }
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.node;
    if (typeof bin !== 'string') return undefined;
    const binary = path.resolve(path.dirname(packageJsonPath), bin);
    return existsSync(binary) ? binary : undefined;
}
