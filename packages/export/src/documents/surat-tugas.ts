import type { Paragraph, ParagraphChild, Table } from 'docx';
import { expectedIssuer, type Letter, type PermohonanPelibatan, type Position, type TeamMember } from '@sikerja/model';
import { kopFor, kopInstansi } from './kop.js';
import { Blanks, centered, fieldRows, naskah, para, run, signature, tembusan, textWidth, twips, type BuiltDocument } from './naskah.js';
import type { DocumentFacts, Work } from './resolve.js';
import type { SuratTugasGroup } from './surat-tugas-groups.js';

const FIELD_LABELS = { nama: 'Nama', nip: 'NIP', pangkat: 'Pangkat/Golongan', jabatan: 'Jabatan' } as const;


/**
 * One Surat Tugas of a work whose instrument is a surat tugas: the owner's own people under the work's
 * letter, or the people one other unit or instansi assigns (see `suratTugasGroups`), signed there.
 */
export function suratTugasForGroup(facts: DocumentFacts, work: Work, group: SuratTugasGroup): BuiltDocument {
    const basis: Basis = group.key === '' ? group.letter?.basis ?? [] : group.askedBy ? letterLine(facts, work, group.askedBy, group.instansi !== undefined) : [];
    const copies = group.instansi ? instansiCopies(facts, group) : undefined;
    return suratTugas(facts, work, group.people, group.letter, group.issuer, group.instansi ? { instansi: group.instansi.title } : work.owner, basis, copies);
}

/**
 * The copies of another instansi's surat penugasan (TJT Ps 11 ayat (4) huruf e angka 3): its Pejabat
 * yang Berwenang, the Pejabat Penilai Kinerja concerned, and the Pejabat yang Berwenang of this pemda,
 * who asked. The other instansi's officials are named in words, as the model knows them.
 */
function instansiCopies(facts: DocumentFacts, group: SuratTugasGroup): string[] {
    const title = group.instansi!.title;
    const asking = group.askedBy ? facts.officialTitle(facts.pejabatYangBerwenang(group.askedBy)?.id) : undefined;
    return [
        `Pejabat yang Berwenang ${title}`,
        ...group.people.map(m => `Pejabat Penilai Kinerja ${m.title ?? 'pejabat fungsional/pelaksana'}, ${title}`),
        ...(asking ? [asking] : [])
    ].filter((c, i, all) => all.indexOf(c) === i);
}

/**
 * A member's own Surat Tugas from the Perangkat Daerah where it sits (Bengkalis contoh 5, Bengkayang
 * Lampiran II angka 2): signed by that PD's head unless the model names someone else, its dasar the
 * permohonan that asked for the member when the model has one.
 */
export function suratTugasForMember(facts: DocumentFacts, work: Work, member: TeamMember): BuiltDocument {
    const own = facts.position(member.position);
    const issuer = facts.position(member.letter?.issuer) ?? expectedIssuer('kepala-perangkat-daerah', facts.index, work, member);
    const asked = work.permohonan.find(p => facts.index.letterReaches(p, member));
    const basis = member.letter?.basis.length ? member.letter.basis : asked ? letterLine(facts, work, asked, false) : [];
    return suratTugas(facts, work, [member], member.letter, issuer, own?.unit, basis);
}

/**
 * "Surat Kepala Dinas … Nomor … tanggal … hal …": the letter that asked for these people, its number and
 * date marked blanks where the model does not hold them. Across instansi the letter that arrives is the
 * Pejabat yang Berwenang's, who forwarded the permohonan (TJT Ps 11 ayat (4) huruf b).
 */
function letterLine(facts: DocumentFacts, work: Work, letter: PermohonanPelibatan, forwarded: boolean): Basis {
    const sender = facts.officialTitle(forwarded ? facts.pejabatYangBerwenang(letter)?.id : facts.senderOf(work, letter)?.id);
    const which = forwarded ? 'surat Pejabat yang Berwenang' : 'surat permohonan';
    const number = forwarded ? letter.forwarded?.number : letter.number;
    const date = forwarded ? letter.forwarded?.date : letter.date;
    return [blanks => [
        run('Surat '), blanks.value(sender, 'pengirim surat permohonan'), run(' Nomor '), blanks.value(number, `nomor ${which}`),
        run(' tanggal '), blanks.value(date, `tanggal ${which}`),
        run(` hal ${facts.subjectOf(work, letter)}.`)
    ]];
}

/** The dasar of a surat tugas: lines as written, or lines built with the document's blanks. */
type Basis = ReadonlyArray<string | ((blanks: Blanks) => ParagraphChild[])>;

function suratTugas(facts: DocumentFacts, work: Work, people: TeamMember[], letter: Letter | undefined, issuer: Position | undefined,
    kopOf: string | { instansi: string } | undefined, basis: Basis, ownCopies?: string[]): BuiltDocument {
    const form = facts.forms.suratTugas;
    const blanks = new Blanks();
    const width = textWidth();
    const individual = !('members' in work);
    const persons = people.flatMap((m, i) => [
        ...(people.length > 1 ? [para(`${i + 1}.`, { after: 0 })] : []),
        personBlock(facts, m, form.personFields, blanks, width - twips(38))
    ]);
    const values = facts.values(work);
    const purposes = people.map(m => blanks.fill(individual ? form.purposeIndividual : form.purposeTeam,
        { ...values, peran: roleWord(m) }, { durasi: 'durasi penugasan' }));
    const purposeParagraphs = purposes.map((p, i) => para(people.length > 1 ? [run(`${i + 1}. `), ...p] : p, { after: 60, align: 'both' }));
    if (work.targets.length > 0 && individual) purposeParagraphs.push(para(`Target kinerja: ${work.targets.join('; ')}.`, { after: 60, align: 'both' }));
    const rows: Array<[string, ParagraphChild[] | Array<Paragraph | Table>]> = [
        ['Dasar', basis.length > 0 ? basis.map((b, i) => para([
            ...(basis.length > 1 ? [run(`${i + 1}. `)] : []), ...(typeof b === 'string' ? [run(b)] : b(blanks))
        ], { after: 60, align: 'both' })) : [blanks.mark('dasar penugasan')]]
    ];
    const place = form.dateLine === 'ditetapkan'
        ? [para([run('Ditetapkan di '), blanks.value(letter?.place ?? facts.pemda.capital, 'tempat')], { indent: twips(85), after: 0, keepNext: true }),
            para([run('Pada tanggal '), blanks.value(letter?.date, 'tanggal')], { indent: twips(85), after: 240, keepNext: true })]
        : [para([blanks.value(letter?.place ?? facts.pemda.capital, 'tempat'), run(', '), blanks.value(letter?.date, 'tanggal')], { indent: twips(85), after: 240, keepNext: true })];
    const copies = ownCopies ?? [
        ...form.copies.map(c => fillText(c, values)),
        ...facts.copies(letter?.copies ?? [], form.derivedCopies, people, new Set(issuer ? [issuer.id] : []))
    ];
    const kopUnit = typeof kopOf === 'string' ? kopOf : undefined;
    const body = [
        ...(typeof kopOf === 'object' ? kopInstansi(kopOf.instansi, blanks)
            : kopFor(facts, issuer?.unit ?? kopUnit, blanks)),
        centered(form.title, { bold: true, underline: true }),
        para([run('NOMOR: '), blanks.value(letter?.number, 'nomor surat tugas')], { align: 'center', after: 240 }),
        fieldRows(rows, width),
        centered(form.command, { bold: true }, 120),
        fieldRows([['Kepada', persons]], width),
        fieldRows([['Untuk', purposeParagraphs]], width),
        ...(form.conditions.length > 0
            ? [fieldRows([['Dengan Ketentuan', form.conditions.map((c, i) => para(`${i + 1}. ${c}`, { after: 60, align: 'both' }))]], width, twips(40))]
            : []),
        ...signature({ office: issuer?.title, person: facts.holder(issuer?.id) }, blanks, { place }),
        ...tembusan(copies)
    ];
    return { document: naskah(`Surat Tugas — ${work.title}`, body), missing: blanks.missing };
}

/** Nama, NIP, Pangkat/Golongan and Jabatan of one person, in the form's order. */
function personBlock(facts: DocumentFacts, m: TeamMember, fields: ReadonlyArray<keyof typeof FIELD_LABELS>, blanks: Blanks, width: number): Table {
    const person = facts.personOf(m);
    const position = facts.position(m.position);
    const who = position?.title ?? m.title;
    const jabatan = m.instansi !== undefined
        ? `${m.title ?? ''} pada ${facts.titleOf(m.instansi) ?? m.instansi}`
        : position ? facts.jabatanWithOrganisation(position, { unit: true }) : undefined;
    const value = (f: keyof typeof FIELD_LABELS): ParagraphChild => {
        switch (f) {
            case 'nama': return blanks.value(person?.title, `nama ${who ?? 'pegawai'}`);
            case 'nip': return blanks.value(person?.nip, `NIP ${who ?? 'pegawai'}`);
            case 'pangkat': return blanks.value(person?.rank, `pangkat/golongan ${who ?? 'pegawai'}`);
            case 'jabatan': return blanks.value(jabatan, 'jabatan');
        }
    };
    return fieldRows(fields.map(f => [FIELD_LABELS[f], [value(f)]]), width, twips(42), 'left');
}

function roleWord(m: TeamMember): string {
    return { pengarah: 'pengarah', 'penanggung-jawab': 'penanggung jawab', ketua: 'ketua', sekretaris: 'sekretaris', anggota: 'anggota' }[m.role];
}

/** A copy line of the form with its placeholders filled; unknown ones stay visible as words. */
function fillText(template: string, values: Record<string, string | undefined>): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
