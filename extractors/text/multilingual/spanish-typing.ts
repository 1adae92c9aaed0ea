import type { Span } from '../../base/contract.js';
import type { EntityType } from '../../../graph-schema/index.js';
import { ML_CONFIDENCE } from './confidence.js';
import type { NameCandidate } from './spanish-candidates.js';
import { CORPORATE_ROLES, EVENT_KEYWORDS, HONORIFICS, ORGANIZATION_KEYWORDS, ORGANIZATION_TAIL_WORDS, PRODUCT_NOUNS, ROLES } from './spanish-words.js';
import type { MentionRule } from './types.js';

/**
 * Types a capitalised phrase no Spanish cue could type, e.g. by translating
 * its sentence and running English NER. `span` locates the phrase in the
 * analysed text. Return `null` for "not a name" or "don't know".
 */
export type SpanishCandidateTyper = (candidate: string, span: Span) => EntityType | null;

export interface Typing {
  type: EntityType;
  confidence: number;
  rule: MentionRule;
}

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const HONORIFIC_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(HONORIFICS)})\\.?\\s+$`, 'iu');
const ROLE_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(ROLES)})\\s+$`, 'iu');
const CORPORATE_ROLE_OF_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(CORPORATE_ROLES)})\\s+(?:de|del)(?:\\s+la|\\s+los)?\\s+$`, 'iu');
const ROLE_APPOSITIVE_AFTER = new RegExp(
  `^\\s*,\\s*(?:(?:el|la|su|un|una|actual|nuevo|nueva|ex)\\s+)*(?:${alternation(ROLES)})(?![\\p{L}])|^\\s*,\\s*de\\s+\\d{1,3}\\s+años`,
  'iu',
);
const BORN_AFTER = /^\s+(?:nació|había nacido|ha nacido)(?![\p{L}])/iu;
const PERSON_VERB_BEFORE = /(?<![\p{L}])se\s+(?:reunió|reunirá|ha\s+reunido|entrevistó)\s+con\s+$/iu;
/** Verbs whose object or place of work is an organisation: "trabaja en Nimbus", "adquirió Lumen". */
const ORGANIZATION_VERB_BEFORE =
  /(?<![\p{L}])(?:trabaja|trabajaba|trabajó|trabajan|ha\s+trabajado|invirtió|invierte|ingresó|adquirió|adquiere|compró|ha\s+adquirido|ha\s+comprado|fundó|cofundó|ha\s+fundado)\s+(?:(?:en|para|a)\s+)?$/iu;
/** A noun naming the kind of organisation right before the name: "la empresa Horizonte Verde", "la tecnológica Lumen". */
const ORGANIZATION_NOUN_BEFORE =
  /(?<![\p{L}])(?:empresa|compañía|firma|startup|start-up|tecnológica|aerolínea|farmacéutica|operadora|constructora|aseguradora|entidad|multinacional|fabricante|cadena|marca|filial|matriz|rival)\s+$/iu;
const PLACE_BEFORE =
  /(?<![\p{L}])(?:en|desde|hacia|hasta|con\s+sede\s+en|nació\s+en|natural\s+de|procedente\s+de|ciudad\s+de|capital\s+de|llegó\s+a|viajó\s+a|visitó|ha\s+visitado)\s+$/iu;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/**
 * "los robots Strato", "el sensor lidar HX-9": a kind of product, maybe with
 * a second noun, right before the name; "los robots de Aurora" names their
 * owner instead.
 */
const PRODUCT_NOUN_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(PRODUCT_NOUNS)})(?:\\s+(?!(?:de|del|y|e|o|u|para|con|en|a|al|por|sin)\\s)\\p{Ll}+)?\\s+$`, 'u');
const CONTEXT_CHARS = 60;

/**
 * The type of a capitalised phrase, from the strongest cue that applies:
 * legal suffix or company word, institution keyword, a corporate role's
 * "de", honorific or role around it, a noun of organisation kind, an
 * organisation verb, a place
 * preposition, then the injected typer, then the shape of the phrase
 * (acronym: organisation; two or more capitalised words: person, weakly).
 * `undefined` when nothing types it: a single capitalised word with no cue.
 */
export function typeCandidate(text: string, candidate: NameCandidate, typer: SpanishCandidateTyper | undefined): Typing | undefined {
  const before = text.slice(Math.max(0, candidate.start - CONTEXT_CHARS), candidate.start);
  const after = text.slice(candidate.end, candidate.end + CONTEXT_CHARS);
  const firstWord = candidate.words[0] ?? '';
  const lastWord = candidate.words[candidate.words.length - 1] ?? '';
  if (candidate.hasLegalSuffix || (candidate.words.length > 1 && ORGANIZATION_TAIL_WORDS.has(lastWord))) {
    return { type: 'Organization', confidence: ML_CONFIDENCE.corporateSuffix, rule: 'corporate-suffix' };
  }
  if (EVENT_KEYWORDS.has(firstWord) && candidate.words.length > 1) {
    return { type: 'Event', confidence: ML_CONFIDENCE.eventHead, rule: 'event-head' };
  }
  if (ORGANIZATION_KEYWORDS.has(firstWord) && candidate.words.length > 1) {
    return { type: 'Organization', confidence: ML_CONFIDENCE.organizationKeyword, rule: 'organization-keyword' };
  }
  if (CORPORATE_ROLE_OF_BEFORE.test(before)) return { type: 'Organization', confidence: ML_CONFIDENCE.roleOfOrganization, rule: 'role-of' };
  if (candidate.strippedTitle || HONORIFIC_BEFORE.test(before) || ROLE_BEFORE.test(before)) {
    return { type: 'Person', confidence: ML_CONFIDENCE.honorificPerson, rule: 'honorific' };
  }
  if (ROLE_APPOSITIVE_AFTER.test(after) || BORN_AFTER.test(after)) {
    return { type: 'Person', confidence: ML_CONFIDENCE.roleAppositivePerson, rule: 'role-appositive' };
  }
  if (candidate.words.length === 1 && PRODUCT_NOUN_BEFORE.test(before)) return { type: 'Product', confidence: ML_CONFIDENCE.productNoun, rule: 'product-noun' };
  if (ORGANIZATION_NOUN_BEFORE.test(before)) return { type: 'Organization', confidence: ML_CONFIDENCE.organizationNoun, rule: 'organization-noun' };
  if (ORGANIZATION_VERB_BEFORE.test(before)) return { type: 'Organization', confidence: ML_CONFIDENCE.organizationVerb, rule: 'organization-verb' };
  if (PLACE_BEFORE.test(before)) return { type: 'Location', confidence: ML_CONFIDENCE.placePreposition, rule: 'place-preposition' };
  const surface = text.slice(candidate.start, candidate.end);
  const typed = typer?.(surface, { start: candidate.start, end: candidate.end, text: surface });
  if (typed) return { type: typed, confidence: ML_CONFIDENCE.typer, rule: 'typer' };
  if (PERSON_VERB_BEFORE.test(before)) return { type: 'Person', confidence: ML_CONFIDENCE.personVerb, rule: 'person-verb' };
  if (candidate.words.length === 1 && ACRONYM.test(firstWord)) return { type: 'Organization', confidence: ML_CONFIDENCE.acronym, rule: 'acronym' };
  if (candidate.words.length >= 2) return { type: 'Person', confidence: ML_CONFIDENCE.twoCapitalisedWords, rule: 'two-capitalised-words' };
  return undefined;
}
