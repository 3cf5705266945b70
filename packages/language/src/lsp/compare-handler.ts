import { fileURLToPath } from 'node:url';
import { DocumentState, URI, type Cancellation, type LangiumDocument } from 'langium';
import {
    CHANGE_LABELS, describeDiff, diagramMarks, diffModels, withoutUnsound,
    type CompareParams, type CompareResult, type ComparedChange, type DiagramMarks, type ModelDiff, type PemdaModel, type SourceRef, type UnitNode
} from '@sikerja/model';
import type { SiKerjaServices } from '../sikerja-module.js';
import { commonFolder, relativeIn, type OlderVersions } from '../versions/older-versions.js';
import { SideError } from '../versions/sides.js';
import { doubtsOf } from '../versions/soundness.js';

/** The pemda of a document compared with an older version of its folder. */
interface Compared {
    sejak: string;
    diff: ModelDiff;
    before: PemdaModel[];
    after: PemdaModel[];
}

type Failure = { ok: false; error: { code: 'unknown-document' | 'no-pemda' | 'no-version'; message: string } };

/**
 * The document's pemda as the server has it now (every open edit included) against the same folder
 * at `sejak` in git. What cannot be read soundly on either side (a file that does not parse, a name
 * that does not link) is left out of both, as `sikerja diff` does.
 */
async function comparePemda(services: SiKerjaServices, versions: OlderVersions, uri: string, sejak: string, token: Cancellation.CancellationToken): Promise<({ ok: true } & Compared) | Failure> {
    await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
    const documents = services.shared.workspace.LangiumDocuments;
    const document = documents.getDocument(URI.parse(uri));
    if (!document) return { ok: false, error: { code: 'unknown-document', message: `Berkas ${uri} tidak ada di ruang kerja SiKerja.` } };
    const pemdaDocuments = services.workspace.PemdaDocuments;
    const pemdaName = pemdaDocuments.pemdaOf(document);
    const now = services.model.SemanticModel.pemda(pemdaName)?.model;
    if (!now || pemdaName === undefined) return { ok: false, error: { code: 'no-pemda', message: 'Berkas ini belum masuk pemda mana pun: tulis `pemda <Nama>` di baris pertama.' } };
    const inPemda = [...pemdaDocuments.urisOf(pemdaName)].map(u => documents.getDocument(URI.parse(u))).filter((d): d is LangiumDocument => d !== undefined && d.uri.scheme === 'file');
    if (inPemda.length === 0) return { ok: false, error: { code: 'no-version', message: 'Berkas pemda ini belum disimpan di disk: tidak ada versi git untuk dibandingkan.' } };
    const folder = commonFolder(inPemda.map(d => fileURLToPath(d.uri.toString())));
    let older;
    try {
        older = await versions.of(sejak, folder, pemdaName);
    } catch (e) {
        if (e instanceof SideError) return { ok: false, error: { code: 'no-version', message: e.message } };
        throw e;
    }
    const doubtsNow = doubtsOf(inPemda, u => relativeIn(folder, u));
    const broken = (file: string) => older.doubts.get(file) === 'file' || doubtsNow.get(file) === 'file';
    const unsound = (doubts: typeof doubtsNow, root: string) => (u: string) => {
        const file = relativeIn(root, u);
        return broken(file) ? 'file' as const : doubts.get(file) as readonly number[] | undefined;
    };
    // The older version's files were read from a temporary folder: their uris name it, not the workspace.
    const sound = withoutUnsound(older.model ? [older.model] : [], [now], unsound(older.doubts, older.folder), unsound(doubtsNow, folder));
    const diff = diffModels(sound.before, sound.after);
    if (sound.skipped.length > 0) diff.skipped = sound.skipped;
    return { ok: true, sejak: older.label, diff, before: sound.before, after: sound.after };
}

/** Answers `sikerja/compare`: the changes of the document's pemda since `sejak` (HEAD), in words, each leading to its declaration. */
export async function answerCompare(services: SiKerjaServices, versions: OlderVersions, params: CompareParams, token: Cancellation.CancellationToken): Promise<CompareResult> {
    const compared = await comparePemda(services, versions, params.uri, params.sejak ?? 'HEAD', token);
    if (!compared.ok) return compared;
    const after = compared.after[0];
    const sources = sourcesOf(after);
    const unitOf = unitsOf(after);
    const changes: ComparedChange[] = [];
    for (const group of describeDiff(compared.diff, compared.before, compared.after)) {
        for (const row of group.rows) {
            const c = row.change;
            const title = (c.change === 'dihapus' ? row.semula[0] : row.menjadi[0]) ?? c.element;
            // A removed element leads to the unit it was in, when that unit is still there.
            const source = c.change === 'dihapus' ? placeOf(c.element, sources, unitOf) : sources.get(c.element);
            changes.push({
                element: c.element, kind: c.kind, change: c.change, group: group.title,
                label: `${CHANGE_LABELS[c.change]}: ${title}`, detail: row.keterangan, ...(source ? { source } : {})
            });
        }
    }
    return { ok: true, sejak: compared.sejak, changes, skipped: compared.diff.skipped?.length ?? 0 };
}

/**
 * The marks of a struktur or peta jabatan since `sejak`, for `sikerja/diagram`: the marks of the
 * pemda and how many changes the drawn Perangkat Daerah has, or the reason there are none.
 */
export async function marksSince(services: SiKerjaServices, versions: OlderVersions, uri: string, sejak: string, perangkatDaerah: string, token: Cancellation.CancellationToken):
    Promise<{ marks?: DiagramMarks; comparison: { sejak: string; changes: number } | { error: string } }> {
    const compared = await comparePemda(services, versions, uri, sejak, token);
    if (!compared.ok) return { comparison: { error: compared.error.message } };
    const pemda = compared.after[0]?.name;
    const marks = pemda ? diagramMarks(compared.diff, compared.before, compared.sejak)[pemda] : undefined;
    const changes = compared.diff.changes.filter(c => c.perangkatDaerah === perangkatDaerah).length;
    return { ...(marks ? { marks } : {}), comparison: { sejak: compared.sejak, changes } };
}

/** Where each element of the pemda is declared, by qualified name. */
function sourcesOf(pemda: PemdaModel | undefined): Map<string, SourceRef> {
    const out = new Map<string, SourceRef>();
    if (!pemda) return out;
    const put = (x: { id: string; source?: SourceRef }) => { if (x.source) out.set(x.id, x.source); };
    const unit = (u: UnitNode) => {
        put(u);
        if (u.leader) put(u.leader);
        u.positions.forEach(put);
        u.groups.forEach(put);
        u.units.forEach(unit);
    };
    pemda.organisations.forEach(unit);
    [...pemda.teams, ...pemda.assignments, ...pemda.processes, ...pemda.pegawai].forEach(put);
    return out;
}

/** Qualified names of the units, for the place a removed element leaves. */
function unitsOf(pemda: PemdaModel | undefined): Set<string> {
    const out = new Set<string>();
    const unit = (u: UnitNode) => { out.add(u.id); u.units.forEach(unit); };
    pemda?.organisations.forEach(unit);
    return out;
}

/** The declaration of the nearest enclosing unit of a removed element still in the current version. */
function placeOf(id: string, sources: Map<string, SourceRef>, units: Set<string>): SourceRef | undefined {
    for (let at = id.lastIndexOf('.'); at > 0; at = id.lastIndexOf('.', at - 1)) {
        const parent = id.slice(0, at);
        if (units.has(parent)) return sources.get(parent);
    }
    return undefined;
}
