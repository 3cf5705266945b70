/**
 * The font SiKerja's workbooks name. A workbook that names none is shown in Calibri by Excel and in
 * whatever LibreOffice finds instead (a serif face on a machine without Calibri), and its wrapped rows
 * and printed scale then differ between the two. Arial prints the same in both.
 */
export const WORKBOOK_FONT = 'Arial';
