/**
 * Where a quotation stands in a regulation's text: the Pasal, ayat and list item (or the Lampiran,
 * its numbered items and the Gambar) nearest above it. quotations.test.ts uses it to hold every
 * quotation of a profile to the place its citation names, not only to the text somewhere.
 *
 * The texts are extractions of PDFs: list items begin a line (`- (1)`, `a.`, `1)`), and some Pasal
 * headings are missing (Mahakam Ulu). Those are inferred the way a reader infers them: an ayat (1)
 * after a Pasal already has text, or the first words after a BAB/Bagian/Paragraf heading, begin the
 * next Pasal. An inferred number that disagrees with the next written heading is reported.
 */

export interface Place {
    /** `body` (the Pasal) or `lampiran`. */
    part: 'body' | 'lampiran';
    /** The Pasal number in the body; the Lampiran number (`I`, `II`, or `` when unnumbered). */
    root: string;
    /** Labels of the enclosing list items, outermost first: `(3)` for an ayat, `3` for `3.`/`3)`, `c` for `c.`/`c)`. */
    items: string[];
    /** The nearest Gambar above, within the Lampiran. */
    gambar?: number;
}

export interface Outline {
    /** The place of each line of the text (0-based). */
    lines: Place[];
    /** Inferred Pasal numbers that a written heading contradicts. */
    conflicts: string[];
}

type Style = 'paren' | 'digit' | 'digit)' | 'letter' | 'letter)' | 'roman' | 'upper';
interface Item { style: Style; label: string }

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** A line's list marker, once the extraction's leading `- ` is gone. */
function markerOf(line: string): Item | undefined {
    const m = /^\s*(?:-\s+)?(?:\((\d+)\)|(\d+)\.|(\d+)\)|([a-z])\.|([a-z])\)|([IVX]+)\.|([A-Z])\.)(?:\s|$)/.exec(line);
    if (!m) return undefined;
    if (m[1]) return { style: 'paren', label: `(${m[1]})` };
    if (m[2]) return { style: 'digit', label: m[2] };
    if (m[3]) return { style: 'digit)', label: m[3] };
    if (m[4]) return { style: 'letter', label: m[4] };
    if (m[5]) return { style: 'letter)', label: m[5] };
    if (m[6]) return { style: 'roman', label: m[6] };
    return { style: 'upper', label: m[7] };
}

function predecessor(item: Item): string | undefined {
    const bare = item.label.replace(/[()]/g, '');
    if (/^\d+$/.test(bare)) return Number(bare) > 1 ? (item.style === 'paren' ? `(${Number(bare) - 1})` : String(Number(bare) - 1)) : undefined;
    if (item.style === 'roman') { const i = ROMANS.indexOf(bare); return i > 0 ? ROMANS[i - 1] : undefined; }
    return bare > 'a' && bare <= 'z' || bare > 'A' && bare <= 'Z' ? String.fromCharCode(bare.charCodeAt(0) - 1) : undefined;
}

/**
 * A marker continues the list whose previous item is on the stack (deepest first), begins a new
 * nested list when it is a first item, or else (an item the extraction lost) replaces the nearest
 * item of its style.
 */
function place(stack: Item[], item: Item): Item[] {
    const before = predecessor(item);
    const sameStyle = (i: Item) => i.style === item.style;
    let at = before === undefined ? -1 : findLast(stack, i => sameStyle(i) && i.label === before);
    if (at < 0 && before !== undefined) at = findLast(stack, sameStyle);
    return at < 0 ? [...stack, item] : [...stack.slice(0, at), item];
}

function findLast<T>(xs: T[], p: (x: T) => boolean): number {
    for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
    return -1;
}

const PASAL = /^\s*Pasal\s+(\d+)\s*$/;
const SECTION = /^\s*(?:BAB\s*[IVXL]+|Bagian\s+\S+|Paragraf\s+\d+)(.*)$/;
const LAMPIRAN = /^\s*LAMPIRAN(?:\s+([IVX]+))?\s*$/;
const GAMBAR = /^\s*Gambar\s*(\d+)/;

export function outline(text: string): Outline {
    const lines: Place[] = [];
    const conflicts: string[] = [];
    let part: Place['part'] = 'body';
    let root = '';
    let stack: Item[] = [];
    let gambar: number | undefined;
    let pasal: number | undefined;
    let pasalHasText = false;
    let pasalHasAyat = false;
    let awaitingPasal = false;
    let awaitingTitle = false;
    const beginPasal = (n: number) => { pasal = n; root = String(n); stack = []; pasalHasText = pasalHasAyat = awaitingPasal = false; };

    for (const line of text.split('\n')) {
        const trimmed = line.trim();
        const lampiran = LAMPIRAN.exec(line);
        const written = PASAL.exec(line);
        const section = SECTION.exec(line);
        const marker = markerOf(line);
        if (lampiran) {
            part = 'lampiran'; root = lampiran[1] ?? ''; stack = []; gambar = undefined;
        } else if (part === 'lampiran') {
            const g = GAMBAR.exec(line);
            if (g) gambar = Number(g[1]);
            else if (marker) stack = place(stack, marker);
        } else if (written) {
            const n = Number(written[1]);
            if (pasal !== undefined && n !== pasal + 1) conflicts.push(`Pasal ${n} ditulis, sedangkan pasal sebelumnya terbaca Pasal ${pasal}`);
            beginPasal(n);
        } else if (section) {
            awaitingPasal = true;
            awaitingTitle = section[1].trim() === '';
        } else if (trimmed !== '' && pasal !== undefined) {
            if (awaitingTitle && !marker) {
                awaitingTitle = false;
            } else {
                awaitingTitle = false;
                // A Pasal is either one paragraph or a run of ayat: an ayat (1) after text, a sentence
                // right after an ayat (not inside its list), the numbering of the Pasal starting again
                // (Mahakam Ulu's Ps 2, its ayat read as `1.`), or anything after a section heading,
                // begins a Pasal whose heading is lost.
                const opensAyat = marker?.style === 'paren' && marker.label === '(1)';
                const newSentence = !marker && /^[A-Z]/.test(trimmed) && pasalHasAyat && stack.length === 1;
                const restarts = marker !== undefined && predecessor(marker) === undefined && stack[0]?.style === marker.style;
                if (awaitingPasal || (opensAyat && pasalHasText) || newSentence || restarts) beginPasal(pasal + 1);
                if (marker) stack = place(stack, marker);
                if (marker?.style === 'paren') pasalHasAyat = true;
                pasalHasText = true;
            }
        } else if (marker && pasal === undefined) {
            stack = place(stack, marker);
        }
        lines.push({ part, root, items: stack.map(i => i.label), gambar });
    }
    return { lines, conflicts };
}

/** A cited place: `Ps 11 ayat (3) huruf a`, `Lampiran I.II.2.c angka 3`, `Lampiran I.I.3.b, Gambar 10 dan 11`. */
export interface CitedPlace {
    part: Place['part'];
    root?: string;
    items: string[];
    gambar?: number[];
}

/**
 * The places a reference names; `undefined` when it is not written in a form this reads. "X dan Y"
 * joining two places names either; a parenthesis that is not an ayat number is a remark.
 */
export function citedPlaces(ref: string, numberedLampiran: boolean): CitedPlace[] | undefined {
    const plain = ref.replace(/\s*\((?!\d+\))[^)]*\)/g, '').trim();
    const parts = plain.split(/\s+dan\s+(?=Ps\b|Lampiran\b)/);
    const out: CitedPlace[] = [];
    for (const p of parts) {
        const placed = citedPlace(p, numberedLampiran);
        if (!placed) return undefined;
        out.push(placed);
    }
    return out;
}

function citedPlace(ref: string, numberedLampiran: boolean): CitedPlace | undefined {
    const body = /^Ps\s+(\d+)((?:\s+(?:ayat\s+\(\d+\)|huruf\s+[a-z]|angka\s+\d+))*)$/.exec(ref);
    if (body) {
        const items = [...body[2].matchAll(/(ayat|huruf|angka)\s+(\(\d+\)|\w+)/g)].map(m => m[2]);
        return { part: 'body', root: body[1], items };
    }
    const lampiran = /^Lampiran\b\s*([IVX]+(?:\.[\w]+)*|\d+(?:\.[\w]+)*)?((?:\s+(?:angka|huruf)\s+\w+)*)(?:,\s*Gambar\s+(\d+(?:\s+dan\s+\d+)?))?$/.exec(ref);
    if (!lampiran) return undefined;
    const dotted = lampiran[1] ? lampiran[1].split('.') : [];
    const words = [...lampiran[2].matchAll(/(?:angka|huruf)\s+(\w+)/g)].map(m => m[1]);
    const all = [...dotted, ...words];
    const gambar = lampiran[3]?.split(/\s+dan\s+/).map(Number);
    return numberedLampiran
        ? { part: 'lampiran', root: all[0], items: all.slice(1), gambar }
        : { part: 'lampiran', root: '', items: all, gambar };
}

/**
 * Whether a quotation found at `at` stands where `cited` says. In the body the cited ayat and item
 * are the enclosing ones, outermost first; in a Lampiran, whose extraction nests lists less reliably,
 * the cited items are found among the enclosing ones in order, the first of them the outermost.
 */
export function standsAt(at: Place, cited: CitedPlace): boolean {
    if (at.part !== cited.part) return false;
    if (cited.root !== undefined && at.root !== cited.root) return false;
    if (cited.gambar && (at.gambar === undefined || !cited.gambar.includes(at.gambar))) return false;
    if (cited.part === 'body') return cited.items.every((label, i) => at.items[i] === label);
    if (cited.items.length > 0 && at.items[0] !== cited.items[0]) return false;
    let i = 0;
    for (const label of at.items) if (i < cited.items.length && label === cited.items[i]) i++;
    return i === cited.items.length;
}

export function describePlace(at: Place): string {
    const items = at.items.join('.');
    const gambar = at.gambar !== undefined ? `, setelah Gambar ${at.gambar}` : '';
    return at.part === 'body' ? `Ps ${at.root}${items ? ` ${items}` : ''}` : `Lampiran ${[at.root, items].filter(Boolean).join('.')}${gambar}`;
}
