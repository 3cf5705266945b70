import { parentPort } from 'node:worker_threads';
import type { PemdaModel } from '@sikerja/model';
import { renderDiagram, type DiagramResult } from '../api.js';
import { shippedFonts } from '../text/shipped-fonts.js';
import { MODELS_KEPT, type LayoutDone, type LayoutJob } from './protocol.js';

// Runs in a worker thread: layout and SVG off the language server's event loop.
const { metrics } = shippedFonts();
// The models sent, by number, in the order the client sent them.
const models = new Map<number, PemdaModel>();
parentPort!.on('message', async (job: LayoutJob) => {
    if (job.pemda) {
        models.set(job.model, job.pemda);
        while (models.size > MODELS_KEPT) models.delete(models.keys().next().value!);
    }
    const pemda = models.get(job.model);
    const result: DiagramResult = pemda ? await renderDiagram(pemda, job.request, metrics)
        : { ok: false, error: { code: 'layout-failed', message: 'Model pemda belum sampai ke penata letak.' } };
    parentPort!.postMessage({ id: job.id, result } satisfies LayoutDone);
});
