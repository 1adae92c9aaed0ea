import { CONFIDENCE } from './confidence.js';
import { escapeRegex } from './escape-regex.js';
import { NON_NAME_WORDS } from './non-name-words.js';
import type { EntityMention } from './types.js';

/** Legal forms: unambiguous, and may follow a comma ("Apple, Inc."). */
const LEGAL_SUFFIXES = [
  'Inc.', 'Inc', 'Incorporated', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Company', 'Ltd.', 'Ltd', 'Limited',
  'LLC', 'L.L.C.', 'LLP', 'PLC', 'plc', 'GmbH', 'AG', 'SE', 'S.A.U.', 'S.A.', 'SA', 'S.L.U.', 'S.L.', 'SL', 'S.p.A.', 'N.V.', 'NV', 'B.V.', 'AB', 'ASA', 'Oyj',
];
/**
 * Sector nouns that end company names ("Boston Dynamics", "Nimbus Robotics",
 * "Elbe Capital"); what stands before them is the company's short name.
 */
export const COMPANY_HEADS = [
  'Robotics', 'Technology', 'Systems', 'Solutions', 'Networks', 'Dynamics', 'Analytics', 'Software', 'Semiconductor',
  'Semiconductors', 'Logistics', 'Biotech', 'Pharma', 'Capital', 'Aerospace', 'Telecom',
] as const;
/** Nouns that end institution names ("Deutsche Bank", "Heidelberg University"). */
const INSTITUTION_SUFFIXES = [
  'Group', 'Holdings', 'Holding', 'Bank', 'University', 'College', 'Institute', 'Foundation', 'Association',
  'Airlines', 'Airways', 'Motors', 'Motor', 'Technologies', 'Electronics', 'Industries', 'Pharmaceuticals',
  'Laboratories', 'Labs', 'Partners', 'Ventures', 'Studios', 'Agency', 'Organization', 'Organisation', 'Fund',
  'Council', 'Commission', 'Union', 'Party', 'Society', 'Club', 'Hospital', 'Museum', 'Ministry', 'Department', 'Academy',
  ...COMPANY_HEADS, 'Alliance', 'Coalition', 'Consortium', 'Federation',
];
/** Nouns that end the names of gatherings ("Future Logistics Forum", "Web Summit"); typed Event. */
const EVENT_SUFFIXES = ['Forum', 'Summit', 'Conference', 'Symposium', 'Expo', 'Festival'];
/** Institutions also named "<Suffix> of <Name>" ("Bank of America", "University of Oxford"). */
const NAMED_BY_OF = new Set(['Bank', 'University', 'College', 'Institute', 'Museum', 'Ministry', 'Department', 'Academy', 'Council', 'Organization', 'Organisation']);

const SUFFIX = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...LEGAL_SUFFIXES, ...INSTITUTION_SUFFIXES, ...EVENT_SUFFIXES].map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const LEGAL = new Set(LEGAL_SUFFIXES);
const EVENTS = new Set(EVENT_SUFFIXES);
/** Title words: "Chief Technology Officer" is a role, not a company called "Chief Technology". */
const ROLE_WORDS = new Set(['Chief', 'Head', 'Vice', 'Senior', 'Deputy', 'Executive', 'Professor', 'Prof.', 'Dr.', 'Director']);

/**
 * One word of a name: capitalised or numeric ("Coca-Cola", "AT&T", "3M",
 * "Nestlé"), every hyphenated part too, so "Zürich-based" is not one.
 */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}]*(?:[-&][\p{Lu}\p{N}][\p{L}\p{M}\p{N}]*)*$/u;
const POSSESSIVE_NAME_WORD = /^[\p{Lu}][\p{L}\p{M}\p{N}]*['’]s$/u;
const CONNECTORS = new Set(['&', 'of', 'for', 'de', 'du', 'der', 'des', 'von', 'für']);
/** "of" joins a name only after an institution noun ("Bank of America Corp."), not after a person ("Chen Jing of Hanlin University"). */
const OF_CONNECTORS = new Set(['of', 'for']);
const MAX_NAME_WORDS = 6;
const OF_NAME = /^ of (?:the )?((?:[\p{Lu}][\p{L}\p{M}\p{N}&'’-]*)(?: (?:of |the )?[\p{Lu}][\p{L}\p{M}\p{N}&'’-]*)*)/u;

/**
 * Organisations recognised by their legal form or institution noun, with
 * the suffix kept in the span: "Apple Inc.", "Siemens AG", "Goldman Sachs
 * Group Inc.", "Bill & Melinda Gates Foundation", "Bank of America".
 */
export function corporateSuffixMentions(text: string): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const match of text.matchAll(SUFFIX)) {
    const suffix = match[0];
    const suffixStart = match.index;
    const nameStart = leftNameStart(text, suffixStart, LEGAL.has(suffix));
    let end = suffixStart + suffix.length;
    const ofName = NAMED_BY_OF.has(suffix) ? OF_NAME.exec(text.slice(end)) : null;
    if (ofName) end += ofName[0].length;
    const start = nameStart ?? (ofName ? suffixStart : undefined);
    if (start === undefined) continue;
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      type: EVENTS.has(suffix) ? 'Event' : 'Organization',
      confidence: CONFIDENCE.corporateSuffix,
      engine: 'pattern',
    });
  }
  return mentions;
}

/** Where the name before a suffix starts, or `undefined` when no name word precedes it. */
function leftNameStart(text: string, suffixStart: number, allowComma: boolean): number | undefined {
  let cursor = suffixStart;
  let nameStart: number | undefined;
  let nameWords = 0;
  for (;;) {
    const word = previousWord(text, cursor);
    if (!word) break;
    let token = word.text;
    const isFirstStep = cursor === suffixStart;
    if (isFirstStep && allowComma && token.endsWith(',')) token = token.slice(0, -1);
    // Chained legal forms: "Samsung Electronics Co., Ltd.".
    if (isFirstStep && allowComma && LEGAL.has(token)) {
      cursor = word.start;
      continue;
    }
    if (/[.,;:!?)"”]$/u.test(token)) break;
    if (NON_NAME_WORDS.has(token) || ROLE_WORDS.has(token)) break;
    // A connector joins name words ("Bill & Melinda Gates Foundation") but never starts the name.
    if (CONNECTORS.has(token) && nameWords > 0) {
      if (OF_CONNECTORS.has(token) && !NAMED_BY_OF.has(previousWord(text, word.start)?.text ?? '')) break;
      cursor = word.start;
      continue;
    }
    const isName = NAME_WORD.test(token) || (isFirstStep && POSSESSIVE_NAME_WORD.test(token));
    if (!isName || nameWords >= MAX_NAME_WORDS) break;
    nameStart = word.start;
    nameWords += 1;
    cursor = word.start;
  }
  return nameStart;
}

/** The whitespace-delimited word ending right before `end`, separated from it by spaces only. */
function previousWord(text: string, end: number): { text: string; start: number } | undefined {
  const before = text.slice(Math.max(0, end - 80), end);
  const match = /(\S+)[ \t]+$/u.exec(before);
  if (!match?.[1]) return undefined;
  return { text: match[1], start: end - match[0].length };
}
