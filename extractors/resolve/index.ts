/**
 * Entity resolution: normalised keys, short forms within a document, and
 * merging across documents and languages, each merge with its rule and score.
 */
export { normalizeName, entityKey } from './normalize.js';
export { englishValueName, parseDate, parseMoney, valueKey } from './value-names.js';
export type { MoneyValue } from './value-names.js';
export { jaro, jaroWinkler, tokenSetSimilarity, bigramSimilarity, nameSimilarity, cosineSimilarity } from './similarity.js';
export { resolveWithinDocument, WITHIN_DOCUMENT_SCORES } from './within-document.js';
export type { DocumentMention, DocumentCluster, MentionLink, AmbiguousShortForm, WithinDocumentResult, WithinDocumentRule } from './within-document.js';
export { decideMerge, RULE_PRIORITY } from './merge-rules.js';
export type { Candidate, MergeDecision, MergeRule, ResolvableMention } from './merge-rules.js';
export { Resolver, withMentionNames } from './resolver.js';
export type { FindCandidates, Resolution, ResolverOptions } from './resolver.js';
export { mergeRecordOf, undoMerge } from './merge-record.js';
export type { MergeRecord } from './merge-record.js';
export { entityIdForKey, pivotKey } from './entity-id.js';
export { DEFAULT_THRESHOLDS, RULE_SCORES } from './thresholds.js';
export type { MergeThresholds } from './thresholds.js';
export { typeRelation, compatibleTypes, AMBIGUOUS_TYPE_PENALTY } from './type-compatibility.js';
export type { TypeRelation } from './type-compatibility.js';
export { ResolveError, ResolveErrorCode } from './errors.js';
export { personRefForName } from './person-ref.js';
