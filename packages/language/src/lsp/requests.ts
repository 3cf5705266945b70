import type { SemanticModel } from '@sikerja/model';

/** Which model: the pemda of one document, or every pemda in the workspace when `uri` is absent. */
export interface SemanticModelParams {
    uri?: string;
    /** With `uri`: also name the team, assignment or Perangkat Daerah the cursor is in (`elementAt`). */
    position?: { line: number; character: number };
}

export type SemanticModelError = { code: 'unknown-document'; message: string };

/** Errors are values: a client (the preview, a script) always gets an answer it can show. */
export type SemanticModelResult = { ok: true; model: SemanticModel; elementAt?: string } | { ok: false; error: SemanticModelError };

/**
 * The semantic model the server has built, after the workspace's current edits: the same JSON
 * as `sikerja model` (schema `packages/model/schema/sikerja-model.schema.json`). Declared by its
 * method name and types, not as a jsonrpc `RequestType` object: the server and each client (the
 * VS Code extension, scripts) bring their own copy of vscode-jsonrpc, whose objects do not match
 * across copies.
 */
export const SemanticModelRequest = {
    method: 'sikerja/semanticModel'
} as const satisfies { method: string };

/** The diagram of the element named or under the cursor (`DiagramParams` → `DiagramAnswer`, in @sikerja/model). */
export const DiagramRequest = {
    method: 'sikerja/diagram'
} as const satisfies { method: string };
