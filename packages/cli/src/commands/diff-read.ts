import { loadWorkspace, publishedModel } from '@sikerja/language';
import type { PemdaModel } from '@sikerja/model';
import { collectDiagnostics, type ReportedDiagnostic } from '../diagnostics.js';

/** One version as read from its folder: the model, and its errors as `validate` reports them. */
export interface ReadVersion {
    model: PemdaModel[];
    errors: ReportedDiagnostic[];
}

/**
 * Only Langium's own checks run (the text parses, the names link): that is what decides whether a
 * file can be compared; the Perbup rules are `validate`'s business, and would double the time.
 */
const COMPARABLE = { categories: ['built-in' as const] };

export async function readVersion(folder: string): Promise<ReadVersion> {
    const workspace = await loadWorkspace([folder], { validation: COMPARABLE });
    return {
        model: publishedModel(workspace.services, workspace.requested).pemda,
        errors: collectDiagnostics(workspace.requested).filter(d => d.severity === 'error')
    };
}
