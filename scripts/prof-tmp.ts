import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createSiKerjaServices } from '@sikerja/language';
const dir = '/tmp/syn1';
const files = fs.readdirSync(dir).filter(f => f.endsWith('.sikerja')).map(f => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
async function cold() {
    const { SiKerja } = createSiKerjaServices(EmptyFileSystem);
    SiKerja.parser.LangiumParser.parse('');
    const t0 = performance.now();
    const docs = files.map(f => SiKerja.shared.workspace.LangiumDocumentFactory.fromString(f.text, URI.file(f.file)));
    const t1 = performance.now();
    for (const d of docs) SiKerja.shared.workspace.LangiumDocuments.addDocument(d);
    const phases: Record<string, number> = {};
    let last = performance.now();
    for (const st of [2, 3, 4, 5, 6]) SiKerja.shared.workspace.DocumentBuilder.onBuildPhase(st as never, () => { const n = performance.now(); phases[st] = Math.round(n - last); last = n; });
    await SiKerja.shared.workspace.DocumentBuilder.build(docs, { validation: true });
    const t2 = performance.now();
    SiKerja.model.SemanticModel.semanticModel();
    return { parse: Math.round(t1 - t0), phases, build: Math.round(t2 - t1), total: Math.round(performance.now() - t0) };
}
for (let i = 0; i < 6; i++) console.log(JSON.stringify(await cold()));
