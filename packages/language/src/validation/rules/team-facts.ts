import type { IndividualAssignment, Instrument, Jenjang, Position, Team, UnitNode } from '@sikerja/model';
import type { Profile } from '../profiles/profile.js';
import { scopeLabel, type RuleContext } from './context.js';

/*
 * What several rules ask of a team. No rule code is reported here: each code's checks live in the
 * file named after it, and a question two of them share lives here instead of in one of them.
 */

export const JENJANG_ORDER: Jenjang[] = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'];

/**
 * Whether the team is one of the region's SPBE bodies - the Tim Koordinasi SPBE, or a body its
 * articles set beside it (Mahakam Ulu Ps 25 Tim Pelaksana, Ps 26 kelompok kerja) - which those
 * articles govern instead of the ordinary rules on instruments, ketua and reporting.
 */
export function isSpbeTeam(ctx: RuleContext, title: string): boolean {
    const spec = ctx.profile.spbeTeam;
    return spec !== undefined && (titleMatches(spec, title) || (spec.bodies ?? []).some(b => titleMatches(b, title)));
}

/** Whether a title matches a profile's title pattern; several rules ask of every team, so each pattern is compiled once. */
export function titleMatches(spec: { titlePattern: string }, title: string): boolean {
    let pattern = titlePatterns.get(spec);
    if (!pattern) titlePatterns.set(spec, pattern = new RegExp(spec.titlePattern, 'i'));
    return pattern.test(title);
}

const titlePatterns = new WeakMap<object, RegExp>();

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

/** The instruments the region allows for a work, what to call the work in a message, and the ayat that says so. */
export interface InstrumentRow {
    allowed: Instrument[];
    what: string;
    refs?: string[];
}

/**
 * The region's row for this work: by scope, or, for this pemda's people in work another instansi owns,
 * the row the Perbup gives that case where it gives one (Kampar Ps 4 ayat (8)); otherwise the lintas
 * instansi row (Bengkayang Ps 11 ayat (1) speaks of any penugasan "lintas instansi pemerintah").
 */
export function instrumentRow(profile: Profile, work: Team | IndividualAssignment, isTeam: boolean): InstrumentRow | undefined {
    const kind = isTeam ? 'tim' : 'individu';
    const noun = isTeam ? 'tim' : 'penugasan individu';
    const elsewhere = work.ownerInstansi !== undefined ? profile.instruments.instansiLain : undefined;
    if (elsewhere) return { allowed: elsewhere[kind], what: `${noun} milik instansi lain`, refs: elsewhere.citing };
    if (!work.scope) return undefined;
    return {
        allowed: profile.instruments[kind][work.scope] ?? [],
        what: `${noun} ${scopeLabel(profile, work.scope)}`,
        refs: profile.instruments.citing?.[kind]?.[work.scope]
    };
}
