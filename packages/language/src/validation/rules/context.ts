import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { SCOPE_LABELS, type Organisation, type Position, type WorkScope } from '@sikerja/model';
import * as ast from '../../generated/ast.js';
import type { PemdaFacts, SemanticModelService } from '../../model/semantic-model-service.js';
import { enclosingTemplate, qualifiedName, relativeName } from '../../qualified-names.js';
import type { PemdaDocuments } from '../../workspace/pemda-documents.js';
import type { Citation, Profile } from '../profiles/profile.js';
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
    /**
     * The articles this finding rests on, stated by profile data outside the rule's own list: a
     * structure shape's citation, which names the Gambar or Lampiran item the shape is read from
     * (and, inherited, the regulation that states it) rather than the rule's general article.
     */
    citations?: readonly Citation[];
    /** A fact worth knowing rather than a breach: shown as info whatever the region's severity. */
    informational?: boolean;
}

export function reportRule<N extends AstNode>(
    accept: ValidationAcceptor, ctx: RuleContext, code: RuleCode, message: string, info: DiagnosticInfo<N>,
    options: RuleFindingOptions = {}
): void {
    const setting = ctx.profile.rules[code];
    if (!setting || setting.severity === 'off') return;
    const { case: kind, refs: named, informational, citations: stated } = options;
    const chosen = stated ? [...stated]
        : named ? setting.citations.filter(c => named.includes(c.ref))
        : kind ? setting.citations.filter(c => c.cases?.includes(kind))
        : setting.citations.filter(c => !c.cases);
    const cited = chosen.length > 0 ? chosen : setting.citations;
    const refs = formatCitations(cited);
    const text = refs ? `${message} [${refs}]` : `${message} [${ctx.profile.short}]`;
    // The hover quotes the articles this finding cites, not every article of the rule; those not in
    // the rule's own list travel with the finding.
    const data = { code, profile: ctx.profile.id, cited: cited.map(c => c.ref), ...(stated ? { citations: cited } : {}), ...(info.data as object | undefined) };
    accept(informational ? 'info' : setting.severity, text, { ...info, code, data });
}

/** A finding about the `index`-th of `workPeople`: on that team role's name, or on the assignee. */
export function reportOnPerson(accept: ValidationAcceptor, ctx: RuleContext, code: RuleCode, message: string,
    node: ast.Tim | ast.Penugasan, index: number, data?: object, options?: RuleFindingOptions): void {
    if (ast.isTim(node)) {
        const role = node.roles[index];
        reportRule(accept, ctx, code, message, { node: role, property: role.position ? 'position' : 'instansi', data }, options);
    } else {
        reportRule(accept, ctx, code, message, { node, property: 'assignee', index: 0, data }, options);
    }
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

/** A scope in the region's own words (Mahakam Ulu calls a Perangkat Daerah an "Instansi Daerah"). */
export function scopeLabel(profile: Profile, scope: WorkScope): string {
    return profile.scopeLabels?.[scope] ?? SCOPE_LABELS[scope];
}
