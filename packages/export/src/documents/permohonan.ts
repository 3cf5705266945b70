import type { Paragraph, Table } from 'docx';
import { workPeople, type PermohonanPelibatan } from '@sikerja/model';
import {
    Blanks, fieldRows, naskah, numbered, para, run, signature, tembusan, textWidth, twips, type BuiltDocument, type Signatory
} from './naskah.js';
import { kopFor } from './kop.js';
import type { DocumentFacts, Work } from './resolve.js';

type Body = Array<Paragraph | ReturnType<typeof fieldRows>>;

/**
 * Surat permohonan pelibatan (Bengkayang Lampiran II angka 1, or the region's form): the four contents
 * the Perbup requires — maksud dan tujuan, kompetensi, ekspektasi/target kinerja, durasi — from the
 * model, the sender's kop and signature, and the tembusan to the PPK concerned. A letter written by a
 * volunteer (pengajuan sukarela) asks to take part instead, with the consent it carries (`persetujuan`).
 * Across instansi the letter goes first to this pemda's Pejabat yang Berwenang, who forwards it in a
 * letter of his own (Bengkayang Lampiran I.II.1.c angka 1-2, TJT Ps 11 ayat (4) huruf a-b).
 */
export function permohonanDocument(facts: DocumentFacts, work: Work, letter: PermohonanPelibatan): BuiltDocument {
    const form = facts.forms.permohonan;
    const blanks = new Blanks();
    const sender = facts.senderOf(work, letter);
    const volunteer = facts.volunteerWriting(work, letter);
    // The volunteer signs as the pegawai the model names for it, even where the post has several holders.
    const signer = (volunteer ? facts.personOf(volunteer) : undefined) ?? facts.holder(sender?.id);
    const values = facts.values(work);
    const acrossInstansi = facts.isInstansi(letter.recipient);
    const addressedTo = acrossInstansi ? facts.pejabatYangBerwenang(letter)?.id : letter.recipient;
    const recipient = facts.officialTitle(addressedTo);
    const covered = workPeople(work).filter(m => facts.index.letterReaches(letter, m));
    // A copy to the one the letter is addressed to is no copy.
    const copies = facts.copies(letter.copies, volunteer ? [] : form.derivedCopies, covered, new Set([letter.recipient ?? '', letter.sender ?? '']))
        .filter(c => c !== recipient);
    const opening = volunteer
        ? 'Dengan hormat, saya yang bertanda tangan di bawah ini mengajukan diri untuk dilibatkan dalam kegiatan {kegiatan} pada {pemilik}.'
        : form.opening;
    const body: Body = [
        ...letterHead(facts, blanks, {
            unit: sender?.unit ?? work.owner, number: letter.number, date: letter.date, nature: letter.nature, subject: facts.subjectOf(work, letter),
            to: recipient, at: facts.pemda.capital
        }),
        para(blanks.fill(opening, values), { align: 'both' }),
        ...(acrossInstansi ? [para([
            run('Pejabat fungsional/pelaksana dimaksud berada pada '), blanks.value(facts.titleOf(letter.recipient), 'instansi dituju'),
            run('; dengan ini kami mohon persetujuan untuk meneruskan permohonan ini kepada '), blanks.value(facts.officialTitle(letter.recipient), 'pejabat instansi dituju'), run('.')
        ], { align: 'both' })] : []),
        ...fourContents(facts, work, letter, blanks),
        ...signature({ office: sender?.title, person: signer }, blanks),
        ...approvalBlock(facts, letter, blanks),
        ...tembusan(copies)
    ];
    return { document: naskah(`Surat permohonan pelibatan — ${work.title}`, body), missing: blanks.missing };
}

/** Kop, place and date, Nomor/Sifat/Lampiran/Hal and the addressee: the head every letter of the chain shares. */
export function letterHead(facts: DocumentFacts, blanks: Blanks, h: {
    unit?: string; kop?: Array<Paragraph | Table>; number?: string; date?: string; nature?: string; subject: string; to?: string; at?: string; from?: string
}): Body {
    return [
        ...(h.kop ?? kopFor(facts, h.unit, blanks)),
        para([blanks.value(h.from ?? facts.pemda.capital, 'tempat surat'), run(', '), blanks.value(h.date, 'tanggal surat')], { align: 'right' }),
        fieldRows([
            ['Nomor', [blanks.value(h.number, 'nomor surat')]],
            // Neither is decided by SiKerja: what the model does not hold is a marked blank, never "Biasa" or "-".
            ['Sifat', [blanks.value(h.nature, 'sifat')]],
            ['Lampiran', [blanks.mark('lampiran')]],
            ['Hal', [run(h.subject)]]
        ], textWidth()),
        para([run('Yth. '), blanks.value(h.to, 'penerima surat')], { before: 240, after: 0 }),
        para([run('di '), blanks.value(h.at, 'tempat penerima')], { after: 240, indent: 500 })
    ];
}

/** Maksud dan tujuan, kompetensi, ekspektasi/target kinerja and durasi (Bengkayang Lampiran I.II.1, TJT Ps 11 ayat (5)), then the closing. */
export function fourContents(facts: DocumentFacts, work: Work, letter: PermohonanPelibatan, blanks: Blanks): Paragraph[] {
    const form = facts.forms.permohonan;
    return [
        para([run('Maksud dan tujuan: '), blanks.value(letter.purpose, 'maksud dan tujuan')], { align: 'both' }),
        para(form.competenceIntro, { align: 'both', after: 60 }),
        ...numbered(letter.competence, 'kompetensi', blanks),
        para(form.expectationIntro, { align: 'both', after: 60, before: 120 }),
        ...numbered(letter.expectation, 'ekspektasi/target kinerja', blanks),
        para(blanks.fill(form.duration, { ...facts.values(work), durasi: letter.duration ?? work.duration }, { durasi: 'durasi pelibatan' }), { align: 'both', before: 120 }),
        para(form.closing, { align: 'both', after: 360 })
    ];
}

/**
 * "Menyetujui:" and a signature for each official whose consent the letter carries (TJT Ps 12 ayat (3)
 * huruf a "atas persetujuan Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bersangkutan").
 */
function approvalBlock(facts: DocumentFacts, letter: PermohonanPelibatan, blanks: Blanks): Paragraph[] {
    if (letter.approvals.length === 0) return [];
    return [
        para([run('Menyetujui:', { bold: true })], { before: 240, after: 120 }),
        ...letter.approvals.flatMap(id => approver({ office: facts.officialTitle(id), person: facts.holder(id) }, blanks))
    ];
}

function approver(s: Signatory, blanks: Blanks): Paragraph[] {
    const label = s.office ?? 'pejabat yang menyetujui';
    return [
        para([s.office ? run(`${s.office},`) : blanks.mark('jabatan yang menyetujui')], { after: 840, indent: twips(0) }),
        para([blanks.value(s.person?.title, `nama ${label}`, { bold: true, underline: true })], { after: 0 }),
        para([run('NIP. '), blanks.value(s.person?.nip, `NIP ${label}`)], { after: 240 })
    ];
}
