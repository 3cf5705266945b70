import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

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
function comparable(text: string): string {
    return text.split('\n').map(l => l.replace(/^\s*-\s+/, '')).join(' ').replace(/\s+/g, '');
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
