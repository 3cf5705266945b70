import type { DiagramMarks, ElementMark, MarkedFigure, RemovedElement } from '@sikerja/model';
import { box, measureCell, row, type Box, type Row, type Scene } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';

/**
 * The changes since an older version drawn on a struktur or peta jabatan (`DrawRequest.changes`):
 * the words on the boxes and rows, and the foot that lists what is gone with a keterangan of the
 * marks. Black and grey only: a mark is a word or a dashed line, never a colour.
 */

/**
 * The arrow of a changed figure: "8 → 9" where the font draws →, else "8 -> 9" (the shipped Noto
 * Sans has no arrows, and a PDF or PNG would print an empty box in its place).
 */
export function arrowOf(m: FontMetrics): string {
    return m.hasGlyph('→') && m.hasGlyph('→', 'bold') ? '→' : '->';
}

/** "baru", "semula …", "dipindah dari …": what a box or row of the new version says about itself. */
export function markNote(mark: ElementMark | undefined): string | undefined {
    if (!mark) return undefined;
    const parts: string[] = [];
    if (mark.baru) parts.push('baru');
    if (mark.dipindahDari) parts.push(`dipindah dari ${mark.dipindahDari}`);
    if (mark.semula) parts.push(`semula ${mark.semula}`);
    return parts.length > 0 ? parts.join('; ') : undefined;
}

/** A figure as drawn: its value, or "8 → 9" when it changed. */
export function figureText(value: number | undefined, mark: ElementMark | undefined, figure: MarkedFigure, arrow: string): string {
    const now = value === undefined ? '–' : String(value);
    const change = mark?.figures?.[figure];
    if (!change) return now;
    return `${change[0] === null ? '–' : change[0]} ${arrow} ${now}`;
}

/** The marks of one element, or none when the drawing is not marked. */
export function markOf(changes: DiagramMarks | undefined, id: string | undefined): ElementMark | undefined {
    return changes && id !== undefined ? changes.marks[id] : undefined;
}

/**
 * The removed elements a Perangkat Daerah's diagram lists at its foot: a struktur draws units and
 * kelompok, not jabatan, so it lists only those; a jabatan already drawn in its table (`placed`) is
 * not listed again.
 */
export function removedIn(changes: DiagramMarks | undefined, perangkatDaerah: string, withPositions: boolean, placed: ReadonlySet<string> = new Set()): RemovedElement[] {
    return changes?.removed.filter(r => r.perangkatDaerah === perangkatDaerah && (withPositions || r.kind !== 'jabatan') && !placed.has(r.id)) ?? [];
}

/** The removed jabatan of a unit still in the new tree: their rows stay in its table, marked dihapus. */
export function removedRowsOf(changes: DiagramMarks | undefined, unit: string): RemovedElement[] {
    return changes?.removed.filter(r => r.kind === 'jabatan' && r.unit === unit) ?? [];
}

/** A removed jabatan's figures as a change to nothing: "8 -> –". */
export function goneMark(r: RemovedElement): ElementMark {
    return { figures: { kelas: [r.kelas ?? null, null], bezetting: [r.bezetting ?? null, null], kebutuhan: [r.kebutuhan ?? null, null] } };
}

export const GONE_NOTE = 'dihapus';

const FOOT_GAP = 24;
const BOX_GAP = 18;
const FOOT_WIDTH = 300;

const KIND_WORDS: Record<RemovedElement['kind'], string> = { organisasi: 'Unit kerja', unit: 'Unit', jabatan: 'Jabatan', kelompok: 'Kelompok' };

function removedLine(r: RemovedElement, withFigures: boolean): string {
    const figures = withFigures && r.kind === 'jabatan'
        ? ` — kelas ${r.kelas ?? '–'}, B ${r.bezetting ?? '–'}, K ${r.kebutuhan ?? '–'}` : '';
    return `${KIND_WORDS[r.kind]} ${r.title}${r.place ? ` (di ${r.place})` : ''}${figures}`;
}

/** Which marks the drawing uses, each explained once. */
function keteranganLines(changes: DiagramMarks, removed: readonly RemovedElement[], drawnIds: ReadonlySet<string>, arrow: string, placedRows: boolean): string[] {
    const used = Object.entries(changes.marks).filter(([id]) => drawnIds.has(id)).map(([, m]) => m);
    const lines: string[] = [];
    if (used.some(m => m.baru)) lines.push('baru: ditambahkan sejak versi lama');
    if (removed.length > 0) lines.push('garis putus-putus, dihapus: tidak ada lagi di versi ini');
    if (placedRows) lines.push(`(dihapus), 8 ${arrow} –: jabatan yang tidak ada lagi, di tabel unitnya`);
    if (used.some(m => m.figures)) lines.push(`8 ${arrow} 9: angka semula 8, menjadi 9 (kelas, B, K)`);
    if (used.some(m => m.dipindahDari)) lines.push('dipindah dari …: semula berada di unit itu');
    if (used.some(m => m.semula)) lines.push('semula …: nama jabatan atau unit sebelumnya');
    return lines;
}

/**
 * The foot of a marked diagram: a keterangan of the marks it uses (with the old version it is
 * compared with) and, dashed, the elements that no longer have a place in the new tree.
 */
export function changesFoot(changes: DiagramMarks, removed: readonly RemovedElement[], drawnIds: ReadonlySet<string>, withFigures: boolean, m: FontMetrics, placedRows = false): Box[] {
    const out: Box[] = [];
    const lines = keteranganLines(changes, removed, drawnIds, arrowOf(m), placedRows);
    const heading = (text: string) => row([measureCell({ text, width: FOOT_WIDTH, weight: 'bold', align: 'left' }, m)], 'judul');
    const line = (text: string) => row([measureCell({ text, width: FOOT_WIDTH, align: 'left' }, m)]);
    // Nothing changed here: the drawing is the unmarked one, without a foot.
    if (lines.length === 0) return out;
    const rows: Row[] = [heading(`Tanda perubahan sejak ${changes.sejak}`)];
    for (const text of lines) rows.push(line(text));
    out.push(box('perubahan:keterangan', 'kelompok', rows));
    if (removed.length > 0) {
        const gone = box('perubahan:dihapus', 'kelompok', [heading('Dihapus'), ...removed.map(r => line(removedLine(r, withFigures)))]);
        gone.dashed = true;
        out.push(gone);
    }
    return out;
}

/** The scene with the foot placed under it, side by side, left-aligned. */
export function withFoot(scene: Scene, foot: readonly Box[]): Scene {
    if (foot.length === 0) return scene;
    let x = 0;
    const top = scene.height + FOOT_GAP;
    const placed = foot.map(b => {
        const p = { ...b, x, y: top };
        x += b.width + BOX_GAP;
        return p;
    });
    const width = Math.max(scene.width, x - BOX_GAP);
    const height = top + Math.max(...placed.map(b => b.height));
    return { ...scene, width, height, boxes: [...scene.boxes, ...placed] };
}

/** The foot alone, on a page of its own when the last page cannot hold it. */
export function footScene(title: Scene['title'], foot: readonly Box[]): Scene {
    return withFoot({ width: 0, height: -FOOT_GAP, title, boxes: [], connectors: [] }, foot);
}

/** The ids of the elements a scene draws, boxes and table rows: the keterangan explains only the marks they carry. */
export function drawnIdsOf(scene: Scene): Set<string> {
    const ids = new Set<string>();
    for (const b of scene.boxes) {
        if (b.element) ids.add(b.element.id);
        // A head box stands for its leader in a peta jabatan and still shows its unit's mark.
        if (b.id.startsWith('h:')) ids.add(b.id.slice(2));
        for (const r of b.rows) if (r.element) ids.add(r.element.id);
    }
    return ids;
}
