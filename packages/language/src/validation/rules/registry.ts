import type { ValidationChecks } from 'langium';
import type { SiKerjaAstType } from '../../generated/ast.js';
import type { SiKerjaServices } from '../../sikerja-module.js';
import type { RuleCode } from './catalogue.js';
import { assigneeInPostRule } from './assignee-in-post.js';
import { instrumentMatchesScopeRule } from './instrument-matches-scope.js';
import { issuerMatchesInstrumentRule } from './issuer-matches-instrument.js';
import { jfUnderEligibleLeaderRule } from './jf-under-eligible-leader.js';
import { ketuaEligibilityRule } from './ketua-eligibility.js';
import { ketuaFromOwnerUnitRule } from './ketua-from-owner-unit.js';
import { ketuaJfOrPelaksanaRule } from './ketua-jf-or-pelaksana.js';
import { modelConformanceRule } from './model-conformance.js';
import { penilaiKinerjaMinPengawasRule } from './penilai-kinerja-min-pengawas.js';
import { permohonanCompleteRule } from './permohonan-complete.js';
import { petaJabatanFiguresRule } from './peta-jabatan-figures.js';
import { reportingLineRule } from './reporting-line.js';
import { spbeCoordinationTeamRule } from './spbe-coordination-team.js';
import { sukarelaNotLintasInstansiRule } from './sukarela-not-lintas-instansi.js';

export type RuleChecks = (services: SiKerjaServices) => ValidationChecks<SiKerjaAstType>;

/**
 * Every regulation rule, by its code; the checks of code `x` are in `rules/x.ts` (see `ruleFile`).
 * The order is the order a node's checks run in, and so the order of its findings in the editor and
 * in `sikerja validate`: it is not the catalogue's order, and reordering it reorders the reports.
 */
export const RULE_CHECKS = {
    'jf-under-eligible-leader': jfUnderEligibleLeaderRule,
    'penilai-kinerja-min-pengawas': penilaiKinerjaMinPengawasRule,
    'ketua-from-owner-unit': ketuaFromOwnerUnitRule,
    'ketua-eligibility': ketuaEligibilityRule,
    'sukarela-not-lintas-instansi': sukarelaNotLintasInstansiRule,
    'instrument-matches-scope': instrumentMatchesScopeRule,
    'ketua-jf-or-pelaksana': ketuaJfOrPelaksanaRule,
    'assignee-in-post': assigneeInPostRule,
    'issuer-matches-instrument': issuerMatchesInstrumentRule,
    'permohonan-complete': permohonanCompleteRule,
    'reporting-line': reportingLineRule,
    'model-conformance': modelConformanceRule,
    'spbe-coordination-team': spbeCoordinationTeamRule,
    'peta-jabatan-figures': petaJabatanFiguresRule
} as const satisfies Record<RuleCode, RuleChecks>;

/** Where a rule code's checks are written, from the repository root: the file is named by the code. */
export function ruleFile(code: RuleCode): string {
    return `packages/language/src/validation/rules/${code}.ts`;
}

/** Each rule's checks, for the one map Langium's registry takes. */
export function ruleChecks(services: SiKerjaServices): Array<ValidationChecks<SiKerjaAstType>> {
    return Object.values(RULE_CHECKS).map(rule => rule(services));
}
