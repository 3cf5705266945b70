export * from './types.js';
export { diffModels } from './diff.js';
export { withoutFiles } from './sound.js';
