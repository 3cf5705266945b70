export * from './types.js';
export { diffModels } from './diff.js';
export { alignedPetaJabatan, type AlignedPerangkatDaerah, type AlignedRow } from './rows.js';
export { withoutUnsound, type SkippedElement, type Unsound } from './sound.js';
export { describeDiff, CHANGE_LABELS, ELEMENT_LABELS, type ChangeGroup, type ChangeRow } from './describe.js';
export { diagramMarks, MARKED_FIGURES, type DiagramMarks, type ElementMark, type MarkedFigure, type RemovedElement } from './marks.js';
