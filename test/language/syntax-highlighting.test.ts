import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstUtils, EmptyFileSystem, GrammarUtils } from 'langium';
import { createSiKerjaServices } from '@sikerja/language';

const ROOT = path.resolve(__dirname, '../..');
const tm = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/sikerja.tmLanguage.json'), 'utf8'));
const conf = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/language-configuration.json'), 'utf8'));

describe('TextMate grammar and language configuration', () => {
    const keywordPatterns: RegExp[] = tm.patterns.filter((p: { match?: string }) => p.match?.startsWith('(?<!')).map((p: { match: string }) => new RegExp(`^${p.match}$`));

    it('colours every keyword of the Langium grammar', () => {
        const grammar = createSiKerjaServices(EmptyFileSystem).SiKerja.Grammar;
        const keywords = [...GrammarUtils.getAllReachableRules(grammar, false)]
            .flatMap(r => [...AstUtils.streamAllContents(r)])
            .filter(n => n.$type === 'Keyword')
            .map(n => (n as unknown as { value: string }).value)
            .filter(v => /^[a-z]/.test(v));
        expect(new Set(keywords).size).toBeGreaterThan(80);
        const missing = [...new Set(keywords)].filter(k => !keywordPatterns.some(p => p.test(k)));
        expect(missing).toEqual([]);
    });

    it('does not colour part of a longer hyphenated word', () => {
        const all = keywordPatterns.map(p => new RegExp(p.source.slice(1, -1), 'g'));
        const hits = (s: string) => all.flatMap(p => [...s.matchAll(p)].map(m => m[0]));
        expect(hits('keputusan-kepala-perangkat-daerah')).toEqual(['keputusan-kepala-perangkat-daerah']);
        expect(hits('sekretariat-daerah')).toEqual(['sekretariat-daerah']);
    });

    it('declares the comment and bracket conventions', () => {
        expect(conf.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(conf.brackets).toEqual([['{', '}']]);
    });
});
