import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = path.resolve(__dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/model/schema/sikerja-model.schema.json'), 'utf8'));

function modelOf(...args: string[]): any {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/sikerja.js'), 'model', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
}

describe('sikerja model: the JSON model and its schema', () => {
    const model = modelOf('examples/');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

    it('matches the committed JSON Schema exactly (no property the schema does not name)', () => {
        const ok = validate(model);
        expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
        expect(ok).toBe(true);
        expect(model.schemaVersion).toBe(schema.properties.schemaVersion.const);
    });

    it('names each pemda with its profile and counts diagnostics', () => {
        expect(model.pemda.map((p: any) => [p.name, p.profile.id])).toEqual([
            ['Bengkalis', 'bengkalis-31-2024'], ['Bengkayang', 'bengkayang-5-2024'], ['Kampar', 'kampar-9-2025'], ['MahakamUlu', 'mahakam-ulu-44-2024'], ['TanjungJabungTimur', 'tanjung-jabung-timur-14-2023']
        ]);
        expect(model.diagnostics).toEqual({ error: 0, warning: 0, info: 0, hint: 0 });
    });

    it('carries real facts: a team\'s scope and its ketua\'s home unit, a position\'s penilai kinerja, a map\'s lanes', () => {
        const bengkayang = model.pemda.find((p: any) => p.name === 'Bengkayang');
        const team = bengkayang.teams.find((t: any) => t.id === 'TimPercepatanPenurunanStunting');
        expect(team.scope).toBe('lintas-perangkat-daerah');
        expect(team.members.find((m: any) => m.role === 'ketua')).toMatchObject({ position: 'Dinkes.Kesmas.AdminkesMadya', homeUnit: 'Dinkes.Kesmas', homePerangkatDaerah: 'Dinkes' });
        const inspektorat = bengkayang.organisations.find((o: any) => o.id === 'Inspektorat');
        const auditor = inspektorat.units.find((u: any) => u.id === 'Inspektorat.IrbanI').positions.find((p: any) => p.name === 'AuditorMuda');
        expect(auditor).toMatchObject({ jenis: 'fungsional', jenjang: 'ahli-muda', kelas: 9, bezetting: 2, kebutuhan: 3, selisih: -1, penilaiKinerja: 'Inspektorat.IrbanI.InspekturPembantu' });
        const kampar = model.pemda.find((p: any) => p.name === 'Kampar');
        const map = kampar.processes.find((p: any) => p.id === 'TahapanMekanismeKerja').maps[0];
        expect(map.lanes.map((l: any) => [l.name, l.element])).toEqual([
            ['KepalaPD', 'BKPSDM.KepalaBadan'], ['PenanggungJawab', 'BKPSDM.Pengembangan.KepalaBidang'],
            ['Ketua', 'BKPSDM.Pengembangan.AnalisSDMMadya'], ['Anggota', 'BKPSDM.Pengembangan.AnalisSDMMuda']
        ]);
    });

    it('prints one element with --element', () => {
        const one = modelOf('examples/bengkayang', '--element', 'DPMPTSP.AnalisKebijakanMadya');
        expect(one.found).toHaveLength(1);
        expect(one.found[0].element).toMatchObject({ penilaiKinerja: 'DPMPTSP.KepalaDinas', group: 'DPMPTSP.Perizinan' });
    });
});
