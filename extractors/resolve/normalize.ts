import type { EntityType } from '../../graph-schema/ontology.js';
import {
  CJK_CORPORATE_SUFFIXES,
  CJK_HONORIFIC_SUFFIXES,
  CORPORATE_SUFFIXES,
  HONORIFICS,
  LEADING_ARTICLES,
  POST_NOMINALS,
  LANGUAGE_HONORIFICS,
} from './name-affixes.js';
import { valueKey } from './value-names.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN_LIKE_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
// Letters NFKD does not decompose but readers treat as their base letters.
const FOLDED_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

const toSequences = (list: readonly string[]) => [...new Set(list)].map((s) => s.split(' ')).sort((a, b) => b.length - a.length);
const HONORIFIC_SEQUENCES = toSequences(HONORIFICS);
const HONORIFICS_BY_LANGUAGE = new Map(Object.entries(LANGUAGE_HONORIFICS).map(([lang, extra]) => [lang, toSequences([...HONORIFICS, ...extra])]));
const ARTICLE_SEQUENCES = toSequences(LEADING_ARTICLES);
const CORPORATE_SEQUENCES = toSequences(CORPORATE_SUFFIXES);
const POST_NOMINAL_SET = new Set(POST_NOMINALS);

/**
 * The resolution key of a name: what is left when everything that varies
 * between mentions of the same thing is removed. Case, diacritics (not in
 * Chinese, Japanese or Korean, where NFKD would break characters apart),
 * punctuation, an English leading "the", and by type: honorifics and degrees
 * for people ("Dr. Angela Merkel" → "angela merkel"), legal-form suffixes for
 * organisations ("Microsoft Corporation" → "microsoft", "华为技术有限公司" →
 * "华为技术"). A name is never reduced to nothing: "AG" alone stays "ag".
 *
 * @param language ISO 639-1 code of the name, when known; enables
 *   language-specific titles (Spanish "D." for Don).
 */
export function normalizeName(name: string, type: EntityType, language?: string): string {
  const text = name.normalize('NFKC').trim();
  // An amount or a day is its value in every language: "$120 million" = "120 millones de dólares" = "usd 120000000".
  const value = type === 'Money' || type === 'Date' ? valueKey(text, type, language) : undefined;
  if (value !== undefined) return value;
  const isCjkOnly = CJK.test(text) && !LATIN_LIKE_LETTER.test(text);
  const key = isCjkOnly ? normalizeCjk(text, type) : normalizeAlphabetic(text, type, language);
  return key === '' ? text.toLowerCase() : key;
}

/** `${type}:${normalizeName(name)}`: equal keys are the same entity. */
export function entityKey(type: EntityType, name: string, language?: string): string {
  return `${type}:${normalizeName(name, type, language)}`;
}

/** The tokens of a normalised alphabetic key ("angela merkel" → ["angela", "merkel"]); a CJK key is one token. */
export function keyTokens(key: string): string[] {
  return key.split(' ').filter(Boolean);
}

export function isCjkKey(key: string): boolean {
  return CJK.test(key) && !LATIN_LIKE_LETTER.test(key);
}

function normalizeCjk(text: string, type: EntityType): string {
  let key = text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
  if (type === 'Person') key = stripSuffixes(key, CJK_HONORIFIC_SUFFIXES);
  if (type === 'Organization') key = stripSuffixes(key, CJK_CORPORATE_SUFFIXES);
  return key;
}

function stripSuffixes(key: string, suffixes: readonly string[]): string {
  let current = key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of suffixes) {
      if (current.endsWith(suffix) && current.length > suffix.length) {
        current = current.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return current;
}

function normalizeAlphabetic(text: string, type: EntityType, language?: string): string {
  let tokens = tokenize(text);
  tokens = dropLeading(tokens, ARTICLE_SEQUENCES);
  if (type === 'Person') {
    const primaryLanguage = language?.toLowerCase().split(/[-_]/)[0] ?? '';
    tokens = dropLeading(tokens, HONORIFICS_BY_LANGUAGE.get(primaryLanguage) ?? HONORIFIC_SEQUENCES);
    while (tokens.length > 1 && POST_NOMINAL_SET.has(tokens[tokens.length - 1] ?? '')) tokens = tokens.slice(0, -1);
  }
  if (type === 'Organization') tokens = dropTrailing(tokens, CORPORATE_SEQUENCES);
  return tokens.join(' ');
}

/** Lower case, diacritics and punctuation gone, dotted abbreviations joined ("S.A." → "sa", "U.N." → "un"), "&" read as "and". */
function tokenize(text: string): string[] {
  const folded = [...text.toLowerCase()]
    .map((char) => (CJK.test(char) ? char : (FOLDED_LETTERS[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, ''))))
    .join('');
  const tokens = folded
    .replace(/(?<!\p{L})(?:\p{L}\.){2,}/gu, (abbr) => abbr.replace(/\./g, ''))
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return joinInitials(tokens);
}

/** "j r r tolkien" → "jrr tolkien", so spaced and unspaced initials ("J. R. R." / "J.R.R.") agree; a lone initial stays. */
function joinInitials(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of [...tokens, '']) {
    if ([...token].length === 1 && !/\d/.test(token)) {
      run += token;
      continue;
    }
    if (run) out.push(run);
    run = '';
    if (token) out.push(token);
  }
  return out;
}

function dropLeading(tokens: string[], sequences: readonly string[][]): string[] {
  let current = tokens;
  for (let changed = true; changed; ) {
    changed = false;
    for (const seq of sequences) {
      if (current.length > seq.length && seq.every((t, i) => current[i] === t)) {
        current = current.slice(seq.length);
        changed = true;
        break;
      }
    }
  }
  return current;
}

function dropTrailing(tokens: string[], sequences: readonly string[][]): string[] {
  let current = tokens;
  for (let changed = true; changed; ) {
    changed = false;
    for (const seq of sequences) {
      const offset = current.length - seq.length;
      if (offset > 0 && seq.every((t, i) => current[offset + i] === t)) {
        current = current.slice(0, offset);
        changed = true;
        break;
      }
    }
  }
  return current;
}
