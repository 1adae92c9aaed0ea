export { prf1, prf1OfSets, type PrecisionRecall } from './prf1.js';
export { wer, cer, alignEdits, type EditCounts, type ErrorRate, type ErrorRateOptions } from './edit-rate.js';
export { matchMentions, graphToGold, spanKey, type MatchedMention } from './entity-alignment.js';
export { scoreEntities, scoreClustering, type EntityScore, type ClusteringScore, type ClusterScore } from './score-entities.js';
export { scoreRelations, DEFAULT_EXCLUDED, type RelationScore, type RelationScoreOptions } from './score-relations.js';
export type { GoldMentionRef, GoldEntityRef, GoldRelationRef, PredictedMention, PredictedRelation } from './types.js';
