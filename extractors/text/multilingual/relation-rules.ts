import type { EntityType, RelationType } from '../../../graph-schema/index.js';

/**
 * One relation pattern over a pair of mentions in one sentence, described
 * by what the text between them (and optionally just before the first or
 * just after the second) must say. Word order differs by construction
 * ("X收购了Y" vs "Y被X收购"), so a rule names which of the pair is the subject.
 */
export interface RelationRule {
  type: RelationType;
  /** Provenance name, e.g. `zh:passive-acquired`. */
  pattern: string;
  /** Types allowed for the mention that comes first in the text. */
  first: readonly EntityType[];
  /** Types allowed for the mention that comes second. */
  second: readonly EntityType[];
  /** Which mention of the pair is the relation's subject. */
  subject: 'first' | 'second';
  /** Must match the whole text between the two mentions (anchor it). */
  between: RegExp;
  /** Must match the text after the second mention, anchored at its start. */
  after?: RegExp;
  /** Must match the text before the first mention, anchored at its end. */
  before?: RegExp;
  confidence: number;
}

/** What a language supplies to the shared pair walker. */
export interface RelationLanguage {
  /** Prefixes the co-occurrence pattern name (`zh:co-occurrence`). */
  code: string;
  rules: readonly RelationRule[];
  /** Blocks a typed relation when found in the text a rule matched. */
  negation: RegExp;
  /**
   * Other readings of the text between two mentions, tried after it: an
   * appositive or a bracketed alias between them does not change the relation
   * ("X, directora de Y, se reunió con Z": X met Z).
   */
  betweenVariants(between: string): string[];
}
