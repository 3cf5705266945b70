import type { ValidationAcceptor, ValidationChecks } from 'langium';
import * as ast from '../../generated/ast.js';
import type { SiKerjaAstType } from '../../generated/ast.js';
import { enclosingTemplate, relativeName } from '../../qualified-names.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import { reportRule, type RuleContext } from './context.js';

const KEAHLIAN = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'];

type KelasTable = RuleContext['profile']['kelas'];

interface TitlePrefixes {
    /** Lower-cased and longest first. */
    list: Array<[string, [number, number]]>;
    /** Their first letters: most titles start with none of them and are not lower-cased at all (a pasted Dinas has thousands). */
    initials: Set<string>;
    /** Each title's match, found once: a pasted block repeats one title thousands of times. */
    matched: Map<string, [number, number] | undefined>;
}

/** A profile's per-jabatan title prefixes: worked out once, not per position. */
const prefixesOf = new WeakMap<KelasTable, TitlePrefixes>();

function titlePrefixes(table: KelasTable): TitlePrefixes {
    let prefixes = prefixesOf.get(table);
    if (!prefixes) {
        const list = Object.entries(table.jabatan).map(([prefix, range]) => [prefix.toLowerCase(), range] as [string, [number, number]]);
        list.sort((a, b) => b[0].length - a[0].length);
        prefixesOf.set(table, prefixes = { list, initials: new Set(list.map(([p]) => p.charAt(0))), matched: new Map() });
    }
    return prefixes;
}

/** The kelas range for a JF: a per-jabatan entry (longest title prefix) wins over the jenjang default. */
export function kelasRange(ctx: RuleContext, title: string, jenjang: string): [number, number] | undefined {
    const prefixes = titlePrefixes(ctx.profile.kelas);
    return titleRange(prefixes, title) ?? ctx.profile.kelas.jenjang[jenjang as keyof KelasTable['jenjang']];
}

function titleRange(prefixes: TitlePrefixes, title: string): [number, number] | undefined {
    if (!prefixes.initials.has(title.charAt(0).toLowerCase())) return undefined;
    if (prefixes.matched.has(title)) return prefixes.matched.get(title);
    const lower = title.toLowerCase();
    const range = prefixes.list.find(([prefix]) => lower.startsWith(prefix))?.[1];
    // Typing a title passes through every prefix of it: start over rather than keep a day of them.
    if (prefixes.matched.size >= 5000) prefixes.matched.clear();
    prefixes.matched.set(title, range);
    return range;
}

/** A kelas no jabatan can have (a typo: `kelas 99`), whatever its jenis. */
function offScale(ctx: RuleContext, kelas: number): boolean {
    const [lowest, highest] = ctx.profile.kelas.scale;
    return kelas < lowest || kelas > highest;
}

function reportOffScale(accept: ValidationAcceptor, ctx: RuleContext, node: ast.Jabatan | ast.Pimpinan | ast.Isi, kelas: number): void {
    const [lowest, highest] = ctx.profile.kelas.scale;
    reportRule(accept, ctx, 'peta-jabatan-figures', `Kelas ${kelas} di luar skala kelas jabatan (${lowest}–${highest}).`, { node, property: 'kelas', index: 0 });
}

export function petaJabatanFiguresRule(services: SiKerjaServices): ValidationChecks<SiKerjaAstType> {
    const contexts = services.validation.RuleContext;

    function figures(node: ast.Jabatan | ast.Pimpinan, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        if (!ctx) return;
        const [kategori, jenjang, kelas, b, k] = [node.kategori[0], node.jenjang[0], node.kelas[0], node.bezetting[0], node.kebutuhan[0]];
        if (kategori && jenjang && (kategori === 'keahlian') !== KEAHLIAN.includes(jenjang)) {
            reportRule(accept, ctx, 'peta-jabatan-figures',
                `Jenjang ${jenjang} bukan jenjang kategori ${kategori}: keahlian berjenjang ahli pertama sampai ahli utama, keterampilan berjenjang pemula sampai penyelia.`,
                { node, property: 'jenjang', index: 0 });
        }
        if (kelas !== undefined && offScale(ctx, kelas)) {
            reportOffScale(accept, ctx, node, kelas);
        } else if (node.jenis[0] === 'fungsional' && jenjang && kelas !== undefined) {
            const range = kelasRange(ctx, node.title ?? '', jenjang);
            if (range && (kelas < range[0] || kelas > range[1])) {
                reportRule(accept, ctx, 'peta-jabatan-figures',
                    `Kelas ${kelas} di luar rentang jenjang ${jenjang} (${range[0] === range[1] ? range[0] : `${range[0]}–${range[1]}`}).`,
                    { node, property: 'kelas', index: 0 });
            }
        }
        if (enclosingTemplate(node)) return;
        if (k === undefined) {
            reportRule(accept, ctx, 'peta-jabatan-figures', `Kebutuhan (K) \`${node.name}\` belum diisi; tulis \`kebutuhan <jumlah>\` hasil analisis beban kerja.`, { node, property: 'name' });
        } else if (b !== undefined && b > k) {
            reportRule(accept, ctx, 'peta-jabatan-figures', `Bezetting ${b} melebihi kebutuhan ${k}: kelebihan ${b - k} pegawai pada peta jabatan.`, { node, property: 'bezetting', index: 0 }, { informational: true });
        }
    }

    function isiFigures(node: ast.Isi, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const target = node.target?.ref;
        if (!ctx || !target) return;
        const b = node.bezetting[0];
        const k = node.kebutuhan[0] ?? target.kebutuhan[0];
        if (b !== undefined && k !== undefined && b > k) {
            reportRule(accept, ctx, 'peta-jabatan-figures', `Bezetting ${b} melebihi kebutuhan ${k}: kelebihan ${b - k} pegawai pada peta jabatan.`, { node, property: 'bezetting', index: 0 }, { informational: true });
        }
        const kelas = node.kelas[0];
        const jenjang = target.jenjang[0];
        if (kelas !== undefined && offScale(ctx, kelas)) {
            reportOffScale(accept, ctx, node, kelas);
        } else if (kelas !== undefined && jenjang && target.jenis[0] === 'fungsional') {
            const range = kelasRange(ctx, node.title[0] ?? target.title ?? '', jenjang);
            if (range && (kelas < range[0] || kelas > range[1])) {
                reportRule(accept, ctx, 'peta-jabatan-figures', `Kelas ${kelas} di luar rentang jenjang ${jenjang} (${range[0]}–${range[1]}).`, { node, property: 'kelas', index: 0 });
            }
        }
    }

    function instanceHasKebutuhan(node: ast.Organisasi, accept: ValidationAcceptor): void {
        const ctx = contexts.forNode(node);
        const template = node.template[0]?.ref;
        if (!ctx || !template) return;
        const filled = new Set(node.members.filter(ast.isIsi).filter(i => i.kebutuhan.length > 0).map(i => i.target?.$refText));
        const missing: string[] = [];
        for (const member of streamPositions(template)) {
            const rel = relativeName(member, template);
            if (member.kebutuhan.length === 0 && !filled.has(rel)) missing.push(rel);
        }
        if (missing.length === 0) return;
        const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, dan ${missing.length - 5} lainnya` : '');
        reportRule(accept, ctx, 'peta-jabatan-figures',
            `Kebutuhan (K) belum diisi untuk ${missing.length} jabatan dari templat \`${template.name}\`: ${shown}. Tulis \`isi <jabatan> kebutuhan <jumlah>\`.`,
            { node, property: 'template', index: 0 });
    }

    return { Jabatan: figures, Pimpinan: figures, Isi: isiFigures, Organisasi: instanceHasKebutuhan };
}

function* streamPositions(node: ast.Templat | ast.Unit | ast.Kelompok): Generator<ast.Pimpinan | ast.Jabatan> {
    for (const m of node.members) {
        if (ast.isPimpinan(m) || ast.isJabatan(m)) yield m;
        else if (ast.isUnit(m) || ast.isKelompok(m)) yield* streamPositions(m);
    }
}
