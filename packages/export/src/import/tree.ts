import { byLevel, holds, UNKNOWN_RANK, unitRank } from './nesting.js';
import type { DataRow } from './rows.js';

/** A row placed in the hierarchy the sheet describes. */
export interface RowNode {
    data: DataRow;
    children: RowNode[];
    parent?: RowNode;
    /** What the report says about how this row was placed. */
    notes: string[];
    /** Placements that decide the structure on a guess: points to review. */
    review: string[];
}

export type Layout = 'id-atasan' | 'nomor' | 'indentasi' | 'level';

export interface PlacedRows {
    roots: RowNode[];
    /** The unit each "Jumlah …" row closes, where the layout says (indentation). */
    subtotalOf: Map<number, RowNode>;
    /** Problems of the hierarchy itself (a cycle, an unknown atasan), by row. */
    problems: Array<{ row: number; message: string }>;
}

/**
 * ID/Atasan_ID when both columns are there; a Level column when most unit rows have one; a
 * hierarchical No ("1.2.1") when most rows have one; else indentation.
 */
export function detectLayout(rows: readonly DataRow[], hasIdColumns: boolean): Layout {
    if (hasIdColumns) return 'id-atasan';
    const units = rows.filter(r => r.kind === 'unit');
    if (units.length > 0 && units.filter(r => r.level !== undefined).length / units.length >= 0.5) return 'level';
    const positions = rows.filter(r => r.kind === 'jabatan');
    if (positions.length > 0 && positions.filter(r => r.unitKerja !== undefined).length / positions.length >= 0.5) return 'level';
    const data = rows.filter(r => r.kind === 'jabatan' || r.kind === 'unit');
    const dotted = data.filter(r => r.no !== undefined && /^\d+(\.\d+)+\.?$/.test(r.no)).length;
    return data.length > 0 && dotted / data.length >= 0.3 ? 'nomor' : 'indentasi';
}

export function placeRows(rows: readonly DataRow[], layout: Layout): PlacedRows {
    const nodes = rows.filter(r => r.kind === 'jabatan' || r.kind === 'unit').map(data => ({ data, children: [], notes: [], review: [] }) as RowNode);
    const key = (r: DataRow) => layout === 'id-atasan' ? r.id : r.no?.replace(/\.$/, '');
    const parentKey = (r: DataRow) => layout === 'id-atasan' ? r.atasan : parentNumber(r.no);
    const placed = layout === 'indentasi' ? byIndentation(nodes, rows) : layout === 'level' ? byLevel(nodes, rows)
        : { ...byKeys(nodes, key, parentKey, layout), subtotalOf: new Map<number, RowNode>() };
    cutTooDeep(placed.roots, placed.problems);
    return placed;
}

const MAX_DEPTH = 40;

/** A hierarchy deeper than any organisation is a broken Atasan column: deeper rows go to the top, said. */
function cutTooDeep(roots: RowNode[], problems: PlacedRows['problems']): void {
    const stack: Array<{ n: RowNode; depth: number }> = roots.map(n => ({ n, depth: 0 }));
    while (stack.length > 0) {
        const { n, depth } = stack.pop()!;
        for (const c of [...n.children]) {
            if (depth + 1 >= MAX_DEPTH) {
                n.children.splice(n.children.indexOf(c), 1);
                c.parent = undefined;
                roots.push(c);
                problems.push({ row: c.data.row, message: `hierarki lebih dalam dari ${MAX_DEPTH} tingkat; baris ini ditempatkan langsung di bawah pimpinan perangkat daerah` });
                // Its own rows start again at the top and are measured from there.
                stack.push({ n: c, depth: 0 });
            } else stack.push({ n: c, depth: depth + 1 });
        }
    }
}

function parentNumber(no: string | undefined): string | undefined {
    const n = no?.replace(/\.$/, '');
    if (!n || !n.includes('.')) return undefined;
    return n.slice(0, n.lastIndexOf('.'));
}

/** Rows that name their superior (ID/Atasan_ID) or carry it in their number ("1.2" is under "1"). */
function byKeys(nodes: RowNode[], key: (r: DataRow) => string | undefined, parentKey: (r: DataRow) => string | undefined, layout: Layout): Omit<PlacedRows, 'subtotalOf'> {
    const problems: PlacedRows['problems'] = [];
    const byKey = new Map<string, RowNode>();
    for (const n of nodes) {
        const k = key(n.data);
        if (k === undefined || k === '') continue;
        if (byKey.has(k)) problems.push({ row: n.data.row, message: `${layout === 'id-atasan' ? 'ID' : 'Nomor'} ${k} sudah dipakai baris ${byKey.get(k)!.data.row}; baris ini memakai atasannya sendiri` });
        else byKey.set(k, n);
    }
    for (const n of nodes) {
        let p = parentKey(n.data);
        if (p === undefined || p === '') continue;
        let parent = byKey.get(p);
        // "1.2.3" under a missing "1.2" goes to "1" with a note; an unknown Atasan_ID goes to the top.
        while (!parent && layout === 'nomor' && p.includes('.')) { p = p.slice(0, p.lastIndexOf('.')); parent = byKey.get(p); }
        if (!parent) {
            problems.push({ row: n.data.row, message: `${layout === 'id-atasan' ? `Atasan_ID ${parentKey(n.data)}` : `nomor induk ${parentNumber(n.data.no)}`} tidak ada di tabel; jabatan ini ditempatkan langsung di bawah pimpinan perangkat daerah` });
            continue;
        }
        if (parent !== byKey.get(parentKey(n.data)!)) n.notes.push(`nomor induk ${parentNumber(n.data.no)} tidak ada; ditempatkan di bawah ${p}`);
        n.parent = parent;
    }
    // A cycle (A under B under A) has no top: cut it at its first row and say so. Each row is walked
    // once: a walk stops at a row an earlier walk has already settled.
    const settled = new Set<RowNode>();
    for (const n of nodes) {
        const path = new Set<RowNode>();
        let at: RowNode | undefined = n;
        while (at && !settled.has(at) && !path.has(at)) { path.add(at); at = at.parent; }
        for (const p of path) settled.add(p);
        if (!at || !path.has(at)) continue;
        const cycle: RowNode[] = [];
        let c: RowNode | undefined = at;
        do { cycle.push(c!); c = c!.parent; } while (c && c !== at);
        const first = cycle.reduce((a, b) => a.data.row <= b.data.row ? a : b);
        problems.push({ row: first.data.row, message: `siklus atasan: ${cycle.map(x => `baris ${x.data.row}`).join(' → ')} → baris ${at.data.row}; baris ${first.data.row} ditempatkan langsung di bawah pimpinan perangkat daerah` });
        first.parent = undefined;
    }
    const roots: RowNode[] = [];
    for (const n of nodes) {
        if (n.parent) n.parent.children.push(n); else roots.push(n);
    }
    return { roots, problems };
}

/**
 * Unit rows open a unit at their indentation; a row sits in the nearest open unit indented less
 * (or as much, when the sheet does not indent at all); "Jumlah <unit>" closes that unit.
 */
function byIndentation(nodes: RowNode[], rows: readonly DataRow[]): PlacedRows {
    const byRow = new Map(nodes.map(n => [n.data.row, n]));
    const roots: RowNode[] = [];
    const open: RowNode[] = [];
    const subtotalOf = new Map<number, RowNode>();
    // Units nest by indentation only when unit rows are indented differently; units flush left with
    // their positions indented nest by kind (a Subbagian in the Sekretariat above it).
    const unitIndents = new Set(nodes.filter(n => n.data.kind === 'unit').map(n => n.data.indent));
    const anyIndent = unitIndents.size > 1;
    for (const r of rows) {
        if (r.kind === 'subtotal') {
            const at = open.map(n => n.data.title.toLowerCase()).lastIndexOf(r.subtotalOf ?? '');
            if (at >= 0) { subtotalOf.set(r.row, open[at]); open.length = at; }
            continue;
        }
        const n = byRow.get(r.row);
        if (!n) continue;
        if (n.data.kind === 'unit') {
            while (open.length > 0 && (anyIndent ? open[open.length - 1].data.indent >= n.data.indent : !holds(open[open.length - 1], n))) open.pop();
            if (!anyIndent) placedByKind(n, open[open.length - 1]);
        } else {
            while (open.length > 0 && open[open.length - 1].data.indent > n.data.indent) open.pop();
        }
        const parent = open[open.length - 1];
        if (parent) { n.parent = parent; parent.children.push(n); } else roots.push(n);
        if (n.data.kind === 'unit') open.push(n);
    }
    return { roots, problems: [], subtotalOf };
}

/**
 * Nesting by kind is the convention for known words (a Subbagian in the Sekretariat above it); for a
 * word the language does not know ("Kantor …"), where it sits is a point to review.
 */
export function placedByKind(n: RowNode, parent: RowNode | undefined): void {
    const said = `tanpa kolom Level dan indentasi: ditempatkan menurut jenisnya ${parent ? `di bawah ${parent.data.title}` : 'di puncak'}`;
    n.notes.push(said);
    if (unitRank(n.data.title) === UNKNOWN_RANK || (parent && unitRank(parent.data.title) === UNKNOWN_RANK)) n.review.push(said);
}

/** The sums of B and K over the positions below a node (itself included). */
export function subtreeSums(n: RowNode): { b: number; k: number } {
    let b = n.data.kind === 'jabatan' ? n.data.b ?? 0 : 0;
    let k = n.data.kind === 'jabatan' ? n.data.k ?? 0 : 0;
    for (const c of n.children) { const s = subtreeSums(c); b += s.b; k += s.k; }
    return { b, k };
}
