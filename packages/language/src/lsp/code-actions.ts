import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { INSTRUMENT_LABELS } from '@sikerja/model';
import * as ast from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import type { ProfileRegistry } from '../validation/profiles/registry.js';

const FIELD_PLACEHOLDERS: Record<string, string> = {
    maksud: 'maksud "…"',
    kompetensi: 'kompetensi "…"',
    ekspektasi: 'ekspektasi "…"',
    durasi: 'durasi "…"'
};

/** Quick fixes where the fix is clear: another ketua, the right instrument, the missing parts of a permohonan. */
export class SiKerjaCodeActionProvider implements CodeActionProvider {
    private readonly profiles: ProfileRegistry;

    constructor(services: SiKerjaServices) {
        this.profiles = services.validation.Profiles;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const d of params.context.diagnostics) {
            const data = d.data as { code?: string; candidates?: string[]; allowed?: string[]; missing?: string[] } & LetterData | undefined;
            switch (data?.code) {
                case 'ketua-from-owner-unit':
                    for (const c of data.candidates ?? []) actions.push(this.replaceKetua(document, d, c));
                    break;
                case 'instrument-matches-scope':
                    for (const i of data.allowed ?? []) actions.push(this.setInstrument(document, d, i));
                    break;
                case 'permohonan-complete':
                    if (data.missing) actions.push(this.completePermohonan(document, d, data.missing));
                    else if (data.recipient) actions.push(this.addPermohonan(document, d, data));
                    else if (data.tembusan || data.persetujuan) actions.push(this.addParties(document, d, data));
                    break;
                case 'regulation-unknown':
                    for (const p of this.profiles.all()) actions.push(fix(`Ganti dengan "${p.short}"`, document, d, [{ range: d.range, newText: `"${p.short}"` }]));
                    break;
            }
        }
        return actions.filter(a => a.edit);
    }

    private replaceKetua(document: LangiumDocument, d: Diagnostic, candidate: string): CodeAction {
        const role = nodeAt(document, d, ast.isPeranTim);
        // A ketua from another instansi is written `dari X "…"`: replace all of it.
        const range = role?.instansi && role.$cstNode
            ? { start: document.textDocument.positionAt(CstUtils.findLeafNodeAtOffset(role.$cstNode, role.$cstNode.offset)!.end), end: role.$cstNode.range.end }
            : d.range;
        const text = role?.instansi ? ` ${candidate}` : candidate;
        return fix(`Jadikan ketua: ${candidate}`, document, d, [{ range, newText: text }], true);
    }

    private setInstrument(document: LangiumDocument, d: Diagnostic, instrument: string): CodeAction {
        const title = `Tetapkan dengan ${INSTRUMENT_LABELS[instrument] ?? instrument}`;
        const written = document.textDocument.getText(d.range);
        if (written in INSTRUMENT_LABELS) return fix(title, document, d, [{ range: d.range, newText: instrument }], true);
        const work = nodeAt(document, d, (n): n is ast.Tim | ast.Penugasan => ast.isTim(n) || ast.isPenugasan(n));
        const edit = work && insertBeforeClosingBrace(document, work, [`ditetapkan ${instrument}`]);
        return fix(title, document, d, edit ? [edit] : []);
    }

    private completePermohonan(document: LangiumDocument, d: Diagnostic, missing: string[]): CodeAction {
        const permohonan = nodeAt(document, d, ast.isPermohonan);
        const edit = permohonan && insertBeforeClosingBrace(document, permohonan, missing.map(m => FIELD_PLACEHOLDERS[m] ?? `${m} "…"`));
        return fix(`Lengkapi surat permohonan: ${missing.join(', ')}`, document, d, edit ? [edit] : [], true);
    }

    /** A whole letter, with the sender, the Pejabat yang Berwenang, the copies and consents the finding names. */
    private addPermohonan(document: LangiumDocument, d: Diagnostic, letter: LetterData): CodeAction {
        const work = nodeAt(document, d, (n): n is ast.Tim | ast.Penugasan => ast.isTim(n) || ast.isPenugasan(n));
        const head = `permohonan ${letter.sender ? `dari ${letter.sender} ` : ''}kepada ${letter.recipient}${letter.via ? ` melalui ${letter.via}` : ''} {`;
        const edit = work && insertBeforeClosingBrace(document, work, [
            head, ...Object.values(FIELD_PLACEHOLDERS).map(f => `    ${f}`), ...partyLines(letter).map(l => `    ${l}`), '}'
        ]);
        return fix(`Tambahkan surat permohonan pelibatan kepada ${letter.recipient}`, document, d, edit ? [edit] : [], true);
    }

    private addParties(document: LangiumDocument, d: Diagnostic, letter: LetterData): CodeAction {
        const permohonan = nodeAt(document, d, ast.isPermohonan);
        const lines = partyLines(letter);
        const edit = permohonan && insertBeforeClosingBrace(document, permohonan, lines);
        return fix(`Tambahkan ${lines.join('; ')}`, document, d, edit ? [edit] : [], true);
    }
}

/** What permohonan-complete's findings say a letter should name: written as they would be in the letter. */
interface LetterData { recipient?: string; sender?: string; via?: string; tembusan?: string[]; persetujuan?: string[] }

function partyLines(letter: LetterData): string[] {
    return (['tembusan', 'persetujuan'] as const).flatMap(how => letter[how]?.length ? [`${how} ${letter[how]!.join(', ')}`] : []);
}

function fix(title: string, document: LangiumDocument, d: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
    return {
        title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred || undefined,
        edit: edits.length > 0 ? { changes: { [document.uri.toString()]: edits } } : undefined
    };
}

function nodeAt<T extends AstNode>(document: LangiumDocument, d: Diagnostic, is: (n: AstNode) => n is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(d.range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

/** Lines inserted just before the node's closing `}`, indented one level deeper than the node. */
function insertBeforeClosingBrace(document: LangiumDocument, node: AstNode, lines: string[]): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst || !cst.text.endsWith('}')) return undefined;
    const close = document.textDocument.positionAt(cst.end - 1);
    const startLine = document.textDocument.getText({ start: { line: cst.range.start.line, character: 0 }, end: cst.range.start });
    const indent = (startLine.match(/^\s*/)?.[0] ?? '') + '    ';
    const beforeClose = document.textDocument.getText({ start: { line: close.line, character: 0 }, end: close });
    const onOwnLine = beforeClose.trim() === '';
    const text = lines.map(l => indent + l).join('\n') + '\n';
    return onOwnLine
        ? { range: { start: { line: close.line, character: 0 }, end: { line: close.line, character: 0 } }, newText: text }
        : { range: { start: close, end: close }, newText: '\n' + text + indent.slice(4) };
}
