import type { ModelFragment, OrganisationInput, PositionOverride } from './fragment.js';
import { OrganisationIndex, PemdaIndex } from './pemda-index.js';
import { assignedPeople, deriveWorkScope } from './work-scope.js';
import type {
    Group, IndividualAssignment, Lane, Organisation, PemdaModel, Position, Team, TeamMember, Template, UnitNode
} from './types.js';

export function buildPemdaModel(name: string, fragments: readonly ModelFragment[]): PemdaModel {
    return buildPemda(name, fragments).model;
}

/**
 * The merged, derived model of one pemda together with its lookups. Fragments are kept between
 * builds (a file that did not change keeps its fragment), so everything derived here is either
 * recomputed on every build (team scope, process children, lane titles, induk chains) or cached
 * with the object it was derived from (a template's instance, an organisation's index and the
 * penilai found inside it). A keystroke in one file thus re-derives that file's organisations and
 * the few facts that cross organisations, not the kabupaten's thousands of positions.
 */
export function buildPemda(name: string, fragments: readonly ModelFragment[]): { model: PemdaModel; index: PemdaIndex } {
    const model: PemdaModel = {
        name, organisations: [], templates: [], instansi: [], pegawai: [], teams: [], assignments: [], processes: [], relationMaps: []
    };
    const ordered = [...fragments].sort((a, b) => a.uri.localeCompare(b.uri));
    for (const f of ordered) {
        if (f.pemdaDefinition && model.source === undefined) {
            Object.assign(model, f.pemdaDefinition);
        }
        model.templates.push(...f.templates);
        model.instansi.push(...f.instansi);
        model.pegawai.push(...f.pegawai);
        model.teams.push(...f.teams);
        model.assignments.push(...f.assignments);
        model.processes.push(...f.processes);
        model.relationMaps.push(...f.relationMaps);
    }
    const templates = new Map(model.templates.map(t => [t.id, t]));
    for (const f of ordered) {
        for (const org of f.organisations) {
            model.organisations.push(instantiated(org, templates));
        }
    }
    const index = new PemdaIndex(model);
    deriveOrganisations(model, index);
    derivePenilai(model, index);
    for (const team of model.teams) deriveTeam(team, index);
    for (const a of model.assignments) deriveAssignment(a, index);
    deriveProcesses(model, index);
    return { model, index };
}

// ---------------------------------------------------------------- templates

const instances = new WeakMap<OrganisationInput, { template: Template | undefined; organisation: Organisation }>();

/** The organisation as modelled: the same object as long as its input and its template are the same. */
function instantiated(input: OrganisationInput, templates: Map<string, Template>): Organisation {
    const template = input.template === undefined ? undefined : templates.get(input.template);
    const cached = instances.get(input);
    if (cached && cached.template === template) return cached.organisation;
    const organisation = instantiate(input, templates);
    instances.set(input, { template, organisation });
    return organisation;
}

function instantiate(input: OrganisationInput, templates: Map<string, Template>): Organisation {
    const { overrides, ...org } = input;
    const template = org.template === undefined ? undefined : templates.get(org.template);
    if (!template) return org;
    const copy = copyTemplateTree(template.root, template.id, org);
    const byId = new Map<string, Position>();
    collectPositions(copy, byId);
    for (const o of overrides) {
        const p = byId.get(`${org.id}.${o.target}`);
        if (p) applyOverride(p, o);
    }
    return {
        ...org,
        leader: org.leader ?? copy.leader,
        units: [...copy.units, ...org.units],
        positions: [...copy.positions, ...org.positions],
        groups: [...copy.groups, ...org.groups]
    };
}

function copyTemplateTree(root: UnitNode, templateId: string, org: Organisation): UnitNode {
    const rename = (id: string) => id === templateId ? org.id : id.startsWith(templateId + '.') ? org.id + id.slice(templateId.length) : id;
    const title = (t: string) => t.replaceAll('{unit}', org.title);
    const copyPosition = (p: Position): Position => ({
        ...p,
        id: rename(p.id),
        title: title(p.title),
        unit: rename(p.unit),
        group: p.group === undefined ? undefined : rename(p.group),
        declaredPenilai: p.declaredPenilai === undefined ? undefined : rename(p.declaredPenilai),
        fromTemplate: p.id
    });
    const copyGroup = (g: Group): Group => ({
        ...g,
        id: rename(g.id),
        unit: rename(g.unit),
        penilai: g.penilai === undefined ? undefined : rename(g.penilai),
        coordinator: g.coordinator === undefined ? undefined : rename(g.coordinator)
    });
    const copyUnit = (u: UnitNode): UnitNode => ({
        ...u,
        id: rename(u.id),
        title: title(u.title),
        parent: u.parent === undefined ? undefined : rename(u.parent),
        leader: u.leader ? copyPosition(u.leader) : undefined,
        units: u.units.map(copyUnit),
        positions: u.positions.map(copyPosition),
        groups: u.groups.map(copyGroup)
    });
    return copyUnit(root);
}

function collectPositions(unit: UnitNode, into: Map<string, Position>): void {
    if (unit.leader) into.set(unit.leader.id, unit.leader);
    for (const p of unit.positions) into.set(p.id, p);
    for (const u of unit.units) collectPositions(u, into);
}

function applyOverride(p: Position, o: PositionOverride): void {
    if (o.title !== undefined) p.title = o.title;
    if (o.kelas !== undefined) p.kelas = o.kelas;
    if (o.bezetting !== undefined) p.bezetting = o.bezetting;
    if (o.kebutuhan !== undefined) p.kebutuhan = o.kebutuhan;
    if (o.status !== undefined) p.status = o.status;
    if (o.source !== undefined) p.source = o.source;
}

// ---------------------------------------------------------------- organisation facts

function deriveOrganisations(model: PemdaModel, index: PemdaIndex): void {
    for (const org of model.organisations) {
        org.indukCycle = hasIndukCycle(org, index);
        org.perangkatDaerah = index.perangkatDaerahOf(org.id) ?? org.id;
    }
}

function hasIndukCycle(org: Organisation, index: PemdaIndex): boolean {
    const seen = new Set<string>();
    let next = org.induk;
    while (next !== undefined && !seen.has(next)) {
        if (next === org.id) return true;
        seen.add(next);
        next = index.organisations.get(next)?.induk;
    }
    return false;
}

/** Positions whose penilai lies outside their organisation (or is not found), per organisation object. */
const penilaiAcross = new WeakMap<Organisation, Position[]>();

/**
 * A penilai found inside the position's own organisation depends on nothing but that organisation,
 * so it is derived once per organisation object; the rest (a head under an induk, a `dibawah` into
 * another organisation, one not found) is derived again on every build.
 */
function derivePenilai(model: PemdaModel, index: PemdaIndex): void {
    for (const org of model.organisations) {
        const own = index.indexOf(org.id);
        const across = own?.organisation === org ? penilaiAcross.get(org) : undefined;
        if (across) {
            for (const p of across) p.penilaiKinerja = penilaiOf(p, index)?.id;
            continue;
        }
        const outside: Position[] = [];
        for (const p of OrganisationIndex.of(org).positions.values()) {
            p.selisih = p.bezetting !== undefined && p.kebutuhan !== undefined ? p.bezetting - p.kebutuhan : undefined;
            const penilai = penilaiOf(p, index);
            p.penilaiKinerja = penilai?.id;
            if (!penilai || index.organisationOf(penilai.unit) !== org) outside.push(p);
        }
        // An organisation shadowed by another of the same name (an error the analyst sees) had its
        // ids looked up in the other's tree: nothing derived now may be reused once it is unique again.
        if (own?.organisation === org) penilaiAcross.set(org, outside); else penilaiAcross.delete(org);
    }
}

/** Pejabat Penilai Kinerja: the explicit `dibawah`, else the kelompok's, else the nearest leader above. */
function penilaiOf(p: Position, index: PemdaIndex): Position | undefined {
    if (p.declaredPenilai !== undefined) return index.position(p.declaredPenilai);
    if (p.role === 'jabatan') {
        const group = index.group(p.group);
        if (group?.penilai !== undefined) return index.position(group.penilai);
        return index.leaderOf(p.unit);
    }
    const parent = index.unit(p.unit)?.parent;
    return parent === undefined ? undefined : index.leaderOf(parent);
}

// ---------------------------------------------------------------- teams

function resolveMember(member: TeamMember, index: PemdaIndex): void {
    const position = index.position(member.position);
    member.homeUnit = position?.unit;
    member.homePerangkatDaerah = position ? index.perangkatDaerahOf(position.unit) : undefined;
}

function deriveTeam(team: Team, index: PemdaIndex): void {
    for (const m of team.members) resolveMember(m, index);
    team.ownerPerangkatDaerah = team.owner === undefined ? undefined : index.perangkatDaerahOf(team.owner);
    team.scope = deriveWorkScope(team.owner, assignedPeople(team), index, team.ownerInstansi);
}

function deriveAssignment(a: IndividualAssignment, index: PemdaIndex): void {
    if (a.assignee) resolveMember(a.assignee, index);
    a.ownerPerangkatDaerah = a.owner === undefined ? undefined : index.perangkatDaerahOf(a.owner);
    a.scope = deriveWorkScope(a.owner, assignedPeople(a), index, a.ownerInstansi);
}

// ---------------------------------------------------------------- proses bisnis

/** Lanes written without a title of their own: theirs follows the element they are bound to. */
const titledByElement = new WeakSet<Lane>();

function deriveProcesses(model: PemdaModel, index: PemdaIndex): void {
    const byId = new Map(model.processes.map(p => [p.id, p]));
    const instansi = new Map(model.instansi.map(i => [i.id, i]));
    for (const p of model.processes) p.children = [];
    for (const p of model.processes) {
        if (p.parent !== undefined) byId.get(p.parent)?.children.push(p.id);
        for (const map of p.maps) {
            for (const lane of map.lanes) {
                if (lane.element === undefined || (lane.title && !titledByElement.has(lane))) continue;
                titledByElement.add(lane);
                lane.title = index.unit(lane.element)?.title ?? index.position(lane.element)?.title
                    ?? instansi.get(lane.element)?.title ?? lane.element;
            }
        }
    }
}

