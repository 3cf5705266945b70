export * from './types.js';
export * from './fragment.js';
export * from './pemda-index.js';
export * from './build.js';
export * from './work-scope.js';
export * from './totals.js';
export * from './protocol.js';
export * from './process-maps.js';
