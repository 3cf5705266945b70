// npm run fuzz -- --count N --seed S [--json] [--workers W] [--corpus]
// Feeds generated documents through parse → link → semantic model → rules → JSON model. A crash is an
// exception, a logged error, or a diagnostic saying SiKerja failed (`check-failed`; the detector,
// scripts/lib/crash.ts, is the one the tests' crash guards use); a hang is a document taking over 2 s
// in the language stage, or over 2 s more to draw its sampled diagrams (layout → SVG). Failing inputs
// are saved in fuzz-out/ for replay; with --corpus they are also added to test/fuzz-corpus/, which the
// tests replay.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { FuzzCases, loadSeeds, type FuzzCase } from './lib/fuzz-cases.ts';
import { ROOT } from './lib/lsp-client.ts';

const { values } = parseArgs({ options: {
    count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false },
    workers: { type: 'string', default: String(Math.max(1, Math.min(2, os.cpus().length))) }, corpus: { type: 'boolean', default: false }
} });
const HANG_MS = 2000;
const count = Number(values.count);
const seed = Number(values.seed);
const out = path.join(ROOT, 'fuzz-out');
const corpusDir = path.join(ROOT, 'test/fuzz-corpus');
const cases = new FuzzCases(seed, loadSeeds(path.join(ROOT, 'examples')));

interface Result { id: number; ms: number; diagramMs: number; crash?: string; stage?: 'language' }
let crashes = 0, hangs = 0, maxMs = 0, maxDiagramMs = 0, done = 0, next = 0;
let slowest = '';
const started = performance.now();

function save(c: FuzzCase, why: string): void {
    fs.mkdirSync(out, { recursive: true });
    const file = `${seed}-${c.name}.json`;
    const body = JSON.stringify({ name: c.name, why, files: c.files }, null, 1);
    fs.writeFileSync(path.join(out, file), body);
    if (values.corpus) {
        fs.mkdirSync(corpusDir, { recursive: true });
        fs.writeFileSync(path.join(corpusDir, file), body);
    }
    if (!values.json) process.stderr.write(`  ${why.split('\n')[0].slice(0, 160)} → fuzz-out/${file}\n`);
}

function startWorker(): Promise<Worker> {
    const worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
    return new Promise((resolve, reject) => {
        // The warm-up draws one example's diagrams: seconds, never minutes.
        const timer = setTimeout(() => { void worker.terminate(); reject(new Error('worker fuzz tidak siap dalam 120 s (pemanasan)')); }, 120_000);
        worker.once('message', m => { clearTimeout(timer); if ((m as { ready?: boolean }).ready) resolve(worker); else reject(new Error('worker did not start')); });
        worker.once('error', e => { clearTimeout(timer); reject(e); });
    });
}

async function lane(): Promise<void> {
    let worker = await startWorker();
    while (next < count) {
        const id = next++;
        const c = cases.next(id);
        const result = await new Promise<Result | 'hang'>(resolve => {
            let timer = setTimeout(() => resolve('hang'), HANG_MS);
            const onMessage = (m: Result) => {
                if (m.id !== id) return;
                clearTimeout(timer);
                // The language stage is over in time: the diagrams get their own allowance.
                if (m.stage === 'language') { timer = setTimeout(() => resolve('hang'), HANG_MS); return; }
                worker.off('message', onMessage);
                resolve(m);
            };
            worker.on('message', onMessage);
            worker.postMessage({ ...c, id });
        });
        if (result === 'hang') {
            hangs++;
            if (HANG_MS > maxMs) { maxMs = HANG_MS; slowest = c.name; }
            save(c, `hang: over ${HANG_MS} ms`);
            await worker.terminate();
            worker = await startWorker();
        } else {
            if (result.ms > maxMs) { maxMs = result.ms; slowest = c.name; }
            maxDiagramMs = Math.max(maxDiagramMs, result.diagramMs);
            if (result.crash) { crashes++; save(c, result.crash); }
        }
        done++;
        if (!values.json && done % 1000 === 0) process.stderr.write(`${done}/${count} dokumen, ${crashes} crash, ${hangs} hang, maks ${Math.round(maxMs)} ms\n`);
    }
    await worker.terminate();
}

await Promise.all(Array.from({ length: Number(values.workers) }, () => lane()));
const seconds = (performance.now() - started) / 1000;
const summary = { documents: done, crashes, hangs, maxMs: Math.round(maxMs), slowest, maxDiagramMs: Math.round(maxDiagramMs), seconds: Math.round(seconds), seed };
if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
else process.stdout.write(`Fuzz: ${done} dokumen dalam ${summary.seconds} s, ${crashes} crash, ${hangs} hang, terlama ${summary.maxMs} ms (${slowest}), diagram terlama ${summary.maxDiagramMs} ms (seed ${seed}).\n`);
process.exitCode = crashes + hangs > 0 ? 1 : 0;
