import { parentPort } from 'node:worker_threads';
import type { FuzzCase } from './lib/fuzz-cases.ts';
import { Pipeline } from './lib/pipeline.ts';

const pipeline = new Pipeline();
parentPort!.on('message', async (c: FuzzCase & { id: number }) => {
    const result = await pipeline.run(c, ms => parentPort!.postMessage({ id: c.id, stage: 'language', ms }));
    parentPort!.postMessage({ id: c.id, ...result });
});
parentPort!.postMessage({ ready: true });
