import type { AstNode, AstNodeDescription, MultiMap, Scope, Stream } from 'langium';
import { EMPTY_STREAM, stream } from 'langium';
import * as ast from '../generated/ast.js';
import type { InstanceMemberDescription } from './instance-members.js';
import { relativeMembers, resolveRelative } from './namespace-scope.js';

export interface QualifiedScopeContext {
    /** The pemda's exported (top-level) names. */
    topLevel: MultiMap<string, AstNodeDescription>;
    accepts: (type: string) => boolean;
    describe: (node: AstNode, name: string) => AstNodeDescription;
    describeInstanceMember: (node: AstNode, name: string, instance: ast.Organisasi, relative: string) => InstanceMemberDescription;
}

/**
 * Pemda-wide names. `DPMPTSP.BidangPerizinan.AnalisKebijakan` is found by looking up the exported
 * `DPMPTSP` and walking down its units; `PuskesmasLedo.BidanTerampil` walks down the template that
 * `PuskesmasLedo` follows. Nothing below the top level is indexed in advance.
 */
export class QualifiedScope implements Scope {
    constructor(private readonly ctx: QualifiedScopeContext) {}

    getElement(name: string): AstNodeDescription | undefined {
        const { topLevel, accepts } = this.ctx;
        const dot = name.indexOf('.');
        if (dot < 0) return topLevel.get(name).find(d => accepts(d.type));
        const head = name.slice(0, dot);
        const rest = name.slice(dot + 1).split('.');
        for (const d of topLevel.get(head)) {
            const org = d.node;
            if (!ast.isOrganisasi(org)) continue;
            const own = resolveRelative(org, rest);
            if (own) {
                if (accepts(own.$type)) return this.ctx.describe(own, name);
                continue;
            }
            const template = org.template[0]?.ref;
            const member = template && resolveRelative(template, rest);
            if (member && accepts(member.$type)) return this.ctx.describeInstanceMember(member, name, org, rest.join('.'));
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.getElement(name);
        return found ? stream([found]) : EMPTY_STREAM;
    }

    /** For completion: every name, top-level and below, built only when asked. */
    getAllElements(): Stream<AstNodeDescription> {
        const { topLevel, accepts } = this.ctx;
        return stream(topLevel.values()).flatMap(d => {
            const own = accepts(d.type) ? [d] : [];
            const org = d.node;
            if (!ast.isOrganisasi(org)) return own;
            const inner = stream(relativeMembers(org, `${org.name}.`)).filter(([, n]) => accepts(n.$type)).map(([n, node]) => this.ctx.describe(node, n));
            const template = org.template[0]?.ref;
            const instantiated = template
                ? stream(relativeMembers(template)).filter(([, n]) => accepts(n.$type)).map(([rel, node]) => this.ctx.describeInstanceMember(node, `${org.name}.${rel}`, org, rel) as AstNodeDescription)
                : stream<AstNodeDescription>([]);
            return stream<AstNodeDescription>(own).concat(inner).concat(instantiated);
        });
    }
}
