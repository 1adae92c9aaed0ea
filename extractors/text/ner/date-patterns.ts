import { CONFIDENCE } from './confidence.js';
import type { EntityMention } from './types.js';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)(?!\d)`;
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const OPTIONAL_WEEKDAY = String.raw`(?:${WEEKDAY},?\s+)?`;

interface DatePattern {
  regex: RegExp;
  confidence: number;
}

/**
 * Concrete calendar references only. Relative expressions ("last Tuesday",
 * "next year") need the document's date to mean anything and are left out.
 * Month names are case-sensitive so the verb "may" stays a verb.
 */
const DATE_PATTERNS: readonly DatePattern[] = [
  // 12 March 2024, 12th of March 2024, Tuesday 12 March
  { regex: new RegExp(`${BEFORE}${OPTIONAL_WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${AFTER}`, 'gu'), confidence: CONFIDENCE.fullDate },
  // March 12, 2024, March 12th, Tuesday, March 12, 2024
  { regex: new RegExp(`${BEFORE}${OPTIONAL_WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${AFTER}`, 'gu'), confidence: CONFIDENCE.fullDate },
  // March 2024, spring 2020
  {
    regex: new RegExp(`${BEFORE}(?:${MONTH}|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter))\\s+(?:of\\s+)?${YEAR}${AFTER}`, 'gu'),
    confidence: CONFIDENCE.monthYear,
  },
  // 2024-03-12
  { regex: new RegExp(`${BEFORE}${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])${AFTER}`, 'gu'), confidence: CONFIDENCE.fullDate },
  // 12/03/2024: a date either way round, even if which is the month is not known
  { regex: new RegExp(`${BEFORE}(?:0?[1-9]|[12]\\d|3[01])/(?:0?[1-9]|[12]\\d|3[01])/${YEAR}${AFTER}`, 'gu'), confidence: CONFIDENCE.numericDate },
  // in 2019, since the 1990s: the year alone is the span
  {
    regex: new RegExp(
      `(?<=${BEFORE}(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Aa]round|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+(?:the\\s+)?)${YEAR}s?${AFTER}`,
      'gu',
    ),
    confidence: CONFIDENCE.yearAfterPreposition,
  },
];

export function findDates(text: string): EntityMention[] {
  return DATE_PATTERNS.flatMap(({ regex, confidence }) =>
    Array.from(text.matchAll(regex), (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      type: 'Date' as const,
      confidence,
      engine: 'pattern' as const,
    })),
  );
}
