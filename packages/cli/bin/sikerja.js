#!/usr/bin/env node
// Langium's parser (chevrotain 13) needs Node >= 22. When started by an older Node, hand over to the
// Node 22 that the project installs as a dependency, so `sikerja` works from any shell.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeBinaryOf } from './node-runtime.js';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    const require = createRequire(import.meta.url);
    let node;
    try {
        node = nodeBinaryOf(require.resolve('node/package.json'));
    } catch {
        node = undefined;
    }
    if (!node) {
        process.stderr.write(`sikerja: perlu Node.js 22 atau lebih baru (terpasang ${process.version}). Jalankan \`npm install\` di folder proyek.\n`);
        process.exit(2);
    }
    const result = spawnSync(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
} else {
    await import('../dist/sikerja.js');
}
