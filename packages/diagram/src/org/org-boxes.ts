import { formatSelisih, unitTotals, type DiagramMarks, type ElementMark, type Position, type Totals, officialUpperCase } from '@sikerja/model';
import { box, measureCell, row, TEXT, type Box, type Cell, type ElementRef, type Row } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { arrowOf, figureText, goneMark, GONE_NOTE, markNote, markOf, removedRowsOf } from './change-marks.js';
import type { OrgBlock } from './org-tree.js';

/** The two kinds drawn on the organisation tree differ only in their boxes. */
export interface OrgBoxes {
    head(block: OrgBlock): Box;
    kelompok(block: OrgBlock): Box | undefined;
}

const HEAD_WIDTH = 150;
const KELOMPOK_WIDTH = 122;
const NUMBER = 22;
const KELAS = 28;
const NAME_MAX = 170;

const upper = officialUpperCase;

function headTitle(block: OrgBlock): string {
    // The head of a Perangkat Daerah or unit kerja is named by its post; every other unit by its name.
    return block.depth === 0 || block.organisation ? block.unit.leader?.title ?? block.unit.title : block.unit.title;
}

export function headStyle(block: OrgBlock): Box['style'] {
    return block.organisation && block.depth > 0 ? 'unit-kerja' : block.depth === 0 ? 'pimpinan' : 'unit';
}

function coordinationNote(block: OrgBlock, m: FontMetrics, width: number): Cell | undefined {
    if (!block.coordinator) return undefined;
    return measureCell({ text: `dikoordinasikan ${block.coordinator.title} (seperti\u00a0ketua\u00a0tim)`, width, size: TEXT.small, align: 'center' }, m);
}

/** The kelompok box leads to its written `kelompok`, or to its unit where the kelompok is implicit. */
function kelompokElement(block: OrgBlock): ElementRef {
    return block.group ?? block.unit;
}

/** A small line under a box's title saying what changed ("baru", "semula …"), when the drawing is marked. */
function noteRow(mark: ElementMark | undefined, width: number, m: FontMetrics): Row | undefined {
    const note = markNote(mark);
    return note ? row([measureCell({ text: note, width, size: TEXT.small, align: 'center' }, m)]) : undefined;
}

export function strukturBoxes(m: FontMetrics, options: { levels?: boolean; changes?: DiagramMarks } = {}): OrgBoxes {
    const changes = options.changes;
    return {
        head(block) {
            const cell = measureCell({ text: upper(headTitle(block)), maxWidth: HEAD_WIDTH, weight: 'bold', size: TEXT.body }, m);
            cell.width = Math.max(cell.width, 90);
            const rows = [row([cell])];
            const note = noteRow(markOf(changes, block.unit.id), cell.width, m);
            if (note) rows.push(note);
            // The figures' "pejabat level" marks, when asked: a convention read from the annex texts.
            if (options.levels && block.unit.leader) rows.push(row([measureCell({ text: `Pejabat level ${block.level}`, width: cell.width, size: TEXT.small, align: 'center' }, m)]));
            // A bagan names units: its box leads to the unit's declaration (the peta jabatan's, to the post's).
            return box(`h:${block.unit.id}`, headStyle(block), rows, block.unit);
        },
        kelompok(block) {
            if (block.kelompok.length === 0) return undefined;
            const title = block.group?.title ?? 'Kelompok Jabatan Fungsional dan Pelaksana';
            // Narrower than a unit's box: the kelompok hangs under its unit, and a row of Bidang must fit the sheet.
            const cell = measureCell({ text: upper(title), maxWidth: KELOMPOK_WIDTH, size: TEXT.body }, m);
            cell.width = Math.max(cell.width, 90);
            const rows: Row[] = [row([cell])];
            const marked = noteRow(markOf(changes, block.group?.id), cell.width, m);
            if (marked) rows.push(marked);
            // Several written kelompok in one box: each keeps its name, and leads to its declaration.
            if (!block.group) for (const g of block.groups) rows.push(row([measureCell({ text: withNote(g.title, markOf(changes, g.id)), width: cell.width, size: TEXT.small }, m)], 'none', g));
            const note = coordinationNote(block, m, cell.width);
            if (note) rows.push(row([note]));
            return box(`k:${block.unit.id}`, 'kelompok', rows, kelompokElement(block));
        }
    };
}

type Figures = { kelas?: number; bezetting?: number; kebutuhan?: number };
/** Widths of the Kelas, B, K and ± columns. */
type Columns = [number, number, number, number];
const PLAIN_COLUMNS: Columns = [KELAS, NUMBER, NUMBER, NUMBER];

function figureTexts(p: Figures, mark: ElementMark | undefined, m: FontMetrics): [string, string, string] {
    const arrow = arrowOf(m);
    return [figureText(p.kelas, mark, 'kelas', arrow), figureText(p.bezetting, mark, 'bezetting', arrow), figureText(p.kebutuhan, mark, 'kebutuhan', arrow)];
}

/** A column is widened only where a changed figure ("8 → 9") needs it: an unmarked table keeps its widths. */
function columnsFor(rows: ReadonlyArray<{ p: Figures; mark?: ElementMark }>, m: FontMetrics): Columns {
    const cols: Columns = [...PLAIN_COLUMNS];
    for (const { p, mark } of rows) {
        if (!mark?.figures) continue;
        figureTexts(p, mark, m).forEach((text, i) => { cols[i] = Math.max(cols[i], Math.ceil(m.width(text, TEXT.body, 'bold') + 2 * TEXT.padX)); });
    }
    return cols;
}

function figureCells(p: Figures, m: FontMetrics, size: number, weight: 'regular' | 'bold' = 'regular', mark?: ElementMark, cols: Columns = PLAIN_COLUMNS): Cell[] {
    const b = p.bezetting, k = p.kebutuhan;
    const selisih = b !== undefined && k !== undefined ? b - k : undefined;
    const [kelas, bt, kt] = figureTexts(p, mark, m);
    return [
        measureCell({ text: kelas, width: cols[0], size, weight }, m),
        measureCell({ text: bt, width: cols[1], size, weight }, m),
        measureCell({ text: kt, width: cols[2], size, weight }, m),
        measureCell({ text: selisih === undefined ? '–' : formatSelisih(selisih), width: cols[3], size, weight: selisih !== undefined && selisih < 0 ? 'bold' : weight, shortage: selisih !== undefined && selisih < 0 }, m)
    ];
}

function headerCells(m: FontMetrics, first?: { text: string; width: number }, cols: Columns = PLAIN_COLUMNS): Cell[] {
    const cells = ['Kelas', 'B', 'K', '±'].map((t, i) => measureCell({ text: t, width: cols[i], size: TEXT.small, weight: 'bold' }, m));
    return first ? [measureCell({ text: first.text, width: first.width, size: TEXT.small, weight: 'bold', align: 'left' }, m), ...cells] : cells;
}

const sumOf = (cols: Columns) => cols.reduce((a, b) => a + b, 0);

/** A name with its mark after it: "Analis Kebijakan (baru)". */
function withNote(title: string, mark: ElementMark | undefined): string {
    const note = markNote(mark);
    return note ? `${title} (${note})` : title;
}

/**
 * `placed` collects the removed jabatan drawn in their unit's table, which the foot then does not list.
 */
export function petaJabatanBoxes(m: FontMetrics, changes?: DiagramMarks, placed?: Set<string>): OrgBoxes {
    return {
        head(block) {
            const leader = block.unit.leader;
            // A peta jabatan names posts: the head of each unit by its jabatan.
            const leaderMark = markOf(changes, leader?.id);
            const cols = leader ? columnsFor([{ p: leader, mark: leaderMark }], m) : PLAIN_COLUMNS;
            const title = measureCell({ text: leader?.title ?? block.unit.title, width: Math.max(HEAD_WIDTH, sumOf(cols)), weight: 'bold' }, m);
            const rows: Row[] = [row([title], 'judul')];
            // The unit's own mark where its leader has none (a unit renamed or moved with the same Kepala).
            const note = noteRow(markNote(leaderMark) ? leaderMark : markOf(changes, block.unit.id), title.width, m);
            if (note) rows.push(note);
            if (block.stub) return box(`h:${block.unit.id}`, headStyle(block), rows, leader ?? block.unit);
            if (leader) {
                rows.push(row(headerCells(m, undefined, cols), 'kepala-kolom'));
                rows.push(row(figureCells(leader, m, TEXT.body, 'regular', leaderMark, cols), 'none', leader));
            }
            if (block.children.length > 0 || block.kelompok.length > 0) {
                // The unit's totals as the whole drawing has them, not as much of it as this page shows.
                const t = blockTotals(block.whole ?? block);
                const label = block.depth === 0 ? 'Jumlah perangkat daerah' : block.organisation ? 'Jumlah unit kerja' : 'Jumlah unit';
                const text = `${label}: ${figuresOf(t)}`;
                rows.push(row([measureCell({ text, width: title.width, size: TEXT.small, shortage: t.selisih < 0 }, m)], 'jumlah'));
            }
            return box(`h:${block.unit.id}`, headStyle(block), rows, leader ?? block.unit);
        },
        kelompok(block) {
            if (block.kelompok.length === 0) return undefined;
            const everyRow = block.part?.all ?? block.kelompok;
            // A removed jabatan of a unit still there stays in its table, after the others, on the table's last part.
            const gone = removedRowsOf(changes, block.unit.id);
            const goneTitles = gone.map(r => `${r.title} (${GONE_NOTE})`);
            const nameWidth = Math.min(NAME_MAX, Math.max(90, ...everyRow.map(p => m.width(withNote(p.title, markOf(changes, p.id)), TEXT.body) + 2 * TEXT.padX + 1),
                ...goneTitles.map(t => m.width(t, TEXT.body) + 2 * TEXT.padX + 1)));
            // Every part of a table cut over pages keeps the same columns.
            const cols = columnsFor([...everyRow.map(p => ({ p, mark: markOf(changes, p.id) })), ...gone.map(r => ({ p: {}, mark: goneMark(r) }))], m);
            const tableWidth = nameWidth + sumOf(cols);
            const rows: Row[] = [];
            const title = `${withNote(block.group?.title ?? 'Kelompok Jabatan Fungsional dan Pelaksana', markOf(changes, block.group?.id))}${block.part?.continued ? ' (lanjutan)' : ''}`;
            rows.push(row([measureCell({ text: title, width: tableWidth, weight: 'bold', size: TEXT.body }, m)], 'judul'));
            const note = coordinationNote(block, m, tableWidth);
            // Under the table's title the coordinator reads as everyone's; beside rows in no kelompok it
            // goes under its own kelompok's subheading.
            const subheaded = !block.group && block.groups.length > 0;
            if (note && !subheaded) rows.push(row([note], 'judul'));
            rows.push(row(headerCells(m, { text: 'Nama Jabatan', width: nameWidth }, cols), 'kepala-kolom'));
            let heading: string | undefined;
            const subheading = (text: string, element?: OrgBlock['groups'][number]) =>
                rows.push(row([measureCell({ text, width: tableWidth, size: TEXT.body, weight: 'bold', align: 'left' }, m)], 'none', element));
            for (const p of block.kelompok) {
                // A table of several written kelompok: each one's rows under its name, and the rows in
                // none under a heading of their own, lest they read as the first kelompok's.
                const group = block.group ? undefined : block.groups.find(g => g.id === p.group);
                const key = group?.id ?? OUTSIDE_KELOMPOK;
                if (subheaded && key !== heading) {
                    if (group) subheading(withNote(group.title, markOf(changes, group.id)), group);
                    else subheading(OUTSIDE_KELOMPOK);
                    if (group && note) rows.push(row([note], 'none', group));
                }
                heading = key;
                rows.push(positionRow(p, nameWidth, m, markOf(changes, p.id), cols));
            }
            // A table cut over pages sums the whole kelompok once, under its last rows.
            if (block.part && !block.part.last) return box(`k:${block.unit.id}`, 'tabel', rows, kelompokElement(block));
            // Under the headings of several written kelompok, the removed rows get one of their own.
            if (gone.length > 0 && !block.group && block.groups.length > 0) rows.push(row([measureCell({ text: 'Jabatan dihapus', width: tableWidth, size: TEXT.body, weight: 'bold', align: 'left' }, m)]));
            gone.forEach((r, i) => {
                rows.push(row([measureCell({ text: goneTitles[i], width: nameWidth, align: 'left' }, m), ...figureCells({}, m, TEXT.body, 'regular', goneMark(r), cols)]));
                placed?.add(r.id);
            });
            const all = block.part?.all ?? block.kelompok;
            const sum = (f: (p: Position) => number | undefined) => all.reduce((s, p) => s + (f(p) ?? 0), 0);
            rows.push(row([
                measureCell({ text: 'Jumlah', width: nameWidth, weight: 'bold', align: 'left' }, m),
                ...figureCells({ bezetting: sum(p => p.bezetting), kebutuhan: sum(p => p.kebutuhan) }, m, TEXT.body, 'bold', undefined, cols)
            ], 'jumlah'));
            return box(`k:${block.unit.id}`, 'tabel', rows, kelompokElement(block));
        }
    };
}

/** The subheading, among written kelompok, of a unit's positions in none of them. */
const OUTSIDE_KELOMPOK = 'Di luar kelompok';

/** The title's sentence of a Perangkat Daerah's figures (peta jabatan and its overview). */
export function totalsLine(t: Totals): string {
    return `Jumlah perangkat daerah: ${figuresOf(t)}`;
}

/** "140 jabatan · B 140 · K 167 · ± -27", each figure glued to its label: a line breaks between figures, never inside one. */
function figuresOf(t: Totals): string {
    return [`${t.positions}\u00a0jabatan`, `B\u00a0${t.bezetting}`, `K\u00a0${t.kebutuhan}`, `±\u00a0${formatSelisih(t.selisih)}`].join(' · ');
}

/** A block's figures with the unit kerja drawn under it, which are organisations of their own. */
export function blockTotals(block: OrgBlock): Totals {
    const parts = [unitTotals(block.unit), ...block.children.filter(c => c.organisation).map(blockTotals)];
    const sum = parts.reduce((a, b) => ({ positions: a.positions + b.positions, bezetting: a.bezetting + b.bezetting, kebutuhan: a.kebutuhan + b.kebutuhan, selisih: 0, incomplete: a.incomplete + b.incomplete }));
    return { ...sum, selisih: sum.bezetting - sum.kebutuhan };
}

function positionRow(p: Position, nameWidth: number, m: FontMetrics, mark?: ElementMark, cols?: Columns): Row {
    return row([measureCell({ text: withNote(p.title, mark), width: nameWidth, align: 'left' }, m), ...figureCells(p, m, TEXT.body, 'regular', mark, cols)], 'none', p);
}
