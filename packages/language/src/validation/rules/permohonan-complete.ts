import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { joinsVoluntarily, workPeople, type IndividualAssignment, type PermohonanPelibatan, type Position, type Team, type TeamMember } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
import type { LetterParty, PermohonanCase } from '../profiles/profile.js';
import { reportOnPerson, reportRule, type RuleContext } from './context.js';

export const PERMOHONAN_FIELDS = [
    { key: 'purpose', keyword: 'maksud', label: 'maksud dan tujuan' },
    { key: 'competence', keyword: 'kompetensi', label: 'kompetensi yang dibutuhkan' },
    { key: 'expectation', keyword: 'ekspektasi', label: 'ekspektasi/target kinerja' },
    { key: 'duration', keyword: 'durasi', label: 'durasi pelibatan' }
] as const;

/**
 * The cases a profile may cite a particular article for: the volunteer's own letter, and the duty to
 * send the letter across units or across instansi. The contents list is the rule's general article.
 */
const SUKARELA_LETTER: PermohonanCase = 'surat-sukarela';
const SEND_ACROSS_UNITS: PermohonanCase = 'kirim-lintas-unit';
const SEND_ACROSS_INSTANSI: PermohonanCase = 'kirim-lintas-instansi';
const RECEIVED_FROM_INSTANSI = 'terima-lintas-instansi';

/** A field counts when it has some text; a list when one of its lines has. */
function written(value: string | readonly string[] | undefined): boolean {
    return typeof value === 'string' ? value.trim() !== '' : (value ?? []).some(v => v.trim() !== '');
}

/** JF and pelaksana from outside the owner unit, and anyone from another instansi, are brought in by letter. */
function needsPermohonan(ctx: RuleContext, m: TeamMember, owner: string | undefined): boolean {
    if (m.instansi !== undefined) return true;
    const p = ctx.facts.index.position(m.position);
    if (!p || p.role !== 'jabatan' || m.homeUnit === undefined || owner === undefined) return false;
    return !ctx.facts.index.isWithin(m.homeUnit, owner);
}

/**
 * A letter of pengajuan sukarela: any letter of work that is sukarela as a whole, or one a `sukarela`
 * member writes itself. The two are judged alike; neither is a penunjukan letter.
 */
function isVolunteerLetter(work: Team | IndividualAssignment, p: PermohonanPelibatan): boolean {
    return work.method === 'pengajuan-sukarela' || workPeople(work).some(m => m.volunteered && m.position === p.sender);
}

function covers(ctx: RuleContext, p: PermohonanPelibatan, m: TeamMember): boolean {
    return m.instansi !== undefined ? p.recipient === m.instansi : ctx.facts.index.letterReaches(p, m);
}

/** Only a region whose text states a case (its own article) has that case checked. */
function citesCase(ctx: RuleContext, kind: string): boolean {
    const setting = ctx.profile.rules['permohonan-complete'];
    return setting.severity !== 'off' && setting.citations.some(c => c.cases?.includes(kind));
}

/** The official the region takes as Pejabat yang Berwenang (profile data; no Perbup names the office): the head of an organisation kind. */
function pejabatYangBerwenang(ctx: RuleContext): Position | undefined {
    const kind = ctx.profile.permohonan.pejabatYangBerwenang.headOfKind;
    return ctx.facts.model.organisations.find(o => o.kind === kind && o.leader)?.leader;
}

const PARTY_LABELS: Record<LetterParty, string> = { 'penilai-kinerja': 'Pejabat Penilai Kinerja', 'pimpinan-unit': 'pimpinan unit organisasi' };

/** An official a letter must reach: who it is (when the model knows), and what it is to the member. */
interface Party { kind: LetterParty; id?: string; title: string; reached: (ids: readonly string[], words: boolean) => boolean }

/** The officials missing, each once: "Pejabat Penilai Kinerja dan pimpinan unit organisasi `Kec.PMD.Kasi` (Kepala Seksi PMD)". */
function describeParties(parties: readonly Party[]): string {
    const byWho = new Map<string, { kinds: LetterParty[]; party: Party }>();
    for (const x of parties) {
        const key = x.id ?? x.title;
        const seen = byWho.get(key);
        if (!seen) byWho.set(key, { kinds: [x.kind], party: x });
        else if (!seen.kinds.includes(x.kind)) seen.kinds.push(x.kind);
    }
    return [...byWho.values()].map(({ kinds, party }) => party.id === undefined ? party.title
        : `${kinds.map(k => PARTY_LABELS[k]).join(' dan ')} \`${party.id}\` (${party.title})`).join(', ');
}

/**
 * The member's own officials a letter names by its case: its PPK, and a Pimpinan Unit Organisasi
 * over it (its PPK, when that leads its unit, is both). A member of another instansi has no post here:
 * its PPK can only be named in words, so a copy in words reaches it.
 */
function partiesOf(ctx: RuleContext, m: TeamMember, kinds: readonly LetterParty[]): Party[] {
    const index = ctx.facts.index;
    if (m.instansi !== undefined) {
        const where = ctx.facts.model.instansi.find(x => x.id === m.instansi)?.title ?? m.instansi;
        return kinds.filter(k => k === 'penilai-kinerja').map(kind => ({
            kind, title: `Pejabat Penilai Kinerja jabatan yang dimohon di ${where}`, reached: (_ids, words) => words
        }));
    }
    const post = index.position(m.position);
    if (!post || m.homeUnit === undefined) return [];
    const home = m.homeUnit;
    return kinds.flatMap((kind): Party[] => {
        const who = kind === 'penilai-kinerja' ? index.position(post.penilaiKinerja) : index.leaderOf(home);
        // Without a PPK the member is assignee-in-post's finding, not this letter's.
        if (!who) return [];
        const reached = kind === 'penilai-kinerja'
            ? (ids: readonly string[]) => ids.includes(who.id)
            : (ids: readonly string[]) => ids.some(id => index.leads(id, home));
        return [{ kind, id: who.id, title: who.title, reached }];
    });
}

/** How a party is written in a letter: its position, or a blank to fill in words. */
function partyName(x: Party): string {
    return x.id ?? '"…"';
}

/** The copies and consents a new letter for this member must carry (for the quick fix that writes it). */
function partiesToWrite(ctx: RuleContext, m: TeamMember, kind: PermohonanCase, recipient?: string): { tembusan?: string[]; persetujuan?: string[] } {
    const wanted = ctx.profile.permohonan.parties[kind];
    const out: { tembusan?: string[]; persetujuan?: string[] } = {};
    for (const how of ['tembusan', 'persetujuan'] as const) {
        const names = [...new Set(partiesOf(ctx, m, wanted?.[how] ?? [])
            .filter(x => !(how === 'tembusan' && recipient !== undefined && x.reached([recipient], false))).map(partyName))];
        if (names.length > 0) out[how] = names;
    }
    return out;
}

/** Where the letter goes: the other instansi, the other Perangkat Daerah, or the other unit. */
function suggestedRecipient(m: TeamMember, ownerPd: string | undefined): string | undefined {
    if (m.instansi !== undefined) return m.instansi;
    return m.homePerangkatDaerah !== ownerPd ? m.homePerangkatDaerah : m.homeUnit;
}

export function permohonanCompleteRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function membersHavePermohonan(node: ast.Tim | ast.Penugasan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        if (!ctx) return;
        const work = workBuiltFrom(node);
        if (!work) return;
        if (work.method === 'pengajuan-sukarela') {
            volunteersWrite(node, work, ctx, accept);
            return;
        }
        if (work.ownerInstansi !== undefined) {
            lentPeopleWereAskedFor(node, work, ctx, accept);
            return;
        }
        // A member who asked to join an appointed team writes its own letter, like a sukarela team's members.
        if (workPeople(work).some(m => m.volunteered)) volunteersWrite(node, work, ctx, accept);
        workPeople(work).forEach((m, i) => {
            if (!m || m.role === 'pengarah' || m.role === 'penanggung-jawab' || m.volunteered) return;
            if (!needsPermohonan(ctx, m, work.owner) || work.permohonan.some(p => covers(ctx, p, m))) return;
            const recipient = suggestedRecipient(m, work.ownerPerangkatDaerah);
            const sendDuty = m.instansi ? SEND_ACROSS_INSTANSI : SEND_ACROSS_UNITS;
            const who = m.instansi ? `dari instansi \`${m.instansi}\`` : `\`${m.position}\``;
            const message = `Anggota ${who} berasal dari luar unit pemilik kinerja, tetapi belum ada surat permohonan pelibatan kepadanya. `
                + `Tambahkan \`permohonan kepada ${recipient ?? '<unit>'} { maksud ... kompetensi ... ekspektasi ... durasi ... }\`.`;
            const via = m.instansi ? pejabatYangBerwenang(ctx)?.id : undefined;
            reportOnPerson(accept, ctx, 'permohonan-complete', message, node, i,
                { recipient, ...(via && citesCase(ctx, SEND_ACROSS_INSTANSI) ? { via } : {}), ...partiesToWrite(ctx, m, sendDuty, recipient) }, { case: sendDuty });
        });
        lettersComplete(node, work, ctx, accept);
    }

    /** The penunjukan letters: sent by the owner's pimpinan and holding the contents list. A volunteer's own letter is not one. */
    function lettersComplete(node: ast.Tim | ast.Penugasan, work: Team | IndividualAssignment, ctx: RuleContext, accept: ValidationAcceptor): void {
        const owner = work.owner;
        work.permohonan.forEach((p, i) => {
            if (isVolunteerLetter(work, p)) return;
            if (p.sender !== undefined && owner !== undefined
                && !ctx.facts.index.leads(p.sender, owner) && citesCase(ctx, SEND_ACROSS_UNITS)) {
                const ownerTitle = ctx.facts.index.unit(owner)?.title ?? owner;
                reportRule(accept, ctx, 'permohonan-complete',
                    `Surat permohonan pelibatan dikirim pimpinan unit organisasi pemilik kinerja (\`${ownerTitle}\`), bukan \`${ctx.facts.index.position(p.sender)?.title ?? p.sender}\`.`,
                    { node: node.permohonan[i], property: 'sender', data: { sender: ctx.facts.index.leaderOf(owner)?.id } }, { case: SEND_ACROSS_UNITS });
            }
            const toInstansi = p.recipient !== undefined && ctx.facts.model.instansi.some(x => x.id === p.recipient);
            if (toInstansi) throughPejabatYangBerwenang(node.permohonan[i], p, ctx, accept);
            const kind: PermohonanCase = toInstansi ? SEND_ACROSS_INSTANSI : SEND_ACROSS_UNITS;
            const asked = workPeople(work).filter(m => m.role !== 'pengarah' && m.role !== 'penanggung-jawab' && !m.volunteered
                && needsPermohonan(ctx, m, owner) && covers(ctx, p, m));
            partiesReached(node.permohonan[i], p, asked, kind, ctx, accept);
        });
        // "Paling sedikit memuat" governs the letter "pada mekanisme penunjukan" (Bengkayang Lampiran I.II.1,
        // closing; TJT Ps 11 ayat (5): "sebagaimana dimaksud pada ayat (3) dan ayat (4)"), not the JF's own.
        work.permohonan.forEach((p, i) => {
            if (isVolunteerLetter(work, p)) return;
            const missing = PERMOHONAN_FIELDS.filter(f => !written(p[f.key]));
            if (missing.length === 0) return;
            reportRule(accept, ctx, 'permohonan-complete',
                `Surat permohonan pelibatan kepada \`${p.recipient ?? '?'}\` belum memuat ${missing.map(f => f.label).join(', ')}.`,
                { node: node.permohonan[i], property: 'recipient', data: { missing: missing.map(f => f.keyword) } });
        });
    }

    /**
     * A letter to another instansi goes first to this pemda's Pejabat yang Berwenang, who forwards it
     * (Bengkayang Lampiran I.II.1.c angka 1, TJT Ps 11 ayat (4) huruf a): `melalui` names that official.
     */
    function throughPejabatYangBerwenang(letter: ast.Permohonan, p: PermohonanPelibatan, ctx: RuleContext, accept: ValidationAcceptor): void {
        if (!citesCase(ctx, SEND_ACROSS_INSTANSI)) return;
        const office = ctx.profile.permohonan.pejabatYangBerwenang.label;
        const expected = pejabatYangBerwenang(ctx);
        const write = `\`melalui ${expected?.id ?? `<${office}>`}\``;
        if (p.via === undefined) {
            reportRule(accept, ctx, 'permohonan-complete',
                `Permohonan kepada instansi \`${p.recipient}\` dikirim lebih dahulu kepada Pejabat yang Berwenang di pemda ini, ${office}, yang meneruskannya: tulis ${write}.`,
                { node: letter, property: 'recipient', data: { via: expected?.id } }, { case: SEND_ACROSS_INSTANSI });
        } else if (expected !== undefined && p.via !== expected.id) {
            // Without that official in the model, who `melalui` names cannot be judged.
            const given = ctx.facts.index.position(p.via)?.title ?? p.via;
            reportRule(accept, ctx, 'permohonan-complete',
                `Pejabat yang Berwenang yang meneruskan permohonan kepada instansi lain adalah ${office} (\`${expected.id}\`), bukan \`${given}\`: tulis ${write}.`,
                { node: letter, property: 'via', data: { via: expected?.id } }, { case: SEND_ACROSS_INSTANSI });
        }
    }

    /**
     * The officials a letter's case names for the members it asks for receive it: as its addressee or
     * in its tembusan (Bengkayang Lampiran I.II.1.b angka 1 and c angka 1, I.II.2.b angka 1), or give
     * their consent, recorded as `persetujuan` (TJT Ps 12 ayat (3) huruf a). A copy is not consent.
     */
    function partiesReached(letter: ast.Permohonan, p: PermohonanPelibatan, members: readonly TeamMember[], kind: PermohonanCase,
        ctx: RuleContext, accept: ValidationAcceptor): void {
        const wanted = ctx.profile.permohonan.parties[kind];
        if (!wanted) return;
        const copied = [...(p.recipient !== undefined ? [p.recipient] : []), ...p.copies.flatMap(c => c.position ?? [])];
        const inWords = p.copies.some(c => c.text !== undefined);
        for (const [how, ids, words] of [['tembusan', copied, inWords], ['persetujuan', p.approvals, false]] as const) {
            const parties = members.flatMap(m => partiesOf(ctx, m, wanted[how] ?? [])).filter(x => !x.reached(ids, words));
            if (parties.length === 0) continue;
            const named = [...new Set(parties.map(partyName))];
            const add = `\`${how} ${named.join(', ')}\``;
            const message = how === 'tembusan'
                ? `Surat permohonan kepada \`${p.recipient ?? '?'}\` ditembuskan kepada ${describeParties(parties)}, tetapi tembusan itu belum ditulis. Tambahkan ${add}.`
                : `Surat permohonan kepada \`${p.recipient ?? '?'}\` disampaikan atas persetujuan ${describeParties(parties)}, tetapi persetujuan itu belum dicatat. Tambahkan ${add}.`;
            reportRule(accept, ctx, 'permohonan-complete', message, { node: letter, property: 'recipient', data: { [how]: named } }, { case: kind });
        }
    }

    /**
     * Another instansi's work reaches this pemda as a letter: its Pejabat yang Berwenang writes to the
     * Pejabat yang Berwenang here, who instructs the JF's Pejabat Penilai Kinerja. The model records the
     * letter as received by the unit (or Perangkat Daerah) where the JF sits; its contents are the
     * sender's to complete, so only its presence is checked.
     */
    function lentPeopleWereAskedFor(node: ast.Tim | ast.Penugasan, work: Team | IndividualAssignment, ctx: RuleContext, accept: ValidationAcceptor): void {
        const owner = work.ownerInstansi!;
        workPeople(work).forEach((m, i) => {
            if (!m || m.position === undefined || m.homeUnit === undefined) return;
            if (work.permohonan.some(p => covers(ctx, p, m))) return;
            const message = `\`${m.position}\` dilibatkan dalam pekerjaan milik instansi \`${owner}\`, tetapi surat permohonan pelibatan yang diterima belum dicatat. `
                + 'Permohonan itu dikirim Pejabat yang Berwenang instansi pemilik kepada Pejabat yang Berwenang di pemda ini, yang menginstruksikan Pejabat Penilai Kinerja jabatan itu. '
                + `Tambahkan \`permohonan kepada ${m.homePerangkatDaerah ?? m.homeUnit} { nomor ... maksud ... }\`.`;
            reportOnPerson(accept, ctx, 'permohonan-complete', message, node, i, { recipient: m.homePerangkatDaerah ?? m.homeUnit }, { case: RECEIVED_FROM_INSTANSI });
        });
    }

    /**
     * Pengajuan sukarela turns the letter round: within a unit the JF asks orally; across units the
     * JF writes to the owner's Pimpinan Unit Organisasi ("dituju"), with a copy to (or the consent of)
     * the JF's own PPK and Pimpinan Unit Organisasi. The contents list of the penunjukan letter does
     * not govern it. A whole sukarela team and a `sukarela` member of an appointed team are judged
     * alike; in the latter the member's letter is the one it writes (`dari`).
     */
    function volunteersWrite(node: ast.Tim | ast.Penugasan, work: Team | IndividualAssignment, ctx: RuleContext, accept: ValidationAcceptor): void {
        const owner = work.owner;
        if (owner === undefined) return;
        const toOwner = (p: PermohonanPelibatan) => p.recipient !== undefined
            && (ctx.facts.index.unit(p.recipient) !== undefined ? ctx.facts.index.isWithin(owner, p.recipient) : ctx.facts.index.leads(p.recipient, owner));
        const ownerTitle = ctx.facts.index.unit(owner)?.title ?? owner;
        const volunteers = workPeople(work).map((m, i) => ({ m, i })).filter(({ m }) =>
            m && m.instansi === undefined && m.role !== 'pengarah' && m.role !== 'penanggung-jawab' && joinsVoluntarily(work, m) && needsPermohonan(ctx, m, owner));
        const wholeTeam = work.method === 'pengajuan-sukarela';
        const letters = work.permohonan.map((p, i) => ({ p, i })).filter(({ p }) => isVolunteerLetter(work, p));
        // A letter written the wrong way round is reported on the letter itself, below.
        for (const { m, i } of volunteers) {
            const hasLetter = wholeTeam ? letters.length > 0 : letters.some(({ p }) => p.sender === m!.position);
            if (!hasLetter) {
                const message = `\`${m!.position}\` mengajukan diri dari luar unit pemilik kinerja: surat permohonannya disampaikan JF itu kepada `
                    + `pimpinan unit organisasi dituju (\`${ownerTitle}\`), dengan tembusan Pejabat Penilai Kinerja dan pimpinan unit organisasinya sendiri. `
                    + `Tambahkan \`permohonan ${wholeTeam ? '' : `dari ${m!.position} `}kepada ${owner} { ... }\`.`;
                reportOnPerson(accept, ctx, 'permohonan-complete', message, node, i,
                    { recipient: owner, ...(wholeTeam ? {} : { sender: m!.position }), ...partiesToWrite(ctx, m!, SUKARELA_LETTER) }, { case: SUKARELA_LETTER });
            }
        }
        for (const { p, i } of letters) {
            // Who receives a copy of a letter sent the wrong way round is asked once it goes to the owner.
            const writers = volunteers.map(({ m }) => m!).filter(m => wholeTeam ? p.sender === undefined || p.sender === m.position : p.sender === m.position);
            if (toOwner(p)) partiesReached(node.permohonan[i], p, writers, SUKARELA_LETTER, ctx, accept);
            if (p.sender !== undefined && !workPeople(work).some(m => joinsVoluntarily(work, m) && m.position === p.sender)) {
                reportRule(accept, ctx, 'permohonan-complete',
                    `Pada pengajuan sukarela surat permohonan ditulis JF atau pelaksana yang mengajukan diri, bukan \`${ctx.facts.index.position(p.sender)?.title ?? p.sender}\`.`,
                    { node: node.permohonan[i], property: 'sender' }, { case: SUKARELA_LETTER });
            }
            // A letter to another instansi belongs to a sukarela that is not allowed at all (sukarela-not-lintas-instansi).
            const known = p.recipient !== undefined && (ctx.facts.index.unit(p.recipient) !== undefined || ctx.facts.index.position(p.recipient) !== undefined);
            if (toOwner(p) || !known) continue;
            reportRule(accept, ctx, 'permohonan-complete',
                `Pada pengajuan sukarela surat permohonan dikirim JF kepada pimpinan unit organisasi pemilik kinerja (\`${ownerTitle}\`), `
                + `bukan kepada \`${p.recipient ?? '?'}\`. Tulis \`permohonan ${wholeTeam ? '' : `dari ${p.sender} `}kepada ${owner} { ... }\`.`,
                { node: node.permohonan[i], property: 'recipient', data: { recipient: owner } }, { case: SUKARELA_LETTER });
        }
    }

    return { Tim: membersHavePermohonan, Penugasan: membersHavePermohonan };
}
