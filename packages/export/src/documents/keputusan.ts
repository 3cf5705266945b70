import { BorderStyle, Table, TableCell, TableRow, WidthType, type Paragraph, type ParagraphChild } from 'docx';
import { DIKTUM_ORDINALS, expectedIssuer, workPeople, type TeamMember, officialUpperCase } from '@sikerja/model';
import {
    Blanks, centered, fieldRows, kopKepalaDaerah, naskah, para, regionHeadTitle, run, signature, tembusan, textWidth, twips,
    type BuiltDocument
} from './naskah.js';
import { kopFor } from './kop.js';
import { keputusanTexts, type KeputusanTexts } from './keputusan-texts.js';
import type { DocumentFacts, Work } from './resolve.js';

/**
 * The decision that sets a team (SK Tim Kerja: Bengkayang Lampiran II angka 3, Bengkalis contoh 6, or
 * the general form): heading, menimbang and mengingat as written, the form's diktum, the signature,
 * and the lampiran listing every member with its pegawai, jabatan and kedudukan dalam tim.
 */
export function keputusanDocument(facts: DocumentFacts, work: Work): BuiltDocument {
    const form = facts.forms.keputusan;
    const blanks = new Blanks();
    const width = textWidth();
    const letter = work.letter;
    const byBupati = work.instrument === 'keputusan-bupati';
    const issuer = byBupati ? undefined : facts.position(letter?.issuer) ?? defaultIssuer(facts, work);
    const issuerOrg = issuer ? facts.index.organisationOf(issuer.unit) : undefined;
    // The kop first: the blanks are listed in the order they appear.
    const kop = byBupati ? kopKepalaDaerah(facts.pemda, blanks) : kopFor(facts, issuer?.unit ?? work.owner, blanks);
    const head = regionHeadTitle(facts.pemda);
    // A Sekretaris Daerah signs for the kabupaten: "SEKRETARIS DAERAH KABUPATEN BENGKAYANG".
    const penetap = byBupati ? head : issuer && (issuerOrg?.kind === 'sekretariat-daerah' && facts.pemda.title ? `${issuer.title} ${facts.pemda.title}` : issuer.title);
    const texts = keputusanTexts(form, work);
    const values = facts.values(work, { penetap, pembiayaan: undefined, pimpinanPemilik: reportsTo(facts, work, byBupati ? head : penetap) });
    const labels = { penetap: 'pejabat yang menetapkan', pembiayaan: 'sumber pembiayaan' };
    // A form line set in capitals (heading, TENTANG, lampiran title) takes its values in capitals too.
    const capitals = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? v : officialUpperCase(v)]));
    const fill = (template: string, style: { bold?: boolean } = {}) =>
        blanks.fill(template, isCapitals(template) ? capitals : values, labels, style);
    const considering = letter?.considering.length ? letter.considering : form.considering;
    const recalling = letter?.recalling.length ? letter.recalling : form.recalling;
    const list = (items: readonly string[], label: string, letters: boolean): Array<Paragraph> => items.length === 0
        ? [para([blanks.mark(label)], { after: 60 })]
        : items.map((t, i) => para(`${letters ? String.fromCharCode(97 + i) : i + 1}. ${t}`, { after: 60, align: 'both' }));
    // Built where it stands, so that the blanks are listed in the order they appear.
    const diktum = (): Array<[string, ParagraphChild[]]> => texts.diktum.map((t, i) => [DIKTUM_ORDINALS[i] ?? `${i + 1}`, blanks.fill(t, values, labels)]);
    const signer = byBupati ? { office: head, regionHead: { name: facts.pemda.regent } } : { office: penetap, person: facts.holder(issuer?.id) };
    const place = [
        para([run('Ditetapkan di '), blanks.value(letter?.place ?? facts.pemda.capital, 'tempat ditetapkan')], { indent: twips(85), after: 0, keepNext: true }),
        para([run('pada tanggal '), blanks.value(letter?.date, 'tanggal keputusan')], { indent: twips(85), after: 240, keepNext: true })
    ];
    const signBlock = () => signature(signer, blanks, { place });
    const people = listed(work, texts);
    // Another instansi concerned — the one whose people are in the team, or whose work it is — is told by its head.
    const instansi = [...new Set([work.ownerInstansi, ...workPeople(work).map(m => m.instansi)].filter((i): i is string => i !== undefined))];
    const copies = tembusan([...new Set([
        ...form.copies,
        ...facts.copies(letter?.copies ?? [], form.derivedCopies, people, new Set(issuer ? [issuer.id] : [])),
        ...instansi.flatMap(i => facts.officialTitle(i) ?? [])
    ])]);
    const about = () => fill(texts.about, { bold: true });
    // "Memperhatikan" needs a wider label column than the form's own labels.
    const labelWidth = texts.ownPeopleOnly ? twips(38) : undefined;
    const decision = [
        ...kop,
        para(fill(form[byBupati ? 'headingBupati' : 'heading'], { bold: true }), { align: 'center', after: 0 }),
        para([run('NOMOR '), blanks.value(letter?.number, 'nomor keputusan')], { align: 'center', after: 120 }),
        centered('TENTANG', {}, 120),
        para(about(), { align: 'center', after: 240 }),
        ...(form.decide && penetap ? [centered(`${officialUpperCase(penetap)},`, { bold: true }, 240)] : []),
        fieldRows([
            ['Menimbang', list(considering, 'menimbang', true)], ['Mengingat', list(recalling, 'mengingat', false)],
            ...(texts.ownPeopleOnly ? [['Memperhatikan', requests(facts, work, blanks)] as [string, Paragraph[]]] : [])
        ], width, labelWidth),
        ...(form.decide ? [centered(form.decide, { bold: true }, 120)] : []),
        fieldRows([['Menetapkan', [para(fill(texts.establish), { after: 60, align: 'both' })]], ...diktum()], width, labelWidth),
        ...signBlock(),
        ...(form.copiesAfter === 'keputusan' ? copies : [])
    ];
    const lampiran = [
        ...lampiranHeader(`LAMPIRAN KEPUTUSAN ${penetap ? officialUpperCase(penetap) : ''}`, letter?.number, letter?.date, about(), blanks, width),
        para(fill(texts.lampiranTitle, { bold: true }), { align: 'center', after: 240 }),
        membersTable(facts, people, width, blanks),
        para('', { after: 120 }),
        ...signBlock(),
        ...(form.copiesAfter === 'lampiran' ? copies : [])
    ];
    return { document: naskah(`Keputusan — ${work.title}`, decision, [lampiran]), missing: blanks.missing };
}

/** A line with no lower-case words of its own ("KEPUTUSAN {penetap}", a bare "{tim}" under TENTANG) is set in capitals. */
function isCapitals(template: string): boolean {
    const words = template.replace(/\{\w+\}/g, '');
    return words === words.toLocaleUpperCase('id-ID');
}

/** The head of the owner's Perangkat Daerah signs a Keputusan Kepala Perangkat Daerah; the Sekda a Keputusan Sekretaris Daerah. */
function defaultIssuer(facts: DocumentFacts, work: Work) {
    if (work.instrument === 'keputusan-sekretaris-daerah') return expectedIssuer('sekretaris-daerah', facts.index, work);
    if (work.instrument === 'keputusan-kepala-perangkat-daerah') return expectedIssuer('kepala-perangkat-daerah', facts.index, work);
    return undefined;
}

/**
 * "LAMPIRAN KEPUTUSAN …", then NOMOR, TANGGAL and TENTANG as label : value rows, so that "NOMOR :" never
 * wraps away from its number; TENTANG repeats the decree's title exactly.
 */
function lampiranHeader(title: string, number: string | undefined, date: string | undefined, about: ParagraphChild[], blanks: Blanks, width: number): Array<Paragraph | Table> {
    const indent = twips(60);
    return [
        para([run(title.trim())], { indent, after: 0 }),
        fieldRows([
            ['NOMOR', [blanks.value(number, 'nomor keputusan')]],
            ['TANGGAL', [blanks.value(date, 'tanggal keputusan')]],
            ['TENTANG', about.map(r => r)]
        ], width - indent, twips(25), 'left', indent),
        para('', { after: 120 })
    ];
}

/** Who the ketua reports to: the owner's pimpinan, unless that pimpinan is the ketua; then the one who set the team. */
function reportsTo(facts: DocumentFacts, work: Work, penetap: string | undefined): string | undefined {
    const pimpinan = work.owner !== undefined ? facts.index.leaderOf(work.owner) : undefined;
    const ketua = workPeople(work).find(m => m.role === 'ketua');
    if (pimpinan && ketua?.position === pimpinan.id) return penetap;
    return pimpinan?.title;
}

/** The people a decree lists: every member, or only this pemda's own when it assigns them to another instansi's work. */
function listed(work: Work, texts: KeputusanTexts): TeamMember[] {
    return workPeople(work).filter(m => !texts.ownPeopleOnly || m.position !== undefined);
}

/** "Surat Kepala … Nomor … tanggal … hal …": the other instansi's letters that asked for this pemda's people. */
function requests(facts: DocumentFacts, work: Work, blanks: Blanks): Paragraph[] {
    if (work.permohonan.length === 0) return [para([blanks.mark('surat permohonan instansi pemilik kinerja')], { after: 60 })];
    return work.permohonan.map((p, i) => para([
        run(`${work.permohonan.length > 1 ? `${i + 1}. ` : ''}Surat `), blanks.value(facts.officialTitle(p.sender) ?? facts.officialTitle(work.ownerInstansi), 'pengirim surat permohonan'),
        run(' Nomor '), blanks.value(p.number, 'nomor surat permohonan'), run(' tanggal '), blanks.value(p.date, 'tanggal surat permohonan'),
        // The other instansi's letter: its hal is what the model records, or a blank.
        run(' hal '), blanks.value(p.subject, 'hal surat permohonan'), run('.')
    ], { after: 60, align: 'both' }));
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** No | Nama/Jabatan | Kedudukan dalam tim, rows by the form's order of roles, then as written. */
function membersTable(facts: DocumentFacts, people: readonly TeamMember[], width: number, blanks: Blanks): Table {
    const form = facts.forms.keputusan;
    const rank = (m: TeamMember) => form.roleOrder.indexOf(m.role);
    const rows = people.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i).map(({ m }) => m);
    const widths = [twips(12), width - twips(12) - twips(45), twips(45)];
    const cell = (children: Paragraph[], w: number, header = false) => new TableCell({
        children, width: { size: w, type: WidthType.DXA }, shading: header ? { fill: 'E7E6E6' } : undefined,
        borders: { top: LINE, bottom: LINE, left: LINE, right: LINE }
    });
    const header = new TableRow({ tableHeader: true, children: form.tableHeader.map((h, i) => cell([para([run(h, { bold: true })], { align: 'center', after: 0 })], widths[i], true)) });
    const body = rows.map((m, i) => {
        const position = facts.position(m.position);
        const person = facts.personOf(m);
        const jabatan = m.instansi !== undefined ? `${m.title ?? ''} — ${facts.titleOf(m.instansi) ?? m.instansi}`
            : position ? facts.jabatanWithOrganisation(position) : m.position ?? '';
        const name: ParagraphChild[] = m.instansi !== undefined ? [blanks.mark(`nama dari ${facts.titleOf(m.instansi) ?? m.instansi}`)]
            : [blanks.value(person?.title, `nama ${position?.title ?? 'anggota'}`, { bold: true })];
        // A row is never cut at a page's foot: a name on one page and its jabatan on the next reads as two members.
        return new TableRow({
            cantSplit: true,
            children: [
                cell([para(`${i + 1}.`, { align: 'center', after: 0 })], widths[0]),
                cell([para(name, { after: 0 }), para([run(jabatan, { size: 22 })], { after: 0 })], widths[1]),
                cell([para(form.roleLabels[m.role], { after: 0 })], widths[2])
            ]
        });
    });
    return new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...body] });
}
