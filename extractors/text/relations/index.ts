export { extractRelations } from './extract-relations.js';
export { createPatternRelations, patternRelationsCard, PATTERN_RELATIONS_VERSION, type RelationsInput } from './pattern-relations.js';
export { PAIR_PATTERNS, GROUP_PATTERNS, type PairPattern, type GroupPattern } from './patterns.js';
export { CO_OCCURRENCE_CONFIDENCE } from './co-occurrence.js';
export type { RelationCandidate } from './types.js';
