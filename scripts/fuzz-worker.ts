import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { loadSeeds, type FuzzCase } from './lib/fuzz-cases.ts';
import { ROOT } from './lib/lsp-client.ts';
import { Pipeline } from './lib/pipeline.ts';

const pipeline = new Pipeline();
// Warmed on an example, every diagram drawn, as a running server or a second export is: the 2 s
// hang limit is for inputs that make SiKerja slow, not for the first compile of the layout code.
const [example] = loadSeeds(path.join(ROOT, 'examples'));
const warmed = await pipeline.run({ name: 'pemanasan', files: example }, undefined, { drawAll: true });
if (warmed.crash) throw new Error(`pemanasan pada contoh gagal: ${warmed.crash}`);
parentPort!.on('message', async (c: FuzzCase & { id: number }) => {
    const result = await pipeline.run(c, ms => parentPort!.postMessage({ id: c.id, stage: 'language', ms }));
    parentPort!.postMessage({ id: c.id, ...result });
});
parentPort!.postMessage({ ready: true });
