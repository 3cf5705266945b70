import ExcelJS from 'exceljs';
import type { AlignedPerangkatDaerah, AlignedRow, ChangeGroup, ChangeRow } from '@sikerja/model';
import { CHANGE_LABELS, officialUpperCase } from '@sikerja/model';
import type { MatriksVersions } from './perubahan-docx.js';
import { columnPoints, folioLandscapePrint, sheetPageBreaks, type SheetRow } from './sheet-pages.js';
import { WORKBOOK_FONT, wrappedLines } from './workbook-font.js';

export const PERUBAHAN_COLUMNS = ['No', 'Nama Jabatan', 'Kelas', 'B', 'K', '±', 'Nama Jabatan', 'Kelas', 'B', 'K', '±', 'Perubahan', 'Keterangan', 'ID SiKerja'] as const;
const FIRST_ROW = 7;
/** Excel's paper code 14: Folio, 8½ × 13 in, the sheet size nearest to F4. */
const FOLIO = 14;
const CHANGED = 'FFEDEDED';
// Keterangan takes a wrapped sentence; wider, it shrank the whole sheet below 8 pt on the page.
const WIDTHS = [6, 44, 7, 6, 6, 6, 44, 7, 6, 6, 6, 13, 42];
const SIZE = 11;

/** The page's margins, in inches. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 };
/** The title rows (14 and 11 pt bold), the blank row and the two header rows, in points. */
const HEAD_HEIGHTS = [18.75, 15, 15, 15, 15, 15];
/** Folio landscape: the scale that fits the columns' width (11 pt prints at about 8.4 pt), the rows' room under the heads. */
const PRINT = folioLandscapePrint(MARGINS, WIDTHS, { above: HEAD_HEIGHTS.reduce((sum, h) => sum + h, 0), repeated: HEAD_HEIGHTS[4] + HEAD_HEIGHTS[5] });
/** Each indent level of a title, in points (measured in Calc), and a cell's own padding with a little to spare. */
const INDENT_STEP = 7.5, CELL_PADDING = 8;

/**
 * Points for a row whose wrapped cells need several lines: neither Excel nor LibreOffice grows a row
 * written by a library to its wrapped text, and the lines would print over the next row.
 */
function rowHeight(cells: Array<[string | undefined, number, boolean?]>): number {
    const lines = Math.max(1, ...cells.map(([text, room, bold]) => text ? wrappedLines(text, { bold: bold ?? false, size: SIZE }, room) : 1));
    return 15 * lines;
}

/**
 * The peta jabatan before and after side by side, one sheet per Perangkat Daerah that changed: each
 * unit and jabatan on one row whatever its name now (a new or removed one leaves its other side
 * empty), ± of both sides as formulas (B − K), a total row with SUM formulas, each changed row
 * shaded and said in words. Printed on F4 landscape, the two header rows on every page.
 */
export function matriksPerubahanWorkbook(pemdaTitle: string, peta: readonly AlignedPerangkatDaerah[], groups: readonly ChangeGroup[], versions: MatriksVersions): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'SiKerja';
    workbook.title = `Matriks Perubahan Peta Jabatan ${pemdaTitle}`;
    const said = new Map<string, ChangeRow>();
    for (const g of groups) for (const r of g.rows) said.set(`${r.change.kind === 'organisasi' ? 'unit' : r.change.kind}:${r.change.element}`, r);
    const changed = peta.filter(pd => pd.rows.some(r => changeOf(r, said)));
    for (const pd of changed) writeSheet(workbook, pemdaTitle, pd, said, versions);
    if (changed.length === 0) workbook.addWorksheet('Tanpa perubahan').getCell('A1').value = 'Peta jabatan tidak berubah.';
    return workbook;
}

function changeOf(row: AlignedRow, said: ReadonlyMap<string, ChangeRow>): ChangeRow | undefined {
    const id = row.after?.id ?? row.before?.id;
    return id === undefined ? undefined : said.get(`${row.kind}:${id}`);
}

function writeSheet(workbook: ExcelJS.Workbook, pemdaTitle: string, pd: AlignedPerangkatDaerah, said: ReadonlyMap<string, ChangeRow>, versions: MatriksVersions): void {
    const ws = workbook.addWorksheet(pd.id.replace(/[[\]:*?/\\]/g, '_').slice(0, 31), {
        views: [{ state: 'frozen', ySplit: FIRST_ROW - 1 }],
        pageSetup: {
            paperSize: FOLIO as never, orientation: 'landscape', scale: PRINT.scale, printTitlesRow: `5:${FIRST_ROW - 1}`,
            margins: { ...MARGINS, header: 0.3, footer: 0.3 }
        },
        headerFooter: { oddFooter: `&L${pd.title}&RHalaman &P dari &N` }
    });
    ws.columns = WIDTHS.map(width => ({ width }))
        // The qualified name of each row, hidden, as in the peta jabatan workbook.
        .concat({ width: 30, hidden: true } as never);
    ws.getCell('A1').value = 'MATRIKS PERUBAHAN PETA JABATAN';
    ws.getCell('A2').value = officialUpperCase(pd.title);
    ws.getCell('A3').value = `${officialUpperCase(pemdaTitle)} — Semula: ${versions.lama}; Menjadi: ${versions.baru}`;
    for (const a of ['A1', 'A2', 'A3']) ws.getCell(a).font = { name: WORKBOOK_FONT, bold: true, size: a === 'A1' ? 14 : 11 };
    HEAD_HEIGHTS.forEach((height, i) => { ws.getRow(i + 1).height = height; });
    headerRows(ws);

    const border = { style: 'thin' as const };
    let row = FIRST_ROW, number = 0;
    const printed: SheetRow[] = [];
    for (const r of pd.rows) {
        const c = changeOf(r, said);
        const x = ws.getRow(row);
        const b = r.before, a = r.after;
        const jabatan = r.kind === 'jabatan';
        const formula = (bCol: string, kCol: string, side: typeof b) => jabatan && side
            ? { formula: `${bCol}${row}-${kCol}${row}`, result: (side.bezetting ?? 0) - (side.kebutuhan ?? 0) } : '';
        x.values = [
            jabatan ? ++number : '', b?.title ?? '', jabatan ? b?.kelas ?? '' : '', jabatan ? b?.bezetting ?? '' : '', jabatan ? b?.kebutuhan ?? '' : '', formula('D', 'E', b),
            a?.title ?? '', jabatan ? a?.kelas ?? '' : '', jabatan ? a?.bezetting ?? '' : '', jabatan ? a?.kebutuhan ?? '' : '', formula('I', 'J', a),
            c ? CHANGE_LABELS[c.change.change] : '', c?.keterangan ?? '', a?.id ?? b?.id ?? ''
        ] as ExcelJS.CellValue[];
        x.font = { name: WORKBOOK_FONT, size: SIZE, bold: !jabatan };
        const indent = r.depth + (jabatan ? 1 : 0);
        for (let col = 1; col <= 13; col++) {
            x.getCell(col).alignment = col === 2 || col === 7 ? { horizontal: 'left', indent, wrapText: true, vertical: 'top' } : { wrapText: col === 13, vertical: 'top' };
        }
        for (let col = 1; col <= 13; col++) {
            const cell = x.getCell(col);
            cell.border = { top: border, bottom: border, left: border, right: border };
            if (c) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: CHANGED } };
        }
        for (const col of [6, 11]) x.getCell(col).numFmt = '0;[Red]-0;0';
        const titleRoom = (col: number) => columnPoints(WIDTHS[col]) - CELL_PADDING - INDENT_STEP * indent;
        x.height = rowHeight([[b?.title, titleRoom(1), !jabatan], [a?.title, titleRoom(6), !jabatan], [c?.keterangan, columnPoints(WIDTHS[12]) - CELL_PADDING]]);
        printed.push({ height: x.height, role: jabatan ? 'position' : 'unit' });
        row++;
    }
    const last = row - 1;
    const total = ws.getRow(row);
    const sum = (col: string, values: Array<number | undefined>) => ({ formula: `SUM(${col}${FIRST_ROW}:${col}${last})`, result: values.reduce<number>((s, v) => s + (v ?? 0), 0) });
    const befores = pd.rows.filter(r => r.kind === 'jabatan' && r.before).map(r => r.before!);
    const afters = pd.rows.filter(r => r.kind === 'jabatan' && r.after).map(r => r.after!);
    const bB = sum('D', befores.map(p => p.bezetting)), bK = sum('E', befores.map(p => p.kebutuhan));
    const aB = sum('I', afters.map(p => p.bezetting)), aK = sum('J', afters.map(p => p.kebutuhan));
    total.values = ['', 'JUMLAH', '', bB, bK, { formula: `D${row}-E${row}`, result: bB.result - bK.result }, 'JUMLAH', '', aB, aK,
        { formula: `I${row}-J${row}`, result: aB.result - aK.result }, '', ''] as ExcelJS.CellValue[];
    total.font = { name: WORKBOOK_FONT, size: SIZE, bold: true };
    for (let col = 1; col <= 13; col++) total.getCell(col).border = { top: border, bottom: border, left: border, right: border };
    for (const col of [6, 11]) total.getCell(col).numFmt = '0;[Red]-0;0';
    total.height = 15;
    printed.push({ height: total.height, role: 'total' });
    // Pages broken by content: a unit's row never ends a page, the JUMLAH row never begins one.
    for (const at of sheetPageBreaks(printed, PRINT.room)) ws.getRow(FIRST_ROW + at - 1).addPageBreak();
}

/** SEMULA and MENJADI over their five columns, the column names below; No, Perubahan and Keterangan span both rows. */
function headerRows(ws: ExcelJS.Worksheet): void {
    const top = ws.getRow(5), names = ws.getRow(6);
    top.values = ['No', 'SEMULA', '', '', '', '', 'MENJADI', '', '', '', '', 'Perubahan', 'Keterangan', 'ID SiKerja'];
    names.values = [...PERUBAHAN_COLUMNS];
    ws.mergeCells('B5:F5');
    ws.mergeCells('G5:K5');
    for (const col of ['A', 'L', 'M', 'N']) ws.mergeCells(`${col}5:${col}6`);
    const border = { style: 'thin' as const };
    for (const r of [top, names]) {
        r.font = { name: WORKBOOK_FONT, size: SIZE, bold: true };
        r.alignment = { horizontal: 'center', vertical: 'middle' };
        for (let col = 1; col <= 13; col++) {
            const cell = r.getCell(col);
            cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
            cell.border = { top: border, bottom: border, left: border, right: border };
        }
    }
}
