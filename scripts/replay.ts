// npx tsx scripts/replay.ts fuzz-out/<file>.json — run one saved fuzz input and show what went wrong
// (a crash as the fuzzer and the tests detect it: scripts/lib/crash.ts).
import * as fs from 'node:fs';
import { Pipeline } from './lib/pipeline.ts';

for (const file of process.argv.slice(2)) {
    const input = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; files: Record<string, string> };
    const result = await new Pipeline().run({ name: input.name, files: input.files });
    const checked = `${result.validated}/${Object.keys(input.files).length} berkas diperiksa`;
    process.stdout.write(`${file}: ${checked}, ${Math.round(result.ms)} ms (diagram ${Math.round(result.diagramMs)} ms), ${result.diagnostics} diagnostik${result.crash ? `\n  ${result.crash}` : ', tanpa crash'}\n`);
}
