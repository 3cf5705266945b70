/// <reference lib="dom" />
import { parseToWebview, type FromWebview, type ToWebview } from '../preview/messages.js';
import { wheelAction } from './wheel.js';

/**
 * The preview: shows the SVG the server drew, keeps zoom and pan across updates, reports a click on
 * a box and highlights the box of the declaration under the editor's cursor. It runs no code from
 * the model: the SVG is parsed as XML and only elements and attributes of drawing survive.
 */
declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
const post = (m: FromWebview) => vscode.postMessage(m);

/** Zoom and pan, kept across redraws of the same diagram; `shown` names it (kind and element). */
interface ViewState { scale: number; x: number; y: number; shown?: string }
const saved = vscode.getState() as ViewState | undefined;
const view: ViewState = saved && typeof saved.scale === 'number' ? saved : { scale: 1, x: 0, y: 0 };

const stage = document.getElementById('stage')!;
const canvas = document.getElementById('canvas')!;
const notice = document.getElementById('notice')!;
const errorsNote = document.getElementById('errors')!;
const overviewNote = document.getElementById('overview')!;
const comparisonNote = document.getElementById('comparison')!;
const status = document.getElementById('status')!;
const zoom = document.getElementById('zoom')!;
const picker = document.getElementById('kind') as HTMLSelectElement;
let lastRequest = 0;
let elements: ReadonlySet<string> = new Set();
let highlighted: string | undefined;
let shownTitle = '';


/** Only the vocabulary our SVG writer uses: anything else in a model's text stays text. */
const ALLOWED = new Set(['svg', 'g', 'rect', 'text', 'polyline', 'polygon', 'line', 'circle', 'path']);
function sanitize(node: Element): void {
    for (const child of [...node.children]) {
        if (!ALLOWED.has(child.localName)) { child.remove(); continue; }
        for (const attr of [...child.attributes]) {
            if (/^on/i.test(attr.name) || /href$/i.test(attr.name) || /javascript:/i.test(attr.value)) child.removeAttribute(attr.name);
        }
        sanitize(child);
    }
}

function applyView(): void {
    canvas.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
    zoom.textContent = `${Math.round(view.scale * 100)}%`;
    vscode.setState(view);
}

/** The diagram's size in CSS pixels at 100 %. */
function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
    const box = svg.getBoundingClientRect();
    return { width: box.width / view.scale, height: box.height / view.scale };
}

/** The size most text of the diagram is set in, in points (the SVG's user unit). */
function bodyTextPoints(svg: SVGSVGElement): number {
    const counts = new Map<number, number>();
    for (const t of svg.querySelectorAll('text')) {
        const size = Number(t.getAttribute('font-size'));
        if (size > 0) counts.set(size, (counts.get(size) ?? 0) + 1);
    }
    let body = 0, most = 0;
    for (const [size, n] of counts) if (n > most) { body = size; most = n; }
    return body || 8;
}

/** The editor's font size in CSS pixels, as VS Code gives it to the webview. */
function editorTextPixels(): number {
    const px = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-font-size'));
    return Number.isFinite(px) && px > 0 ? px : 14;
}

/**
 * Fitted to the panel's width, but never with text smaller than the editor's: a wide peta jabatan
 * then opens at its left edge, readable, and pans sideways. A small diagram is not blown up past
 * the size its text reads best at.
 */
function fitWidth(): void {
    const svg = canvas.querySelector('svg');
    if (!svg) return;
    const natural = naturalSize(svg);
    const area = stage.getBoundingClientRect();
    // Pan is a transform: undo any scrolling the browser did on its own (a box brought into view).
    stage.scrollLeft = stage.scrollTop = 0;
    // The SVG is sized in points: its text of `pt` points shows at pt × 4/3 pixels at 100 %.
    const readable = editorTextPixels() / (bodyTextPoints(svg) * 4 / 3);
    view.scale = Math.min(Math.max(area.width / natural.width, readable), Math.max(readable, 1.5));
    view.x = Math.max(0, (area.width - natural.width * view.scale) / 2);
    view.y = 0;
    applyView();
}

/** The whole diagram in the panel, however small its text becomes (the zoom says how small). */
function fitAll(): void {
    const svg = canvas.querySelector('svg');
    if (!svg) return;
    const natural = naturalSize(svg);
    const area = stage.getBoundingClientRect();
    view.scale = Math.min(area.width / natural.width, area.height / natural.height, 4);
    view.x = (area.width - natural.width * view.scale) / 2;
    view.y = 0;
    applyView();
}


function show(message: Extract<ToWebview, { type: 'diagram' }>): void {
    const doc = new DOMParser().parseFromString(message.svg, 'image/svg+xml');
    const svg = doc.documentElement;
    if (svg.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) {
        notice.textContent = 'Diagram tidak dapat dibaca.';
        return;
    }
    sanitize(svg);
    canvas.replaceChildren(document.importNode(svg, true));
    canvas.classList.remove('stale');
    elements = new Set(message.elements);
    shownTitle = message.title;
    notice.textContent = '';
    errorsNote.textContent = message.errors > 0
        ? `Model memiliki ${message.errors} galat: yang tergambar adalah bagian yang sahih. Lihat panel Problems.`
        : '';
    const overview = message.overview;
    overviewNote.textContent = overview
        ? `Ikhtisar: ${message.kinds.find(k => k.kind === overview.fullKind)?.noun ?? overview.fullKind} lengkap memuat ${overview.elements.toLocaleString('id-ID')} elemen, `
            + `lebih dari ${overview.limit.toLocaleString('id-ID')} yang dapat digambar di pratinjau tanpa memperlambat editor. `
            + 'Diagram lengkap ada di ekspor (SVG, PNG, PDF).'
        : '';
    comparisonNote.textContent = message.comparison ?? '';
    status.textContent = message.title;
    picker.replaceChildren(...message.kinds.map(k => {
        const o = document.createElement('option');
        o.value = k.kind;
        o.textContent = k.label;
        o.selected = k.kind === message.kind;
        return o;
    }));
    picker.disabled = message.kinds.length < 2;
    setHighlight(message.highlight ?? highlighted);
    // Another diagram (element, kind, or its overview) opens fitted, the cursor's box in view; the
    // same one keeps zoom and pan.
    const shown = `${message.kind}\n${message.element}\n${overview ? 'ikhtisar' : ''}`;
    if (shown !== view.shown) {
        view.shown = shown;
        fitWidth();
        if (highlighted) bringIntoView(highlighted);
    } else {
        applyView();
    }
}

/** Nothing new could be drawn: say why above the last picture, which is dimmed as no longer current. */
function showNotice(message: string): void {
    const hasDrawing = canvas.querySelector('svg') !== null;
    notice.textContent = hasDrawing ? `${message} Gambar di bawah: ${shownTitle}, belum diperbarui.` : message;
    canvas.classList.toggle('stale', hasDrawing);
}

/** Pans so that the element's box is in the panel, when it is not already. */
function bringIntoView(element: string): void {
    const box = [...canvas.querySelectorAll('[data-element]')].find(e => e.getAttribute('data-element') === element)?.getBoundingClientRect();
    const area = stage.getBoundingClientRect();
    if (!box || (box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom)) return;
    const shiftX = box.width > area.width ? area.left + 8 - box.left : area.left + area.width / 2 - (box.left + box.width / 2);
    const shiftY = box.height > area.height ? area.top + 8 - box.top : area.top + area.height / 3 - (box.top + box.height / 2);
    // Never past the diagram's own left or top edge: the margin of an SVG is not worth showing.
    view.x = Math.min(0, view.x + shiftX);
    view.y = Math.min(0, view.y + shiftY);
    applyView();
}

function setHighlight(element: string | undefined): void {
    highlighted = element;
    for (const el of canvas.querySelectorAll('.sikerja-highlight')) el.classList.remove('sikerja-highlight');
    if (!element) return;
    for (const el of canvas.querySelectorAll('[data-element]')) {
        if (el.getAttribute('data-element') === element) el.classList.add('sikerja-highlight');
    }
}

window.addEventListener('message', event => {
    const message = parseToWebview(event.data);
    if (!message) return;
    switch (message.type) {
        case 'diagram':
            // An answer to an older request than one already shown is stale.
            if (message.requestId < lastRequest) return;
            lastRequest = message.requestId;
            show(message);
            break;
        case 'notice':
            if (message.requestId < lastRequest) return;
            showNotice(message.message);
            break;
        case 'highlight':
            setHighlight(message.element);
            if (message.element) bringIntoView(message.element);
            break;
        case 'exported':
            status.textContent = message.message;
            break;
    }
});

canvas.addEventListener('click', event => {
    const target = (event.target as Element).closest('[data-element]');
    const element = target?.getAttribute('data-element');
    if (element && elements.has(element)) post({ type: 'reveal', element });
});

stage.addEventListener('wheel', event => {
    event.preventDefault();
    const action = wheelAction(event);
    if (action.kind === 'pan') {
        view.x += action.dx;
        view.y += action.dy;
        applyView();
        return;
    }
    const rect = stage.getBoundingClientRect();
    const px = event.clientX - rect.left, py = event.clientY - rect.top;
    const scale = Math.min(8, Math.max(0.1, view.scale * action.factor));
    view.x = px - (px - view.x) * (scale / view.scale);
    view.y = py - (py - view.y) * (scale / view.scale);
    view.scale = scale;
    applyView();
}, { passive: false });

let drag: { x: number; y: number } | undefined;
stage.addEventListener('pointerdown', e => { if (e.button === 1 || e.altKey || e.button === 0 && !(e.target as Element).closest('[data-element]')) drag = { x: e.clientX - view.x, y: e.clientY - view.y }; });
window.addEventListener('pointermove', e => { if (drag) { view.x = e.clientX - drag.x; view.y = e.clientY - drag.y; applyView(); } });
window.addEventListener('pointerup', () => { drag = undefined; });

document.getElementById('fit-width')!.addEventListener('click', fitWidth);
document.getElementById('fit-all')!.addEventListener('click', fitAll);
picker.addEventListener('change', () => post({ type: 'kind', kind: picker.value as never }));
for (const format of ['svg', 'png', 'pdf'] as const) {
    document.getElementById(`export-${format}`)!.addEventListener('click', () => post({ type: 'export', format }));
}

applyView();
post({ type: 'ready' });
