/**
 * Per-rule confidence priors for the Chinese and Spanish recognisers. Like
 * the English priors (`../ner/confidence.ts`) they rank sources against each
 * other; they are not calibrated probabilities. The order follows how each
 * rule fails on the labelled sets in `fixtures/`:
 *
 * - Table matches, dates and money rarely fail (homographs aside).
 * - A "·"-joined transliteration or a legal/institution suffix is an
 *   unambiguous anchor; the rule can only misjudge where the name starts.
 * - Chinese surname + given name is the weakest Chinese person rule: many
 *   surnames are also ordinary characters, so it leans on jieba's word
 *   boundaries and on what follows the name.
 * - jieba's own place tags (ns) are noisy (it tags "东" in "刘强东" as a place).
 * - A Spanish preposition of place ("en Madrid") is right most of the time,
 *   but "trabaja en Google" shows why it stays below the explicit cues.
 * - Two capitalised words with no cue at all are most often a person in news
 *   text, and that is all the default claims.
 */
export const ML_CONFIDENCE = {
  gazetteer: 0.9,
  date: 0.95,
  money: 0.95,
  transliteratedPerson: 0.85,
  titledTransliteration: 0.7,
  organizationSuffix: 0.85,
  eventHead: 0.8,
  jiebaOrganization: 0.75,
  surnamePerson: 0.75,
  jiebaPlace: 0.6,
  shortForm: 0.8,
  honorificPerson: 0.85,
  roleAppositivePerson: 0.8,
  roleOfOrganization: 0.8,
  corporateSuffix: 0.9,
  organizationKeyword: 0.85,
  organizationNoun: 0.8,
  organizationVerb: 0.7,
  placePreposition: 0.7,
  typer: 0.75,
  personVerb: 0.65,
  acronym: 0.6,
  twoCapitalisedWords: 0.5,
  /** "los robots Strato": the noun says what kind of thing the name is. */
  productNoun: 0.75,
  /** "Puig" after "Jordi Puig" in the same document. */
  documentShortForm: 0.7,
} as const;

/**
 * Relation priors. The co-occurrence weight is the English module's
 * (`CO_OCCURRENCE_CONFIDENCE`), so the graph aggregates all languages alike.
 */
export const RELATION_CONFIDENCE = {
  pattern: 0.8,
  /** Passive and word-order variants leave more room for a wrong attachment. */
  indirectPattern: 0.7,
} as const;
