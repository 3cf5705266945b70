import type { AstNode } from 'langium';
import * as ast from './generated/ast.js';

/** Nodes that open a naming level: `DPMPTSP.BidangPerizinan.AnalisKebijakan`. A kelompok does not. */
export function isNamespace(node: AstNode): node is ast.Organisasi | ast.Templat | ast.Unit {
    return ast.isOrganisasi(node) || ast.isTemplat(node) || ast.isUnit(node);
}

export type NamedNode =
    | ast.Organisasi | ast.Templat | ast.Unit | ast.Pimpinan | ast.Jabatan | ast.Kelompok
    | ast.Instansi | ast.Pegawai | ast.Tim | ast.Penugasan | ast.Proses | ast.PetaRelasi;

/** Elements with a pemda-wide name. Lanes, nodes and SOPs are named only inside their peta lintas fungsi. */
export function isNamedNode(node: AstNode): node is NamedNode {
    return ast.isOrganisasi(node) || ast.isTemplat(node) || ast.isUnit(node) || ast.isPimpinan(node)
        || ast.isJabatan(node) || ast.isKelompok(node) || ast.isInstansi(node) || ast.isPegawai(node) || ast.isTim(node) || ast.isPenugasan(node)
        || ast.isProses(node) || ast.isPetaRelasi(node);
}

/** Name segments from the top-level element down to the node, skipping kelompok. */
export function nameSegments(node: NamedNode): string[] {
    const segments = [node.name];
    for (let c: AstNode | undefined = node.$container; c; c = c.$container) {
        if (isNamespace(c)) segments.unshift(c.name);
    }
    return segments;
}

const qualifiedNames = new WeakMap<AstNode, string>();

/**
 * Cached per node: an AST node never changes after parsing, and every layer asks for these names.
 * Built from the enclosing namespace's own (cached) name, so a unit's positions share its prefix.
 */
export function qualifiedName(node: NamedNode): string {
    let name = qualifiedNames.get(node);
    if (name === undefined) {
        let namespace: AstNode | undefined = node.$container;
        while (namespace && !isNamespace(namespace)) namespace = namespace.$container;
        name = namespace ? `${qualifiedName(namespace as NamedNode)}.${node.name}` : node.name;
        qualifiedNames.set(node, name);
    }
    return name;
}

/** Name of `node` as seen from inside `namespace` (which must contain it). */
export function relativeName(node: NamedNode, namespace: AstNode): string {
    const segments = [node.name];
    for (let c: AstNode | undefined = node.$container; c && c !== namespace; c = c.$container) {
        if (isNamespace(c)) segments.unshift(c.name);
    }
    return segments.join('.');
}

export function enclosingTemplate(node: AstNode): ast.Templat | undefined {
    for (let c: AstNode | undefined = node; c; c = c.$container) {
        if (ast.isTemplat(c)) return c;
    }
    return undefined;
}

export function enclosingOrganisasi(node: AstNode): ast.Organisasi | undefined {
    for (let c: AstNode | undefined = node; c; c = c.$container) {
        if (ast.isOrganisasi(c)) return c;
    }
    return undefined;
}
