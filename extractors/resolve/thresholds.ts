import type { EntityType } from '../../graph-schema/ontology.js';

/**
 * Thresholds for cross-document merging. Chosen on the cases in the tests
 * (typos must merge, extra words must not), erring towards duplicates: a
 * duplicate is visible and a person can merge it; a wrong merge silently
 * mixes two things' facts. Every merge records its rule and score, so a
 * stricter threshold can later be applied to the recorded merges.
 */
export interface MergeThresholds {
  /**
   * Minimum `nameSimilarity` (weakest token's Jaro-Winkler) for the
   * `similar-name` rule, per type. Measured on real near-misses:
   * - Location 0.97: places differ by one letter ("Austria"/"Australia"
   *   0.927, "Niger"/"Nigeria" 0.943, "Colombia"/"Columbia" 0.942 must not
   *   merge; "Marseille"/"Marseilles" 0.98 does).
   * - Person 0.95: "Jon"/"John" 0.933 and "Katherine"/"Catherine" 0.926 are
   *   different people as often as typos; "Merkel"/"Merkl" 0.967 merges.
   * - Organization and the rest 0.94: "Telekom"/"Telecom" 0.943 and
   *   "Samsung"/"Samsumg" 0.943 merge, "Toyota"/"Toyoda" 0.933 does not.
   * - Date and Money never merge by similarity (above 1: exact keys only).
   */
  similarName: Readonly<Record<EntityType, number>>;
  /** Keys shorter than this (in characters) never merge by similarity: "IBM" / "IBN" are different things. Default 6. */
  minFuzzyKeyLength: number;
  /** Minimum cosine of two embeddings for the `embedding` rule. Default 0.92. */
  embedding: number;
  /** …and the names must still be at least this alike (a context vector alone can make two rivals look the same). Default 0.5. */
  embeddingNameFloor: number;
  /** Names in different scripts cannot be compared, so the cosine alone must reach this. Default 0.96. */
  embeddingCrossScript: number;
  /** Two candidates whose scores for the same rule differ by less than this are a tie: neither is chosen. Default 0.02. */
  tieMargin: number;
}

export const DEFAULT_THRESHOLDS: MergeThresholds = {
  similarName: {
    Person: 0.95,
    Organization: 0.94,
    Location: 0.97,
    Product: 0.94,
    Event: 0.94,
    Concept: 0.94,
    Date: 1.01,
    Money: 1.01,
    Work: 0.94,
  },
  minFuzzyKeyLength: 6,
  embedding: 0.92,
  embeddingNameFloor: 0.5,
  embeddingCrossScript: 0.96,
  tieMargin: 0.02,
};

/**
 * Scores given to the lexical rules (similar-name and embedding carry their
 * measured similarity). Lower than 1 where the evidence is indirect.
 */
export const RULE_SCORES = {
  exactKey: 1,
  /** Cap for exact and translation matches on a lone surname or given name (or one Chinese character): all context-free "Cook"s share it. */
  exactKeySingleWordPerson: 0.7,
  /** The translation engine (Apertium, CC-CEDICT, neural) stands between the two names. */
  translation: 0.95,
  /** A translation whose words match in another order: the order is the translator's, but the match is less direct. */
  reorderedTranslation: 0.9,
  alias: 0.9,
  /**
   * Multiplies the similarity of a transliterated name read against a Latin
   * one: the reading is chosen among several spellings (韦伯 is Webb, Webber
   * or Weber), so it is weaker evidence than a translation. Multiplied, not a
   * cap, so an exact reading still beats a near one by more than a tie.
   */
  transliteration: 0.9,
  /** An acronym inferred from initials rather than seen as an alias. */
  acronym: 0.85,
} as const;
