import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Organisation, Position, WorkScope } from '@sikerja/model';
import * as ast from '../../generated/ast.js';
import type { PemdaFacts, SemanticModelService } from '../../model/semantic-model-service.js';
import { enclosingTemplate, qualifiedName, relativeName } from '../../qualified-names.js';
import type { PemdaDocuments } from '../../workspace/pemda-documents.js';
import type { Profile } from '../profiles/profile.js';
import { formatCitations, type ProfileRegistry } from '../profiles/registry.js';
import type { RuleCode } from './catalogue.js';
import { RULES } from './catalogue.js';

/** What every rule reads: the pemda's semantic model and the profile its regulation selects. */
export interface RuleContext {
    facts: PemdaFacts;
    profile: Profile;
}

export class RuleContextProvider {
    /** Per merged pemda model (rebuilt whenever the semantic model is): the context the rules read. */
    private readonly contexts = new WeakMap<PemdaFacts, RuleContext>();

    constructor(
        private readonly models: SemanticModelService,
        private readonly pemdaDocuments: PemdaDocuments,
        readonly profiles: ProfileRegistry
    ) {}

    forNode(node: AstNode): RuleContext | undefined {
        const pemda = this.pemdaDocuments.pemdaOf(AstUtils.getDocument(node));
        const facts = this.models.pemda(pemda);
        if (!facts) return undefined;
        let context = this.contexts.get(facts);
        if (!context) {
            const regulation = facts.model.regulation;
            const profile = (regulation && this.profiles.forRegulation(regulation)) || this.profiles.default;
            this.contexts.set(facts, context = { facts, profile });
        }
        return context;
    }
}

/** Report a rule finding with the region's severity and citation; nothing when the region turns it off. */
export interface RuleFindingOptions {
    /** The case this finding is, when the region's profile cites a particular article for it (`Citation.cases`). */
    case?: string;
    /** The articles this finding rests on, named by profile data itself (an instrument table, a shape). */
    refs?: readonly string[];
    /** A fact worth knowing rather than a breach: shown as info whatever the region's severity. */
    informational?: boolean;
}

export function reportRule<N extends AstNode>(
    accept: ValidationAcceptor, ctx: RuleContext, code: RuleCode, message: string, info: DiagnosticInfo<N>,
    options: RuleFindingOptions = {}
): void {
    const setting = ctx.profile.rules[code];
    if (!setting || setting.severity === 'off') return;
    const { case: kind, refs: named, informational } = options;
    const chosen = named ? setting.citations.filter(c => named.includes(c.ref))
        : kind ? setting.citations.filter(c => c.cases?.includes(kind))
        : setting.citations.filter(c => !c.cases);
    const cited = chosen.length > 0 ? chosen : setting.citations;
    const refs = formatCitations(cited);
    const text = refs ? `${message} [${refs}]` : `${message} [${ctx.profile.short}]`;
    // The hover quotes the articles this finding cites, not every article of the rule.
    const data = { code, profile: ctx.profile.id, cited: cited.map(c => c.ref), ...(info.data as object | undefined) };
    accept(informational ? 'info' : setting.severity, text, { ...info, code, data });
}

export function isRuleCode(code: unknown): code is RuleCode {
    return typeof code === 'string' && code in RULES;
}

/**
 * The model position for a position written in the text. A template's positions exist in the
 * model once per instance; rules judge them through the first instance.
 */
export function modelPosition(node: ast.Pimpinan | ast.Jabatan, ctx: RuleContext): { position: Position; organisation: Organisation } | undefined {
    const template = enclosingTemplate(node);
    let id: string;
    if (template) {
        const instance = ctx.facts.model.organisations.find(o => o.template === template.name);
        if (!instance) return undefined;
        id = `${instance.id}.${relativeName(node, template)}`;
    } else {
        id = qualifiedName(node);
    }
    const position = ctx.facts.index.position(id);
    const organisation = position ? ctx.facts.index.organisationOf(position.unit) : undefined;
    return position && organisation ? { position, organisation } : undefined;
}

export const INSTRUMENT_LABELS: Record<string, string> = {
    'surat-tugas': 'Surat Tugas',
    'keputusan-kepala-perangkat-daerah': 'Keputusan Kepala Perangkat Daerah',
    'keputusan-sekretaris-daerah': 'Keputusan Sekretaris Daerah',
    'keputusan-bupati': 'Keputusan Bupati'
};

export const SCOPE_LABELS: Record<string, string> = {
    'dalam-unit': 'dalam unit organisasi',
    'lintas-unit': 'lintas unit organisasi',
    'lintas-perangkat-daerah': 'lintas perangkat daerah',
    'lintas-instansi': 'lintas instansi'
};

/** A scope in the region's own words (Mahakam Ulu calls a Perangkat Daerah an "Instansi Daerah"). */
export function scopeLabel(profile: Profile, scope: WorkScope): string {
    return profile.scopeLabels?.[scope] ?? SCOPE_LABELS[scope];
}

export const JENIS_LABELS: Record<string, string> = {
    'jpt-madya': 'JPT Madya',
    'jpt-pratama': 'JPT Pratama',
    'administrator': 'Administrator',
    'pengawas': 'Pengawas',
    'fungsional': 'Jabatan Fungsional',
    'pelaksana': 'Pelaksana'
};
