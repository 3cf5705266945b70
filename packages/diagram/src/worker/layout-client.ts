import type { Worker } from 'node:worker_threads';
import type { PemdaModel } from '@sikerja/model';
import type { DrawRequest } from '@sikerja/model';
import type { DiagramResult } from '../api.js';
import { MODELS_KEPT, type LayoutDone, type LayoutJob } from './protocol.js';
import { startWorker, workerScriptBeside } from './worker-script.js';

/** A request overtaken by a newer one for the same view: its picture would already be out of date. */
export interface Superseded { superseded: true }

export type LayoutAnswer = DiagramResult | Superseded;

interface Pending {
    key: string;
    job: LayoutJob;
    resolve: (answer: LayoutAnswer) => void;
}

/**
 * Lays diagrams out in one worker thread, one job at a time. Each request names its view (`key`, e.g.
 * a preview panel): a newer request for the same view supersedes an older one still waiting, and an
 * older one already running is answered `superseded` instead of with its stale picture.
 */
export class LayoutClient {
    private worker: Worker | undefined;
    private nextId = 1;
    private running: Pending | undefined;
    private readonly waiting: Pending[] = [];
    private readonly latest = new Map<string, number>();
    /**
     * Models the current worker holds: a structured clone of a kabupaten costs more than the
     * layout, so a model unchanged between keystrokes (cursor moves, another view) is not sent again.
     */
    private sent: Array<{ pemda: PemdaModel; model: number }> = [];
    private nextModel = 1;

    constructor(private readonly workerUrl: URL = workerScriptBeside(import.meta.url, 'layout-worker')) {}

    render(key: string, pemda: PemdaModel, request: DrawRequest): Promise<LayoutAnswer> {
        const id = this.nextId++;
        this.latest.set(key, id);
        for (let i = this.waiting.length - 1; i >= 0; i--) {
            if (this.waiting[i].key === key) this.waiting.splice(i, 1)[0].resolve({ superseded: true });
        }
        return new Promise(resolve => {
            this.waiting.push({ key, job: { id, model: 0, pemda, request }, resolve });
            this.pump();
        });
    }

    /** Stop the worker; what is waiting is answered superseded. */
    async dispose(): Promise<void> {
        for (const p of this.waiting.splice(0)) p.resolve({ superseded: true });
        this.running?.resolve({ superseded: true });
        this.running = undefined;
        await this.worker?.terminate();
        this.worker = undefined;
        this.sent = [];
    }

    private start(): Worker {
        const worker = startWorker(this.workerUrl);
        worker.on('message', (done: LayoutDone) => this.finish(done));
        worker.on('error', error => {
            // A crashed layout answers as an error value; the next request starts a fresh worker.
            const failed = this.running;
            this.running = undefined;
            this.worker = undefined;
            this.sent = [];
            failed?.resolve({ ok: false, error: { code: 'layout-failed', message: `Penata letak diagram berhenti: ${error.message}` } });
            this.pump();
        });
        return worker;
    }

    private finish(done: LayoutDone): void {
        const running = this.running;
        if (!running || running.job.id !== done.id) return;
        this.running = undefined;
        running.resolve(this.latest.get(running.key) === done.id ? done.result : { superseded: true });
        this.pump();
        // An idle worker does not keep the process alive.
        if (!this.running) this.worker?.unref();
    }

    private pump(): void {
        if (this.running || this.waiting.length === 0) return;
        this.running = this.waiting.shift()!;
        this.worker ??= this.start();
        this.worker.ref();
        const job = this.running.job;
        const known = this.sent.find(s => s.pemda === job.pemda);
        if (known === undefined) {
            job.model = this.nextModel++;
            // The worker keeps the last MODELS_KEPT models it was sent, and so does this list.
            this.sent.push({ pemda: job.pemda!, model: job.model });
            if (this.sent.length > MODELS_KEPT) this.sent.shift();
            this.worker.postMessage(job);
        } else {
            this.worker.postMessage({ ...job, model: known.model, pemda: undefined });
        }
    }
}
