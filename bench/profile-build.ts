// Phase timings of repeated cold builds of a synthetic kabupaten, for profiling with
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-build.ts [--scale N]
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { createSiKerjaServices } from '@sikerja/language';
import { writeProvinsi } from '../scripts/generate.ts';
import { readKabupaten } from './kabupaten.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, runs: { type: 'string', default: '6' } } });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-prof-'));
writeProvinsi(dir, Number(values.scale), 1);
const files = readKabupaten(dir);
const PHASES: Array<[DocumentState, string]> = [[DocumentState.IndexedContent, 'index'], [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'], [DocumentState.IndexedReferences, 'refs'], [DocumentState.Validated, 'validate']];

for (let i = 0; i < Number(values.runs); i++) {
    const { SiKerja } = createSiKerjaServices(EmptyFileSystem);
    SiKerja.parser.LangiumParser.parse('');
    const t0 = performance.now();
    const docs = files.map(f => SiKerja.shared.workspace.LangiumDocumentFactory.fromString(f.text, URI.file(f.file)));
    const phases: Record<string, number> = { parse: Math.round(performance.now() - t0) };
    for (const d of docs) SiKerja.shared.workspace.LangiumDocuments.addDocument(d);
    let last = performance.now();
    for (const [state, name] of PHASES) {
        SiKerja.shared.workspace.DocumentBuilder.onBuildPhase(state, () => { const now = performance.now(); phases[name] = Math.round(now - last); last = now; });
    }
    await SiKerja.shared.workspace.DocumentBuilder.build(docs, { validation: true });
    SiKerja.model.SemanticModel.semanticModel();
    phases.total = Math.round(performance.now() - t0);
    console.log(JSON.stringify(phases));
}
fs.rmSync(dir, { recursive: true, force: true });
