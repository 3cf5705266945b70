import { officialUpperCase } from '@sikerja/model';
import {
    AlignmentType, BorderStyle, Document, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions, type ParagraphChild
} from 'docx';
import type { Pegawai, PemdaModel } from '@sikerja/model';
import { PAPERS, type Paper } from '../paper.js';

/**
 * Building blocks of a naskah dinas in Word: kop, letter block, signature, tembusan. Text is Arial 12
 * (the usual naskah dinas face; LibreOffice substitutes the metric-compatible Liberation Sans).
 * What the model does not hold is a marked blank: a highlighted "[…]" the analyst fills in Word,
 * listed by `sikerja docs` as missing. Nothing is invented.
 */
export const FONT = 'Arial';
export const SIZE = 24; // half-points: 12 pt

/** The blanks a document leaves, in the order they appear; reported per document. */
export class Blanks {
    readonly missing: string[] = [];

    /** A marked field: highlighted in Word, recorded as missing. */
    mark(label: string): TextRun {
        if (!this.missing.includes(label)) this.missing.push(label);
        return new TextRun({ text: `[${label}]`, highlight: 'yellow', font: FONT, size: SIZE });
    }

    /** A blank drawn in a picture (a SOP AP's "(belum diisi)"): recorded as missing, as a marked field is. */
    note(label: string): void {
        if (!this.missing.includes(label)) this.missing.push(label);
    }

    /** The value as text, or the marked field. */
    value(value: string | undefined, label: string, style: { bold?: boolean; underline?: boolean; allCaps?: boolean } = {}): TextRun {
        if (value === undefined || value.trim() === '') return this.mark(label);
        return run(style.allCaps ? officialUpperCase(value) : value, { bold: style.bold, underline: style.underline });
    }

    /**
     * A form text with `{placeholders}`: known values in place, unknown ones marked. A placeholder the
     * values do not name at all is a defect in the form data and is kept visible as itself.
     */
    fill(template: string, values: Record<string, string | undefined>, labels: Record<string, string> = {}, style: { bold?: boolean } = {}): ParagraphChild[] {
        template = withoutRepeatedPlace(template, values);
        const out: ParagraphChild[] = [];
        let last = 0;
        for (const m of template.matchAll(/\{(\w+)\}/g)) {
            if (m.index > last) out.push(run(template.slice(last, m.index), style));
            const key = m[1];
            out.push(key in values ? this.value(values[key], labels[key] ?? key, style) : run(m[0], style));
            last = m.index + m[0].length;
        }
        if (last < template.length) out.push(run(template.slice(last), style));
        return out;
    }
}

/**
 * "kegiatan {kegiatan} pada {pemilik}" where the activity's name already says where it is ("Pendampingan
 * Evaluasi SPBE pada Dinas Perhubungan"): the place is not written twice.
 */
function withoutRepeatedPlace(template: string, values: Record<string, string | undefined>): string {
    return template.replace(/(\{(\w+)\}[^{}]*?) (?:pada|di) \{(\w+)\}/g, (whole, head: string, a: string, b: string) => {
        const [va, vb] = [values[a]?.toLowerCase(), values[b]?.toLowerCase()];
        return va && vb && va.includes(vb) ? head : whole;
    });
}

export function run(text: string, style: { bold?: boolean; underline?: boolean; size?: number; italics?: boolean } = {}): TextRun {
    return new TextRun({ text, font: FONT, size: style.size ?? SIZE, bold: style.bold, italics: style.italics, underline: style.underline ? {} : undefined });
}

export function para(children: ParagraphChild[] | string, options: { align?: 'left' | 'center' | 'right' | 'both'; after?: number; before?: number; indent?: number; hanging?: number; keepNext?: boolean; pageBreakBefore?: boolean; picture?: boolean } = {}): Paragraph {
    const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[options.align ?? 'left'];
    return new Paragraph({
        children: typeof children === 'string' ? [run(children)] : children,
        // A picture's paragraph keeps single spacing: a line rule would clip it to one line in LibreOffice.
        alignment: align, spacing: { after: options.after ?? 120, before: options.before ?? 0, line: options.picture ? undefined : 276 },
        // `hanging`: a numbered item's later lines start under its text, not under its number.
        indent: options.indent || options.hanging ? { left: (options.indent ?? 0) + (options.hanging ?? 0), hanging: options.hanging } : undefined,
        keepNext: options.keepNext, pageBreakBefore: options.pageBreakBefore
    });
}

export function centered(text: string, style: { bold?: boolean; size?: number; underline?: boolean } = {}, after = 0): Paragraph {
    return para([run(text, style)], { align: 'center', after });
}

/** Twips from millimetres. */
export function twips(mm: number): number {
    return Math.round(mm / 25.4 * 1440);
}

/** A section on F4 (or A4) portrait with the margins of a naskah dinas. */
export function pageProperties(paper: Paper = 'f4', orientation: 'portrait' | 'landscape' = 'portrait'): ISectionOptions['properties'] {
    const p = PAPERS[paper];
    const [w, h] = [Math.round(p.width * 20), Math.round(p.height * 20)];
    return {
        page: {
            // docx swaps width and height itself for a landscape page.
            size: { width: w, height: h, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
            margin: { top: twips(20), bottom: twips(20), left: twips(25), right: twips(20) }
        }
    };
}

/** Width of the text block in twips. */
export function textWidth(paper: Paper = 'f4', orientation: 'portrait' | 'landscape' = 'portrait'): number {
    const p = PAPERS[paper];
    return Math.round((orientation === 'portrait' ? p.width : p.height) * 20) - twips(45);
}

/** "Kabupaten Bengkayang" → "Bupati Bengkayang"; "Kota Pontianak" → "Wali Kota Pontianak". */
export function regionHeadTitle(pemda: PemdaModel): string | undefined {
    const title = pemda.title;
    if (!title) return undefined;
    const kota = /^kota\s+/i.exec(title);
    if (kota) return `Wali Kota ${title.slice(kota[0].length)}`;
    return `Bupati ${title.replace(/^kabupaten\s+/i, '')}`;
}

/** The kop of the Bupati: "BUPATI BENGKAYANG". */
export function kopKepalaDaerah(pemda: PemdaModel, blanks: Blanks): Paragraph[] {
    return [para([blanks.value(officialUpperCase(regionHeadTitle(pemda) ?? '') || undefined, 'kepala daerah', { bold: true })], { align: 'center', after: 240 })];
}

export function rule(): Paragraph {
    return new Paragraph({ children: [], border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 1 } }, spacing: { after: 240 } });
}

const NO_BORDERS = {
    top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
};

/** Label : value rows without lines (Nomor, Sifat, Hal; Dasar, Kepada, Untuk). */
export function fieldRows(rows: Array<[string, ParagraphChild[] | Array<Paragraph | Table>]>, width: number, labelWidth = twips(32), align: 'left' | 'both' = 'both', indent = 0): Table {
    const colon = twips(6);
    return new Table({
        width: { size: width, type: WidthType.DXA }, columnWidths: [labelWidth, colon, width - labelWidth - colon], borders: NO_BORDERS,
        indent: indent ? { size: indent, type: WidthType.DXA } : undefined,
        rows: rows.map(([label, value]) => new TableRow({
            children: [
                // No cell margin before the label: it lines up with the text above the table (LAMPIRAN, Nomor).
                new TableCell({ children: [para(label, { after: 60 })], width: { size: labelWidth, type: WidthType.DXA }, margins: { left: 0 } }),
                new TableCell({ children: [para(':', { after: 60 })], width: { size: colon, type: WidthType.DXA } }),
                new TableCell({
                    children: value.length > 0 && (value[0] instanceof Paragraph || value[0] instanceof Table)
                        ? value as Array<Paragraph | Table> : [para(value as ParagraphChild[], { after: 60, align })],
                    width: { size: width - labelWidth - colon, type: WidthType.DXA }
                })
            ]
        }))
    });
}

export interface Signatory {
    /** "KEPALA DINAS KESEHATAN," — the office, as the form writes it. */
    office?: string;
    person?: Pegawai;
    /** The Bupati or Wali Kota, who is no pegawai: a name in capitals, without pangkat or NIP. */
    regionHead?: { name?: string };
}

/** The signature block at the right: office, space for the signature, name, pangkat, NIP. */
export function signature(s: Signatory, blanks: Blanks, options: { place?: Paragraph[] } = {}): Paragraph[] {
    const indent = twips(85);
    // A signature block is never split across pages: each line keeps with the next (the last, NIP, need not).
    const at = (children: ParagraphChild[], after = 0, last = false) => para(children, { indent, after, keepNext: !last });
    const name = s.person?.title;
    if (s.regionHead) {
        return [
            ...(options.place ?? []),
            at([run(`${officialUpperCase(s.office ?? 'Bupati')},`, { bold: true })], 960),
            at([blanks.value(s.regionHead.name, 'nama kepala daerah', { bold: true, allCaps: true })], 240, true)
        ];
    }
    return [
        ...(options.place ?? []),
        // The space for the signature and the stamp is left empty: a form's "Cap dan Tandatangan" is an instruction, not text.
        at([s.office ? run(`${officialUpperCase(s.office)},`, { bold: true }) : blanks.mark('jabatan penandatangan')], 960),
        at([blanks.value(name, `nama ${s.office ?? 'penandatangan'}`, { bold: true, underline: true })]),
        at([blanks.value(s.person?.rank, `pangkat ${s.office ?? 'penandatangan'}`)]),
        at([run('NIP. '), blanks.value(s.person?.nip, `NIP ${s.office ?? 'penandatangan'}`)], 240, true)
    ];
}

/** "Tembusan:" and a numbered list; nothing when there is no copy. */
export function tembusan(copies: readonly string[]): Paragraph[] {
    if (copies.length === 0) return [];
    return [
        // The list is kept together: no copy is left alone at the top of a page.
        para([run('Tembusan:', { underline: true })], { before: 240, after: 60, keepNext: true }),
        ...copies.map((c, i) => para(`${i + 1}. ${c}`, { after: 0, indent: twips(4), keepNext: i < copies.length - 1 }))
    ];
}

/** A numbered list of lines (kompetensi, ekspektasi); a marked blank when the model has none. */
export function numbered(lines: readonly string[], label: string, blanks: Blanks): Paragraph[] {
    if (lines.length === 0) return [para([run('1. '), blanks.mark(label)], { indent: twips(8), after: 60 })];
    return lines.map((l, i) => para(`${i + 1}. ${l}`, { indent: twips(8), after: 60, align: 'both' }));
}

/** A document built from the model, with the blanks it leaves for the analyst. */
export interface BuiltDocument {
    document: Document;
    missing: string[];
}

/** One Word document of one F4 portrait section. */
export function naskah(title: string, children: Array<Paragraph | ReturnType<typeof fieldRows>>, more: Array<Array<Paragraph | ReturnType<typeof fieldRows>>> = []): Document {
    return new Document({
        title, creator: 'SiKerja', description: 'Dibuat oleh SiKerja dari model; isian bertanda kuning belum ada di model.',
        styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
        sections: [children, ...more].map(c => ({ properties: pageProperties(), children: c }))
    });
}
