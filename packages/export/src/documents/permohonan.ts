import type { Paragraph } from 'docx';
import { workPeople, type PermohonanPelibatan } from '@sikerja/model';
import { Blanks, fieldRows, kopPerangkatDaerah, naskah, numbered, para, run, signature, tembusan, textWidth, type BuiltDocument } from './naskah.js';
import type { DocumentFacts, Work } from './resolve.js';

/**
 * Surat permohonan pelibatan (Bengkayang Lampiran II angka 1, or the region's form): the four contents
 * the Perbup requires — maksud dan tujuan, kompetensi, ekspektasi/target kinerja, durasi — from the
 * model, the sender's kop and signature, and the tembusan to the PPK concerned. A letter written by a
 * volunteer (pengajuan sukarela) asks to take part instead.
 */
export function permohonanDocument(facts: DocumentFacts, work: Work, letter: PermohonanPelibatan): BuiltDocument {
    const form = facts.forms.permohonan;
    const blanks = new Blanks();
    const sender = facts.senderOf(work, letter);
    const volunteer = facts.volunteerWriting(work, letter);
    const fromVolunteer = volunteer !== undefined;
    // The volunteer signs as the pegawai the model names for it, even where the post has several holders.
    const signer = (volunteer ? facts.personOf(volunteer) : undefined) ?? facts.holder(sender?.id);
    const values = facts.values(work);
    const recipient = facts.officialTitle(letter.recipient);
    const width = textWidth();
    const covered = workPeople(work).filter(m => facts.index.letterReaches(letter, m));
    // A copy to the one the letter is addressed to is no copy.
    const copies = facts.copies(letter.copies, fromVolunteer ? [] : form.derivedCopies, covered, new Set([letter.recipient ?? '', letter.sender ?? '']))
        .filter(c => c !== recipient);
    const body: Array<Paragraph | ReturnType<typeof fieldRows>> = [
        ...kopPerangkatDaerah(facts.pemda, facts.perangkatDaerahTitle(sender?.unit ?? work.owner), facts.kopOf(sender?.unit ?? work.owner), blanks),
        para([blanks.value(facts.pemda.capital, 'ibukota'), run(', '), blanks.value(letter.date, 'tanggal surat')], { align: 'right' }),
        fieldRows([
            ['Nomor', [blanks.value(letter.number, 'nomor surat')]],
            // Neither is decided by SiKerja: what the model does not hold is a marked blank, never "Biasa" or "-".
            ['Sifat', [blanks.value(letter.nature, 'sifat')]],
            ['Lampiran', [blanks.mark('lampiran')]],
            ['Hal', [run(facts.subjectOf(work, letter))]]
        ], width),
        para([run('Yth. '), blanks.value(recipient, 'penerima surat')], { before: 240, after: 0 }),
        para([run('di '), blanks.value(facts.isInstansi(letter.recipient) ? 'Tempat' : facts.pemda.capital, 'ibukota')], { after: 240, indent: 500 }),
        para(blanks.fill(fromVolunteer
            ? 'Dengan hormat, saya yang bertanda tangan di bawah ini mengajukan diri untuk dilibatkan dalam kegiatan {kegiatan} pada {pemilik}.'
            : form.opening, values), { align: 'both' }),
        para([run('Maksud dan tujuan: '), blanks.value(letter.purpose, 'maksud dan tujuan')], { align: 'both' }),
        para(form.competenceIntro, { align: 'both', after: 60 }),
        ...numbered(letter.competence, 'kompetensi', blanks),
        para(form.expectationIntro, { align: 'both', after: 60, before: 120 }),
        ...numbered(letter.expectation, 'ekspektasi/target kinerja', blanks),
        para(blanks.fill(form.duration, { ...values, durasi: letter.duration ?? work.duration }, { durasi: 'durasi pelibatan' }), { align: 'both', before: 120 }),
        para(form.closing, { align: 'both', after: 360 }),
        ...signature({ office: sender?.title, person: signer }, blanks),
        ...tembusan(copies)
    ];
    return { document: naskah(`Surat permohonan pelibatan — ${work.title}`, body), missing: blanks.missing };
}
