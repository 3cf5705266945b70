import type { ValidationChecks } from 'langium';
import type { SiKerjaAstType } from '../generated/ast.js';
import type { SiKerjaServices } from '../sikerja-module.js';
import { attributeChecks, nameChecks } from './names.js';
import { organisationChecks } from './organisation.js';
import { pemdaChecks } from './pemda.js';
import { teamChecks } from './teams.js';

export { Codes, type Code } from './codes.js';

/** Merge rule families into the one map Langium's registry takes; a type may have checks from several families. */
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
        teamChecks()
    );
    services.validation.ValidationRegistry.register(checks);
}
