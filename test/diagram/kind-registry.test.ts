import { beforeAll, describe, expect, it } from 'vitest';
import { DIAGRAM_KINDS, type PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { DIAGRAM_KIND_ENTRIES, DIAGRAM_KIND_REGISTRY, drawableElements, drawableFor, renderDiagram, shippedFonts } from '@sikerja/diagram';

let pemda: Map<string, PemdaModel>;

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/']);
    pemda = new Map(ws.services.model.SemanticModel.semanticModel().pemda.map(p => [p.name, p]));
});

describe('the registry of diagram kinds', () => {
    it('has one entry per kind of the protocol, filed under its own kind, each with its words', () => {
        expect(Object.keys(DIAGRAM_KIND_REGISTRY)).toEqual([...DIAGRAM_KINDS]);
        for (const [key, entry] of Object.entries(DIAGRAM_KIND_REGISTRY)) {
            expect(entry.kind).toBe(key);
            expect(entry.label.length).toBeGreaterThan(0);
            expect(entry.noun.length).toBeGreaterThan(0);
        }
        expect(new Set(DIAGRAM_KIND_ENTRIES.map(e => e.label)).size).toBe(DIAGRAM_KINDS.length);
    });

    it('leads a name to what is drawn for it: a UPTD to its Dinas, a process to its map or its level map', () => {
        const bengkayang = pemda.get('Bengkayang')!;
        expect(drawableFor(bengkayang, 'Labkesda')).toEqual({ element: 'Dinkes', kinds: ['struktur', 'peta-jabatan'] });
        expect(drawableFor(bengkayang, 'TimPercepatanPenurunanStunting')).toEqual({ element: 'TimPercepatanPenurunanStunting', kinds: ['tim'] });
        expect(drawableFor(bengkayang, 'PenunjukanLintasUnit')).toEqual({ element: 'PenunjukanLintasUnit.PetaPenunjukan', kinds: ['lintas-fungsi', 'sop'] });
        expect(drawableFor(bengkayang, 'PetaProsesBengkayang')).toEqual({ element: 'PetaProsesBengkayang', kinds: ['level'] });
        const tjt = pemda.get('TanjungJabungTimur')!;
        expect(drawableFor(tjt, 'RelasiPerizinan')).toEqual({ element: 'RelasiPerizinan', kinds: ['relasi'] });
        expect(drawableFor(bengkayang, 'TidakAda')).toBeUndefined();
    });

    it('draws every element each kind lists, under the kind\'s own heading', async () => {
        const { metrics } = shippedFonts();
        let drawn = 0;
        for (const p of pemda.values()) {
            for (const entry of DIAGRAM_KIND_ENTRIES) {
                for (const { element } of drawableElements(p, entry.kind)) {
                    expect(entry.count(p, element), `${entry.kind} ${element}`).toBeGreaterThan(0);
                    const result = await renderDiagram(p, { kind: entry.kind, element }, metrics);
                    expect(result.ok && result.diagram.kind, `${entry.kind} ${element}`).toBe(entry.kind);
                    drawn++;
                }
            }
        }
        expect(drawn).toBeGreaterThan(50);
    });
});
