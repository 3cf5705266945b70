import type { AstNode, LangiumDocument } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams, Position as LspPosition, Range } from 'vscode-languageserver';
import type { Pegawai, Position, Team, UnitNode } from '@sikerja/model';
import * as ast from '../generated/ast.js';
import { enclosingTemplate, qualifiedName } from '../qualified-names.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { pegawaiBuiltFrom, teamBuiltFrom } from '../model/fragment-builder.js';
import { citationText, type ProfileRegistry } from '../validation/profiles/registry.js';
import { RULES } from '../validation/rules/catalogue.js';
import { INSTRUMENT_LABELS, isRuleCode, JENIS_LABELS, SCOPE_LABELS, type RuleContextProvider } from '../validation/rules/context.js';

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

    constructor(services: SiKerjaServices) {
        super(services);
        this.contexts = services.validation.RuleContext;
        this.profiles = services.validation.Profiles;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const citations = this.citationsAt(document, params.position);
        const element = await super.getHoverContent(document, params);
        const elementText = element && typeof element.contents === 'object' && 'value' in element.contents ? element.contents.value : undefined;
        const parts = [...citations, ...(elementText ? [elementText] : [])];
        return parts.length === 0 ? undefined : { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
    }

    /** The cited articles of the rule findings under the cursor. */
    citationsAt(document: LangiumDocument, position: LspPosition): string[] {
        const out: string[] = [];
        for (const d of document.diagnostics ?? []) {
            const data = d.data as { code?: string; profile?: string; cited?: string[] } | undefined;
            if (!isRuleCode(data?.code) || !contains(d.range, position)) continue;
            const profile = (data.profile && this.profiles.get(data.profile)) || this.profiles.default;
            const setting = profile.rules[data.code];
            const cited = data.cited ? setting.citations.filter(c => data.cited!.includes(c.ref)) : setting.citations;
            const quotes = cited.map(c => `> **${c.source ? `${c.source}, ` : ''}${c.ref}** — ${citationText(c)}`).join('\n>\n');
            out.push(`**${RULES[data.code].title}** · ${profile.short} · \`${data.code}\`\n\n${quotes}`);
        }
        return out;
    }

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

function describePegawai(g: Pegawai, post: Position | undefined): string {
    return [
        `**${g.title}** \`${g.id}\``,
        [g.nip ? `NIP ${g.nip}` : 'NIP belum ditulis', g.rank ?? 'pangkat/golongan belum ditulis', g.status?.toUpperCase()].filter(Boolean).join(' · '),
        post ? `Menduduki: ${post.title} \`${post.id}\`` : 'Jabatan yang diduduki belum ditulis'
    ].join('\n\n');
}

function describePosition(p: Position, penilai: Position | undefined, holders: readonly Pegawai[]): string {
    const jenis = [JENIS_LABELS[p.jenis ?? ''] ?? 'jenis belum ditulis', p.kategori, p.jenjang, p.hasilPenyetaraan ? 'hasil penyetaraan' : undefined]
        .filter(Boolean).join(', ');
    const figures = [
        p.kelas !== undefined ? `kelas ${p.kelas}` : undefined,
        `B ${p.bezetting ?? '–'} / K ${p.kebutuhan ?? '–'} / ± ${p.selisih ?? '–'}`,
        p.status?.toUpperCase()
    ].filter(Boolean).join(' · ');
    const lines = [`**${p.title}** \`${p.id}\``, `${jenis} · ${figures}`];
    lines.push(penilai ? `Pejabat Penilai Kinerja: ${penilai.title}` : 'Belum ada Pejabat Penilai Kinerja');
    if (p.sepertiKetuaTim) lines.push('Mengoordinasikan JF dan pelaksana seperti ketua tim');
    if (holders.length > 0) lines.push(`Diduduki: ${holders.map(h => h.title).join(', ')}${p.bezetting !== undefined && holders.length < p.bezetting ? ` (${holders.length} dari B ${p.bezetting} tertulis)` : ''}`);
    return lines.join('\n\n');
}

function describeUnit(u: UnitNode): string {
    let b = 0, k = 0, count = 0;
    const walk = (x: UnitNode) => {
        for (const p of [...(x.leader ? [x.leader] : []), ...x.positions]) { b += p.bezetting ?? 0; k += p.kebutuhan ?? 0; count++; }
        x.units.forEach(walk);
    };
    walk(u);
    return [`**${u.title}** \`${u.id}\` (${u.kind})`, `Pimpinan: ${u.leader?.title ?? 'belum ditulis'}`, `${count} jabatan · B ${b} / K ${k} / ± ${b - k}`].join('\n\n');
}

function describeTeam(t: Team, positionTitle: (id: string) => string | undefined, unitTitle: (id: string) => string | undefined): string {
    const ketua = t.members.find(m => m.role === 'ketua');
    return [
        `**${t.title}** \`${t.id}\``,
        `Lingkup: ${t.scope ? SCOPE_LABELS[t.scope] : 'belum dapat ditentukan'} · pemilik kinerja: ${t.ownerInstansi ? `${t.ownerTitle ?? ''} (instansi \`${t.ownerInstansi}\`)` : t.owner ? unitTitle(t.owner) ?? t.owner : 'belum ditulis'}`,
        `Ketua: ${ketua?.position ? positionTitle(ketua.position) ?? ketua.position : ketua?.title ?? 'belum ditulis'} · ${t.members.length} orang`,
        t.instrument ? `Ditetapkan dengan ${INSTRUMENT_LABELS[t.instrument]}` : 'Instrumen penetapan belum ditulis'
    ].join('\n\n');
}
