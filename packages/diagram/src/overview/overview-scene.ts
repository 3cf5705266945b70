import { PemdaIndex, type CrossFunctionalMap, type DrawRequest, type ExternalInstansi, type Organisation, type PemdaModel, type Process, type RelationMap, type Team } from '@sikerja/model';
import type { Scene, TitleBlock } from '../scene.js';
import { TEXT } from '../scene.js';
import { wrapTitle } from '../scene-title.js';
import type { FontMetrics } from '../text/fonts.js';
import { drawableOrganisations } from '../org/org-tree.js';
import { CATEGORIES, levelElements } from '../proses/level.js';
import { endTitle } from '../proses/relasi.js';
import { orgOverviewScene } from './org-overview.js';
import { layoutTally, type TallyColumns, type TallyRow } from './tally-overview.js';

/**
 * The picture a preview shows in place of a diagram too large for it: what the diagram holds,
 * summed up, under a title that says it is an overview and that the export draws the whole.
 */
export async function overviewScene(pemda: PemdaModel, request: Pick<DrawRequest, 'kind' | 'element'>, label: string, metrics: FontMetrics): Promise<{ scene: Scene; title: string } | undefined> {
    const heading = `IKHTISAR ${label.toLocaleUpperCase('id-ID')}`;
    const notice = (size: string) => `Ini ikhtisar: ${label} lengkap (${size}) terlalu besar untuk pratinjau. Diagram lengkap ada di ekspor (SVG, PNG, PDF).`;
    if (request.kind === 'struktur' || request.kind === 'peta-jabatan') {
        const organisation = drawableOrganisations(pemda).find(o => o.id === request.element);
        if (!organisation) return undefined;
        return { scene: await orgOverviewScene(pemda, organisation, heading, notice, metrics), title: organisation.title };
    }
    const tally = tallyOf(pemda, request);
    if (!tally) return undefined;
    const laid = await layoutTally(tally.rows, tally.columns, metrics);
    const title: TitleBlock['lines'] = [
        { text: heading, size: 11, weight: 'bold' },
        { text: tally.title, size: 10, weight: 'bold' },
        { text: pemda.title ?? pemda.name, size: 8, weight: 'regular' },
        { text: notice(tally.size), size: 8, weight: 'bold' },
        { text: tally.legend, size: TEXT.small, weight: 'regular' }
    ];
    return { scene: { ...laid, connectors: [], title: wrapTitle(title, laid.width, metrics) }, title: tally.title };
}

interface Tally {
    title: string;
    size: string;
    legend: string;
    columns: TallyColumns;
    rows: TallyRow[];
}

function tallyOf(pemda: PemdaModel, request: Pick<DrawRequest, 'kind' | 'element'>): Tally | undefined {
    if (request.kind === 'lintas-fungsi' || request.kind === 'sop') {
        const map = pemda.processes.flatMap(p => p.maps).find(m => m.id === request.element);
        return map && laneTally(new PemdaIndex(pemda), map);
    }
    if (request.kind === 'level') {
        const process = levelElements(pemda).find(p => p.id === request.element);
        return process && categoryTally(pemda, process);
    }
    if (request.kind === 'tim') {
        const team = pemda.teams.find(t => t.id === request.element);
        return team && memberTally(pemda, team);
    }
    if (request.kind === 'relasi') {
        const map = pemda.relationMaps.find(m => m.id === request.element);
        return map && relationTally(pemda, map);
    }
    return undefined;
}

/** Steps per lane, in the lanes' written order; steps in no lane written last, as the map draws them. */
function laneTally(index: PemdaIndex, map: CrossFunctionalMap): Tally {
    const steps = new Map<string | undefined, number>();
    const lanes = new Set(map.lanes.map(l => l.id));
    for (const n of map.nodes) {
        const lane = n.lane !== undefined && lanes.has(n.lane) ? n.lane : undefined;
        steps.set(lane, (steps.get(lane) ?? 0) + 1);
    }
    const rows: TallyRow[] = map.lanes.map(l => ({ element: index.declared(l.element) ?? l, title: l.title, count: steps.get(l.id) ?? 0 }));
    if (steps.has(undefined)) rows.push({ title: '(tanpa jalur)', count: steps.get(undefined)! });
    return {
        title: `${map.code ? `${map.code} ` : ''}${map.title}`, size: `${map.nodes.length} langkah, ${map.flows.length} alur`,
        legend: 'Jumlah langkah (mulai, kegiatan, keputusan, dokumen, penghubung, selesai) di setiap jalur',
        columns: { name: 'Jalur', count: 'Langkah', others: 'jalur lain' }, rows
    };
}

function categoryTally(pemda: PemdaModel, process: Process): Tally {
    const byId = new Map(pemda.processes.map(p => [p.id, p]));
    const children = process.children.map(id => byId.get(id)).filter(p => p !== undefined);
    const rows = CATEGORIES.map(c => ({ title: c.title, count: children.filter(p => p.category === c.key).length })).filter(r => r.count > 0);
    return {
        title: `${process.code ? `${process.code} ` : ''}${process.title}`, size: `${children.length} subproses`,
        legend: 'Jumlah subproses menurut kategorinya', columns: { name: 'Kategori', count: 'Proses', others: 'kategori lain' }, rows
    };
}

/** Members by where they come from: their Perangkat Daerah, or the instansi they are lent by. */
function memberTally(pemda: PemdaModel, team: Team): Tally {
    const origins = new Map<string, Organisation | ExternalInstansi>([...pemda.organisations, ...pemda.instansi].map(o => [o.id, o]));
    const counts = new Map<string, number>();
    for (const m of team.members) {
        const from = m.homePerangkatDaerah ?? m.instansi ?? '';
        counts.set(from, (counts.get(from) ?? 0) + 1);
    }
    const rows = [...counts].map(([id, count]) => id ? { element: origins.get(id), title: origins.get(id)?.title ?? id, count } : { title: '(asal belum diketahui)', count });
    return {
        title: team.title, size: `${team.members.length} anggota`, legend: 'Jumlah anggota tim (semua peran) menurut perangkat daerah atau instansi asalnya',
        columns: { name: 'Asal anggota', count: 'Anggota', others: 'asal lain' }, rows
    };
}

function relationTally(pemda: PemdaModel, map: RelationMap): Tally {
    const index = new PemdaIndex(pemda);
    const ends = new Map<string, TallyRow>();
    for (const r of map.relations) {
        for (const end of new Map([r.from, r.to].filter(e => e !== undefined).map(e => [e.id, e])).values()) {
            const known = ends.get(end.id);
            if (known) known.count++;
            else ends.set(end.id, { element: index.declared(end.id), title: endTitle(pemda, index, end).title, count: 1 });
        }
    }
    return {
        title: map.title, size: `${map.relations.length} relasi`, legend: 'Jumlah relasi (keluaran yang diserahkan atau diterima) setiap proses, unit atau instansi',
        columns: { name: 'Proses, unit atau instansi', count: 'Relasi', others: 'pihak lain' }, rows: [...ends.values()]
    };
}
