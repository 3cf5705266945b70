import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** How a CSV that is not UTF-8 was read. */
export type CsvEncoding = 'Windows-1252' | 'UTF-16';

/** One row of a sheet as text, with what the layout may hang on: indentation, bold, merged cells. */
export interface SheetRow {
    /** 1-based, as the spreadsheet numbers it. */
    row: number;
    cells: string[];
    /** Indentation per cell: Excel's alignment indent, or leading spaces (two per level) for text files. */
    indent: number[];
    bold: boolean;
    /** The row holds a cell merged across columns (a title or unit row, as analysts draw them). */
    merged: boolean;
}

export interface Sheet {
    file: string;
    name: string;
    rows: SheetRow[];
    /** Hidden in the workbook (an old version, a working copy): read only when named. */
    hidden?: boolean;
    /** A CSV read in another encoding than UTF-8. */
    encoding?: CsvEncoding;
}

/** The text a cell shows: formulas by their cached result, rich text joined, dates as written. */
function cellText(cell: ExcelJS.Cell): string {
    const v = cell.value;
    if (v === null || v === undefined) return '';
    if (typeof v === 'object') {
        // A formula without a cached result (exceljs leaves a 0 out) is an unknown value, not text.
        if ('formula' in v || 'sharedFormula' in v || 'result' in v) {
            const result = (v as { result?: unknown }).result;
            return result === undefined || result === null || (typeof result === 'object' && 'error' in (result as object)) ? '' : String(result);
        }
        if ('richText' in v) return v.richText.map(r => r.text).join('');
        if ('text' in v) return String(v.text);
        if (v instanceof Date) return v.toISOString().slice(0, 10);
        if ('error' in v) return '';
        return '';
    }
    return String(v);
}

/**
 * Every sheet of an .xlsx workbook, or the one table of a .csv file (read by the same library), as
 * rows of text. Empty rows are kept: the report accounts for every row.
 */
export async function readSheets(file: string): Promise<Sheet[]> {
    const workbook = new ExcelJS.Workbook();
    const bytes = await fs.readFile(file);
    if (path.extname(file).toLowerCase() === '.csv') {
        const { text, encoding } = decodeCsv(bytes);
        const delimiter = csvDelimiter(text);
        // Every value as written: "1.10" stays a number of the hierarchy, "01" keeps its zero.
        const ws = await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter }, map: (value: string) => value } as never);
        return [{ ...toSheet(file, path.basename(file, path.extname(file)), ws, true), ...(encoding ? { encoding } : {}) }];
    }
    const notWorkbook = notAnXlsx(bytes);
    if (notWorkbook) throw new Error(notWorkbook);
    try {
        // exceljs declares its own `Buffer` (an ArrayBuffer), which Node's Buffer does not match in type only.
        await workbook.xlsx.load(bytes as never);
    } catch (e) {
        throw new Error(`buku kerja .xlsx ini rusak atau terpotong (misalnya belum selesai disalin atau diunduh); simpan ulang dari Excel lalu impor lagi. Rincian: ${e instanceof Error ? e.message : String(e)}`);
    }
    return workbook.worksheets.map(ws => ({ ...toSheet(file, ws.name, ws, false), ...(ws.state !== 'visible' ? { hidden: true } : {}) }));
}

/**
 * A CSV file's text. Excel on Windows writes "CSV UTF-8" with a byte-order mark, but its plain "CSV
 * (dipisahkan koma)" in the ANSI code page, Windows-1252 on an Indonesian or English Windows: read as
 * UTF-8 its curly apostrophe and dash would become "�" in the written model. Text that is not valid
 * UTF-8 is therefore read as Windows-1252, and the report says so.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding?: CsvEncoding } {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
        return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
    }
}

/**
 * Why a file given as a workbook is not one exceljs can read, told by its first bytes, or undefined
 * when it is a ZIP archive as an .xlsx is. Offices keep old Excel 97–2003 books, and web applications
 * (SIMPEG, e-formasi) save an HTML table under an .xls name: each is named, with what to do.
 */
export function notAnXlsx(start: Uint8Array): string | undefined {
    if (start[0] === 0x50 && start[1] === 0x4b && start[2] === 0x03 && start[3] === 0x04) return undefined;
    if ([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => start[i] === b)) {
        return 'berkas ini buku kerja Excel 97–2003 (.xls), atau .xlsx yang dilindungi kata sandi; bukalah di Excel, '
            + 'hapus kata sandinya bila ada, lalu Simpan Sebagai "Buku Kerja Excel (*.xlsx)" dan impor berkas itu';
    }
    const text = new TextDecoder('utf-8').decode(start.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
    if (/^<(!doctype html|html|table|\?xml|meta|head|body)/.test(text)) {
        return 'berkas ini halaman HTML/XML yang diberi akhiran Excel (ekspor dari aplikasi web), bukan buku kerja .xlsx; '
            + 'bukalah di Excel lalu Simpan Sebagai "Buku Kerja Excel (*.xlsx)", atau simpan sebagai CSV, dan impor berkas itu';
    }
    return 'isinya bukan buku kerja Excel .xlsx (bukan arsip ZIP seperti .xlsx); periksa bahwa berkasnya benar dan utuh, '
        + 'atau simpan ulang dari Excel sebagai "Buku Kerja Excel (*.xlsx)"';
}

/** Indonesian Excel writes CSV with `;` (the comma is the decimal separator). */
function csvDelimiter(text: string): string {
    const head = text.slice(0, 4096).split(/\r?\n/)[0] ?? '';
    return (head.match(/;/g) ?? []).length > (head.match(/,/g) ?? []).length ? ';' : ',';
}

function toSheet(file: string, name: string, ws: ExcelJS.Worksheet, text: boolean): Sheet {
    const rows: SheetRow[] = [];
    const width = Math.max(ws.columnCount, 1);
    for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const cells: string[] = [];
        const indent: number[] = [];
        let merged = false;
        let bold = false;
        for (let c = 1; c <= width; c++) {
            const cell = row.getCell(c);
            const raw = cellText(cell);
            cells.push(raw.replace(/\s+/g, ' ').trim());
            const spaces = /^ */.exec(raw)![0].length;
            indent.push(text ? Math.floor(spaces / 2) : (cell.alignment?.indent ?? 0) || Math.floor(spaces / 2));
            if (cell.isMerged) merged = true;
            if (cell.font?.bold && raw.trim() !== '') bold = true;
        }
        rows.push({ row: r, cells, indent, bold, merged });
    }
    return { file, name, rows };
}

/** "PETA JABATAN DINAS PERHUBUNGAN" alone on its row: the title of a table. */
const TABLE_TITLE = /^peta jabatan\b/i;

/**
 * The tables of a sheet: a Bagian Organisasi may keep several small Perangkat Daerah (Kecamatan,
 * Kelurahan) in one sheet, each under its own "PETA JABATAN …" title and header. A title naming
 * another table after rows of data begins the next table; the same title again is the first one
 * repeated at the head of a printed page. Rows keep their sheet numbers, so the report points into the sheet.
 */
export function tablesOf(sheet: Sheet): Sheet[] {
    const starts = [0];
    let data = false;
    let title: string | undefined;
    sheet.rows.forEach((r, i) => {
        // A title merged across the table repeats its text in every cell it spans.
        const filled = [...new Set(r.cells.filter(c => c !== ''))];
        const named = filled.length === 1 && TABLE_TITLE.test(filled[0]) ? filled[0].replace(/\s+/g, ' ').trim().toLowerCase() : undefined;
        if (named !== undefined && data && named !== title) {
            starts.push(i);
            data = false;
        } else if (filled.length > 1) {
            data = true;
        }
        if (named !== undefined && (title === undefined || starts[starts.length - 1] === i)) title = named;
    });
    return starts.map((start, i) => ({ ...sheet, rows: sheet.rows.slice(start, starts[i + 1] ?? sheet.rows.length) }));
}
