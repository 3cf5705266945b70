import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { hasLevelMap, type DiagramKind, type DrawnElement, type PemdaModel } from '@sikerja/model';
import * as ast from '../generated/ast.js';

/** The element a diagram can be drawn for, and the kinds it can be drawn as (the first is its usual one). */
export interface DrawableElement {
    element: string;
    kinds: DiagramKind[];
}

/** What can be drawn for an element the editor names, by its qualified name. */
export function drawableByName(pemda: PemdaModel, element: string): DrawableElement | undefined {
    const org = pemda.organisations.find(o => o.id === element);
    if (org) return { element: org.perangkatDaerah, kinds: ['struktur', 'peta-jabatan'] };
    if (pemda.teams.some(t => t.id === element)) return { element, kinds: ['tim'] };
    if (pemda.relationMaps.some(m => m.id === element)) return { element, kinds: ['relasi'] };
    const map = pemda.processes.flatMap(p => p.maps).find(m => m.id === element);
    if (map) return { element, kinds: ['lintas-fungsi', 'sop'] };
    const process = pemda.processes.find(p => p.id === element);
    if (process && hasLevelMap(process)) return { element, kinds: ['level'] };
    if (process && process.maps.length > 0) return { element: process.maps[0].id, kinds: ['lintas-fungsi', 'sop'] };
    return undefined;
}

/** What can be drawn for the declaration the cursor is in: its map, team, Perangkat Daerah or process. */
export function drawableAt(document: LangiumDocument, offset: number, pemda: PemdaModel): DrawableElement | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
    let node: AstNode | undefined = leaf?.astNode;
    while (node) {
        if (ast.isPetaLintasFungsi(node) && node.name) {
            const process = AstUtils.getContainerOfType(node, ast.isProses);
            if (process?.name) return drawableByName(pemda, `${process.name}.${node.name}`);
        }
        if ((ast.isTim(node) || ast.isPetaRelasi(node) || ast.isProses(node) || ast.isOrganisasi(node)) && node.name) {
            const found = drawableByName(pemda, node.name);
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
