import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DrawableElement, DrawnElement, PemdaModel } from '@sikerja/model';
import * as ast from '../generated/ast.js';

/** What can be drawn for a name: the diagram package's kind registry, given to the server with its renderer. */
export type Drawable = (pemda: PemdaModel, name: string) => DrawableElement | undefined;

/** What can be drawn for the declaration the cursor is in: its map, team, Perangkat Daerah or process. */
export function drawableAt(document: LangiumDocument, offset: number, pemda: PemdaModel, drawable: Drawable): DrawableElement | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
    let node: AstNode | undefined = leaf?.astNode;
    while (node) {
        if (ast.isPetaLintasFungsi(node) && node.name) {
            const process = AstUtils.getContainerOfType(node, ast.isProses);
            if (process?.name) return drawable(pemda, `${process.name}.${node.name}`);
        }
        if ((ast.isTim(node) || ast.isPetaRelasi(node) || ast.isProses(node) || ast.isOrganisasi(node)) && node.name) {
            const found = drawable(pemda, node.name);
            if (found) return found;
        }
        node = node.$container;
    }
    return undefined;
}

/**
 * The element the cursor is in that documents are written for: its team or individual assignment,
 * or the Perangkat Daerah of the organisation it is in (a Puskesmas gives its Dinas).
 */
export function documentElementAt(document: LangiumDocument, offset: number, pemda: PemdaModel): string | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if ((ast.isTim(node) || ast.isPenugasan(node)) && node.name) return node.name;
        if (ast.isOrganisasi(node) && node.name) return pemda.organisations.find(o => o.id === node.name)?.perangkatDaerah;
    }
    return undefined;
}

/**
 * The drawn element whose declaration holds the offset, innermost first. A drawn element's source
 * is its declaration's name (or the whole declaration, for those without one), so each enclosing
 * node of the cursor is matched by where it and its name begin: exact, not the nearest line above.
 */
export function drawnElementAt(document: LangiumDocument, offset: number, drawn: readonly DrawnElement[]): string | undefined {
    const uri = document.uri.toString();
    const byStart = new Map<string, string>();
    const key = (p: { line: number; character: number }) => `${p.line}:${p.character}`;
    for (const e of drawn) {
        if (e.source?.uri === uri && !byStart.has(key(e.source.range.start))) byStart.set(key(e.source.range.start), e.element);
    }
    if (byStart.size === 0) return undefined;
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        const cst = node.$cstNode;
        if (!cst) continue;
        const name = 'name' in node ? GrammarUtils.findNodeForProperty(cst, 'name') : undefined;
        const found = (name && byStart.get(key(name.range.start))) ?? byStart.get(key(cst.range.start));
        if (found) return found;
    }
    return undefined;
}
