import type { EntityType } from '../../../graph-schema/index.js';
import type { Compromise } from './compromise-engine.js';
import { CONFIDENCE } from './confidence.js';
import { NON_NAME_WORDS } from './non-name-words.js';
import { TITLE_WORDS } from './titles.js';
import type { EntityMention } from './types.js';

/** A compromise term once `compute('offset')` has run (its typings omit `offset`). */
interface OffsetTerm {
  text: string;
  post: string;
  offset?: { start: number; length: number };
}

interface Segment {
  type: EntityType;
  confidence: number;
  terms: OffsetTerm[];
}

const SOURCES = [
  { select: 'people', type: 'Person', confidence: CONFIDENCE.compromisePerson },
  { select: 'places', type: 'Location', confidence: CONFIDENCE.compromiseLocation },
  { select: 'organizations', type: 'Organization', confidence: CONFIDENCE.compromiseOrganization },
] as const;

/** Punctuation after a term that ends a name; a period does not ("George W. Bush"). */
const NAME_BREAK = /[,;:()[\]{}"“”!?/|–—]/u;
const POSSESSIVE = /['’]s$/u;
const STARTS_LIKE_A_NAME = /^[\p{Lu}\p{N}]/u;
const POSSESSIVE_SURNAME = /^ \p{Lu}[\p{L}\p{M}-]*['’]s(?![\p{L}\p{N}])/u;

/**
 * People, places and organisations from compromise, cut into the names they
 * contain. Compromise chains neighbouring proper nouns into one match
 * ("Apple Inc., Microsoft", "Austin, Texas", "Buffett's Berkshire Hathaway")
 * and keeps titles ("Dr. Jane Smith"); offsets come from its terms, which
 * exclude surrounding punctuation.
 */
export function compromiseMentions(text: string, nlp: Compromise): EntityMention[] {
  const doc = nlp(text);
  // Once for the whole document: `.json({ offset: true })` recomputes offsets on every call, which dominated long texts.
  doc.compute('offset');
  const segments: Segment[] = [];
  for (const source of SOURCES) {
    for (const match of doc[source.select]().docs as OffsetTerm[][]) {
      for (const terms of splitAtBreaks(match)) {
        const named = withoutTrailingLowerCase(withoutLeadingWords(terms, source.type === 'Person'));
        if (named.length > 0) segments.push({ type: source.type, confidence: source.confidence, terms: named });
      }
    }
  }
  return segments.flatMap((segment) => {
    const mention = toMention(text, segment);
    return mention ? [withPossessiveSurname(text, mention)] : [];
  });
}

function splitAtBreaks(terms: readonly OffsetTerm[]): OffsetTerm[][] {
  const parts: OffsetTerm[][] = [];
  let current: OffsetTerm[] = [];
  terms.forEach((term, index) => {
    current.push(term);
    const isLast = index === terms.length - 1;
    if (!isLast && (NAME_BREAK.test(term.post) || POSSESSIVE.test(term.text))) {
      parts.push(current);
      current = [];
    }
  });
  if (current.length > 0) parts.push(current);
  return parts;
}

function withoutLeadingWords(terms: readonly OffsetTerm[], isPerson: boolean): OffsetTerm[] {
  let first = 0;
  for (const term of terms) {
    if (!NON_NAME_WORDS.has(term.text) && !(isPerson && isTitle(term.text))) break;
    first += 1;
  }
  return terms.slice(first);
}

/** "the Hanxing board": compromise chains a common noun onto a name; a name ends on a capitalised word or a number. */
function withoutTrailingLowerCase(terms: OffsetTerm[]): OffsetTerm[] {
  let end = terms.length;
  while (end > 1 && /^\p{Ll}/u.test(terms[end - 1]?.text ?? '')) end -= 1;
  return end === terms.length ? terms : terms.slice(0, end);
}

function isTitle(word: string): boolean {
  const parts = word.toLowerCase().replaceAll('.', '').split('-');
  return parts.every((part) => TITLE_WORDS.has(part));
}

/**
 * Compromise knows first names better than surnames and reads an unknown
 * surname with a possessive as something else: "Tim Cook's team" gives
 * person "Tim", "Warren Buffett's Berkshire Hathaway" gives "Warren" and
 * organisation "Buffett's Berkshire Hathaway". A lone first name directly
 * followed by a capitalised possessive word gets that word as its surname
 * (the possessive is trimmed later; the longer span wins any overlap).
 */
function withPossessiveSurname(text: string, mention: EntityMention): EntityMention {
  if (mention.type !== 'Person' || /\s/u.test(mention.text)) return mention;
  const surname = POSSESSIVE_SURNAME.exec(text.slice(mention.end, mention.end + 40));
  if (!surname) return mention;
  const end = mention.end + surname[0].length;
  return { ...mention, end, text: text.slice(mention.start, end) };
}

function startOf(segment: Segment): number {
  return segment.terms[0]?.offset?.start ?? 0;
}

function endOf(segment: Segment): number {
  const offset = segment.terms.at(-1)?.offset;
  return offset ? offset.start + offset.length : 0;
}

function toMention(text: string, segment: Segment): EntityMention | undefined {
  const start = startOf(segment);
  const end = endOf(segment);
  const span = text.slice(start, end);
  // Compromise's offsets are trusted only where they reproduce its own term text.
  const firstTerm = segment.terms[0]?.text ?? '';
  if (segment.terms.some((term) => !term.offset)) return undefined;
  if (end <= start || !span.startsWith(firstTerm) || !STARTS_LIKE_A_NAME.test(span)) return undefined;
  return { start, end, text: span, type: segment.type, confidence: segment.confidence, engine: 'compromise' };
}
