import type { ValidationAcceptor, ValidationCheck, ValidationChecks } from 'langium';
import { isOperationCancelled } from 'langium';
import type { SiKerjaAstType } from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { attributeChecks, nameChecks } from './names.js';
import { organisationChecks } from './organisation.js';
import { pegawaiChecks } from './pegawai.js';
import { pemdaChecks } from './pemda.js';
import { teamChecks } from './teams.js';
import { prosesChecks } from './proses.js';
import { ruleChecks } from './rules/registry.js';
import { Codes } from './codes.js';
import { report } from './report.js';

export { Codes, type Code } from './codes.js';
export { RULES, RULE_CODES, type RuleCode } from './rules/catalogue.js';
export { ProfileRegistry, normalizeRegulation } from './profiles/registry.js';
export type { Profile, Citation, RuleSetting, RuleSeverity } from './profiles/profile.js';
export { RuleContextProvider, isRuleCode, type RuleContext } from './rules/context.js';
export { RULE_CHECKS, ruleFile } from './rules/registry.js';
export { catalogueMarkdown, catalogueRows, catalogueText } from './rules/reference.js';

/** Merge check sets into the one map Langium's registry takes; a type may have checks from several sets, run in the order given. */
function mergeChecks(...families: Array<ValidationChecks<SiKerjaAstType>>): ValidationChecks<SiKerjaAstType> {
    const merged: Record<string, unknown[]> = {};
    for (const family of families) {
        for (const [type, check] of Object.entries(family)) {
            (merged[type] ??= []).push(...(Array.isArray(check) ? check : [check]));
        }
    }
    return merged as ValidationChecks<SiKerjaAstType>;
}

export function registerValidationChecks(services: SiKerjaServices): void {
    const checks = mergeChecks(
        pemdaChecks(services),
        nameChecks(services),
        attributeChecks(),
        organisationChecks(services),
        teamChecks(),
        pegawaiChecks(services),
        prosesChecks(services),
        // The regulation rules: severities and citations come from the pemda's profile.
        ...ruleChecks(services)
    );
    // One registered check per node type running the rules in turn: Langium wraps each registered
    // check (exception handling, an await); per rule that cost dominated validating a kabupaten.
    const perType: Record<string, ValidationCheck> = {};
    for (const [type, list] of Object.entries(checks as Record<string, ValidationCheck[]>)) {
        perType[type] = checksInTurn(list);
    }
    services.validation.ValidationRegistry.register(perType as ValidationChecks<SiKerjaAstType>);
}

/**
 * Run a node's checks one after another. A check that fails with an exception (a defect in SiKerja,
 * not in the analyst's text) is reported on the node with its name, and the checks after it still
 * run; a check that answers with a promise is awaited, and its rejection reported the same way.
 */
export function checksInTurn(list: readonly ValidationCheck[]): ValidationCheck {
    return (node, accept: ValidationAcceptor, cancelToken) => {
        const failed = (check: ValidationCheck, error: unknown) => {
            if (isOperationCancelled(error)) throw error;
            console.error(`SiKerja: pemeriksaan ${check.name || 'tanpa nama'} gagal pada ${node.$type}:`, error);
            report(accept, 'error', Codes.CheckFailed,
                `Pemeriksaan \`${check.name || 'tanpa nama'}\` gagal karena kesalahan di SiKerja (${error instanceof Error ? error.message : String(error)}). `
                + 'Pemeriksaan lain tetap berjalan; laporkan berkas ini kepada pengembang SiKerja.', { node });
        };
        const pending: Array<Promise<void>> = [];
        for (const check of list) {
            try {
                const result = check(node, accept, cancelToken);
                if (result instanceof Promise) pending.push(result.catch(error => failed(check, error)));
            } catch (error) {
                failed(check, error);
            }
        }
        return pending.length > 0 ? Promise.all(pending).then(() => undefined) : undefined;
    };
}
