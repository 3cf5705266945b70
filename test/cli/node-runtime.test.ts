import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module of the bin, without type declarations
import { nodeBinaryOf } from '../../packages/cli/bin/node-runtime.js';

/** A `node` package laid out as its installer leaves it on one platform. */
function nodePackage(layout: 'linux' | 'windows'): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-node-pkg-'));
    fs.mkdirSync(path.join(dir, 'bin'));
    if (layout === 'windows') {
        // The Windows installer rewrites the manifest and leaves bin/node as a text placeholder.
        fs.writeFileSync(path.join(dir, 'bin', 'node'), 'This file intentionally left blank');
        fs.writeFileSync(path.join(dir, 'bin', 'node.exe'), 'MZ');
        fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'node', bin: { node: 'bin/node.exe' } }));
    } else {
        fs.writeFileSync(path.join(dir, 'bin', 'node'), '#!binary');
        fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'node', bin: { node: 'bin/node' } }));
    }
    return path.join(dir, 'package.json');
}

describe('the Node 22 that `sikerja` hands over to on an older Node', () => {
    it('is the binary the manifest names: bin/node.exe on Windows, not the placeholder bin/node', () => {
        const manifest = nodePackage('windows');
        expect(nodeBinaryOf(manifest)).toBe(path.join(path.dirname(manifest), 'bin', 'node.exe'));
    });

    it('is bin/node on Linux and macOS', () => {
        const manifest = nodePackage('linux');
        expect(nodeBinaryOf(manifest)).toBe(path.join(path.dirname(manifest), 'bin', 'node'));
    });

    it('is nothing when the named binary is missing, so the bin says to run npm install', () => {
        const manifest = nodePackage('linux');
        fs.rmSync(path.join(path.dirname(manifest), 'bin', 'node'));
        expect(nodeBinaryOf(manifest)).toBeUndefined();
        expect(nodeBinaryOf(path.join(os.tmpdir(), 'no-such-node-package', 'package.json'))).toBeUndefined();
    });
});
