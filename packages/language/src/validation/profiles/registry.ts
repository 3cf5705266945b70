import { PROFILE_FILES } from './generated-index.js';
import type { Citation, Profile, ProfileFile } from './profile.js';

export const DEFAULT_PROFILE_ID = 'nasional';

/** `Peraturan Bupati Kampar Nomor 9 Tahun 2025` and `perbup kampar 9/2025` name the same regulation. */
export function normalizeRegulation(text: string): string {
    return text.toLowerCase()
        .replace(/peraturan\s+bupati/g, 'perbup')
        .replace(/nomor\s+(\d+)\s+tahun\s+(\d{4})/g, '$1/$2')
        .replace(/\s+/g, ' ')
        .trim();
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A citation (`ref` and `text`) or a structure shape (with its `citation`) is one statement of one
 * regulation: a region's own replaces the inherited one whole. Merged, a Bengkayang quotation took
 * the national summary's `summary: true`, and its UPTD shape the national `rootSubbagian`.
 */
function isWhole(v: Record<string, unknown>): boolean {
    return ('ref' in v && 'text' in v) || 'citation' in v;
}

/** Objects merge key by key; arrays, scalars, citations and shapes of the regional file replace the inherited ones. */
function merge(base: unknown, override: unknown): unknown {
    if (!isPlainObject(base) || !isPlainObject(override) || isWhole(override)) return override === undefined ? base : override;
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(override)) out[k] = merge(base[k], v);
    return out;
}

/** Each citation remembers which regulation states it, so an inherited one cites the national text. */
function withSources(file: ProfileFile): ProfileFile {
    const stamp = <T extends { source?: string }>(c: T): T => ({ source: file.short, ...c });
    const rules = Object.fromEntries(Object.entries(file.rules ?? {}).map(([code, r]) =>
        [code, r?.citations ? { ...r, citations: r.citations.map(stamp) } : r]));
    const shapes = file.structure?.shapes && Object.fromEntries(Object.entries(file.structure.shapes).map(([id, s]) =>
        [id, s?.citation ? { ...s, citation: stamp(s.citation) } : s]));
    return { ...file, rules, ...(shapes ? { structure: { ...file.structure, shapes } } : {}) } as ProfileFile;
}

/**
 * `[Perbup Kampar 9/2025 Ps 4 ayat (8); Ps 4 ayat (9)]`: references grouped by the regulation that
 * states them; with `markSummaries`, a reference whose text is a summary says so.
 */
export function formatCitations(citations: readonly Citation[], options: { markSummaries?: boolean } = {}): string {
    const bySource = new Map<string, string[]>();
    for (const c of citations) {
        const source = c.source ?? '';
        const ref = options.markSummaries && c.summary ? `${c.ref} (ringkasan)` : c.ref;
        bySource.set(source, [...(bySource.get(source) ?? []), ref]);
    }
    return [...bySource.entries()].map(([source, refs]) => `${source} ${refs.join('; ')}`.trim()).join('; ');
}

/** A citation's words as an analyst may quote them: the regulation's own, or marked as SiKerja's summary. */
export function citationText(c: Citation): string {
    return c.summary ? `${c.text} *(ringkasan, bukan bunyi naskah peraturan)*` : `“${c.text}”`;
}

export class ProfileRegistry {
    private readonly profiles = new Map<string, Profile>();
    private readonly byAlias = new Map<string, Profile>();

    constructor(files: readonly ProfileFile[] = PROFILE_FILES) {
        const raw = new Map(files.map(f => [f.id, f]));
        const resolve = (id: string, seen: Set<string>): Profile => {
            const done = this.profiles.get(id);
            if (done) return done;
            const file = raw.get(id);
            if (!file) throw new Error(`Unknown profile '${id}'`);
            if (seen.has(id)) throw new Error(`Profile inheritance cycle at '${id}'`);
            seen.add(id);
            const own = withSources(file);
            const profile = (file.extends ? merge(resolve(file.extends, seen), own) : own) as Profile;
            this.profiles.set(id, profile);
            return profile;
        };
        for (const f of files) resolve(f.id, new Set());
        for (const p of this.profiles.values()) {
            for (const alias of p.aliases) this.byAlias.set(normalizeRegulation(alias), p);
        }
    }

    get(id: string): Profile | undefined {
        return this.profiles.get(id);
    }

    get default(): Profile {
        return this.profiles.get(DEFAULT_PROFILE_ID)!;
    }

    /** The profile a `regulasi "..."` selects, or undefined when no profile knows that regulation. */
    forRegulation(text: string): Profile | undefined {
        return this.byAlias.get(normalizeRegulation(text));
    }

    all(): Profile[] {
        return [...this.profiles.values()].sort((a, b) => a.id === DEFAULT_PROFILE_ID ? -1 : b.id === DEFAULT_PROFILE_ID ? 1 : a.short.localeCompare(b.short));
    }
}
