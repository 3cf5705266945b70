// elkjs ships no types for its worker module: its in-process worker, as `elk.ts` reads it.
declare module 'elkjs/lib/elk-worker.min.js' {
    export const Worker: unknown;
    const module: { Worker?: unknown };
    export default module;
}
