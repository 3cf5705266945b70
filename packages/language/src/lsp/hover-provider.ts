import type { AstNode, LangiumDocument, LangiumDocuments } from 'langium';
import { CstUtils } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams, Position as LspPosition, Range } from 'vscode-languageserver';
import { INSTRUMENT_LABELS, JENIS_LABELS, SCOPE_LABELS, type Pegawai, type Position, type Team, type UnitNode } from '@sikerja/model';
import * as ast from '../generated/ast.js';
import { enclosingTemplate, qualifiedName } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { pegawaiBuiltFrom, teamBuiltFrom } from '../model/fragment-builder.js';
import type { Citation } from '../validation/profiles/profile.js';
import { citationText, type ProfileRegistry } from '../validation/profiles/registry.js';
import { isRuleCode, RULES, type RuleContextProvider } from '../validation/index.js';
import type { PemdaDocuments } from '../workspace/pemda-documents.js';
import { instanceFinder, segmentDeclaration } from './qualified-reference.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * User text (names, titles, NIP, pangkat) shown as written in a Markdown hover: a title
 * `<b>Seksi</b> *Umum*` must not turn bold or italic, nor `[a](b)` into a link. Inline markers are
 * escaped everywhere, block markers (`#`, `-`, `1.`) only where a line could start with them, and
 * `<`, `>`, `&` become entities so neither HTML nor an entity is interpreted. Ordinary punctuation
 * (`.`, `,`, `(`, `/`) is left alone: it means nothing there, and the hover's source stays readable.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\\`*_[\]~|&<>]/g, c => ENTITIES[c] ?? `\\${c}`)
        .replace(/^([ \t]*)(?:([#+=-])|(\d+)([.)]))/gm, (_, space: string, mark?: string, digits?: string, dot?: string) =>
            mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`);
}

/** A code span around `text` that no backtick in it can close: its fence is longer than any run inside. */
export function codeSpan(text: string): string {
    const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length)) + 1);
    // One space each side is dropped again by the renderer; without it a backtick at an end would join the fence.
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

function contains(range: Range, p: LspPosition): boolean {
    const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
    const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
    return afterStart && beforeEnd;
}

/**
 * Hover shows, for a finding, the article it cites (the regulation's own words), and for an element
 * its facts from the semantic model: jenis, kelas, B/K/±, Pejabat Penilai Kinerja, team scope.
 */
export class SiKerjaHoverProvider extends MultilineCommentHoverProvider {
    private readonly contexts: RuleContextProvider;
    private readonly profiles: ProfileRegistry;
    private readonly documents: LangiumDocuments;
    private readonly pemdaDocuments: PemdaDocuments;

    constructor(services: SiKerjaServices) {
        super(services);
        this.contexts = services.validation.RuleContext;
        this.profiles = services.validation.Profiles;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.pemdaDocuments = services.workspace.PemdaDocuments;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const citations = this.citationsAt(document, params.position);
        const elementText = await this.elementHover(document, params);
        const parts = [...citations, ...(elementText ? [elementText] : [])];
        return parts.length === 0 ? undefined : { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
    }

    /**
     * The element under the cursor described. On a segment of a qualified name it is what that
     * segment names (`Kesmas` in `Dinkes.Kesmas.AdminkesMadya` is the bidang); Langium would
     * describe the jabatan the whole reference ends at.
     */
    private async elementHover(document: LangiumDocument, params: HoverParams): Promise<string | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        // As Langium's hover: the cursor just after a name is not on it.
        const target = leaf && leaf.end > offset ? segmentDeclaration(leaf, instanceFinder(document, this.documents, this.pemdaDocuments)) : undefined;
        if (target) return this.getAstNodeHoverContent(target);
        const element = await super.getHoverContent(document, params);
        return element && typeof element.contents === 'object' && 'value' in element.contents ? element.contents.value : undefined;
    }

    /** The cited articles of the rule findings under the cursor. */
    citationsAt(document: LangiumDocument, position: LspPosition): string[] {
        const out: string[] = [];
        for (const d of document.diagnostics ?? []) {
            const data = d.data as { code?: string; profile?: string; cited?: string[]; citations?: Citation[] } | undefined;
            if (!isRuleCode(data?.code) || !contains(d.range, position)) continue;
            const profile = (data.profile && this.profiles.get(data.profile)) || this.profiles.default;
            const setting = profile.rules[data.code];
            const cited = data.citations ?? (data.cited ? setting.citations.filter(c => data.cited!.includes(c.ref)) : setting.citations);
            // Our own profile data, escaped all the same: a `*` or `<` in a quoted article must show as written.
            const quotes = cited.map(c => `> **${escapeMarkdown(c.source ? `${c.source}, ${c.ref}` : c.ref)}** — ${citationText({ ...c, text: escapeMarkdown(c.text) })}`)
                .join('\n>\n');
            out.push(`**${RULES[data.code].title}** · ${profile.short} · \`${data.code}\`\n\n${quotes}`);
        }
        return out;
    }

    /**
     * The element's facts, then its doc comment. The comment is the analyst's own documentation and
     * stays Markdown, as Langium renders it; names and titles in the facts are escaped.
     */
    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const docs = super.getAstNodeHoverContent(node) as string | undefined;
        const facts = this.describe(node);
        return [facts, docs].filter(Boolean).join('\n\n') || undefined;
    }

    private describe(node: AstNode): string | undefined {
        const ctx = this.contexts.forNode(node);
        if (!ctx) return undefined;
        const index = ctx.facts.index;
        if ((ast.isPimpinan(node) || ast.isJabatan(node)) && !enclosingTemplate(node)) {
            const p = index.position(qualifiedName(node));
            return p && describePosition(p, index.position(p.penilaiKinerja), index.holders(p.id));
        }
        if ((ast.isUnit(node) || ast.isOrganisasi(node)) && !enclosingTemplate(node)) {
            const u = index.unit(qualifiedName(node));
            return u && describeUnit(u);
        }
        if (ast.isPegawai(node)) {
            const g = pegawaiBuiltFrom(node);
            return g && describePegawai(g, index.position(g.position));
        }
        if (ast.isTim(node)) {
            const t = teamBuiltFrom(node);
            return t && describeTeam(t, id => index.position(id)?.title, id => index.unit(id)?.title);
        }
        return undefined;
    }
}

/** A title in bold with its id: `**Kepala Dinas** `Dinkes.Kepala``, both as written. */
function heading(title: string, id: string): string {
    return `**${escapeMarkdown(title)}** ${codeSpan(id)}`;
}

function describePegawai(g: Pegawai, post: Position | undefined): string {
    return [
        heading(g.title, g.id),
        [g.nip ? `NIP ${g.nip}` : 'NIP belum ditulis', g.rank ?? 'pangkat/golongan belum ditulis', g.status?.toUpperCase()]
            .filter(Boolean).map(s => escapeMarkdown(s!)).join(' · '),
        post ? `Menduduki: ${escapeMarkdown(post.title)} ${codeSpan(post.id)}` : 'Jabatan yang diduduki belum ditulis'
    ].join('\n\n');
}

function describePosition(p: Position, penilai: Position | undefined, holders: readonly Pegawai[]): string {
    const jenis = [JENIS_LABELS[p.jenis ?? ''] ?? 'jenis belum ditulis', p.kategori, p.jenjang, p.hasilPenyetaraan ? 'hasil penyetaraan' : undefined]
        .filter(Boolean).map(s => escapeMarkdown(s!)).join(', ');
    const figures = [
        p.kelas !== undefined ? `kelas ${p.kelas}` : undefined,
        `B ${p.bezetting ?? '–'} / K ${p.kebutuhan ?? '–'} / ± ${p.selisih ?? '–'}`,
        p.status && escapeMarkdown(p.status.toUpperCase())
    ].filter(Boolean).join(' · ');
    const lines = [heading(p.title, p.id), `${jenis} · ${figures}`];
    lines.push(penilai ? `Pejabat Penilai Kinerja: ${escapeMarkdown(penilai.title)}` : 'Belum ada Pejabat Penilai Kinerja');
    if (p.sepertiKetuaTim) lines.push('Mengoordinasikan JF dan pelaksana seperti ketua tim');
    if (holders.length > 0) {
        const written = p.bezetting !== undefined && holders.length < p.bezetting ? ` (${holders.length} dari B ${p.bezetting} tertulis)` : '';
        lines.push(`Diduduki: ${holders.map(h => escapeMarkdown(h.title)).join(', ')}${written}`);
    }
    return lines.join('\n\n');
}

function describeUnit(u: UnitNode): string {
    let b = 0, k = 0, count = 0;
    const walk = (x: UnitNode) => {
        for (const p of [...(x.leader ? [x.leader] : []), ...x.positions]) { b += p.bezetting ?? 0; k += p.kebutuhan ?? 0; count++; }
        x.units.forEach(walk);
    };
    walk(u);
    return [
        `${heading(u.title, u.id)} (${escapeMarkdown(u.kind)})`,
        `Pimpinan: ${u.leader ? escapeMarkdown(u.leader.title) : 'belum ditulis'}`,
        `${count} jabatan · B ${b} / K ${k} / ± ${b - k}`
    ].join('\n\n');
}

function describeTeam(t: Team, positionTitle: (id: string) => string | undefined, unitTitle: (id: string) => string | undefined): string {
    const ketua = t.members.find(m => m.role === 'ketua');
    // A title when the model knows one, else the id as written.
    const titleOr = (title: string | undefined, id: string) => title !== undefined ? escapeMarkdown(title) : codeSpan(id);
    const owner = t.ownerInstansi ? `${escapeMarkdown(t.ownerTitle ?? '')} (instansi ${codeSpan(t.ownerInstansi)})`
        : t.owner ? titleOr(unitTitle(t.owner), t.owner) : 'belum ditulis';
    const chair = ketua?.position ? titleOr(positionTitle(ketua.position), ketua.position)
        : ketua?.title !== undefined ? escapeMarkdown(ketua.title) : 'belum ditulis';
    return [
        heading(t.title, t.id),
        `Lingkup: ${t.scope ? SCOPE_LABELS[t.scope] : 'belum dapat ditentukan'} · pemilik kinerja: ${owner}`,
        `Ketua: ${chair} · ${t.members.length} orang`,
        t.instrument ? `Ditetapkan dengan ${INSTRUMENT_LABELS[t.instrument]}` : 'Instrumen penetapan belum ditulis'
    ].join('\n\n');
}
