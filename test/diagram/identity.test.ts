import { beforeAll, describe, expect, it } from 'vitest';
import { DIAGRAM_KINDS, PemdaIndex, type PemdaModel } from '@sikerja/model';
import { loadWorkspace } from '@sikerja/language';
import { diagramScene, drawableElements, renderDiagram, shippedFonts } from '@sikerja/diagram';

const { metrics } = shippedFonts();
let pemda: PemdaModel[];

beforeAll(async () => {
    const ws = await loadWorkspace(['examples/']);
    pemda = ws.services.model.SemanticModel.semanticModel().pemda;
});

const dataElements = (svg: string) => new Set([...svg.matchAll(/data-element="([^"]*)"/g)].map(m => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')));

describe('what a click on a drawn box leads to', () => {
    it('every box, row and lane of every example diagram names an element the drawing lists with its declaration', async () => {
        let drawn = 0;
        for (const p of pemda) {
            for (const kind of DIAGRAM_KINDS) {
                for (const { element } of drawableElements(p, kind)) {
                    const result = await renderDiagram(p, { kind, element }, metrics);
                    expect(result.ok, `${p.name} ${kind} ${element}`).toBe(true);
                    if (!result.ok) continue;
                    const listed = new Map(result.diagram.elements.map(e => [e.element, e]));
                    expect(listed.size, `${p.name} ${kind} ${element}: a drawing with no clickable element`).toBeGreaterThan(0);
                    expect(listed.size, 'each element listed once').toBe(result.diagram.elements.length);
                    for (const id of dataElements(result.diagram.svg)) {
                        const e = listed.get(id);
                        expect(e, `${p.name} ${kind} ${element}: data-element="${id}" is not listed`).toBeDefined();
                        expect(e!.source?.uri, `${p.name} ${kind} ${element}: ${id} has no declaration`).toMatch(/\.sikerja$/);
                    }
                    for (const page of result.diagram.pages ?? []) {
                        for (const id of dataElements(page)) expect(listed.has(id), `${kind} ${element} page: ${id}`).toBe(true);
                    }
                    drawn++;
                }
            }
        }
        expect(drawn).toBeGreaterThan(50);
    });

    it('the kelompok box leads to its written kelompok, or to its unit where the kelompok is implicit', async () => {
        let named = 0, implicit = 0;
        for (const p of pemda) {
            const index = new PemdaIndex(p);
            for (const { element } of drawableElements(p, 'struktur')) {
                for (const kind of ['struktur', 'peta-jabatan'] as const) {
                    const { scene } = (await diagramScene(p, { kind, element }, metrics))!;
                    for (const box of scene.boxes.filter(b => b.id.startsWith('k:'))) {
                        const unitId = box.id.slice(2);
                        const group = index.group(box.element?.id);
                        if (group) {
                            named++;
                            expect(box.rows[0].cells[0].lines.join(' ').toLocaleLowerCase('id-ID'), box.id).toBe(group.title.toLocaleLowerCase('id-ID'));
                            expect(box.element!.source).toEqual(group.source);
                        } else {
                            implicit++;
                            expect(box.element?.id, box.id).toBe(unitId);
                            expect(box.element!.source).toEqual(index.unit(unitId)!.source);
                        }
                    }
                }
            }
        }
        expect(named).toBeGreaterThan(0);
        expect(implicit).toBeGreaterThan(0);
    });
});
