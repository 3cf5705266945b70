import type { AstNode, AstNodeDescription, CstNode, LangiumDocument } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { appendChildNodes } from '../ast-walk.js';

/** How each element shows in the outline and in completion: a Perangkat Daerah is not a jabatan. */
const KINDS: Record<string, [SymbolKind, CompletionItemKind]> = {
    [ast.PemdaHeader.$type]: [SymbolKind.Package, CompletionItemKind.Module],
    [ast.Organisasi.$type]: [SymbolKind.Module, CompletionItemKind.Module],
    [ast.Templat.$type]: [SymbolKind.Interface, CompletionItemKind.Interface],
    [ast.Unit.$type]: [SymbolKind.Class, CompletionItemKind.Class],
    [ast.Pimpinan.$type]: [SymbolKind.Property, CompletionItemKind.Property],
    [ast.Jabatan.$type]: [SymbolKind.Field, CompletionItemKind.Field],
    [ast.Kelompok.$type]: [SymbolKind.Struct, CompletionItemKind.Struct],
    [ast.Instansi.$type]: [SymbolKind.Object, CompletionItemKind.Module],
    [ast.Tim.$type]: [SymbolKind.Struct, CompletionItemKind.Struct],
    [ast.Penugasan.$type]: [SymbolKind.Event, CompletionItemKind.Event],
    [ast.Proses.$type]: [SymbolKind.Function, CompletionItemKind.Function],
    [ast.PetaLintasFungsi.$type]: [SymbolKind.Method, CompletionItemKind.Method],
    [ast.PetaRelasi.$type]: [SymbolKind.Method, CompletionItemKind.Method],
    [ast.Jalur.$type]: [SymbolKind.Enum, CompletionItemKind.Enum],
    [ast.Simpul.$type]: [SymbolKind.EnumMember, CompletionItemKind.EnumMember],
    [ast.Sop.$type]: [SymbolKind.File, CompletionItemKind.File]
};

export class SiKerjaNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}

/** The outline shows each element's title beside its name, and a position's kelas. */
export class SiKerjaDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const detail = detailOf(astNode);
        return detail ? { ...symbol, detail } : symbol;
    }

    protected override getChildSymbols(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] | undefined {
        const children: DocumentSymbol[] = [];
        for (const child of appendChildNodes(astNode, [])) {
            for (const symbol of this.getSymbol(document, child)) children.push(symbol);
        }
        return children.length > 0 ? children : undefined;
    }
}

function detailOf(node: AstNode): string | undefined {
    const title = (node as { title?: unknown }).title;
    const text = typeof title === 'string' ? title : undefined;
    if ((ast.isPimpinan(node) || ast.isJabatan(node)) && node.kelas.length > 0) {
        return `${text ?? ''} · kelas ${node.kelas[0]}`.replace(/^ · /, '');
    }
    return text;
}
