// Where a keystroke's time goes, in process: the bench's edits applied through DocumentBuilder.update,
// with per-phase timings and how many documents each phase touched.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-keystroke.ts [--scale N] [--edits E]
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentState, EmptyFileSystemProvider, URI } from 'langium';
import { createSiKerjaServices } from '@sikerja/language';
import { writeProvinsi } from '../scripts/generate.ts';
import { readKabupaten } from './kabupaten.ts';
import { editsFor } from './edits.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, edits: { type: 'string', default: '90' } } });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-prof-'));
writeProvinsi(dir, Number(values.scale), 1);
const files = readKabupaten(dir);
const texts = new Map(files.map(f => [URI.file(f.file).toString(), f.text]));

class MemoryFiles extends EmptyFileSystemProvider {
    override async readFile(uri?: URI): Promise<string> { return this.readFileSync(uri); }
    override readFileSync(uri?: URI): string { return texts.get(String(uri)) ?? ''; }
}
const { SiKerja } = createSiKerjaServices({ fileSystemProvider: () => new MemoryFiles() });
const documents = SiKerja.shared.workspace.LangiumDocuments;
const builder = SiKerja.shared.workspace.DocumentBuilder;
const docs = await Promise.all(files.map(f => documents.getOrCreateDocument(URI.file(f.file))));
await builder.build(docs, { validation: true });
const gc = (globalThis as { gc?: () => void }).gc;
const liveHeapMb = () => { gc?.(); return Math.round(process.memoryUsage().heapUsed / 1e6); };
const heapAfterLoad = liveHeapMb();

const PHASES: Array<[DocumentState, string]> = [[DocumentState.IndexedContent, 'index'], [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'], [DocumentState.IndexedReferences, 'refs'], [DocumentState.Validated, 'validate']];
let last = 0;
let phases: Record<string, number> = {};
const touched: Record<string, number> = {};
let editedUri = '';
let start = 0;
const reached: Record<string, number> = {};
builder.onDocumentPhase(DocumentState.Validated, doc => {
    if (doc.uri.toString() === editedUri) phases.edited = performance.now() - start;
    else reached[path.basename(doc.uri.path)] = (reached[path.basename(doc.uri.path)] ?? 0) + 1;
});
for (const [state, name] of PHASES) {
    builder.onBuildPhase(state, () => { const now = performance.now(); phases[name] = (phases[name] ?? 0) + now - last; last = now; });
    builder.onDocumentPhase(state, () => { touched[name] = (touched[name] ?? 0) + 1; });
}
const totals: Record<string, Record<string, number[]>> = {};
const count = Number(values.edits);
for (const edit of editsFor(files, count)) {
    const kind = edit.kind;
    const uri = URI.file(edit.file).toString();
    texts.set(uri, edit.text(texts.get(uri)!));
    phases = {};
    editedUri = uri;
    start = last = performance.now();
    await builder.update([URI.parse(uri)], []);
    phases.total = performance.now() - start;
    for (const [k, v] of Object.entries(phases)) ((totals[kind] ??= {})[k] ??= []).push(v);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [kind, byPhase] of Object.entries(totals)) {
    console.log(kind, JSON.stringify(Object.fromEntries(Object.entries(byPhase).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]))));
}
console.log('documents per edit, by phase:', Object.fromEntries(Object.entries(touched).map(([k, v]) => [k, Math.round(v / count * 10) / 10])));
console.log('also revalidated:', reached);
fs.rmSync(dir, { recursive: true, force: true });
if (gc) console.log(`live heap: ${heapAfterLoad} MB after load, ${liveHeapMb()} MB after the edits`);
