import type { PemdaModel, SemanticModel, UnitNode } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { collectDiagnostics, countBySeverity } from '../diagnostics.js';

export interface ModelOptions {
    element?: string;
}

/** `sikerja model`: the semantic model as JSON (whole, or one element with `--element`). */
export async function printModel(paths: string[], options: ModelOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
    const workspace = await loadWorkspace(paths);
    const model: SemanticModel = workspace.services.model.SemanticModel.semanticModel();
    const requestedPemda = new Set(workspace.requested.map(d => workspace.services.workspace.PemdaDocuments.pemdaOf(d)));
    model.pemda = model.pemda.filter(p => requestedPemda.has(p.name));
    const profiles = workspace.services.validation.Profiles;
    for (const p of model.pemda) {
        const profile = (p.regulation && profiles.forRegulation(p.regulation)) || profiles.default;
        p.profile = { id: profile.id, short: profile.short, title: profile.title };
    }
    const counts = countBySeverity(collectDiagnostics(workspace.requested));
    model.diagnostics = counts;
    if (options.element === undefined) {
        out(JSON.stringify(model, null, 2));
        return counts.error > 0 ? 1 : 0;
    }
    const found = model.pemda.flatMap(p => findElement(p, options.element!).map(element => ({ pemda: p.name, element })));
    if (found.length === 0) {
        err(`sikerja: elemen \`${options.element}\` tidak ditemukan.`);
        return 2;
    }
    out(JSON.stringify({ schemaVersion: model.schemaVersion, found }, null, 2));
    return 0;
}

function findElement(pemda: PemdaModel, id: string): unknown[] {
    const hits: unknown[] = [];
    const visit = (u: UnitNode) => {
        if (u.id === id) hits.push(u);
        if (u.leader?.id === id) hits.push(u.leader);
        for (const p of u.positions) if (p.id === id) hits.push(p);
        for (const g of u.groups) if (g.id === id) hits.push(g);
        u.units.forEach(visit);
    };
    pemda.organisations.forEach(visit);
    for (const list of [pemda.teams, pemda.assignments, pemda.instansi, pemda.templates]) {
        for (const e of list) if (e.id === id) hits.push(e);
    }
    return hits;
}
