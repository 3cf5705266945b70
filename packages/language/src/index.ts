export * from './sikerja-module.js';
export * from './qualified-names.js';
export * as ast from './generated/ast.js';
export { Codes, type Code, RULES, RULE_CODES, type RuleCode, ProfileRegistry, normalizeRegulation, type Profile, type Citation, type RuleSetting, type RuleSeverity, catalogueMarkdown, catalogueRows, catalogueText } from './validation/index.js';
export { SemanticModelService, type PemdaFacts } from './model/semantic-model-service.js';
export { buildFragment, refId } from './model/fragment-builder.js';
export { loadWorkspace, PathNotFoundError, FILE_EXTENSION, type LoadedWorkspace } from './workspace/load.js';
export { startSiKerjaServer } from './main.js';
