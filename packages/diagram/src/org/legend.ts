import { lineHeight, TEXT, type Box, type Connector, type FreeText } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';

/**
 * The keterangan under a bagan: one entry for every line and border convention the drawing uses, so
 * a reader need not guess what a dashed line or a thick box means. Written at body size: the legend
 * must not be what makes the picture smaller on paper.
 */
const SAMPLE = { width: 28, height: 12, gap: 6, entryGap: 18, above: 16 } as const;

export interface Legend {
    width: number;
    height: number;
    boxes: Box[];
    connectors: Connector[];
    notes: FreeText[];
}

type Entry = { text: string; sample: 'line' | 'dashed' | 'unit-kerja' };

export function legendFor(boxes: Box[], connectors: Connector[], top: number, metrics: FontMetrics): Legend | undefined {
    const entries: Entry[] = [{ text: 'garis komando', sample: 'line' }];
    if (connectors.some(c => c.dashed)) entries.push({ text: 'garis koordinasi (seperti ketua tim)', sample: 'dashed' });
    // Named as what the drawing holds: a UPTD, a Puskesmas, a Kelurahan or a UPT Satuan Pendidikan are all unit kerja.
    if (boxes.some(b => b.style === 'unit-kerja')) entries.push({ text: 'unit kerja', sample: 'unit-kerja' });
    // A bagan of one box and no line needs no key.
    if (connectors.length === 0) return undefined;
    const size = TEXT.body, lh = lineHeight(size);
    const y = top + SAMPLE.above;
    const out: Legend = { width: 0, height: 0, boxes: [], connectors: [], notes: [] };
    const heading = 'Keterangan:';
    out.notes.push({ x: 0, y, width: metrics.width(heading, size, 'bold') + 2, height: lh, lines: [heading], size, align: 'left' });
    let x = out.notes[0].width + SAMPLE.gap;
    const mid = y + lh / 2;
    for (const e of entries) {
        if (e.sample === 'unit-kerja') {
            out.boxes.push({ id: 'legend:unit-kerja', style: 'unit-kerja', width: SAMPLE.width, height: SAMPLE.height, x, y: mid - SAMPLE.height / 2,
                rows: [{ height: SAMPLE.height, fill: 'none', cells: [{ width: SAMPLE.width, lines: [], weight: 'regular', size, align: 'center' }] }]
            });
        } else {
            out.connectors.push({ points: [[x, mid], [x + SAMPLE.width, mid]], dashed: e.sample === 'dashed', from: 'legend', to: 'legend' });
        }
        x += SAMPLE.width + SAMPLE.gap;
        const width = metrics.width(e.text, size) + 2;
        out.notes.push({ x, y, width, height: lh, lines: [e.text], size, align: 'left' });
        x += width + SAMPLE.entryGap;
    }
    out.width = x - SAMPLE.entryGap;
    out.height = SAMPLE.above + Math.max(lh, SAMPLE.height);
    return out;
}
