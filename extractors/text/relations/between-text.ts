import type { EntityMention } from '../ner/index.js';

/** Longer stretches between two mentions rarely state a relation between them. */
const MAX_BETWEEN_CHARS = 80;
const DATE_PREPOSITION = /(?:^|\s)(?:in|on|at|during|since|by|from|until|as of|back in|early|late|mid)\s*$/iu;
const PLACE_PREPOSITION = /(?:^|\s)(?:in|at|from|near|to)\s*$/iu;
export const MONEY_PLACEHOLDER = '<money>';

/**
 * The text between two mentions, reduced to what a pattern reads: dates
 * ("in 2006") and places in prepositional phrases ("in Stockholm") are
 * dropped as adverbials, amounts become `<money>`, whitespace and commas
 * are normalised, and the result is lower-cased. Any other mention in
 * between means the two are not directly related: `undefined`.
 */
export function betweenText(text: string, from: number, to: number, intervening: readonly EntityMention[]): string | undefined {
  if (to - from > MAX_BETWEEN_CHARS * 2) return undefined;
  let reduced = '';
  let cursor = from;
  for (const mention of [...intervening].sort((a, b) => a.start - b.start)) {
    reduced += text.slice(cursor, mention.start);
    cursor = mention.end;
    if (mention.type === 'Money') {
      reduced += ` ${MONEY_PLACEHOLDER} `;
    } else if (mention.type === 'Date') {
      reduced = reduced.replace(DATE_PREPOSITION, ' ');
    } else if (mention.type === 'Location' && PLACE_PREPOSITION.test(reduced)) {
      reduced = reduced.replace(PLACE_PREPOSITION, ' ');
    } else {
      return undefined;
    }
  }
  reduced += text.slice(cursor, to);
  const normalised = normalise(reduced);
  return normalised.length > MAX_BETWEEN_CHARS ? undefined : normalised;
}

export function normalise(raw: string): string {
  return raw
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, ' ')
    .replace(/\s*,\s*/gu, ', ')
    .replace(/,(?:\s*,)+/gu, ',')
    .trim()
    .toLowerCase();
}

/**
 * A first predicate of the earlier mention, joined by "and" to the one that
 * relates the pair ("X was born in A and has lived in B", "X flew to A and
 * met Y"): both share the earlier mention as subject. It must open with a
 * word (not "'s" or a comma, which start another noun phrase: "X's wife
 * and…"), and a reported or relative clause in it ("said", "that", "who")
 * may bring its own subject, so it does not count.
 */
const LEADING_PREDICATE = /^(?!and\b)(?![^,;]*\b(?:that|who|whom|whose|which|where|when|while|but|said|says|told|tells|announced|reported|claimed|believes|thinks)\b)[a-z][^,;]{0,50}? and (?=[a-z])/u;

/** `between` without a first predicate shared with the earlier mention, or `undefined` when it has none. */
export function withoutLeadingPredicate(between: string): string | undefined {
  return LEADING_PREDICATE.test(between) ? between.replace(LEADING_PREDICATE, '') : undefined;
}

const NEGATION = /(?:\b(?:not|never|neither|nor|no longer|denied|denies|refused to|failed to|declined to)\b|n't\b)/iu;

/** "did not acquire", "never met", "no longer works for": the sentence denies the relation. */
export function isNegated(between: string): boolean {
  return NEGATION.test(between);
}
