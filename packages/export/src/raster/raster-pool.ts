import * as os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerScriptBeside } from '@sikerja/diagram';
import type { FontPaths } from '../fonts.js';
import type { RasterDone, RasterJob } from './protocol.js';

/**
 * One worker per core, at most four, and one per 4 GiB of memory: a worker holds resvg's canvas and
 * its pixel copy for a large diagram, and resvg-js does not tell V8 about the canvas, so spent ones
 * wait for a collection (measured: about 1 GiB per worker at peak on a whole kabupaten).
 */
function defaultPoolSize(): number {
    const byMemory = Math.floor(os.totalmem() / 2 ** 32);
    return Math.max(1, Math.min(4, os.availableParallelism(), byMemory));
}

interface Waiting {
    job: RasterJob;
    resolve: (png: Uint8Array) => void;
    reject: (error: Error) => void;
}

interface Slot {
    worker: Worker;
    running?: Waiting;
}

/**
 * Rasterises SVGs in worker threads: a 300 dpi PNG costs far more than laying the diagram out, and
 * in a worker it neither blocks the layout of the next one nor shares a heap with the model. Jobs
 * are answered in any order; a worker that dies fails its job and is replaced.
 */
export class RasterPool {
    private readonly slots: Slot[] = [];
    private readonly waiting: Waiting[] = [];
    private nextId = 1;
    private closed = false;

    constructor(readonly size = defaultPoolSize(), private readonly workerUrl = workerScriptBeside(import.meta.url, 'raster-worker')) {}

    rasterize(svg: string, fonts: FontPaths, dpi: number): Promise<Uint8Array> {
        if (this.closed) return Promise.reject(new Error('Ekspor PNG dihentikan.'));
        return new Promise((resolve, reject) => {
            this.waiting.push({ job: { id: this.nextId++, svg, fonts, dpi }, resolve, reject });
            this.pump();
        });
    }

    /** Stop every worker; what still waits or runs is refused. */
    async close(): Promise<void> {
        this.closed = true;
        const stopped = new Error('Ekspor PNG dihentikan.');
        for (const w of this.waiting.splice(0)) w.reject(stopped);
        const slots = this.slots.splice(0);
        for (const slot of slots) {
            slot.running?.reject(stopped);
            slot.running = undefined;
        }
        await Promise.all(slots.map(s => s.worker.terminate()));
    }

    private pump(): void {
        while (this.waiting.length > 0) {
            let slot = this.slots.find(s => !s.running);
            if (!slot && this.slots.length < this.size) slot = this.start();
            if (!slot) break;
            slot.running = this.waiting.shift()!;
            slot.worker.ref();
            slot.worker.postMessage(slot.running.job);
        }
        // An idle worker does not keep the process alive, should a caller forget close().
        for (const slot of this.slots) if (!slot.running) slot.worker.unref();
    }

    private start(): Slot {
        const slot: Slot = { worker: startWorker(this.workerUrl) };
        slot.worker.on('message', (done: RasterDone) => {
            const running = slot.running;
            if (!running || running.job.id !== done.id) return;
            slot.running = undefined;
            if (done.ok) running.resolve(done.png);
            else running.reject(new Error(done.message));
            this.pump();
        });
        slot.worker.on('error', error => this.lose(slot, error.message));
        slot.worker.on('messageerror', error => this.lose(slot, error.message));
        slot.worker.on('exit', code => { if (this.slots.includes(slot)) this.lose(slot, `kode ${code}`); });
        this.slots.push(slot);
        return slot;
    }

    private lose(slot: Slot, reason: string): void {
        const index = this.slots.indexOf(slot);
        if (index < 0) return;
        this.slots.splice(index, 1);
        void slot.worker.terminate();
        slot.running?.reject(new Error(`pekerja PNG berhenti: ${reason}`));
        slot.running = undefined;
        this.pump();
    }
}
