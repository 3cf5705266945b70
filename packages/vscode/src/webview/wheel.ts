/**
 * What a wheel event does to the preview, as Visio, Word and VS Code's own image preview do it: the
 * wheel and a touchpad's two-finger scroll move the drawing; Ctrl (or ⌘) with the wheel, and a
 * touchpad pinch (which the browser reports as a wheel with Ctrl), zoom at the pointer.
 */
export interface WheelInput {
    deltaX: number;
    deltaY: number;
    /** 0 pixels, 1 lines, 2 pages (WheelEvent.deltaMode). */
    deltaMode: number;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
}

export type WheelAction =
    | { kind: 'zoom'; factor: number }
    | { kind: 'pan'; dx: number; dy: number };

const LINE_PIXELS = 16;
const PAGE_PIXELS = 400;

export function wheelAction(event: WheelInput): WheelAction {
    const unit = event.deltaMode === 1 ? LINE_PIXELS : event.deltaMode === 2 ? PAGE_PIXELS : 1;
    const dx = event.deltaX * unit, dy = event.deltaY * unit;
    if (event.ctrlKey || event.metaKey) return { kind: 'zoom', factor: Math.exp(-dy * 0.0015) };
    // Shift with a plain mouse wheel scrolls sideways where the browser has not already turned it.
    if (event.shiftKey && dx === 0) return { kind: 'pan', dx: -dy, dy: 0 };
    return { kind: 'pan', dx: -dx, dy: -dy };
}
