import type { MapNode, MapNodeKind } from '@sikerja/model';
import { lineHeight, TEXT, type Box, type FreeText, type Shape } from '../scene.js';
import type { FontMetrics } from '../text/fonts.js';
import { wrapText } from '../text/wrap.js';

const SHAPES: Record<MapNodeKind, Shape> = {
    mulai: 'terminator', selesai: 'terminator', kegiatan: 'rect', keputusan: 'diamond', dokumen: 'document', penghubung: 'connector'
};

/** A flowchart symbol with its annotation (waktu, keluaran, SOP) underneath; the pair is laid out as one. */
export interface Symbol {
    node: MapNode;
    box: Box;
    note?: FreeText;
    /** Outer size: the symbol and its note. */
    width: number;
    height: number;
    side: NoteSide;
}

const TEXT_WIDTH: Record<Shape, number> = { rect: 96, terminator: 90, diamond: 68, document: 96, connector: 18, offpage: 18 };
const NOTE_GAP = 3;

function centred(lines: string[], size: number, width: number, height: number): Box['rows'] {
    return [{ height, fill: 'none', cells: [{ width, lines, weight: 'regular', size, align: 'center' }] }];
}

/** Where a symbol's note goes: below it when lanes are rows, beside it when lanes are columns (flows run down). */
export type NoteSide = 'below' | 'right';

export function symbolFor(node: MapNode, connectorNumber: number, notes: string[], metrics: FontMetrics, side: NoteSide = 'below', shape: Shape = SHAPES[node.kind]): Symbol {
    const size = TEXT.body;
    const text = shape === 'connector' || shape === 'offpage' ? String(connectorNumber) : node.title;
    const lines = wrapText(text, TEXT_WIDTH[shape], size, metrics, 'regular', 6);
    const textW = Math.max(...lines.map(l => metrics.width(l, size)));
    const textH = lines.length * lineHeight(size);
    let width: number, height: number;
    switch (shape) {
        case 'diamond':
            // The text sits in the diamond's inner rectangle, half its width and height.
            width = Math.max(70, 2 * textW + 16);
            height = Math.max(40, 2 * textH + 10);
            break;
        case 'connector':
            width = height = 22;
            break;
        case 'offpage':
            width = 22;
            height = 26;
            break;
        case 'terminator':
            width = Math.max(70, textW + 2 * TEXT.padX + textH);
            height = textH + 2 * TEXT.padY + 2;
            break;
        case 'document':
            width = Math.max(70, textW + 2 * TEXT.padX + 4);
            height = textH + 2 * TEXT.padY + 7;
            break;
        default:
            width = Math.max(70, textW + 2 * TEXT.padX + 4);
            height = Math.max(26, textH + 2 * TEXT.padY + 2);
    }
    width = Math.ceil(width);
    height = Math.ceil(height);
    // The wave of a document and the point of an off-page connector hold no text.
    const foot = shape === 'document' ? 5 : shape === 'offpage' ? 9 : 0;
    const rows = centred(lines, size, width, height - foot);
    if (foot) rows.push({ height: foot, fill: 'none', cells: [{ width, lines: [], weight: 'regular', size, align: 'center' }] });
    const box: Box = { id: `n:${node.id}`, element: node, style: 'simbol', shape, width, height, rows, x: 0, y: 0 };
    if (notes.length === 0) return { node, box, width, height, side };
    const noteWidth = side === 'below' ? Math.max(width, 96) : 100;
    const noteLines = notes.flatMap(n => wrapText(n, noteWidth, TEXT.small, metrics, 'regular', 3));
    const noteHeight = noteLines.length * lineHeight(TEXT.small);
    const note: FreeText = { x: 0, y: 0, width: noteWidth, height: noteHeight, lines: noteLines, size: TEXT.small, align: side === 'below' ? 'center' : 'left', element: node };
    return side === 'below'
        ? { node, box, note, width: Math.max(width, noteWidth), height: height + NOTE_GAP + noteHeight, side }
        : { node, box, note, width: width + NOTE_GAP + noteWidth, height: Math.max(height, noteHeight), side };
}

/** Place a symbol's outer box at (x, y): the symbol centred on top with its note under it, or the symbol left with its note beside it. */
export function placeSymbol(s: Symbol, x: number, y: number): void {
    if (s.side === 'right') {
        s.box.x = x;
        s.box.y = y + (s.height - s.box.height) / 2;
        if (s.note) {
            s.note.x = x + s.box.width + NOTE_GAP;
            s.note.y = y + (s.height - s.note.height) / 2;
        }
        return;
    }
    s.box.x = x + (s.width - s.box.width) / 2;
    s.box.y = y;
    if (s.note) {
        s.note.x = x + (s.width - s.note.width) / 2;
        s.note.y = y + s.box.height + NOTE_GAP;
    }
}
