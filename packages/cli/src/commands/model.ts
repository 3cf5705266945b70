import type { PemdaModel, SemanticModel, UnitNode } from '@sikerja/model';
import { loadWorkspace, publishedModel } from '@sikerja/language';

export interface ModelOptions {
    element?: string;
}

/** `sikerja model`: the semantic model as JSON (whole, or one element with `--element`). */
export async function printModel(paths: string[], options: ModelOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
    const workspace = await loadWorkspace(paths, { requireFiles: true });
    const model: SemanticModel = publishedModel(workspace.services, workspace.requested);
    const counts = model.diagnostics!;
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
