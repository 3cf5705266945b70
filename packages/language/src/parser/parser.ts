import type { IToken } from 'chevrotain';
import { CstNodeBuilder, LangiumParser, createParser, type LangiumCoreServices } from 'langium';

/**
 * Langium's CST builder places the hidden tokens (comments) before every consumed token, and does the
 * placing even when there are none: for the first token of a new node it looks the node up in its
 * parent's children (`indexOf`), which is quadratic in the size of a block. In a Dinas of 10,000 pasted
 * jabatan lines that search was a tenth of the parse. With no comment to place there is nothing to look up.
 */
export class CommentPlacingCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }
}

/** Langium's parser for the SiKerja grammar, building its CST with `CommentPlacingCstNodeBuilder`. */
export function createSiKerjaParser(services: LangiumCoreServices): LangiumParser {
    const parser = new LangiumParser(services);
    // `nodeBuilder` is private to Langium's parser: test/language/parser.test.ts fails if an upgrade
    // renames it, and until then the parser keeps Langium's own builder (slower, the same tree).
    const internals = parser as unknown as { nodeBuilder?: CstNodeBuilder };
    if (internals.nodeBuilder instanceof CstNodeBuilder) internals.nodeBuilder = new CommentPlacingCstNodeBuilder();
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
