import type { PemdaModel } from '@sikerja/model';
import type { DiagramRequest, DiagramResult } from '../api.js';

/** Messages between the language server and its layout worker. */
export interface LayoutJob {
    id: number;
    pemda: PemdaModel;
    request: DiagramRequest;
}

export interface LayoutDone {
    id: number;
    result: DiagramResult;
}
