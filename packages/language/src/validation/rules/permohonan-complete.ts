import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { joinsVoluntarily, workPeople, type IndividualAssignment, type PermohonanPelibatan, type Team, type TeamMember } from '@sikerja/model';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type * as ast from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { workBuiltFrom } from '../../model/fragment-builder.js';
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
const SUKARELA_LETTER = 'surat-sukarela';
const SEND_ACROSS_UNITS = 'kirim-lintas-unit';
const SEND_ACROSS_INSTANSI = 'kirim-lintas-instansi';
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
            reportOnPerson(accept, ctx, 'permohonan-complete', message, node, i, { recipient }, { case: sendDuty });
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
            if (toInstansi && p.via === undefined && citesCase(ctx, SEND_ACROSS_INSTANSI)) {
                reportRule(accept, ctx, 'permohonan-complete',
                    `Permohonan kepada instansi \`${p.recipient}\` dikirim lebih dahulu kepada Pejabat yang Berwenang di pemda ini, yang meneruskannya: `
                    + 'tulis `melalui <jabatan>` (mis. Sekretaris Daerah).',
                    { node: node.permohonan[i], property: 'recipient' }, { case: SEND_ACROSS_INSTANSI });
            }
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
                reportOnPerson(accept, ctx, 'permohonan-complete', message, node, i, { recipient: owner }, { case: SUKARELA_LETTER });
            }
        }
        for (const { p, i } of letters) {
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
