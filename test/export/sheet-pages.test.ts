import { describe, expect, it } from 'vitest';
import { sheetPageBreaks, type SheetRow, type SheetRowRole } from '../../packages/export/src/documents/sheet-pages.js';

/** A unit block as the peta jabatan sheet writes it: its title, its posts, its sub-units, its total. */
function block(posts: number, ...children: SheetRow[][]): SheetRow[] {
    const row = (role: SheetRowRole): SheetRow => ({ height: 10, role });
    return [row('unit'), ...Array.from({ length: posts }, () => row('position')), ...children.flat(), row('total')];
}

/** The pages as runs of roles, the first letter of each: u(nit), p(osition), t(otal). */
function pages(rows: SheetRow[], room: { first: number; next: number }): string[] {
    const breaks = [0, ...sheetPageBreaks(rows, room), rows.length];
    return breaks.slice(1).map((end, i) => rows.slice(breaks[i], end).map(r => r.role[0]).join(''));
}

describe('the pages of a printed peta jabatan sheet', () => {
    it('keep the grand total with the rows it sums: the last page is never a total alone', () => {
        // 13 rows; a page holds 12: left to the spreadsheet, the grand total would print alone.
        const rows = block(2, block(3), block(2));
        expect(rows).toHaveLength(13);
        const printed = pages(rows, { first: 120, next: 120 });
        expect(printed).toHaveLength(2);
        expect(printed[1]).not.toMatch(/^t/);
        expect(printed[1].length).toBeGreaterThan(1);
    });

    it('end a page before a unit\'s block where the page is well filled, never after a unit\'s title', () => {
        const rows = block(1, block(4), block(4), block(4));
        const printed = pages(rows, { first: 120, next: 120 });
        for (const page of printed) {
            expect(page, 'a page begins with no total').not.toMatch(/^t/);
            expect(page, 'a page ends with no unit title').not.toMatch(/u$/);
        }
        // The third sub-unit's block starts the second page whole.
        expect(printed[1]).toMatch(/^uppppt/);
    });

    it('cut a block longer than a page between its posts, and the first page by its own room', () => {
        const rows = block(30);
        const printed = pages(rows, { first: 100, next: 200 });
        expect(printed.map(p => p.length)).toEqual([10, 20, 2]);
        expect(printed[2]).toBe('pt');
    });
});
