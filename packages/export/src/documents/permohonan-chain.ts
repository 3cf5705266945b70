import { BorderStyle, Table, TableCell, TableRow, WidthType, type Paragraph, type ParagraphChild } from 'docx';
import { workPeople, type PermohonanPelibatan, type TeamMember } from '@sikerja/model';
import { kopInstansi } from './kop.js';
import { Blanks, naskah, para, run, signature, tembusan, textWidth, twips, type BuiltDocument } from './naskah.js';
import { fourContents, letterHead } from './permohonan.js';
import type { DocumentFacts, Work } from './resolve.js';

/**
 * The letters that follow a permohonan pelibatan: the Pejabat yang Berwenang's letter carrying it to the
 * other instansi (Bengkayang Lampiran I.II.1.c angka 2, TJT Ps 11 ayat (4) huruf b) and the surat
 * jawaban that came back (Bengkayang I.II.1.b angka 2 and 4; TJT Ps 11 ayat (3) huruf b and d, ayat (4)
 * huruf e angka 1: "surat jawaban permohonan pelibatan beserta daftar Pejabat Fungsional atau pelaksana
 * yang ditugaskan"). Each is its own document, from the model; what it lacks is a marked blank.
 */
export function forwardedDocument(facts: DocumentFacts, work: Work, letter: PermohonanPelibatan): BuiltDocument {
    const blanks = new Blanks();
    const own = letter.forwarded;
    const official = facts.pejabatYangBerwenang(letter);
    const sender = facts.senderOf(work, letter);
    const subject = facts.subjectOf(work, letter);
    const body = [
        ...letterHead(facts, blanks, {
            unit: official?.unit, number: own?.number, date: own?.date, nature: own?.nature ?? letter.nature, subject: own?.subject ?? subject,
            to: facts.officialTitle(letter.recipient), at: 'Tempat', from: own?.place
        }),
        para([
            run('Menindaklanjuti surat '), blanks.value(facts.officialTitle(sender?.id), 'pengirim surat permohonan'),
            run(' Nomor '), blanks.value(letter.number, 'nomor surat permohonan'), run(' tanggal '), blanks.value(letter.date, 'tanggal surat permohonan'),
            run(` hal ${subject}, dengan hormat kami mohon bantuan untuk menugaskan pejabat fungsional/pelaksana pada `),
            blanks.value(facts.titleOf(letter.recipient), 'instansi dituju'),
            ...blanks.fill(' yang kompeten dalam kegiatan {kegiatan} pada {pemilik}, {pemda}.', facts.values(work))
        ], { align: 'both' }),
        ...fourContents(facts, work, letter, blanks),
        ...signature({ office: facts.officialTitle(official?.id), person: facts.holder(official?.id) }, blanks),
        ...tembusan([facts.officialTitle(sender?.id), ...(own?.copies ?? []).map(c => c.text ?? facts.officialTitle(c.position))].filter((c): c is string => c !== undefined))
    ];
    return { document: naskah(`Surat Pejabat yang Berwenang — ${work.title}`, body), missing: blanks.missing };
}

/**
 * The surat jawaban as the model records it (`jawaban { ... }`): from the official who answered, to
 * whoever wrote the letter answered — across instansi the Pejabat yang Berwenang's letter, to him —
 * agreeing with the list of those assigned, or refusing with its reasons.
 */
export function answerDocument(facts: DocumentFacts, work: Work, letter: PermohonanPelibatan): BuiltDocument {
    const blanks = new Blanks();
    const answer = letter.answer!;
    const acrossInstansi = facts.isInstansi(letter.recipient);
    // The letter answered: the Pejabat yang Berwenang's across instansi, else the permohonan itself.
    const answered = acrossInstansi
        ? { from: facts.pejabatYangBerwenang(letter), number: letter.forwarded?.number, date: letter.forwarded?.date }
        : { from: facts.senderOf(work, letter), number: letter.number, date: letter.date };
    const signerPost = facts.position(answer.signer);
    const office = signerPost ? facts.officialTitle(signerPost.id) : answer.signerTitle ?? (acrossInstansi ? facts.officialTitle(letter.recipient) : undefined);
    const people = workPeople(work).filter(m => acrossInstansi ? m.instansi === letter.recipient : facts.index.letterReaches(letter, m));
    const decision: ParagraphChild[] = answer.agreed === undefined
        ? [blanks.mark('disetujui atau tidak disetujui')]
        : [run(answer.agreed ? 'dapat kami setujui' : 'tidak dapat kami setujui')];
    const body = [
        ...letterHead(facts, blanks, {
            unit: signerPost?.unit, kop: signerPost ? undefined : kopInstansi(facts.titleOf(letter.recipient) ?? letter.recipient ?? '', blanks),
            number: answer.number, date: answer.date, subject: answer.subject ?? `Jawaban ${facts.subjectOf(work, letter).replace(/^P/, 'p')}`,
            to: facts.officialTitle(answered.from?.id), at: facts.pemda.capital, from: signerPost ? undefined : ''
        }),
        para([
            run('Menanggapi surat '), blanks.value(facts.officialTitle(answered.from?.id), 'pengirim surat yang dijawab'),
            run(' Nomor '), blanks.value(answered.number, 'nomor surat yang dijawab'), run(' tanggal '), blanks.value(answered.date, 'tanggal surat yang dijawab'),
            ...blanks.fill(' perihal permohonan pelibatan pejabat fungsional/pelaksana dalam kegiatan {kegiatan} pada {pemilik}, dengan hormat kami sampaikan bahwa permohonan tersebut ', facts.values(work)),
            ...decision,
            run(answer.agreed === false ? ' dengan alasan sebagai berikut:' : answer.agreed ? ', dengan daftar pejabat fungsional/pelaksana yang ditugaskan sebagai berikut:' : '.')
        ], { align: 'both' }),
        ...(answer.agreed === false
            ? (answer.reasons.length ? answer.reasons.map((r, i) => para(`${i + 1}. ${r}`, { indent: twips(8), after: 60, align: 'both' })) : [para([blanks.mark('alasan')], { indent: twips(8) })])
            : answer.agreed ? [assignedList(facts, people, blanks)] : []),
        para(facts.forms.permohonan.closing, { align: 'both', before: 240, after: 360 }),
        ...signature({ office, person: facts.holder(signerPost?.id) }, blanks),
        ...tembusan([])
    ];
    return { document: naskah(`Surat jawaban permohonan pelibatan — ${work.title}`, body), missing: blanks.missing };
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** No | Nama | Jabatan of those the answer assigns; another instansi's names are blanks its letter fills. */
function assignedList(facts: DocumentFacts, people: readonly TeamMember[], blanks: Blanks): Table {
    const width = textWidth();
    const widths = [twips(12), Math.round((width - twips(12)) / 2), width - twips(12) - Math.round((width - twips(12)) / 2)];
    const cell = (children: Paragraph[], w: number) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: { top: LINE, bottom: LINE, left: LINE, right: LINE } });
    const header = new TableRow({ tableHeader: true, children: ['No.', 'Nama', 'Jabatan'].map((h, i) => cell([para([run(h, { bold: true })], { align: 'center', after: 0 })], widths[i])) });
    const rows = people.map((m, i) => {
        const post = facts.position(m.position);
        const jabatan = post ? facts.jabatanWithOrganisation(post) : `${m.title ?? ''}, ${facts.titleOf(m.instansi) ?? ''}`;
        const name = facts.personOf(m)?.title;
        return new TableRow({
            cantSplit: true,
            children: [
                cell([para(`${i + 1}.`, { align: 'center', after: 0 })], widths[0]),
                cell([para([blanks.value(name, `nama ${jabatan || 'pegawai'}`)], { after: 0 })], widths[1]),
                cell([para(jabatan, { after: 0 })], widths[2])
            ]
        });
    });
    return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}
