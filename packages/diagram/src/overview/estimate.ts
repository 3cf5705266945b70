import type { PemdaModel, Process } from '@sikerja/model';
import { buildOrgDrawing, drawableOrganisations, type OrgBlock } from '../org/org-tree.js';

/**
 * How many elements (boxes, table rows) an organisation's whole diagram draws, read from the model
 * before any layout: its SVG and its drawing time in a browser grow with this count (bench/README.md).
 * A struktur draws one box per unit and per kelompok; a peta jabatan also one row per position (its
 * leader's row in the unit's box, each jabatan in its kelompok's table).
 */
export function organisationCount(pemda: PemdaModel, kind: 'struktur' | 'peta-jabatan', element: string): number {
    const organisation = drawableOrganisations(pemda).find(o => o.id === element);
    if (!organisation) return 0;
    const drawing = buildOrgDrawing(pemda, organisation);
    let boxes = 0;
    const walk = (b: OrgBlock) => {
        boxes += b.kelompok.length > 0 ? 2 : 1;
        b.children.forEach(walk);
    };
    walk(drawing.root);
    return kind === 'struktur' ? boxes : boxes + drawing.positions.length;
}

/** A level map draws its sub-processes, each with its arrow, and the stakeholders around them. */
export function levelCount(pemda: PemdaModel, process: Process): number {
    const byId = new Map(pemda.processes.map(p => [p.id, p]));
    const children = process.children.map(id => byId.get(id)).filter(p => p !== undefined);
    const stakeholders = new Set([...process.inputs, ...process.outputs, ...children.flatMap(c => [...c.inputs, ...c.outputs])]);
    return 1 + 2 * children.length + stakeholders.size;
}
