import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient, ROOT } from './lib/lsp-client.ts';
const dir = '/tmp/syn1';
const files = fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).map(f => path.join(dir, f));
const client = await LspClient.start(dir, [process.execPath, '--cpu-prof', '--cpu-prof-dir=/tmp/srvprof', path.join(ROOT, 'packages/cli/bin/sikerja.js'), 'lsp', '--stdio']);
await client.waitForAll(files.map(f => client.uriOf(f)));
const team = path.join(dir, 'tim-kerja.sikerja');
let text = fs.readFileSync(team, 'utf8');
await client.open(team, text);
const pd = path.join(dir, 'pd5.sikerja');
let pdText = fs.readFileSync(pd, 'utf8');
await client.open(pd, pdText);
const lat: number[] = [];
for (let i = 0; i < 40; i++) {
    if (i % 2 === 0) { text = text.replace(/durasi "12 bulan"/, `durasi "12 bulan ${i}"`); lat.push((await client.change(team, text)).ms); }
    else { pdText = pdText.replace(/kelas (9|10) /, (_m, k) => `kelas ${k === '9' ? '10' : '9'} `); lat.push((await client.change(pd, pdText)).ms); }
    await client.quiet();
}
console.log('team', lat.filter((_, i) => i % 2 === 0).map(Math.round).join(' '));
console.log('pd', lat.filter((_, i) => i % 2 === 1).map(Math.round).join(' '));
await client.stop();
await new Promise(r => setTimeout(r, 1500));
