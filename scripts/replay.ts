// npx tsx scripts/replay.ts fuzz-out/<file>.json — run one saved fuzz input and show what went wrong.
import * as fs from 'node:fs';
import { Pipeline } from './lib/pipeline.ts';

for (const file of process.argv.slice(2)) {
    const input = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; files: Record<string, string> };
    const result = await new Pipeline().run({ name: input.name, files: input.files });
    process.stdout.write(`${file}: ${Math.round(result.ms)} ms (diagram ${Math.round(result.diagramMs)} ms), ${result.diagnostics} diagnostik${result.crash ? `\n  ${result.crash}` : ', tanpa crash'}\n`);
}
