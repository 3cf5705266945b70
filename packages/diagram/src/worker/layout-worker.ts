import { parentPort } from 'node:worker_threads';
import { renderDiagram } from '../api.js';
import { shippedFonts } from '../text/shipped-fonts.js';
import type { LayoutDone, LayoutJob } from './protocol.js';

// Runs in a worker thread: layout and SVG off the language server's event loop.
const { metrics } = shippedFonts();
parentPort!.on('message', async (job: LayoutJob) => {
    const result = await renderDiagram(job.pemda, job.request, metrics);
    parentPort!.postMessage({ id: job.id, result } satisfies LayoutDone);
});
