import { INSTRUMENT_LABELS, PemdaIndex, SCOPE_LABELS, type PemdaModel, type Team, type TeamMember, type TeamRole } from '@sikerja/model';
import { absolutePositions, placeAsLaidOut, elk, padding, type ElkNode } from '../elk.js';
import { box, measureCell, row, TEXT, type Box, type Connector } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';

const ROLE_LABELS: Record<TeamRole, string> = {
    pengarah: 'Pengarah', 'penanggung-jawab': 'Penanggung Jawab', ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota'
};
const METHOD_LABELS: Record<string, string> = { penunjukan: 'penunjukan', 'pengajuan-sukarela': 'pengajuan sukarela' };

/** Tiers from the top: who directs, who answers for the team, who leads it, and its members. */
const TIERS: TeamRole[][] = [['pengarah'], ['penanggung-jawab'], ['ketua', 'sekretaris'], ['anggota']];
const BOX_WIDTH = 150;
const GAP = { row: 24, box: 14, rail: 14 } as const;

export interface TeamLayout {
    width: number;
    height: number;
    boxes: Box[];
    connectors: Connector[];
    titleLines: string[];
}

/** Outside the owner unit (following induk, as the team's scope does), or from an instansi other than the owner. */
function fromOutside(team: Team, m: TeamMember, index: PemdaIndex): boolean {
    // Pengarah and penanggung jawab direct the team from above; the scope counts the others only.
    if (m.role === 'pengarah' || m.role === 'penanggung-jawab') return false;
    if (m.instansi !== undefined) return m.instansi !== team.ownerInstansi;
    if (team.ownerInstansi !== undefined) return true;
    if (!m.homeUnit || !team.owner) return false;
    return !index.isWithin(m.homeUnit, team.owner);
}

function describe(pemda: PemdaModel, index: PemdaIndex, m: TeamMember): { title: string; home: string; person?: string } {
    const title = m.position ? index.position(m.position)?.title ?? m.position : m.title ?? '?';
    // The pegawai named for the role, or the one holder of a single post; a post of several without a name stays a post.
    const person = index.personOf(m)?.title;
    const home = m.instansi
        ? `Instansi: ${pemda.instansi.find(i => i.id === m.instansi)?.title ?? m.instansi}`
        : [index.unit(m.homeUnit)?.title, m.homePerangkatDaerah && m.homePerangkatDaerah !== m.homeUnit ? index.unit(m.homePerangkatDaerah)?.title : undefined].filter(Boolean).join(' · ');
    return { title, home, person };
}

/** Beyond this many anggota, they are listed in tables (as an SK lampiran does) rather than one box each. */
const ANGGOTA_AS_BOXES = 24;
const TABLE_ROWS = 30;

/** Anggota `from` up to (not including) `to`: one table of the list. */
export type AnggotaChunk = [from: number, to: number];

/** The anggota as tables (of TABLE_ROWS rows unless the chunks are given), side by side: No | Jabatan | Asal. */
function anggotaTables(pemda: PemdaModel, index: PemdaIndex, team: Team, anggota: TeamMember[], metrics: FontMetrics, chunks?: readonly AnggotaChunk[]): Box[] {
    const tables: Box[] = [];
    const widths = { no: 22, title: 150, home: 170 };
    const ranges = chunks ?? Array.from({ length: Math.ceil(anggota.length / TABLE_ROWS) }, (_, i): AnggotaChunk => [i * TABLE_ROWS, Math.min(anggota.length, (i + 1) * TABLE_ROWS)]);
    for (const [start, end] of ranges) {
        const chunk = anggota.slice(start, end);
        const total = widths.no + widths.title + widths.home;
        const rows = [
            row([measureCell({ text: chunk.length < anggota.length ? `ANGGOTA ${start + 1}–${start + chunk.length} dari ${anggota.length}` : 'ANGGOTA', width: total, size: TEXT.small, weight: 'bold' }, metrics)], 'judul'),
            row([
                measureCell({ text: 'No', width: widths.no, size: TEXT.small, weight: 'bold' }, metrics),
                measureCell({ text: 'Jabatan', width: widths.title, size: TEXT.small, weight: 'bold', align: 'left' }, metrics),
                measureCell({ text: 'Asal (* dari luar unit pemilik kinerja)', width: widths.home, size: TEXT.small, weight: 'bold', align: 'left' }, metrics)
            ], 'kepala-kolom'),
            ...chunk.map((m, i) => {
                const { title, home, person } = describe(pemda, index, m);
                return row([
                    measureCell({ text: String(start + i + 1), width: widths.no, size: TEXT.small }, metrics),
                    measureCell({ text: person ? `${person} — ${title}` : title, width: widths.title, size: TEXT.small, align: 'left' }, metrics),
                    measureCell({ text: `${fromOutside(team, m, index) ? '* ' : ''}${home || '–'}`, width: widths.home, size: TEXT.small, align: 'left' }, metrics)
                ], 'none', index.position(m.position) ?? index.declared(m.instansi));
            })
        ];
        tables.push(box(`a:${start}`, 'tabel', rows));
    }
    return tables;
}

function memberBox(pemda: PemdaModel, index: PemdaIndex, team: Team, m: TeamMember, n: number, metrics: FontMetrics): Box {
    const outside = fromOutside(team, m, index);
    const { title, home, person } = describe(pemda, index, m);
    const rows = [
        row([measureCell({ text: ROLE_LABELS[m.role].toLocaleUpperCase('id-ID'), width: BOX_WIDTH, size: TEXT.small, weight: 'bold' }, metrics)], 'judul'),
        row([measureCell({ text: title, width: BOX_WIDTH, weight: 'bold' }, metrics)]),
        ...(person ? [row([measureCell({ text: person, width: BOX_WIDTH }, metrics)])] : []),
        row([measureCell({ text: home || '–', width: BOX_WIDTH, size: TEXT.small }, metrics)])
    ];
    if (outside) rows.push(row([measureCell({ text: 'dari luar unit pemilik kinerja', width: BOX_WIDTH, size: TEXT.small }, metrics)], 'jumlah'));
    const b = box(`m:${n}`, outside ? 'orang-luar' : 'orang', rows, index.position(m.position) ?? index.declared(m.instansi));
    b.dashed = outside;
    return b;
}

/**
 * `anggotaAsTables`: the anggota listed in tables however few (a page that cannot hold their boxes at
 * print size). For a page of a susunan tim printed over several: `anggotaChunks`, the tables it holds;
 * `anggotaOnly`, a later page, with the tables alone in one row.
 */
export async function layoutTeam(pemda: PemdaModel, team: Team, metrics: FontMetrics,
    options: { anggotaAsTables?: boolean; anggotaChunks?: readonly AnggotaChunk[]; anggotaOnly?: boolean } = {}): Promise<TeamLayout> {
    const index = new PemdaIndex(pemda);
    const anggota = team.members.filter(m => m.role === 'anggota');
    const asTables = anggota.length > 0 && (options.anggotaAsTables || options.anggotaChunks !== undefined || anggota.length > ANGGOTA_AS_BOXES);
    const boxed = team.members.map((m, i) => ({ m, b: asTables && m.role === 'anggota' ? undefined : memberBox(pemda, index, team, m, i, metrics) }));
    const tiers = TIERS.filter(roles => !options.anggotaOnly || roles.includes('anggota')).map(roles => roles.includes('anggota') && asTables
        ? anggotaTables(pemda, index, team, anggota, metrics, options.anggotaChunks)
        : boxed.filter(x => roles.includes(x.m.role)).map(x => x.b!))
        .filter(t => t.length > 0);
    const boxes = tiers.flat();
    const graph: ElkNode = {
        id: 'tim', layoutOptions: {
            'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.padding': padding(0, 0, 0, 0),
            'elk.layered.spacing.nodeNodeBetweenLayers': '0', 'elk.spacing.nodeNode': '0'
        },
        children: tiers.map((tier, i) => ({
            id: `t:${i}`, children: tier.map(b => ({ id: b.id, width: b.width, height: b.height })),
            layoutOptions: {
                'elk.algorithm': 'rectpacking', 'elk.rectpacking.packing.strategy': 'SIMPLE', 'elk.aspectRatio': options.anggotaOnly ? '1000' : tier[0].style === 'tabel' ? '1.6' : '4', 'elk.padding': padding(i === 0 ? 0 : GAP.row, GAP.rail, 0, 0),
                'elk.spacing.nodeNode': String(GAP.box)
            }
        })),
        edges: tiers.slice(1).map((_, i) => ({ id: `e:${i}`, sources: [`t:${i}`], targets: [`t:${i + 1}`] }))
    };
    const laid = await elk().layout(graph);
    const at = absolutePositions(laid);
    placeAsLaidOut(boxes, at);
    const connectors: Connector[] = [];
    // The sekretaris sits beside the ketua on a staff line: the lines down run from the ketua only,
    // and the line from above reaches the ketua, not the sekretaris.
    const isSekretaris = (b: Box) => boxed.some(x => x.b === b && x.m.role === 'sekretaris');
    const line = (tier: Box[]) => tier.some(b => !isSekretaris(b)) ? tier.filter(b => !isSekretaris(b)) : tier;
    for (let i = 1; i < tiers.length; i++) connectTier(line(tiers[i - 1]), line(tiers[i]), at.get(`t:${i}`)!.x + GAP.rail / 2, connectors);
    for (const tier of tiers) connectStaff(tier.filter(b => !isSekretaris(b)), tier.filter(isSekretaris), connectors);
    const owner = team.ownerInstansi
        ? `${team.ownerTitle ?? ''} (${pemda.instansi.find(x => x.id === team.ownerInstansi)?.title ?? team.ownerInstansi})`
        : index.unit(team.owner)?.title ?? team.owner ?? 'belum ditulis';
    const titleLines = [
        `Pemilik kinerja: ${owner}`,
        [`Lingkup: ${team.scope ? SCOPE_LABELS[team.scope] : 'belum dapat ditentukan'}`,
            `cara: ${team.method ? METHOD_LABELS[team.method] : 'belum ditulis'}`,
            `ditetapkan dengan: ${team.instrument ? INSTRUMENT_LABELS[team.instrument] : 'belum ditulis'}`].join(' · ')
    ];
    return { width: laid.width ?? 0, height: laid.height ?? 0, boxes, connectors, titleLines };
}

/** One bus per row of the lower tier, fed from the upper tier's boxes through a rail on the left. */
function connectTier(upper: Box[], lower: Box[], railX: number, out: Connector[]): void {
    const rows = new Map<number, Box[]>();
    for (const b of lower) rows.set(Math.round(b.y), [...(rows.get(Math.round(b.y)) ?? []), b]);
    const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]);
    const busY = (y: number) => y - GAP.row / 2;
    const firstBus = busY(ordered[0][0]);
    const upperCentres = upper.map(b => b.x + b.width / 2);
    for (const b of upper) out.push({ points: [[b.x + b.width / 2, b.y + b.height], [b.x + b.width / 2, firstBus]], from: b.id, to: b.id });
    ordered.forEach(([y, boxes], i) => {
        const centres = boxes.map(b => b.x + b.width / 2);
        const extra = i === 0 ? upperCentres : [];
        const left = Math.min(...centres, ...extra, ...(ordered.length > 1 ? [railX] : []));
        const right = Math.max(...centres, ...extra);
        if (right > left) out.push({ points: [[left, busY(y)], [right, busY(y)]], from: upper[0].id, to: upper[0].id });
        for (const b of boxes) out.push({ points: [[b.x + b.width / 2, busY(y)], [b.x + b.width / 2, b.y]], from: upper[0].id, to: b.id });
    });
    if (ordered.length > 1) out.push({ points: [[railX, firstBus], [railX, busY(ordered[ordered.length - 1][0])]], from: upper[0].id, to: upper[0].id });
}

/** A sekretaris beside the ketua: a level line from the nearest ketua's side to the sekretaris's side. */
function connectStaff(leads: Box[], staff: Box[], out: Connector[]): void {
    if (leads.length === 0) return;
    for (const s of staff) {
        const lead = leads.reduce((a, b) => Math.abs(b.x - s.x) < Math.abs(a.x - s.x) ? b : a);
        const y = Math.max(lead.y, s.y) + Math.min(lead.height, s.height) / 2;
        const [from, to] = lead.x < s.x ? [lead.x + lead.width, s.x] : [lead.x, s.x + s.width];
        out.push({ points: [[from, y], [to, y]], from: lead.id, to: s.id });
    }
}
