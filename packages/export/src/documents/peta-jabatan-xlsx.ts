import ExcelJS from 'exceljs';
import { unitTotals, type Organisation, type PemdaModel, type Position, type UnitNode, officialUpperCase } from '@sikerja/model';
import { columnPoints, folioLandscapePrint, sheetPageBreaks, type SheetRow, type SheetRowRole } from './sheet-pages.js';
import { WORKBOOK_FONT, wrappedLines } from './workbook-font.js';

/**
 * The peta jabatan of one Perangkat Daerah as the workbook an analyst sends to BKPSDM: one row per
 * position under its unit, ± as a formula (B − K), a SUBTOTAL row per unit and one for the PD (SUBTOTAL
 * skips the subtotals nested in its range), a frozen header, F4 (Excel's Folio 8½ × 13 in) landscape
 * at a scale that holds its width, the header repeated on every printed page and the pages broken by
 * content. Its unit kerja (UPTD, Puskesmas) follow the PD in the same sheet.
 */
export const PETA_JABATAN_COLUMNS = ['No', 'Nama Jabatan', 'Jenis', 'Jenjang', 'Kelas', 'B', 'K', '±', 'Keterangan', 'ID SiKerja'] as const;
const HEADER_ROW = 5;
/**
 * The Nama Jabatan column's room for text, in points, less the cell's own padding and a little to
 * spare; each indent level takes 7.5 pt more (measured in Calc).
 */
const TITLE_ROOM = columnPoints(58) - 8;
const INDENT_STEP = 7.5;
const SIZE = 10;
/** Excel's paper code 14: Folio, 8½ × 13 in (216 × 330 mm), the sheet size nearest to F4. */
const FOLIO = 14;
/** The page's margins, in inches (the header and footer print within them). */
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 };
/** A row of one line of 10 pt Arial, in points: Excel's and Calc's own height for it, written so both print it alike. */
const LINE_HEIGHT = 12.75;
/** The title rows' heights (14 and 12 pt bold), the blank row and the column heads, in points. */
const HEAD_HEIGHTS = [18.75, 15.75, 15.75, LINE_HEIGHT, LINE_HEIGHT];
/** The printed columns' widths (the last, hidden, holds each row's qualified name). */
const WIDTHS = [6, 58, 14, 14, 7, 6, 6, 6, 28];
/** Folio landscape: the scale that fits the columns' width, the rows' room under the heads. */
const PRINT = folioLandscapePrint(MARGINS, WIDTHS, { above: HEAD_HEIGHTS.reduce((sum, h) => sum + h, 0), repeated: HEAD_HEIGHTS[HEAD_HEIGHTS.length - 1] });

const JENIS: Record<string, string> = {
    'jpt-madya': 'JPT Madya', 'jpt-pratama': 'JPT Pratama', administrator: 'Administrator', pengawas: 'Pengawas',
    fungsional: 'Fungsional', pelaksana: 'Pelaksana'
};

function jenjangLabel(j: string | undefined): string {
    return j === undefined ? '' : j.split('-').map(w => w[0].toUpperCase() + w.slice(1)).join(' ');
}

export interface PetaJabatanSheet {
    workbook: ExcelJS.Workbook;
    /** Positions written, for the caller's report and the tests. */
    positions: number;
}

export function petaJabatanWorkbook(pemda: PemdaModel, pd: Organisation): PetaJabatanSheet {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'SiKerja';
    workbook.title = `Peta Jabatan ${pd.title}`;
    const ws = workbook.addWorksheet(sheetName(pd.name), {
        views: [{ state: 'frozen', ySplit: HEADER_ROW }],
        pageSetup: {
            paperSize: FOLIO as never, orientation: 'landscape', scale: PRINT.scale, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
            margins: { ...MARGINS, header: 0.3, footer: 0.3 }
        },
        headerFooter: { oddFooter: `&L${pd.title}&RHalaman &P dari &N` }
    });
    ws.columns = [
        ...WIDTHS.map(width => ({ width })),
        // The qualified name of each row, hidden: `sikerja import` reads it back and keeps the model's names.
        { width: 30, hidden: true }
    ];
    ws.getCell('A1').value = 'PETA JABATAN';
    ws.getCell('A2').value = officialUpperCase(pd.title);
    ws.getCell('A3').value = officialUpperCase(pemda.title ?? pemda.name);
    for (const a of ['A1', 'A2', 'A3']) ws.getCell(a).font = { name: WORKBOOK_FONT, bold: true, size: a === 'A1' ? 14 : 12 };
    HEAD_HEIGHTS.forEach((height, i) => { ws.getRow(i + 1).height = height; });
    const header = ws.getRow(HEADER_ROW);
    header.values = [...PETA_JABATAN_COLUMNS];
    header.font = { name: WORKBOOK_FONT, size: SIZE, bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle' };
    const border = { style: 'thin' as const };
    header.eachCell(c => {
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
        c.border = { top: border, bottom: border, left: border, right: border };
    });

    let row = HEADER_ROW + 1;
    let number = 0;
    const first = row;
    const printed: SheetRow[] = [];
    const write = (values: unknown[], role: SheetRowRole, style: { bold?: boolean; indent?: number } = {}) => {
        const r = ws.getRow(row);
        r.values = values as ExcelJS.CellValue[];
        r.font = { name: WORKBOOK_FONT, size: SIZE, bold: style.bold };
        for (let c = 1; c < PETA_JABATAN_COLUMNS.length; c++) {
            // A title over two lines: its number and figures stand on its first line, not under it.
            // An indent counts only on a cell aligned left (Excel and Calc both ignore it otherwise).
            r.getCell(c).alignment = c === 2 ? { horizontal: 'left', indent: style.indent ?? 0, wrapText: true, vertical: 'top' } : { vertical: 'top' };
            r.getCell(c).border = { top: border, bottom: border, left: border, right: border };
        }
        r.getCell(8).numFmt = '0;[Red]-0;0';
        // Neither Excel nor LibreOffice grows a row for wrapped text written by a program: a long title gets its lines' height.
        const lines = wrappedLines(String(values[1]), { bold: style.bold ?? false, size: SIZE }, TITLE_ROOM - INDENT_STEP * (style.indent ?? 0));
        r.height = lines > 1 ? 15 * lines : LINE_HEIGHT;
        printed.push({ height: r.height, role });
        row++;
    };
    const position = (p: Position, depth: number) => {
        number++;
        // An unwritten B or K stays an empty cell (read back as unwritten), counted as 0 in the sums.
        const b = p.bezetting, k = p.kebutuhan;
        write([number, p.title, JENIS[p.jenis ?? ''] ?? '', jenjangLabel(p.jenjang), p.kelas ?? '', b ?? '', k ?? '',
            { formula: `F${row}-G${row}`, result: (b ?? 0) - (k ?? 0) }, p.bezetting === undefined || p.kebutuhan === undefined ? 'B/K belum ditulis' : '', p.id], 'position', { indent: depth + 1 });
    };
    let positions = 0;
    const unit = (u: UnitNode, depth: number, totalLabel = `Jumlah ${u.title}`) => {
        const start = row;
        write(['', u.title, '', '', '', '', '', '', '', u.id], 'unit', { bold: true, indent: depth });
        if (u.leader) { position(u.leader, depth); positions++; }
        for (const p of u.positions) { position(p, depth); positions++; }
        for (const child of u.units) unit(child, depth + 1);
        const end = row - 1;
        const totals = unitTotals(u);
        write(['', totalLabel, '', '', '', { formula: `SUBTOTAL(9,F${start}:F${end})`, result: totals.bezetting },
            { formula: `SUBTOTAL(9,G${start}:G${end})`, result: totals.kebutuhan },
            { formula: `F${row}-G${row}`, result: totals.selisih }, '', ''], 'total', { bold: true, indent: depth });
    };
    const kerja = unitKerjaOf(pemda, pd);
    const grand = `JUMLAH ${officialUpperCase(pd.title)}`;
    // Without unit kerja the PD's own total is the grand total, printed once; with them, each total says what it counts.
    if (kerja.length === 0) {
        unit(pd, 0, grand);
        breakPages(ws, printed, first);
        return { workbook, positions };
    }
    unit(pd, 0, `Jumlah ${pd.title} tanpa unit kerja`);
    for (const k of kerja) unit(k, 1);
    const last = row - 1;
    const totals = [pd, ...kerja].map(unitTotals);
    const totalB = totals.reduce((s, t) => s + t.bezetting, 0);
    const totalK = totals.reduce((s, t) => s + t.kebutuhan, 0);
    write(['', `${grand} BESERTA ${unitKerjaKinds(kerja)}`, '', '', '', { formula: `SUBTOTAL(9,F${first}:F${last})`, result: totalB },
        { formula: `SUBTOTAL(9,G${first}:G${last})`, result: totalK }, { formula: `F${row}-G${row}`, result: totalB - totalK }, ''], 'total', { bold: true });
    breakPages(ws, printed, first);
    return { workbook, positions };
}

/** The rows' pages broken by content (sheet-pages.ts). */
function breakPages(ws: ExcelJS.Worksheet, rows: readonly SheetRow[], firstRow: number): void {
    for (const at of sheetPageBreaks(rows, PRINT.room)) ws.getRow(firstRow + at - 1).addPageBreak();
}

/** Unit kerja whose induk chain leads to this Perangkat Daerah, in model order. */
export function unitKerjaOf(pemda: PemdaModel, pd: Organisation): Organisation[] {
    return pemda.organisations.filter(o => o.id !== pd.id && o.perangkatDaerah === pd.id);
}

/** "UPTD DAN PUSKESMAS": the kinds of unit kerja a grand total counts besides the PD itself. */
function unitKerjaKinds(kerja: readonly Organisation[]): string {
    const names: Record<string, string> = { uptd: 'UPTD', puskesmas: 'PUSKESMAS', rsud: 'RSUD', 'satuan-pendidikan': 'SATUAN PENDIDIKAN', kelurahan: 'KELURAHAN' };
    const kinds = [...new Set(kerja.map(k => names[k.kind] ?? 'UNIT KERJA'))];
    return kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} DAN ${kinds[kinds.length - 1]}` : kinds[0];
}

/** Excel allows 31 characters and no `[]:*?/\` in a sheet name. */
function sheetName(name: string): string {
    return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Peta Jabatan';
}
