import type { PemdaModel } from '@sikerja/model';
import type { DrawRequest } from '@sikerja/model';
import type { DiagramResult } from '../api.js';

/** Messages between the language server and its layout worker. */
export interface LayoutJob {
    id: number;
    /** The built model the job is drawn from: each model crosses to the worker once. */
    model: number;
    /** Present when the worker has not been sent this model yet. */
    pemda?: PemdaModel;
    request: DrawRequest;
}

export interface LayoutDone {
    id: number;
    result: DiagramResult;
}

/** How many models the worker keeps (views of several pemda may be open at once). */
export const MODELS_KEPT = 4;
