import { AlignmentType, Document, Paragraph, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import { formatSelisih, type ChangeGroup, type DiffFigures, officialUpperCase } from '@sikerja/model';
import { pageProperties, para, run, textWidth } from './naskah.js';

/** Table text: 10 pt, the size of a matriks in a naskah akademik's lampiran. */
const SMALL = 20;
const COLUMNS = ['No', 'Semula', 'Menjadi', 'Keterangan'] as const;
/** Shares of the text width: the number, then the old and new element side by side, then what happened. */
const SHARES = [0.06, 0.3, 0.3, 0.34];

export interface MatriksVersions {
    /** How each version is named, e.g. `v2025 (examples/bengkayang)` and `pohon kerja`. */
    lama: string;
    baru: string;
}

/**
 * The matriks perubahan of a usulan perubahan: per Perangkat Daerah in the order of the structure,
 * its figures before and after, then Semula | Menjadi | Keterangan for each change. F4 landscape,
 * the header row repeated on every page.
 */
export function matriksPerubahanDocument(pemdaTitle: string, groups: readonly ChangeGroup[], versions: MatriksVersions): Document {
    const width = textWidth('f4', 'landscape');
    const children: Array<Paragraph | Table> = [
        para([run('MATRIKS PERUBAHAN', { bold: true })], { align: 'center', after: 0 }),
        para([run('SUSUNAN ORGANISASI, PETA JABATAN DAN SISTEM KERJA', { bold: true })], { align: 'center', after: 0 }),
        para([run(officialUpperCase(pemdaTitle), { bold: true })], { align: 'center', after: 240 }),
        para([run(`Semula: ${versions.lama}`, { size: SMALL })], { after: 0 }),
        para([run(`Menjadi: ${versions.baru}`, { size: SMALL })], { after: 240 })
    ];
    if (groups.length === 0) children.push(para('Tidak ada perubahan.'));
    groups.forEach((g, i) => children.push(...groupBlock(g, i + 1, width)));
    return new Document({
        title: `Matriks Perubahan ${pemdaTitle}`, creator: 'SiKerja', description: 'Dibuat oleh SiKerja dari dua versi model.',
        styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
        sections: [{ properties: pageProperties('f4', 'landscape'), children }]
    });
}

function figures(f: DiffFigures | null): string {
    return f === null ? 'tidak ada' : `${f.jabatan} jabatan, B ${f.bezetting}, K ${f.kebutuhan}, ± ${formatSelisih(f.selisih)}`;
}

function groupBlock(g: ChangeGroup, n: number, width: number): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [para([run(`${n}. ${g.title}`, { bold: true })], { before: 240, after: 60, keepNext: true })];
    if (g.summary) {
        out.push(para([run(`Semula: ${figures(g.summary.before)}. Menjadi: ${figures(g.summary.after)}.`, { size: SMALL })], { after: 120, keepNext: true }));
    }
    const widths = SHARES.map(s => Math.round(s * width));
    const cell = (lines: readonly string[], i: number, bold = false) => new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: (lines.length ? lines : ['—']).map((l, k) => new Paragraph({
            children: [run(l, { size: SMALL, bold: bold || (k === 0 && i > 0 && i < 3 && lines.length > 1) })] as ParagraphChild[],
            alignment: i === 0 || (bold && i > 0) ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: 0 }
        }))
    });
    const header = new TableRow({ tableHeader: true, children: COLUMNS.map((c, i) => cell([c], i, true)) });
    const rows = g.rows.map((r, k) => new TableRow({
        cantSplit: true,
        children: [cell([String(k + 1)], 0), cell(r.semula, 1), cell(r.menjadi, 2), cell([r.keterangan], 3)]
    }));
    out.push(new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }));
    return out;
}
