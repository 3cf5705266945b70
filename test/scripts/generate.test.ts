import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '@sikerja/language';
import { writeKabupaten } from '../../scripts/generate.js';

function tmp(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'sikerja-gen-'));
}

describe('the synthetic kabupaten', () => {
    it('has the size of a real one at scale 1 and is valid under its profile', async () => {
        const dir = tmp();
        writeKabupaten(dir, 1, 11);
        const ws = await loadWorkspace([dir]);
        const findings = ws.requested.flatMap(d => (d.diagnostics ?? []).map(x => `${path.basename(d.uri.fsPath)}:${x.range.start.line + 1} ${x.code} ${x.message}`));
        expect(findings).toEqual([]);
        const [model] = ws.services.model.SemanticModel.semanticModel().pemda;
        const pds = model.organisations.filter(o => o.perangkatDaerah === o.id);
        expect(pds.length).toBe(45);
        expect(new Set(pds.map(o => o.structureModel).filter(Boolean))).toEqual(new Set([1, 2, 3, 4]));
        let positions = 0;
        const count = (u: { leader?: unknown; positions: unknown[]; units: Array<typeof u> }): void => { positions += (u.leader ? 1 : 0) + u.positions.length; u.units.forEach(count); };
        model.organisations.forEach(count);
        expect(positions).toBeGreaterThan(5000);
        expect(positions).toBeLessThan(7500);
        expect(model.teams.length).toBe(60);
        expect(model.teams.every(t => t.scope === 'lintas-perangkat-daerah')).toBe(true);
        expect(model.processes.length).toBe(150);
        expect(model.processes.filter(p => p.maps.length > 0).length).toBeGreaterThan(100);
    });

    it('puts exactly the flaws it lists, where it lists them', async () => {
        const dir = tmp();
        const { flaws } = writeKabupaten(dir, 1, 5, 8);
        expect(flaws).toHaveLength(8);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'flaws.json'), 'utf8'))).toEqual(flaws);
        const ws = await loadWorkspace([dir]);
        const found = ws.requested.flatMap(d => (d.diagnostics ?? []).map(x => ({ file: path.basename(d.uri.fsPath), line: x.range.start.line + 1, code: String(x.code ?? (x.data as { code?: string }).code) })))
            .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
        expect(found).toEqual(flaws);
    });

    it('is deterministic for a seed', () => {
        const [a, b] = [tmp(), tmp()];
        writeKabupaten(a, 1, 42, 3);
        writeKabupaten(b, 1, 42, 3);
        expect(fs.readdirSync(a).filter(f => f.endsWith('.sikerja')).length).toBeGreaterThan(0);
        expect(fs.readdirSync(b).sort()).toEqual(fs.readdirSync(a).sort());
        for (const f of fs.readdirSync(a)) expect(fs.readFileSync(path.join(b, f), 'utf8'), f).toBe(fs.readFileSync(path.join(a, f), 'utf8'));
    });
});
