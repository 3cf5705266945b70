import type { DrawRequest, PemdaModel, Process } from '@sikerja/model';
import { levelElements } from '../proses/level.js';
import { buildOrgDrawing, drawableOrganisations, type OrgBlock } from '../org/org-tree.js';

/**
 * How many elements (boxes, table rows, symbols, arrows) the whole diagram of a request would draw,
 * read from the model before any layout: the size that decides whether a preview can hold it. Its
 * SVG and its drawing time in a browser grow with this count (bench/README.md). 0 when the request
 * names nothing drawable, which then draws its "not found" answer.
 */
export function drawnElementCount(pemda: PemdaModel, request: Pick<DrawRequest, 'kind' | 'element'>): number {
    switch (request.kind) {
        case 'struktur':
        case 'peta-jabatan': return organisationCount(pemda, request.kind, request.element);
        case 'tim': return pemda.teams.find(t => t.id === request.element)?.members.length ?? 0;
        case 'lintas-fungsi':
        case 'sop': {
            const map = pemda.processes.flatMap(p => p.maps).find(m => m.id === request.element);
            return map ? map.lanes.length + map.nodes.length + map.flows.length : 0;
        }
        case 'relasi': {
            const map = pemda.relationMaps.find(m => m.id === request.element);
            return map ? new Set(map.relations.flatMap(r => [r.from?.id, r.to?.id])).size + map.relations.length : 0;
        }
        case 'level': {
            const process = levelElements(pemda).find(p => p.id === request.element);
            return process ? levelCount(pemda, process) : 0;
        }
    }
}

/**
 * A struktur draws one box per unit and per kelompok; a peta jabatan also one row per position (its
 * leader's row in the unit's box, each jabatan in its kelompok's table).
 */
function organisationCount(pemda: PemdaModel, kind: 'struktur' | 'peta-jabatan', element: string): number {
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
function levelCount(pemda: PemdaModel, process: Process): number {
    const byId = new Map(pemda.processes.map(p => [p.id, p]));
    const children = process.children.map(id => byId.get(id)).filter(p => p !== undefined);
    const stakeholders = new Set([...process.inputs, ...process.outputs, ...children.flatMap(c => [...c.inputs, ...c.outputs])]);
    return 1 + 2 * children.length + stakeholders.size;
}
