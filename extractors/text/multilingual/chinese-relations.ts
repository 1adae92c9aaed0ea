import { modelId, type ModelCard, type Span } from '../../base/contract.js';
import type { EntityMention } from '../ner/index.js';
import { CHINESE_RELATIONS } from './chinese-relation-rules.js';
import { extractWithRules } from './extract-relations.js';
import { MULTILINGUAL_RULES_REVISION } from './rules-revision.js';
import type { RelationCandidate } from '../relations/index.js';

const MODEL_NAME = 'zh-rules-relations';

/** `zh-rules-relations@rules.<revision>`: the patterns are the project's own, with no package behind them. */
export function chineseRelationsCard(): ModelCard {
  const version = `rules.${MULTILINGUAL_RULES_REVISION}`;
  return { id: modelId(MODEL_NAME, version), name: MODEL_NAME, version, task: 'relations', licence: 'project', origin: 'project rules (extractors/text/multilingual)', engine: 'bundled' };
}

/**
 * Relations stated in ORIGINAL Chinese text between mentions of one
 * sentence (offsets into `text`, as from `recognizeChineseEntities`):
 * CEO_OF, FOUNDED, ACQUIRED, HEADQUARTERED_IN, MET, WORKS_FOR, VISITED,
 * BORN_IN, LIVES_IN, LOCATED_IN, PARTNERED_WITH, INVESTED_IN, MEMBER_OF and
 * PRODUCES, active and passive ("Y被X收购", "Y由X创立"); a negation (没有, 未,
 * 不) blocks the typed relation. Every other pair of entities in a sentence
 * gets `CO_OCCURS_WITH` at confidence 0.3. Same contract as the English
 * `extractRelations`: subject and object are indices into `mentions`.
 */
export function extractChineseRelations(text: string, sentences: readonly Span[], mentions: readonly EntityMention[]): RelationCandidate[] {
  return extractWithRules(text, sentences, mentions, CHINESE_RELATIONS);
}
