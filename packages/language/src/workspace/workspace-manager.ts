import type { BuildOptions, LangiumSharedCoreServices } from 'langium';
import { DefaultWorkspaceManager } from 'langium';

/**
 * Validate the whole workspace on start-up, so an editor shows every file's findings (a kabupaten's
 * problems list), not only those of the files the analyst happens to open.
 */
export class SiKerjaWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }
}
