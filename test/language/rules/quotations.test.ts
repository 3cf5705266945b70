import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedPlaces, describePlace, outline, standsAt } from './naskah-places.js';

/**
 * An analyst pastes SiKerja's citations into a nota dinas: what is shown as the article's words must
 * be the article's words. Every citation a profile states is either found verbatim in the
 * regulation's text (`docs/regulasi/`, the profile's `naskah`), whitespace and line breaks aside, or
 * marked `summary` — and a profile with no text in the repository can only summarise.
 */
const PROFILES = path.resolve(__dirname, '../../../packages/language/src/validation/profiles');
const NASKAH = path.resolve(__dirname, '../../../docs/regulasi');

interface Cited { ref: string; text: string; summary?: boolean }

function citationsIn(value: unknown, into: Cited[] = []): Cited[] {
    if (Array.isArray(value)) value.forEach(v => citationsIn(v, into));
    else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o.ref === 'string' && typeof o.text === 'string') into.push(o as unknown as Cited);
        else Object.values(o).forEach(v => citationsIn(v, into));
    }
    return into;
}

/** The text extraction marks each ayat and list item with a leading `- `: layout, not words. */
function comparableLine(line: string): string {
    return line.replace(/^\s*-\s+/, '').replace(/\s+/g, '');
}

function comparable(text: string): string {
    return text.split('\n').map(comparableLine).join('');
}

/** Each line of a text where it starts in `comparable(text)`, to tell on which line a quotation begins. */
function lineStarts(text: string): number[] {
    const starts: number[] = [];
    let length = 0;
    for (const line of text.split('\n')) { starts.push(length); length += comparableLine(line).length; }
    return starts;
}

function lineAt(starts: number[], offset: number): number {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
}

const files = fs.readdirSync(PROFILES).filter(f => f.endsWith('.json')).sort();

describe('every quotation in a profile is the regulation\'s own words', () => {
    it('finds the profiles and their texts', () => {
        expect(files.length).toBeGreaterThanOrEqual(6);
        for (const f of files) {
            const profile = JSON.parse(fs.readFileSync(path.join(PROFILES, f), 'utf8')) as { naskah?: string };
            if (profile.naskah) expect(fs.existsSync(path.join(NASKAH, profile.naskah)), `${f}: ${profile.naskah}`).toBe(true);
        }
    });

    for (const f of files) {
        it(f, () => {
            const profile = JSON.parse(fs.readFileSync(path.join(PROFILES, f), 'utf8')) as { naskah?: string };
            const naskah = profile.naskah ? comparable(fs.readFileSync(path.join(NASKAH, profile.naskah), 'utf8')) : undefined;
            const cited = citationsIn(profile);
            // A profile whose citations are not found (renamed fields) would pass with nothing compared.
            expect(cited.length, 'citations found').toBeGreaterThan(0);
            const notVerbatim = cited.filter(c => !c.summary && (naskah === undefined || !naskah.includes(comparable(c.text))));
            expect(notVerbatim.map(c => `${c.ref}: ${c.text}`)).toEqual([]);
        });
    }
});

/**
 * Found somewhere is not enough: "Ps 12 ayat (3)" on words of ayat (2), or "Lampiran angka 3" on the
 * sentence of angka 2 that angka 3 repeats, sends the analyst to the wrong article. Each quotation
 * must stand where its citation says: the Pasal, ayat and item (or Lampiran, item and Gambar)
 * nearest above it in the text are the ones cited (naskah-places.ts reads them).
 */
describe('every quotation stands at the place its citation names', () => {
    const texts = [...new Set(files.map(f => (JSON.parse(fs.readFileSync(path.join(PROFILES, f), 'utf8')) as { naskah?: string }).naskah).filter((n): n is string => !!n))];

    it('reads the Pasal numbering of every text without contradiction, missing headings inferred', () => {
        expect(texts.length).toBeGreaterThanOrEqual(5);
        for (const n of texts) expect(outline(fs.readFileSync(path.join(NASKAH, n), 'utf8')).conflicts, n).toEqual([]);
        // Mahakam Ulu lost the heading of Ps 24; its ayat (4) is where Ps 25 ayat (1) says it is.
        const mahulu = fs.readFileSync(path.join(NASKAH, 'mahakam-ulu-perbup-44-2024.txt'), 'utf8');
        const at = outline(mahulu).lines[mahulu.split('\n').findIndex(l => l.includes('(4) Susunan keanggotan Tim Koordinasi'))];
        expect(describePlace(at)).toBe('Ps 24 (4)');
    });

    it('tells a misplaced citation from a placed one', () => {
        const text = fs.readFileSync(path.join(NASKAH, 'tanjung-jabung-timur-perbup-14-2023.txt'), 'utf8');
        const at = outline(text).lines[text.split('\n').findIndex(l => l.startsWith('3. Sekretariat DPRD'))];
        expect(citedPlaces('Lampiran angka 3', false)!.some(c => standsAt(at, c))).toBe(true);
        expect(citedPlaces('Lampiran angka 2', false)!.some(c => standsAt(at, c))).toBe(false);
        expect(citedPlaces('Ps 8 ayat (5) dan Lampiran', false)!.some(c => standsAt(at, c))).toBe(true);
        expect(citedPlaces('Ps 8 ayat (5)', false)!.some(c => standsAt(at, c))).toBe(false);
    });

    for (const f of files) {
        it(f, () => {
            const profile = JSON.parse(fs.readFileSync(path.join(PROFILES, f), 'utf8')) as { naskah?: string };
            const quoted = citationsIn(profile).filter(c => !c.summary);
            if (!profile.naskah) { expect(quoted).toEqual([]); return; }
            const text = fs.readFileSync(path.join(NASKAH, profile.naskah), 'utf8');
            const { lines } = outline(text);
            const whole = comparable(text);
            const starts = lineStarts(text);
            const numberedLampiran = lines.some(l => l.part === 'lampiran' && l.root !== '');
            const misplaced: string[] = [];
            for (const c of quoted) {
                const places = citedPlaces(c.ref, numberedLampiran);
                if (!places) { misplaced.push(`${c.ref}: rujukan tidak terbaca`); continue; }
                const words = comparable(c.text);
                const found: string[] = [];
                let placed = false;
                for (let i = whole.indexOf(words); i >= 0; i = whole.indexOf(words, i + 1)) {
                    const line = lineAt(starts, i);
                    found.push(`${describePlace(lines[line])} (baris ${line + 1})`);
                    placed ||= places.some(p => standsAt(lines[line], p));
                }
                if (found.length > 0 && !placed) misplaced.push(`${c.ref}: terdapat di ${found.join('; ')} — ${c.text.slice(0, 60)}…`);
            }
            expect(misplaced).toEqual([]);
        });
    }
});
