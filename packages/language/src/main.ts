import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSiKerjaServices } from './sikerja-module.js';

/** Start the SiKerja language server on the given (or the process's) streams. */
export function startSiKerjaServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createSiKerjaServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
}
