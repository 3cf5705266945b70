import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CHECKS, RULE_CODES, ruleFile, type RuleCode } from '../../../packages/language/src/validation/index.js';

const ROOT = path.resolve(__dirname, '../../..');
const RULES_DIR = path.join(ROOT, 'packages/language/src/validation/rules');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const ruleDirFiles = fs.readdirSync(RULES_DIR).filter(f => f.endsWith('.ts'));
/** Files under rules/ that hold no rule: the catalogue defines every code, the rest are shared by rules. */
const NOT_RULES = ['catalogue.ts', 'context.ts', 'reference.ts', 'registry.ts', 'team-facts.ts'];

describe('the rule registry: a reader finds each code in the file named after it', () => {
    it('registers every catalogue code exactly once, and nothing else', () => {
        const registered = Object.keys(RULE_CHECKS);
        expect(new Set(registered).size).toBe(registered.length);
        expect([...registered].sort()).toEqual([...RULE_CODES].sort());
    });

    it('takes each code\'s checks from the file the reference names, which reports that code', async () => {
        for (const code of RULE_CODES) {
            const file = ruleFile(code);
            expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
            expect(read(file), file).toContain(`'${code}'`);
            const module = await import(path.join(ROOT, file)) as Record<string, unknown>;
            expect(Object.values(module), `${code} registered from ${file}`).toContain(RULE_CHECKS[code]);
        }
    });

    it('has one rule file per code and reports no code from another code\'s file', () => {
        const ruleFiles = ruleDirFiles.filter(f => !NOT_RULES.includes(f)).sort();
        expect(ruleFiles).toEqual(RULE_CODES.map(c => `${c}.ts`).sort());
        for (const file of ruleDirFiles.filter(f => f !== 'catalogue.ts' && f !== 'registry.ts')) {
            const text = fs.readFileSync(path.join(RULES_DIR, file), 'utf8');
            const quoted = RULE_CODES.filter(c => text.includes(`'${c}'`));
            expect(quoted, file).toEqual(NOT_RULES.includes(file) ? [] : [file.replace(/\.ts$/, '')]);
        }
    });

    it('docs/aturan.md names, under each code, a file that contains the code', () => {
        const doc = read('docs/aturan.md');
        const sections = doc.split(/^## /m).slice(1);
        const named = new Map<string, string>();
        for (const section of sections) {
            const code = /^`([a-z-]+)`/.exec(section)?.[1];
            const file = /^Berkas: `([^`]+)`$/m.exec(section)?.[1];
            if (code && file) named.set(code, file);
        }
        expect([...named.keys()]).toEqual(RULE_CODES);
        for (const [code, file] of named) {
            expect(file).toBe(ruleFile(code as RuleCode));
            expect(read(file), file).toContain(`'${code}'`);
        }
    });

    it('keeps rule files apart: a rule imports no other rule, and the editor imports no file under rules/', () => {
        const relativeImports = (text: string) => [...text.matchAll(/from '(\.[^']+)'/g)].map(m => m[1]);
        for (const code of RULE_CODES) {
            const local = relativeImports(read(ruleFile(code))).filter(i => i.startsWith('./'));
            expect(local.filter(i => !['./context.js', './catalogue.js', './team-facts.js'].includes(i)), code).toEqual([]);
        }
        const lsp = path.join(ROOT, 'packages/language/src/lsp');
        for (const file of fs.readdirSync(lsp).filter(f => f.endsWith('.ts'))) {
            const imports = relativeImports(fs.readFileSync(path.join(lsp, file), 'utf8'));
            expect(imports.filter(i => i.includes('validation/rules/')), file).toEqual([]);
        }
    });
});
