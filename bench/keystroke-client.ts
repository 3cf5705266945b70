// The keystroke measurement, run in a process of its own by bench.ts:
//   tsx bench/keystroke-client.ts <folder> <edits>   → one JSON line { latencies, peakRssMb, loadMs }
// The client is the stopwatch. In the bench's own process it carried the garbage of the cold builds
// measured before it (about a gigabyte at scale 4), and its collector's pauses, taken while a
// publication waited to be read, were counted as the server's: p95 at scale 4 read 175–232 ms where a
// fresh client read 109–127 ms for the same server and edits (bench/README.md, sesi 14).
import { LspClient } from '../scripts/lib/lsp-client.ts';
import { editsFor } from './edits.ts';
import { readKabupaten } from './kabupaten.ts';

export interface KeystrokeFigures { latencies: number[]; peakRssMb: number; loadMs: number }

async function keystrokes(dir: string, count: number): Promise<KeystrokeFigures> {
    const files = readKabupaten(dir);
    const started = performance.now();
    // The server's pace, not the pause a new finding waits for in an editor (SETTLE_MS).
    const client = await LspClient.start(dir, undefined, { diagnosticsSettleMs: 0 });
    try {
        await client.waitForAll(files.map(f => client.uriOf(f.file)));
        const loadMs = performance.now() - started;
        const edits = editsFor(files, count);
        const current = new Map(files.map(f => [f.file, f.text]));
        for (const f of new Set(edits.map(e => e.file))) await client.open(f, current.get(f));
        const latencies: number[] = [];
        for (const e of edits) {
            const text = e.text(current.get(e.file)!);
            current.set(e.file, text);
            const { ms } = await client.change(e.file, text);
            latencies.push(ms);
            await client.quiet();
        }
        return { latencies, peakRssMb: client.peakRssMb(), loadMs };
    } finally {
        await client.stop();
    }
}

const [dir, count] = process.argv.slice(2);
process.stdout.write(JSON.stringify(await keystrokes(dir, Number(count))) + '\n');
