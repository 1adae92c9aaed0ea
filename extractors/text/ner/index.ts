export { recognizeEntities, recognizeWith, type RecognizeOptions } from './recognize-entities.js';
export { createCompromiseNer, compromiseNerCard, NER_RULES_REVISION, type NerInput, type CompromiseNerOptions } from './compromise-ner.js';
export { createGazetteer, defaultGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
export { prf1, type ScoredSpan, type PrecisionRecall } from './evaluate.js';
export { CONFIDENCE } from './confidence.js';
export type { EntityMention, MentionEngine } from './types.js';
export { truecase } from './truecase.js';
