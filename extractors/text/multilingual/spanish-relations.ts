import { modelId, type ModelCard, type Span } from '../../base/contract.js';
import type { EntityMention } from '../ner/index.js';
import type { RelationCandidate } from '../relations/index.js';
import { extractWithRules } from './extract-relations.js';
import { MULTILINGUAL_RULES_REVISION } from './rules-revision.js';
import { SPANISH_RELATIONS } from './spanish-relation-rules.js';

const MODEL_NAME = 'es-rules-relations';

/** `es-rules-relations@rules.<revision>`: the patterns are the project's own, with no package behind them. */
export function spanishRelationsCard(): ModelCard {
  const version = `rules.${MULTILINGUAL_RULES_REVISION}`;
  return { id: modelId(MODEL_NAME, version), name: MODEL_NAME, version, task: 'relations', licence: 'project', origin: 'project rules (extractors/text/multilingual)', engine: 'bundled' };
}

/**
 * Relations stated in ORIGINAL Spanish text between mentions of one
 * sentence (offsets into `text`, as from `recognizeSpanishEntities`):
 * CEO_OF, WORKS_FOR, FOUNDED, ACQUIRED, HEADQUARTERED_IN, MET, VISITED,
 * BORN_IN, LIVES_IN, LOCATED_IN, PARTNERED_WITH, INVESTED_IN, MEMBER_OF and
 * PRODUCES, active and passive ("Y fue adquirida por X"); an appositive after
 * the subject is skipped ("X, directora de Y, se reunió con Z"), and so is a
 * first predicate it shares ("X nació en Z y fundó Y"); a negation
 * ("no", "nunca") blocks the typed relation. Every other pair of entities in
 * a sentence gets `CO_OCCURS_WITH` at confidence 0.3. Same contract as the
 * English `extractRelations`: subject and object are indices into `mentions`.
 */
export function extractSpanishRelations(text: string, sentences: readonly Span[], mentions: readonly EntityMention[]): RelationCandidate[] {
  return extractWithRules(text, sentences, mentions, SPANISH_RELATIONS);
}
