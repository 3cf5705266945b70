import * as path from 'node:path';
import type { AstNode, CstNode, LangiumDocument, Reference } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils, isCompositeCstNode } from 'langium';
import type {
    CrossFunctionalMap, ExternalInstansi, Group, IndividualAssignment, Kop, Lane, Letter, LetterCopy, ModelFragment, OrganisationInput, Pegawai, PermohonanAnswer, PermohonanPelibatan,
    Position, PositionOverride, Process, RelationEnd, RelationMap, SourceRef, Team, TeamMember, Template, UnitNode
} from '@sikerja/model';
import { emptyFragment } from '@sikerja/model';
import * as ast from '../generated/ast.js';
import { isNamedNode, qualifiedName, type NamedNode } from '../qualified-names.js';
import { isInstanceMemberDescription } from '../scoping/instance-members.js';

/**
 * Turns one linked document into plain model data. References become qualified-name ids;
 * a reference that does not resolve is left out (the linker already reports it).
 */
export function buildFragment(document: LangiumDocument): ModelFragment {
    const root = document.parseResult.value as ast.Document;
    const uri = document.uri.toString();
    const fragment = emptyFragment(uri);
    const source = (node: AstNode | undefined, property?: string) => sourceOf(uri, node, property);
    fragment.pemda = root.header?.name || undefined;
    const body = root.header?.body;
    if (body) {
        fragment.pemdaDefinition = {
            title: body.title[0], province: body.province[0], regulation: body.regulation[0],
            ...present({ capital: body.capital[0], regent: body.regent[0], kop: kop(body.kop[0]) }), source: source(root.header, 'name')
        };
    }
    const builder = new TreeBuilder(source);
    for (const element of root.elements) {
        if (!element.name) continue;
        if (ast.isOrganisasi(element)) fragment.organisations.push(builder.organisation(element));
        else if (ast.isTemplat(element)) fragment.templates.push(builder.template(element));
        else if (ast.isInstansi(element)) fragment.instansi.push(instansi(element, source));
        else if (ast.isPegawai(element)) fragment.pegawai.push(pegawai(element, source));
        else if (ast.isTim(element)) fragment.teams.push(team(element, source));
        else if (ast.isPenugasan(element)) fragment.assignments.push(assignment(element, source));
        else if (ast.isProses(element)) fragment.processes.push(process(element, source));
        else if (ast.isPetaRelasi(element)) fragment.relationMaps.push(relationMap(element, source));
    }
    return fragment;
}

type SourceOf = (node: AstNode | undefined, property?: string) => SourceRef | undefined;

function sourceOf(uri: string, node: AstNode | undefined, property?: string): SourceRef | undefined {
    const cst = node?.$cstNode;
    if (!cst) return undefined;
    const target = property ? directChildFor(cst, property) ?? GrammarUtils.findNodeForProperty(cst, property) ?? cst : cst;
    return { uri, range: target.range };
}

/**
 * The assigned token is nearly always a direct child (`jabatan <name> ...`), under at most a few
 * wrappers left by unassigned rule calls (`OrgMember: Unit | Jabatan | ...`); avoid a full CST walk.
 */
function directChildFor(cst: CstNode, property: string): CstNode | undefined {
    let current: CstNode = cst;
    for (let depth = 0; depth < 4 && isCompositeCstNode(current); depth++) {
        for (const child of current.content) {
            if (assignedFeature(child.grammarSource) === property) return child;
        }
        if (current.content.length !== 1) return undefined;
        current = current.content[0];
    }
    return undefined;
}

/** The grammar is fixed: which feature a grammar element assigns is looked up once per element. */
const features = new WeakMap<object, string | null>();

function assignedFeature(element: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!element) return undefined;
    let feature = features.get(element);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature ?? null;
        features.set(element, feature);
    }
    return feature ?? undefined;
}

/** The model id of a reference target; instance members get the instance's id, not the template's. */
export function refId(ref: Reference | undefined): string | undefined {
    const target = ref?.ref;
    if (!target || !isNamedNode(target)) return undefined;
    const description = ref.$nodeDescription;
    if (isInstanceMemberDescription(description)) return `${description.instanceId}.${description.relativeName}`;
    return qualifiedName(target as NamedNode);
}

class TreeBuilder {
    constructor(private readonly source: SourceOf) {}

    organisation(node: ast.Organisasi): OrganisationInput {
        const unit = this.unit(node, undefined);
        const induk = refId(node.parent[0]);
        return {
            ...unit,
            kind: node.kind,
            parent: induk,
            structureModel: node.structureModel[0],
            uptdClass: node.uptdClass[0],
            affairs: [...node.affairs], ...present({ kop: kop(node.kop[0]) }),
            induk,
            perangkatDaerah: unit.id,
            indukCycle: false,
            template: refId(node.template[0]),
            overrides: node.members.filter(ast.isIsi).map(isi => this.override(isi)).filter(o => o !== undefined)
        };
    }

    template(node: ast.Templat): Template {
        return { id: node.name, name: node.name, title: node.title ?? '', forKind: node.kind, root: this.unit(node, undefined), source: this.source(node, 'name') };
    }

    private unit(node: ast.Organisasi | ast.Templat | ast.Unit, parent: string | undefined): UnitNode {
        const id = qualifiedName(node);
        const unit: UnitNode = {
            id, name: node.name, title: node.title ?? '', kind: ast.isTemplat(node) ? 'unit' : node.kind,
            parent, units: [], positions: [], groups: [], source: this.source(node, 'name')
        };
        for (const member of node.members) {
            if (ast.isUnit(member) && member.name) unit.units.push(this.unit(member, id));
            else if (ast.isPimpinan(member) && member.name) unit.leader ??= this.position(member, id, undefined);
            else if (ast.isJabatan(member) && member.name) unit.positions.push(this.position(member, id, undefined));
            else if (ast.isKelompok(member) && member.name) this.group(member, unit);
        }
        return unit;
    }

    private group(node: ast.Kelompok, unit: UnitNode): void {
        const group: Group = {
            id: qualifiedName(node), name: node.name, title: node.title ?? '', unit: unit.id,
            penilai: refId(node.penilai[0]), coordinator: refId(node.coordinator[0]), source: this.source(node, 'name')
        };
        unit.groups.push(group);
        for (const j of node.members) {
            if (j.name) unit.positions.push(this.position(j, unit.id, group.id));
        }
    }

    private position(node: ast.Pimpinan | ast.Jabatan, unit: string, group: string | undefined): Position {
        return {
            id: qualifiedName(node),
            name: node.name,
            title: node.title ?? '',
            role: ast.isPimpinan(node) ? 'pimpinan' : 'jabatan',
            jenis: node.jenis[0],
            kategori: node.kategori[0],
            jenjang: node.jenjang[0],
            kelas: node.kelas[0],
            bezetting: node.bezetting[0],
            kebutuhan: node.kebutuhan[0],
            status: node.status[0],
            hasilPenyetaraan: node.flags.includes('hasil-penyetaraan'),
            sepertiKetuaTim: node.flags.includes('seperti-ketua-tim'),
            unit,
            group,
            declaredPenilai: refId(node.penilai[0]),
            ...(node.delegated && node.penilai.length > 0 ? { penilaiDelegated: true as const } : {}),
            source: this.source(node, 'name')
        };
    }

    private override(isi: ast.Isi): PositionOverride | undefined {
        const target = isi.target?.ref;
        if (!target || !isNamedNode(target)) return undefined;
        // Relative to the template: drop the template's own name.
        const target$ = qualifiedName(target).split('.').slice(1).join('.');
        return {
            target: target$, title: isi.title[0], kelas: isi.kelas[0], bezetting: isi.bezetting[0],
            kebutuhan: isi.kebutuhan[0], status: isi.status[0], source: this.source(isi, 'target')
        };
    }
}

function instansi(node: ast.Instansi, source: SourceOf): ExternalInstansi {
    return { id: node.name, name: node.name, title: node.title ?? '', source: source(node, 'name') };
}

/** The fields that were written; an absent one is left out rather than set to undefined, so the JSON keeps its shape. */
function present<T extends object>(fields: T): Partial<T> {
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function kop(node: ast.Kop | undefined): Kop | undefined {
    if (!node) return undefined;
    const logo = node.logo[0];
    return present({
        // Resolved by the platform's own rules: a Windows analyst writes `C:\\Logo\\kab.png` or `logo\\kab.png`.
        logo: logo === undefined ? undefined : path.resolve(path.dirname(AstUtils.getDocument(node).uri.fsPath), logo),
        address: node.address[0], postalCode: node.postalCode[0], phone: node.phone[0], fax: node.fax[0],
        website: node.website[0], email: node.email[0]
    });
}

/** The model object built from this pegawai node (names may be duplicated while an analyst types). */
export function pegawaiBuiltFrom(node: ast.Pegawai): Pegawai | undefined {
    return built.get(node) as Pegawai | undefined;
}

function pegawai(node: ast.Pegawai, source: SourceOf): Pegawai {
    return remember(node, pegawaiData(node, source));
}

function pegawaiData(node: ast.Pegawai, source: SourceOf): Pegawai {
    return {
        id: node.name, name: node.name, title: node.title ?? '',
        ...present({ nip: node.nip[0], rank: node.rank[0], status: node.status[0], position: refId(node.position[0]) }),
        source: source(node, 'name')
    };
}

function copies(nodes: readonly ast.Tembusan[]): LetterCopy[] {
    return nodes.flatMap((c): LetterCopy[] => {
        if (c.text !== undefined) return [{ text: c.text }];
        const position = refId(c.position);
        return position === undefined ? [] : [{ position }];
    });
}

function letter(node: ast.Naskah | undefined, source: SourceOf): Letter | undefined {
    if (!node) return undefined;
    return {
        ...present({
            number: node.number[0], date: node.date[0], place: node.place[0], issuer: refId(node.issuer[0]),
            nature: node.nature[0], subject: node.subject[0]
        }),
        basis: [...node.basis], considering: [...node.considering], recalling: [...node.recalling], copies: copies(node.copies),
        source: source(node)
    };
}

function permohonan(node: ast.Permohonan, source: SourceOf): PermohonanPelibatan {
    return {
        ...present({ sender: refId(node.sender), via: refId(node.via), date: node.date[0], nature: node.nature[0], subject: node.subject[0] }),
        recipient: refId(node.recipient), number: node.number[0], purpose: node.purpose[0],
        competence: [...node.competence], expectation: [...node.expectation], duration: node.duration[0], copies: copies(node.copies),
        approvals: node.approvals.flatMap(a => refId(a) ?? []),
        ...present({ forwarded: letter(node.forwarded[0], source), answer: answer(node.answer[0], source) }),
        source: source(node, 'recipient')
    };
}

function answer(node: ast.Jawaban | undefined, source: SourceOf): PermohonanAnswer | undefined {
    if (!node) return undefined;
    const decision = node.decision[0];
    return {
        ...present({
            number: node.number[0], date: node.date[0], subject: node.subject[0], signer: refId(node.issuer[0]), signerTitle: node.issuerText[0],
            agreed: decision === undefined ? undefined : decision === 'disetujui'
        }),
        reasons: [...node.reasons], source: source(node)
    };
}

function member(node: ast.PeranTim, source: SourceOf): TeamMember {
    const extra = present({
        pegawai: refId(node.person), volunteered: node.volunteered ? true as const : undefined, letter: letter(node.letter, source)
    });
    return node.instansi
        ? { role: node.role, instansi: refId(node.instansi), title: node.title, ...extra, source: source(node) }
        : { role: node.role, position: refId(node.position), ...extra, source: source(node, 'position') };
}

/**
 * The model object built from each team and assignment node. Names can be duplicated while an analyst
 * types; rules must read the object made from *this* node, whose members line up with its roles.
 */
const built = new WeakMap<ast.Tim | ast.Penugasan | ast.Pegawai, Team | IndividualAssignment | Pegawai>();

function remember<N extends ast.Tim | ast.Penugasan | ast.Pegawai, T extends Team | IndividualAssignment | Pegawai>(node: N, result: T): T {
    built.set(node, result);
    return result;
}

export function teamBuiltFrom(node: ast.Tim): Team | undefined {
    return built.get(node) as Team | undefined;
}

export function assignmentBuiltFrom(node: ast.Penugasan): IndividualAssignment | undefined {
    return built.get(node) as IndividualAssignment | undefined;
}

/** A team or an individual assignment alike: the method, instrument, letters and people are read the same way. */
export function workBuiltFrom(node: ast.Tim | ast.Penugasan): Team | IndividualAssignment | undefined {
    return ast.isTim(node) ? teamBuiltFrom(node) : assignmentBuiltFrom(node);
}

/** Only present when written, so the JSON of a pemda-owned team keeps its shape. */
function outsideOwner(node: ast.Tim | ast.Penugasan): { ownerInstansi?: string; ownerTitle?: string } {
    const instansi = refId(node.ownerInstansi[0]);
    return instansi === undefined ? {} : { ownerInstansi: instansi, ownerTitle: node.ownerTitle[0] };
}

function team(node: ast.Tim, source: SourceOf): Team {
    return remember(node, teamData(node, source));
}

function teamData(node: ast.Tim, source: SourceOf): Team {
    return {
        id: node.name, name: node.name, title: node.title ?? '',
        owner: refId(node.owner[0]), ...outsideOwner(node),
        members: node.roles.map(r => member(r, source)),
        targets: [...node.targets], duration: node.duration[0], method: node.assignment[0], instrument: node.instrument[0],
        ...present({ letter: letter(node.letter[0], source) }),
        permohonan: node.permohonan.map(p => permohonan(p, source)),
        source: source(node, 'name')
    };
}

function assignment(node: ast.Penugasan, source: SourceOf): IndividualAssignment {
    return remember(node, assignmentData(node, source));
}

function assignmentData(node: ast.Penugasan, source: SourceOf): IndividualAssignment {
    const assignee = node.assignee[0];
    return {
        id: node.name, name: node.name, title: node.title ?? '',
        owner: refId(node.owner[0]), ...outsideOwner(node),
        assignee: assignee ? { role: 'anggota', position: refId(assignee), ...present({ pegawai: refId(node.assigneePerson[0]) }), source: source(node, 'assignee') } : undefined,
        targets: [...node.targets], duration: node.duration[0], method: node.assignment[0], instrument: node.instrument[0],
        ...present({ letter: letter(node.letter[0], source) }),
        permohonan: node.permohonan.map(p => permohonan(p, source)),
        source: source(node, 'name')
    };
}

// ---------------------------------------------------------------- proses bisnis

function process(node: ast.Proses, source: SourceOf): Process {
    return {
        id: node.name, name: node.name, title: node.title ?? '', code: node.code[0], level: node.level[0],
        category: node.category[0], parent: refId(node.parent[0]), children: [], owner: refId(node.owner[0]),
        inputs: [...node.inputs], outputs: [...node.outputs],
        maps: node.maps.filter(m => m.name).map(m => crossFunctionalMap(node.name, m, source)),
        source: source(node, 'name')
    };
}

function laneKind(target: AstNode | undefined): Lane['kind'] {
    if (ast.isInstansi(target)) return 'instansi';
    if (ast.isPimpinan(target) || ast.isJabatan(target)) return 'jabatan';
    return target ? 'unit' : 'pihak-luar';
}

function crossFunctionalMap(processId: string, node: ast.PetaLintasFungsi, source: SourceOf): CrossFunctionalMap {
    const id = `${processId}.${node.name}`;
    const local = (name: string | undefined) => name === undefined ? undefined : `${id}.${name}`;
    return {
        id, name: node.name, title: node.title ?? '', code: node.code,
        lanes: node.lanes.filter(l => l.name).map(l => ({
            id: `${id}.${l.name}`, name: l.name, title: l.title ?? '', kind: laneKind(l.element?.ref),
            element: refId(l.element), source: source(l, 'name')
        })),
        nodes: node.nodes.filter(n => n.name).map(n => ({
            id: `${id}.${n.name}`, name: n.name, kind: n.kind, title: n.title ?? '',
            lane: local(n.lane[0]?.ref?.name), duration: n.duration[0], output: n.output[0],
            sop: local(n.sop[0]?.ref?.name), target: refId(n.target[0]), requirements: [...n.requirements], source: source(n, 'name')
        })),
        flows: node.flows.flatMap(f => f.steps.slice(1).map((to, i) => ({
            from: local(f.steps[i].ref?.name)!, to: local(to.ref?.name)!,
            label: f.steps.length === 2 ? f.label : undefined, source: source(f)
        })).filter(x => x.from !== undefined && x.to !== undefined)),
        sops: node.sops.filter(s => s.name).map(s => ({ id: `${id}.${s.name}`, name: s.name, title: s.title ?? '', code: s.code ?? '', source: source(s, 'name') })),
        sopIdentity: {
            ...written({ name: node.sopName.at(-1), madeOn: node.madeOn.at(-1), revisedOn: node.revisedOn.at(-1), effectiveOn: node.effectiveOn.at(-1) }),
            legalBasis: [...node.legalBasis], qualifications: [...node.qualifications], related: [...node.related],
            equipment: [...node.equipment], warnings: [...node.warnings], records: [...node.records]
        },
        source: source(node, 'name')
    };
}

function relationEnd(ref: Reference | undefined): RelationEnd | undefined {
    const target = ref?.ref;
    const id = refId(ref);
    if (!target || id === undefined) return undefined;
    const kind = ast.isProses(target) ? 'proses' : ast.isInstansi(target) ? 'instansi' : 'unit';
    return { kind, id };
}

function relationMap(node: ast.PetaRelasi, source: SourceOf): RelationMap {
    return {
        id: node.name, name: node.name, title: node.title ?? '',
        relations: node.relations.map(r => ({ from: relationEnd(r.from), to: relationEnd(r.to), item: r.item ?? '', source: source(r) })),
        source: source(node, 'name')
    };
}


/** Only the fields written: an absent one stays absent (the JSON Schema has no nulls). */
function written<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Record<keyof T, string>>;
}
