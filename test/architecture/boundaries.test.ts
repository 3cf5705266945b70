import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The one-way imports of the brief: cli and vscode → language, export and diagram; export →
 * diagram → model; language → model; nothing imports vscode or cli; model imports nothing of ours.
 * Read from the sources, so a new import across a boundary fails here, not in review.
 */
const ROOT = path.resolve(__dirname, '../..');

function sourcesOf(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) return e.name === 'generated' ? [] : sourcesOf(full);
        return e.name.endsWith('.ts') ? [full] : [];
    });
}

/** Every module a file imports or re-exports, as written. */
function importsOf(file: string): string[] {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm), ...text.matchAll(/^\s*import\s+'([^']+)'/gm)].map(m => m[1]);
}

const OURS: Record<string, string[]> = {
    model: [],
    diagram: ['model'],
    export: ['model', 'diagram'],
    language: ['model'],
    cli: ['model', 'diagram', 'export', 'language'],
    vscode: ['model', 'diagram', 'export', 'language']
};

describe('package boundaries', () => {
    for (const [pkg, allowed] of Object.entries(OURS)) {
        it(`${pkg} imports only ${allowed.length ? allowed.join(', ') : 'no package of ours'}, and none by relative path`, () => {
            const files = sourcesOf(path.join(ROOT, 'packages', pkg, 'src'));
            expect(files.length).toBeGreaterThan(0);
            const wrong: string[] = [];
            for (const file of files) {
                for (const spec of importsOf(file)) {
                    const ours = /^@sikerja\/([^/]+)/.exec(spec)?.[1];
                    if (ours && !allowed.includes(ours)) wrong.push(`${path.relative(ROOT, file)} → ${spec}`);
                    if (spec.startsWith('.') && !path.resolve(path.dirname(file), spec).startsWith(path.join(ROOT, 'packages', pkg, 'src'))) {
                        wrong.push(`${path.relative(ROOT, file)} → ${spec} (outside its package)`);
                    }
                }
            }
            expect(wrong).toEqual([]);
        });
    }

    it('the spreadsheet import reads the model only: nothing from the writers beside it', () => {
        const dir = path.join(ROOT, 'packages/export/src/import');
        const wrong = sourcesOf(dir).flatMap(file => importsOf(file)
            .filter(spec => (spec.startsWith('.') && !path.resolve(path.dirname(file), spec).startsWith(dir)) || (spec.startsWith('@sikerja/') && spec !== '@sikerja/model'))
            .map(spec => `${path.relative(ROOT, file)} → ${spec}`));
        expect(wrong).toEqual([]);
    });
});
