import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '@sikerja/language';
import { DIAGRAM_KINDS, drawableElements, renderDiagram, shippedFonts } from '@sikerja/diagram';

const { metrics } = shippedFonts();

function textsOf(svg: string): Array<{ text: string; bold: boolean }> {
    return [...svg.matchAll(/<text [^>]*font-weight="(bold|normal)"[^>]*>([^<]*)<\/text>/g)].map(m => ({
        bold: m[1] === 'bold',
        text: m[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    }));
}

describe('the shipped font', () => {
    it('has a glyph for every character any example diagram draws (no empty boxes in print)', async () => {
        const pemda = (await loadWorkspace(['examples/'])).services.model.SemanticModel.semanticModel().pemda;
        const missing = new Set<string>();
        let drawn = 0;
        for (const p of pemda) {
            for (const kind of DIAGRAM_KINDS) {
                for (const { element } of drawableElements(p, kind)) {
                    const r = await renderDiagram(p, { kind, element }, metrics);
                    expect(r.ok, `${p.name} ${kind} ${element}`).toBe(true);
                    if (!r.ok) continue;
                    drawn++;
                    const texts = textsOf(r.diagram.svg);
                    // Read from the SVG: were the writer to spell its text elements otherwise, nothing would be checked.
                    expect(texts.length, `text read from ${p.name} ${kind} ${element}`).toBeGreaterThan(0);
                    for (const t of texts) {
                        for (const ch of t.text) if (!metrics.hasGlyph(ch, t.bold ? 'bold' : 'regular')) missing.add(`${ch} (U+${ch.codePointAt(0)!.toString(16)}) in ${kind} ${element}`);
                    }
                }
            }
        }
        expect(drawn).toBeGreaterThan(50);
        expect([...missing]).toEqual([]);
    });
});
