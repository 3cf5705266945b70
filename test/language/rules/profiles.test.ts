import { describe, expect, it } from 'vitest';
import { normalizeRegulation, ProfileRegistry, RULE_CODES } from '@sikerja/language';
import { buildWorkspace, onlyRules, withoutRules } from '../../helpers.js';
import { ORGS, REGULATIONS, underRegion } from './fixture.js';

describe('profiles', () => {
    const registry = new ProfileRegistry();

    it('has one profile per regulation in the seeds and the national default', () => {
        expect(registry.all().map(p => p.id)).toEqual([
            'nasional', 'bengkalis-31-2024', 'bengkayang-5-2024', 'kampar-9-2025', 'mahakam-ulu-44-2024', 'tanjung-jabung-timur-14-2023'
        ]);
    });

    it('gives every rule a severity and, unless off, a citation in every profile', () => {
        for (const p of registry.all()) {
            for (const code of RULE_CODES) {
                const setting = p.rules[code];
                expect(setting, `${p.id} ${code}`).toBeDefined();
                if (setting.severity !== 'off') expect(setting.citations.length, `${p.id} ${code}`).toBeGreaterThan(0);
            }
        }
    });

    it('selects a profile from the way analysts write the regulation', () => {
        expect(normalizeRegulation('Peraturan Bupati Kampar Nomor 9 Tahun 2025')).toBe('perbup kampar 9/2025');
        expect(registry.forRegulation('perbup  KAMPAR 9/2025')?.id).toBe('kampar-9-2025');
        expect(registry.forRegulation('Peraturan Bupati Bengkayang Nomor 5 Tahun 2024')?.id).toBe('bengkayang-5-2024');
        expect(registry.forRegulation('Perbup Entah 1/2020')).toBeUndefined();
    });

    it('inherits from the national profile what a region does not say', () => {
        const kampar = registry.get('kampar-9-2025')!;
        expect(kampar.kelas.jenjang['ahli-muda']).toEqual([9, 10]);
        expect(kampar.rules['ketua-from-owner-unit'].severity).toBe('error');
        expect(registry.get('mahakam-ulu-44-2024')!.structure.shapes['puskesmas']).toBeDefined();
    });

    it('takes a region\'s own quotation and shape whole, not merged with the national summary they override', () => {
        const uptdB = registry.get('bengkayang-5-2024')!.structure.shapes['uptd-B'];
        expect(uptdB.citation).toEqual({ source: 'Perbup Bengkayang 5/2024', ref: 'Lampiran I.I.3.b, Gambar 11', text: expect.stringContaining('Kepala Subbagian Tata Usaha') });
        expect(Object.keys(uptdB).sort()).toEqual(['citation', 'headCiting', 'headJenis', 'jfUnder', 'label']);
    });

    it('keeps the rule-clean fixture clean under every region', async () => {
        for (const region of Object.keys(REGULATIONS) as Array<keyof typeof REGULATIONS>) {
            const run = await underRegion(region, '');
            expect(onlyRules(run.diagnostics('org.sikerja')), region).toEqual([]);
        }
    });
});

describe('the regulation that selects the profile', () => {
    it('warns when the pemda names no regulation, and checks under the national profile', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': 'pemda Uji {\n    nama "Kabupaten Uji"\n}', 'org.sikerja': `pemda Uji\n${ORGS}` });
        expect(withoutRules(ws.diagnostics('pemda.sikerja')).map(f => [f.severity, f.code, f.line, f.text])).toEqual([['warning', 'regulation-missing', 1, 'Uji']]);
        expect(ws.services.validation.RuleContext.forNode(ws.docs['org.sikerja'].parseResult.value)?.profile.id).toBe('nasional');
    });

    it('reports an unknown regulation on the text written, listing the known ones', async () => {
        const ws = await buildWorkspace({ 'pemda.sikerja': 'pemda Uji {\n    regulasi "Perbup Uji 1/2020"\n}', 'org.sikerja': `pemda Uji\n${ORGS}` });
        const [f] = withoutRules(ws.diagnostics('pemda.sikerja'));
        expect([f.severity, f.code, f.line, f.text]).toEqual(['error', 'regulation-unknown', 2, '"Perbup Uji 1/2020"']);
        expect(f.message).toContain('"Perbup Kampar 9/2025"');
    });
});

describe('the rule reference', () => {
    it('docs/aturan.md is what `sikerja rules --format markdown` writes today', async () => {
        const fs = await import('node:fs');
        const path = await import('node:path');
        const { catalogueMarkdown } = await import('@sikerja/language');
        const committed = fs.readFileSync(path.resolve(__dirname, '../../../docs/aturan.md'), 'utf8');
        expect(committed.trimEnd()).toBe(catalogueMarkdown(new ProfileRegistry().all()).trimEnd());
    });
});
