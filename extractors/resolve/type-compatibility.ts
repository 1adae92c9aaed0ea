import type { EntityType } from '../../graph-schema/ontology.js';

/**
 * Whether two entity types may name the same thing.
 * - `same`: equal types; every rule may merge.
 * - `ambiguous`: Organization and Product. NER often cannot tell a brand
 *   from its maker ("Apple", "Windows", "Gmail"), so such a pair may merge,
 *   but only on strong lexical evidence (exact key, alias, translation),
 *   never on fuzzy names or embeddings, and with a lowered score that marks
 *   it for review. The existing entity keeps its type.
 * - `incompatible`: everything else. Person never merges with Organization
 *   or Location, even when the words match ("Washington" the person, the
 *   city, the state and the government are different entities); a type
 *   error in NER is better fixed by a person than hidden by a merge.
 */
export type TypeRelation = 'same' | 'ambiguous' | 'incompatible';

const AMBIGUOUS_PAIRS: ReadonlyArray<readonly [EntityType, EntityType]> = [['Organization', 'Product']];

/** The score multiplier for a merge across an ambiguous type pair. */
export const AMBIGUOUS_TYPE_PENALTY = 0.85;

export function typeRelation(a: EntityType, b: EntityType): TypeRelation {
  if (a === b) return 'same';
  return AMBIGUOUS_PAIRS.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? 'ambiguous' : 'incompatible';
}

/** The types a mention of `type` may resolve to (itself first). */
export function compatibleTypes(type: EntityType): EntityType[] {
  const others = AMBIGUOUS_PAIRS.flatMap(([x, y]) => (x === type ? [y] : y === type ? [x] : []));
  return [type, ...others];
}
