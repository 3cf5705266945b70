import type { LanguageClient } from 'vscode-languageclient/node';
import type { SiKerjaRequest } from '@sikerja/model';

/** Ask the SiKerja server one of the protocol's requests (@sikerja/model): params and answer typed by it. */
export function ask<P, R>(client: LanguageClient, request: SiKerjaRequest<P, R>, params: P): Promise<R> {
    return client.sendRequest<R>(request.method, params);
}
