import { PemdaIndex, type CrossFunctionalMap, type ExternalInstansi, type Organisation, type PemdaModel, type Process, type RelationMap, type Team } from '@sikerja/model';
import type { Scene, TitleBlock } from '../scene.js';
import { TEXT } from '../scene.js';
import { wrapTitle } from '../scene-title.js';
import type { FontMetrics } from '../text/fonts.js';
import { CATEGORIES } from '../proses/level.js';
import { endTitle } from '../proses/relasi.js';
import { layoutTally, type TallyColumns, type TallyRow } from './tally-overview.js';

/** The heading and notice every overview carries: it is an overview, and the export draws the whole. */
export function overviewWords(label: string): { heading: string; notice: (size: string) => string } {
    return {
        heading: `IKHTISAR ${label.toLocaleUpperCase('id-ID')}`,
        notice: size => `Ini ikhtisar: ${label} lengkap (${size}) terlalu besar untuk pratinjau. Diagram lengkap ada di ekspor (SVG, PNG, PDF).`
    };
}

/** A map's, a team's or a process's overview: its tally as tables, under the overview's title. */
export async function tallyOverviewScene(pemda: PemdaModel, tally: Tally | undefined, label: string, metrics: FontMetrics): Promise<{ scene: Scene; title: string } | undefined> {
    if (!tally) return undefined;
    const { heading, notice } = overviewWords(label);
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

export interface Tally {
    title: string;
    size: string;
    legend: string;
    columns: TallyColumns;
    rows: TallyRow[];
}

/** Steps per lane, in the lanes' written order; steps in no lane written last, as the map draws them. */
export function laneTally(index: PemdaIndex, map: CrossFunctionalMap): Tally {
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

export function categoryTally(pemda: PemdaModel, process: Process): Tally {
    const byId = new Map(pemda.processes.map(p => [p.id, p]));
    const children = process.children.map(id => byId.get(id)).filter(p => p !== undefined);
    const rows = CATEGORIES.map(c => ({ title: c.title, count: children.filter(p => p.category === c.key).length })).filter(r => r.count > 0);
    return {
        title: `${process.code ? `${process.code} ` : ''}${process.title}`, size: `${children.length} subproses`,
        legend: 'Jumlah subproses menurut kategorinya', columns: { name: 'Kategori', count: 'Proses', others: 'kategori lain' }, rows
    };
}

/** Members by where they come from: their Perangkat Daerah, or the instansi they are lent by. */
export function memberTally(pemda: PemdaModel, team: Team): Tally {
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

export function relationTally(pemda: PemdaModel, map: RelationMap): Tally {
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
