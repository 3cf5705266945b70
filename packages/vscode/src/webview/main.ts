/// <reference lib="dom" />
import { parseToWebview, type FromWebview, type ToWebview } from '../preview/messages.js';
import type { DiagramElementBox } from '@sikerja/model';

/**
 * The preview: shows the SVG the server drew, keeps zoom and pan across updates, reports a click on
 * a box and highlights the box of the declaration under the editor's cursor. It runs no code from
 * the model: the SVG is parsed as XML and only elements and attributes of drawing survive.
 */
declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
const post = (m: FromWebview) => vscode.postMessage(m);

interface ViewState { scale: number; x: number; y: number; element?: string }
const saved = vscode.getState() as ViewState | undefined;
const view: ViewState = saved && typeof saved.scale === 'number' ? saved : { scale: 1, x: 0, y: 0 };

const stage = document.getElementById('stage')!;
const canvas = document.getElementById('canvas')!;
const notice = document.getElementById('notice')!;
const status = document.getElementById('status')!;
const picker = document.getElementById('kind') as HTMLSelectElement;
let lastRequest = 0;
let elements: DiagramElementBox[] = [];
let highlighted: string | undefined;

const KIND_LABELS: Record<string, string> = {
    struktur: 'Struktur organisasi', 'peta-jabatan': 'Peta jabatan', tim: 'Susunan tim', 'lintas-fungsi': 'Peta lintas fungsi',
    sop: 'SOP AP', relasi: 'Peta relasi', level: 'Peta proses'
};

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
    vscode.setState(view);
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
    elements = message.elements;
    notice.textContent = message.errors > 0
        ? `Model memiliki ${message.errors} galat: yang tergambar adalah bagian yang sahih. Lihat panel Problems.`
        : '';
    status.textContent = message.title;
    picker.replaceChildren(...message.kinds.map(k => {
        const o = document.createElement('option');
        o.value = k;
        o.textContent = KIND_LABELS[k] ?? k;
        o.selected = k === message.kind;
        return o;
    }));
    picker.disabled = message.kinds.length < 2;
    setHighlight(highlighted);
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
            notice.textContent = message.message;
            break;
        case 'highlight':
            setHighlight(message.element);
            break;
        case 'exported':
            status.textContent = message.message;
            break;
    }
});

canvas.addEventListener('click', event => {
    const target = (event.target as Element).closest('[data-element]');
    const element = target?.getAttribute('data-element');
    if (element && elements.some(e => e.element === element)) post({ type: 'reveal', element });
});

stage.addEventListener('wheel', event => {
    event.preventDefault();
    const factor = Math.exp(-event.deltaY * 0.0015);
    const rect = stage.getBoundingClientRect();
    const px = event.clientX - rect.left, py = event.clientY - rect.top;
    const scale = Math.min(8, Math.max(0.1, view.scale * factor));
    view.x = px - (px - view.x) * (scale / view.scale);
    view.y = py - (py - view.y) * (scale / view.scale);
    view.scale = scale;
    applyView();
}, { passive: false });

let drag: { x: number; y: number } | undefined;
stage.addEventListener('pointerdown', e => { if (e.button === 1 || e.altKey || e.button === 0 && !(e.target as Element).closest('[data-element]')) drag = { x: e.clientX - view.x, y: e.clientY - view.y }; });
window.addEventListener('pointermove', e => { if (drag) { view.x = e.clientX - drag.x; view.y = e.clientY - drag.y; applyView(); } });
window.addEventListener('pointerup', () => { drag = undefined; });

document.getElementById('fit')!.addEventListener('click', () => {
    const svg = canvas.querySelector('svg');
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const area = stage.getBoundingClientRect();
    const natural = { width: box.width / view.scale, height: box.height / view.scale };
    view.scale = Math.min(area.width / natural.width, area.height / natural.height, 4);
    view.x = (area.width - natural.width * view.scale) / 2;
    view.y = 0;
    applyView();
});
picker.addEventListener('change', () => post({ type: 'kind', kind: picker.value as never }));
for (const format of ['svg', 'png', 'pdf'] as const) {
    document.getElementById(`export-${format}`)!.addEventListener('click', () => post({ type: 'export', format }));
}

applyView();
post({ type: 'ready' });
