import { catalogueMarkdown, catalogueRows, catalogueText, ProfileRegistry } from '@sikerja/language';

/** `sikerja rules`: the rule catalogue with each region's severity and cited article. */
export function printRules(options: { format: 'text' | 'markdown' | 'json' }, out: (s: string) => void): number {
    const profiles = new ProfileRegistry().all();
    if (options.format === 'markdown') out(catalogueMarkdown(profiles));
    else if (options.format === 'json') out(JSON.stringify(catalogueRows(profiles), null, 2));
    else out(catalogueText(profiles));
    return 0;
}
