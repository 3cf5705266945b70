import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { workPeople, type IndividualAssignment, type Jenjang, type Position, type Team, type UnitNode } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { assignmentBuiltFrom, teamBuiltFrom } from '../../model/fragment-builder.js';
import type { RuleCode } from './catalogue.js';
import { INSTRUMENT_LABELS, reportRule, scopeLabel, type RuleContext, type RuleFindingOptions } from './context.js';
import { isSpbeTeam } from './spbe.js';

const JENJANG_ORDER: Jenjang[] = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'];

/** The model team made from this node; the rule context's model contains it once its pemda is built. */
export const teamOf = (node: ast.Tim): Team | undefined => teamBuiltFrom(node);
export const assignmentOf = (node: ast.Penugasan): IndividualAssignment | undefined => assignmentBuiltFrom(node);

/** A team or an individual assignment, the same way: rules on the method, instrument and letters treat both. */
export function workOf(node: ast.Tim | ast.Penugasan): Team | IndividualAssignment | undefined {
    return ast.isTim(node) ? teamOf(node) : assignmentOf(node);
}

/** A finding about the `index`-th of `workPeople`: on that team role's name, or on the assignee. */
export function reportOnPerson(accept: ValidationAcceptor, ctx: RuleContext, code: RuleCode, message: string,
    node: ast.Tim | ast.Penugasan, index: number, data?: object, options?: RuleFindingOptions): void {
    if (ast.isTim(node)) {
        const role = node.roles[index];
        reportRule(accept, ctx, code, message, { node: role, property: role.position ? 'position' : 'instansi', data }, options);
    } else {
        reportRule(accept, ctx, code, message, { node, property: 'assignee', index: 0, data }, options);
    }
}

/** The unit a ketua must come from: the owner unit, or its Perangkat Daerah where the region says so. */
function ownerBoundary(ctx: RuleContext, team: Team): string | undefined {
    return ctx.profile.ketua.ownerLevel === 'perangkat-daerah' ? team.ownerPerangkatDaerah : team.owner;
}

function title(ctx: RuleContext, unitId: string | undefined): string {
    return (unitId && ctx.facts.index.unit(unitId)?.title) || unitId || '?';
}

/** Positions of the owner boundary that could lead the team, best first (hasil penyetaraan, higher jenjang). */
export function ketuaCandidates(ctx: RuleContext, boundary: string): Position[] {
    const unit = ctx.facts.index.unit(boundary);
    if (!unit) return [];
    const all: Position[] = [];
    const walk = (u: UnitNode) => { all.push(...u.positions); u.units.forEach(walk); };
    walk(unit);
    const rank = (p: Position) => (p.hasilPenyetaraan ? 10 : 0) + (p.jenjang ? JENJANG_ORDER.indexOf(p.jenjang) + 1 : 0);
    return all.filter(p => p.jenis === 'fungsional' || p.jenis === 'pelaksana').sort((a, b) => rank(b) - rank(a));
}

export function timKerjaRules(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function ketuaFromOwnerUnit(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const team = ctx && teamOf(node);
        if (!ctx || !team?.scope || !ctx.profile.ketua.appliesTo.includes(team.scope)) return;
        const boundary = ownerBoundary(ctx, team);
        // Kampar Ps 5 ayat (5) and the Bengkalis slides speak of members "dari lintas Perangkat Daerah": a team
        // whose only outsiders come from another instansi is beyond their words.
        const fromAnotherPd = team.members.some(m => m.homePerangkatDaerah !== undefined && m.homePerangkatDaerah !== team.ownerPerangkatDaerah);
        if (ctx.profile.ketua.ownerLevel === 'perangkat-daerah' && team.scope === 'lintas-instansi' && !fromAnotherPd) return;
        const index = team.members.findIndex(m => m.role === 'ketua');
        const ketua = team.members[index];
        if (!ketua || boundary === undefined) return;
        const structural = ketua.position !== undefined && ctx.facts.index.position(ketua.position)?.role !== 'jabatan';
        if (structural && !ctx.profile.ketua.coversStructuralKetua) return;
        if (ketua.homeUnit !== undefined && ctx.facts.index.isWithin(ketua.homeUnit, boundary)) return;
        if (ketua.homeUnit === undefined && ketua.instansi === undefined) return;
        const roleNode = node.roles[index];
        const from = ketua.instansi ? `instansi \`${ketua.instansi}\`` : `\`${title(ctx, ketua.homeUnit)}\``;
        const level = ctx.profile.ketua.ownerLevel === 'perangkat-daerah' ? 'perangkat daerah' : 'unit organisasi';
        const candidates = ketuaCandidates(ctx, boundary).slice(0, 5).map(p => p.id);
        reportRule(accept, ctx, 'ketua-from-owner-unit',
            `Tim ${scopeLabel(ctx.profile, team.scope)} ini diketuai pejabat dari ${from}, bukan dari ${level} pemilik kinerja \`${title(ctx, boundary)}\`.`,
            { node: roleNode, property: roleNode.position ? 'position' : 'instansi', data: { candidates } });
    }

    function ketuaEligibility(node: ast.Tim, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const team = ctx && teamOf(node);
        // Who chairs another instansi's team is that instansi's rule, not this Perbup's.
        if (!ctx || !team || team.ownerInstansi !== undefined) return;
        const minJenjang = ctx.profile.ketuaEligibility.minPenyetaraanJenjang;
        const meetsJenjang = (p: Position) => !minJenjang || (p.jenjang !== undefined && JENJANG_ORDER.indexOf(p.jenjang) >= JENJANG_ORDER.indexOf(minJenjang));
        const isPenyetaraan = (p: Position) => p.jenis === 'fungsional' && p.hasilPenyetaraan && meetsJenjang(p);
        // "Kekosongan" is a vacancy: the fallback to a JF keahlian PNS applies when the owner unit has no
        // filled JF hasil penyetaraan post (B > 0), not merely no such post in its peta jabatan.
        const ownerHasPenyetaraan = team.owner !== undefined
            && ketuaCandidates(ctx, team.owner).some(p => isPenyetaraan(p) && (p.bezetting ?? 0) > 0);
        team.members.forEach((m, i) => {
            if (m.role !== 'ketua' && m.role !== 'penanggung-jawab') return;
            const p = ctx.facts.index.position(m.position);
            if (!p) return;
            if (p.jenis === 'administrator' || isPenyetaraan(p)) return;
            if (p.jenis === 'jpt-pratama' || p.jenis === 'jpt-madya') {
                reportRule(accept, ctx, 'ketua-eligibility',
                    `\`${p.title}\` adalah Pejabat Pimpinan Tinggi; yang bertindak sebagai ${m.role === 'ketua' ? 'ketua' : 'penanggung jawab'} tim kerja `
                    + 'adalah Pejabat Administrator atau JF hasil penyetaraan (Kepala Perangkat Daerah menetapkan dan menerima laporan tim).',
                    { node: node.roles[i], property: 'position' });
                return;
            }
            const fallback = !ownerHasPenyetaraan && p.jenis === 'fungsional' && p.kategori === 'keahlian' && p.status !== 'pppk';
            if (fallback) return;
            const penyetaraan = minJenjang ? `JF hasil penyetaraan jenjang ${minJenjang} ke atas` : 'JF hasil penyetaraan';
            const why = ownerHasPenyetaraan
                ? `unit pemilik kinerja masih memiliki ${penyetaraan}`
                : 'bila tidak ada JF hasil penyetaraan, yang dapat ditunjuk adalah JF keahlian berstatus PNS';
            reportRule(accept, ctx, 'ketua-eligibility',
                `${m.role === 'ketua' ? 'Ketua' : 'Penanggung jawab'} tim \`${p.title}\` bukan Pejabat Administrator atau ${penyetaraan}; ${why}.`,
                { node: node.roles[i], property: 'position' });
        });
    }

    function sukarelaWithinPemda(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const work = ctx && workOf(node);
        if (!ctx || !work?.scope) return;
        // One member of an appointed team may have asked to join (`sukarela`): judged by where it comes from.
        if (ast.isTim(node) && work.method !== 'pengajuan-sukarela' && !ctx.profile.sukarela.allowedScopes.includes('lintas-instansi')) {
            node.roles.forEach((r, i) => {
                const m = workPeople(work)[i];
                if (!r.volunteered || !m || (m.instansi === undefined && work.ownerInstansi === undefined)) return;
                reportRule(accept, ctx, 'sukarela-not-lintas-instansi',
                    `Pengajuan sukarela tidak berlaku lintas instansi; anggota ini dilibatkan dengan penunjukan: hapus \`sukarela\`.`,
                    { node: r, property: 'volunteered' });
            });
        }
        if (work.method !== 'pengajuan-sukarela') return;
        if (ctx.profile.sukarela.allowedScopes.includes(work.scope)) return;
        reportRule(accept, ctx, 'sukarela-not-lintas-instansi',
            `Pengajuan sukarela tidak berlaku untuk penugasan ${scopeLabel(ctx.profile, work.scope)}; `
            + `hanya ${ctx.profile.sukarela.allowedScopes.map(s => scopeLabel(ctx.profile, s)).join(', ')}. Gunakan \`cara penunjukan\`.`,
            { node, property: 'assignment', index: 0 });
    }

    function instrumentFitsScope(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const isTeam = node.$type === 'Tim';
        const work = ctx && workOf(node);
        if (!ctx || !work?.scope) return;
        // The Tim Koordinasi SPBE is set by the Bupati under its own article (spbe-coordination-team).
        if (isTeam && isSpbeTeam(ctx, work.title)) return;
        const allowed = ctx.profile.instruments[isTeam ? 'tim' : 'individu'][work.scope] ?? [];
        if (allowed.length === 0) return;
        const what = `${isTeam ? 'tim' : 'penugasan individu'} ${scopeLabel(ctx.profile, work.scope)}`;
        const refs = ctx.profile.instruments.citing?.[isTeam ? 'tim' : 'individu']?.[work.scope];
        const expected = allowed.map(i => INSTRUMENT_LABELS[i]).join(' atau ');
        if (!work.instrument) {
            reportRule(accept, ctx, 'instrument-matches-scope',
                `Instrumen penetapan belum ditulis; untuk ${what} tulis \`ditetapkan ${allowed[0]}\` (${expected}).`,
                { node, property: 'name', data: { allowed } }, { refs });
        } else if (!allowed.includes(work.instrument)) {
            reportRule(accept, ctx, 'instrument-matches-scope',
                `${INSTRUMENT_LABELS[work.instrument]} tidak sesuai untuk ${what}; yang sesuai: ${expected}.`,
                { node, property: 'instrument', index: 0, data: { allowed } }, { refs });
        }
    }

    return {
        Tim: [ketuaFromOwnerUnit, ketuaEligibility, sukarelaWithinPemda, instrumentFitsScope],
        Penugasan: [sukarelaWithinPemda, instrumentFitsScope]
    };
}

