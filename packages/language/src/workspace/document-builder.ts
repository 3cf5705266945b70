import type { LangiumDocument } from 'langium';
import { DefaultDocumentBuilder, isReference } from 'langium';
import { isInstanceMemberDescription } from '../scoping/instance-members.js';

/**
 * A reference to a template member through an instance (`PuskesmasX.Dokter`) depends on the
 * instance's document as well as the template's, which Langium's reference index cannot see.
 */
export class SiKerjaDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.shouldRelink(document, changedUris)
            || document.references.some(ref => isReference(ref) && isInstanceMemberDescription(ref.$nodeDescription));
    }
}
