import { Worker } from 'node:worker_threads';

/**
 * A worker script beside the module at `moduleUrl`: `<name>.ts` when running from source (tests,
 * tsx), `<name>.js` when bundled (the CLI's dist/ and the extension's hold it next to their code).
 */
export function workerScriptBeside(moduleUrl: string, name: string): URL {
    return new URL(moduleUrl.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, moduleUrl);
}

/** A worker thread on that script; a TypeScript one runs through tsx, as its caller does. */
export function startWorker(script: URL): Worker {
    return new Worker(script, script.pathname.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {});
}
