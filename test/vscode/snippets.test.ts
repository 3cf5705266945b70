import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers.js';

const ROOT = path.resolve(__dirname, '../..');
const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/vscode/snippets/sikerja.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;

/** A snippet as inserted when the analyst accepts every default: `${1:Nama}` → Nama, `${8|a,b|}` → a. */
function expand(body: string[]): string {
    return body.join('\n')
        .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\}/g, '')
        .replace(/\$\d+/g, '');
}

describe('snippets', () => {
    it('insert text that parses, for every Perangkat Daerah kind, team, penugasan and map', async () => {
        expect(Object.values(snippets).map(s => s.prefix).sort()).toEqual(['badan', 'dinas', 'kecamatan', 'lintas-fungsi', 'penugasan', 'tim', 'uptd']);
        for (const [name, snippet] of Object.entries(snippets)) {
            const ws = await buildWorkspace({
                'pemda.sikerja': 'pemda Uji { nama "Kabupaten Uji" regulasi "Perbup Bengkayang 5/2024" }',
                'snippet.sikerja': `pemda Uji\n${expand(snippet.body)}\n`
            });
            const syntax = ws.diagnostics('snippet.sikerja').filter(d => ['parsing-error', 'lexing-error', 'unterminated-string'].includes(d.code));
            expect(syntax, name).toEqual([]);
        }
    });
});
