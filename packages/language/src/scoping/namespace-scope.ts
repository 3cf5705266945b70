import type { AstNode, AstNodeDescription, Scope, Stream } from 'langium';
import { stream } from 'langium';
import * as ast from '../generated/ast.js';
import { isNamespace } from '../qualified-names.js';

type Member = ast.Unit | ast.Pimpinan | ast.Jabatan | ast.Kelompok;

/** The named members of a namespace; a kelompok's jabatan belong to the unit around it. */
export function* membersOf(namespace: ast.Organisasi | ast.Templat | ast.Unit): Generator<Member> {
    for (const m of namespace.members) {
        if (ast.isIsi(m) || !m.name) continue;
        yield m;
        if (ast.isKelompok(m)) yield* m.members.filter(j => j.name);
    }
}

const byName = new WeakMap<AstNode, Map<string, Member[]>>();

/**
 * The named members of a namespace by name, in written order: worked out once per namespace (a parsed
 * tree does not change; an edit parses a new one), since a Dinas of 10,000 pasted jabatan was
 * scanned member by member for every reference into it.
 */
export function membersByName(namespace: ast.Organisasi | ast.Templat | ast.Unit): ReadonlyMap<string, readonly Member[]> {
    let map = byName.get(namespace);
    if (!map) {
        map = new Map();
        for (const m of membersOf(namespace)) {
            const list = map.get(m.name);
            if (list) list.push(m); else map.set(m.name, [m]);
        }
        byName.set(namespace, map);
    }
    return map;
}

/** `Sekretariat.Sekretaris` read from inside a namespace, walking down by name. */
export function resolveRelative(namespace: AstNode, segments: readonly string[]): Member | undefined {
    let current: AstNode = namespace;
    let found: Member | undefined;
    for (const segment of segments) {
        if (!isNamespace(current)) return undefined;
        found = membersByName(current).get(segment)?.[0];
        if (!found) return undefined;
        current = found;
    }
    return found;
}

/** Every member below a namespace with its name relative to it, for completion. */
export function* relativeMembers(namespace: ast.Organisasi | ast.Templat | ast.Unit, prefix = ''): Generator<[string, Member]> {
    for (const m of membersOf(namespace)) {
        const name = prefix + m.name;
        yield [name, m];
        if (ast.isUnit(m)) yield* relativeMembers(m, name + '.');
    }
}

/**
 * Names inside an organisation or template, resolved on demand from the enclosing namespaces
 * outwards, then from the pemda-wide scope. Nothing is precomputed per position: a kabupaten has
 * thousands of them and only a handful of references point inside an organisation.
 */
export class NamespaceScope implements Scope {
    constructor(
        private readonly namespaces: Array<ast.Organisasi | ast.Templat | ast.Unit>,
        private readonly accepts: (type: string) => boolean,
        private readonly describe: (node: AstNode, name: string) => AstNodeDescription,
        private readonly outer: Scope
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        const segments = name.split('.');
        for (const ns of this.namespaces) {
            const node = resolveRelative(ns, segments);
            if (node && this.accepts(node.$type)) return this.describe(node, name);
        }
        return this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const local = this.getLocal(name);
        return local ? stream([local]) : this.outer.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        const local = stream(this.namespaces).flatMap(ns => stream(relativeMembers(ns)))
            .filter(([, node]) => this.accepts(node.$type))
            .map(([name, node]) => this.describe(node, name));
        return local.concat(this.outer.getAllElements());
    }

    private getLocal(name: string): AstNodeDescription | undefined {
        const segments = name.split('.');
        for (const ns of this.namespaces) {
            const node = resolveRelative(ns, segments);
            if (node && this.accepts(node.$type)) return this.describe(node, name);
        }
        return undefined;
    }
}
