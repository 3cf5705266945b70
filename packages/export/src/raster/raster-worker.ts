import { parentPort } from 'node:worker_threads';
import { PngRefused, rasterizeSvg } from '../png.js';
import type { RasterDone, RasterJob } from './protocol.js';

// Runs in a worker thread: a diagram is parsed, rendered and encoded here while the export's main
// thread lays out the next ones.
parentPort!.on('message', (job: RasterJob) => {
    let done: RasterDone;
    try {
        done = { id: job.id, ok: true, png: rasterizeSvg(job.svg, job.fonts, job.dpi) };
    } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        done = { id: job.id, ok: false, message: e instanceof PngRefused ? message : `resvg gagal: ${message}` };
    }
    // The PNG's memory is handed over, not copied, when the array is the whole of it.
    const own = done.ok && done.png.byteOffset === 0 && done.png.byteLength === done.png.buffer.byteLength ? [done.png.buffer as ArrayBuffer] : [];
    parentPort!.postMessage(done, own);
});
