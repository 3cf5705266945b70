import type { Group, Organisation, PemdaModel, Position, UnitNode } from '@sikerja/model';

/**
 * The organisation drawn as analysts draw it: each leader's block holds its own box, the JF and
 * pelaksana it is Pejabat Penilai Kinerja of (one kelompok), and the blocks of the units below it;
 * unit kerja with their own organisation (UPTD, Puskesmas, Kelurahan) hang below their induk.
 */
export interface OrgBlock {
    unit: UnitNode;
    /** The unit kerja's organisation, when this block is one. */
    organisation?: Organisation;
    depth: number;
    /**
     * Pejabat level of the block's leader (Bengkayang Lampiran I: the head of a Perangkat Daerah or
     * unit kerja is level 1, Sekretaris and Kepala Bidang level 2, Kepala Subbagian and Seksi level 3;
     * in a Kecamatan the Kepala Seksi is level 2, in the Setda the Kepala Bagian). Read as: one level
     * down per leader below, except a JPT under a JPT (an Asisten under the Sekda) who keeps its level.
     */
    level: number;
    /** JF and pelaksana whose Pejabat Penilai Kinerja leads this block (or who sit here without one drawn). */
    kelompok: Position[];
    /** The written `kelompok` all of the block's kelompok belongs to, when there is one. */
    group?: Group;
    /** Every written `kelompok` among the block's kelompok, in written order: each keeps its name as a subheading. */
    groups: Group[];
    /** A leader below who coordinates the kelompok "seperti ketua tim" (not its PPK). */
    coordinator?: Position;
    /** On a page of a paginated drawing, when `kelompok` is only some rows of the whole (`all`). */
    part?: { continued: boolean; last: boolean; all: Position[] };
    /** On a page of a paginated drawing, a head shown only as the path to the units below it (its figures are on its own page). */
    stub?: boolean;
    /** On a page of a paginated drawing, the block as the whole drawing holds it: its totals count what other pages show. */
    whole?: OrgBlock;
    children: OrgBlock[];
}

export interface OrgDrawing {
    pemda: PemdaModel;
    organisation: Organisation;
    root: OrgBlock;
    /** Every position drawn, each once. */
    positions: Position[];
}

/** Organisations drawn under `org`: those whose induk it is, in source order, recursively. */
function unitKerjaOf(pemda: PemdaModel, org: Organisation, seen: Set<string>): Organisation[] {
    return pemda.organisations.filter(o => o.induk === org.id && !o.indukCycle && !seen.has(o.id));
}

export function buildOrgDrawing(pemda: PemdaModel, organisation: Organisation): OrgDrawing {
    const blocks = new Map<string, OrgBlock>();
    const leaderBlock = new Map<string, OrgBlock>();
    const parentOf = new Map<string, string | undefined>();
    const seen = new Set<string>([organisation.id]);
    const groups = new Map<string, Group>();

    const make = (unit: UnitNode, depth: number, org?: Organisation, parent?: OrgBlock): OrgBlock => {
        const level = org || !parent ? 1 : parent.level + (isJpt(unit.leader) && isJpt(parent.unit.leader) ? 0 : 1);
        const block: OrgBlock = { unit, organisation: org, depth, level, kelompok: [], groups: [], children: [] };
        blocks.set(unit.id, block);
        if (unit.leader) leaderBlock.set(unit.leader.id, block);
        for (const g of unit.groups) groups.set(g.id, g);
        for (const child of unit.units) {
            parentOf.set(child.id, unit.id);
            block.children.push(make(child, depth + 1, undefined, block));
        }
        if (org) {
            for (const uk of unitKerjaOf(pemda, org, seen)) {
                seen.add(uk.id);
                parentOf.set(uk.id, unit.id);
                block.children.push(make(uk, depth + 1, uk, block));
            }
        }
        return block;
    };
    const root = make(organisation, 0, organisation);

    const positions: Position[] = [];
    for (const unit of [...blocks.values()].map(b => b.unit)) {
        if (unit.leader) positions.push(unit.leader);
        for (const p of unit.positions) {
            positions.push(p);
            const byPenilai = p.penilaiKinerja === undefined ? undefined : leaderBlock.get(p.penilaiKinerja);
            const home = nearestBlock(unit.id, blocks, parentOf);
            (byPenilai ?? home)!.kelompok.push(p);
        }
    }
    for (const block of blocks.values()) {
        // Rows of one kelompok together, under its name: those in none first, then each kelompok as first written.
        const order = [...new Set([undefined, ...block.kelompok.map(p => p.group)])];
        block.kelompok = order.flatMap(g => block.kelompok.filter(p => p.group === g));
        const groupIds = new Set(block.kelompok.map(p => p.group));
        block.groups = [...groupIds].map(id => groups.get(id ?? '')).filter(g => g !== undefined);
        if (groupIds.size === 1 && block.groups.length === 1) block.group = block.groups[0];
        // Only a kelompok that names its coordinator has one: a leader marked `seperti-ketua-tim`
        // does not say which JF it coordinates, and the drawing does not guess.
        const coordinator = block.groups.length === 1 ? block.groups[0].coordinator : undefined;
        if (coordinator) block.coordinator = positions.find(p => p.id === coordinator);
    }
    return { pemda, organisation, root, positions };
}

function isJpt(p: Position | undefined): boolean {
    return p?.jenis === 'jpt-madya' || p?.jenis === 'jpt-pratama';
}

function nearestBlock(unitId: string, blocks: Map<string, OrgBlock>, parentOf: Map<string, string | undefined>): OrgBlock | undefined {
    let id: string | undefined = unitId;
    while (id !== undefined) {
        const b = blocks.get(id);
        if (b) return b;
        id = parentOf.get(id);
    }
    return undefined;
}

/** The Perangkat Daerah that can be drawn: organisations that are not a unit kerja of another. */
export function drawableOrganisations(pemda: PemdaModel): Organisation[] {
    return pemda.organisations.filter(o => o.induk === undefined || o.indukCycle || !pemda.organisations.some(x => x.id === o.induk));
}
