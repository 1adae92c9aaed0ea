import type { EntityType } from '../../graph-schema/ontology.js';
import { isProperEntry, isReference, nameFromGloss, referencedWord, surnameOf, type CedictEntry } from './cedict-gloss.js';
import type { ChineseLexicon } from './chinese-lexicon.js';
import { romanizePersonName } from './pinyin.js';

// Words in a definition that say what kind of thing an entry names. They pick
// between homographs: 阿里巴巴 is both "Ali Baba, character from The Arabian
// Nights" and "Alibaba, PRC e-commerce company".
const TYPE_CUES: Partial<Record<EntityType, RegExp>> = {
  Organization: /\b(company|corporation|conglomerate|brand|group|bank|university|organi[sz]ation|party|agency|association|council|ministry|inc\.|ltd)\b/i,
  Person: /\b(politician|writer|poet|novelist|actor|actress|singer|emperor|general|president|leader|scientist|philosopher|businessman|navigator|name)\b|\(\d{3,4}/i,
  Location: /\b(city|capital|province|county|municipality|river|mountain|lake|island|district|region|state|country|prefecture|sea)\b/i,
};

export interface DictionaryName {
  text: string;
  /** True when the name came from an entry that another entry points to ("see 南京市"). */
  viaReference: boolean;
}

/**
 * The English name a dictionary gives a Chinese word, proper-noun entries
 * first, the entry matching the entity type preferred, cross-references
 * followed (at most two hops, since CEDICT chains are short and may loop).
 */
export function dictionaryName(word: string, lexicon: ChineseLexicon, type?: EntityType, depth = 0): DictionaryName | undefined {
  const entries = lexicon.lookup(word);
  const proper = entries.filter(isProperEntry);
  const cue = type ? TYPE_CUES[type] : undefined;
  const ranked = cue ? [...proper.filter((e) => e.english.some((g) => cue.test(g))), ...proper] : proper;
  for (const entry of ranked) {
    for (const gloss of entry.english) {
      const name = nameFromGloss(gloss);
      if (name && !surnameOf(gloss)) return { text: name, viaReference: depth > 0 };
    }
  }
  if (depth >= 2) return undefined;
  for (const gloss of proper.flatMap((e) => e.english).filter(isReference)) {
    const target = referencedWord(gloss);
    const found = target && target !== word ? dictionaryName(target, lexicon, type, depth + 1) : undefined;
    if (found) return { ...found, viaReference: true };
  }
  return undefined;
}

// Compound surnames are tried before single ones: 欧阳娜娜 is Ouyang Nana.
const SURNAME_LENGTHS = [2, 1];
const MAX_GIVEN_NAME = 2;

/**
 * "张伟" → "Zhang Wei", "李小明" → "Li Xiaoming": surname (a CEDICT entry
 * glossed "surname X", read with that entry's pinyin, which matters for
 * surnames like 单 Shan, not dan) then the given name in one word. Returns
 * undefined when the name does not start with a known surname or the given
 * name is longer than two characters.
 */
export function romanizeChineseName(name: string, lexicon: ChineseLexicon): string | undefined {
  const chars = [...name];
  for (const length of SURNAME_LENGTHS) {
    const given = chars.slice(length);
    if (given.length < 1 || given.length > MAX_GIVEN_NAME) continue;
    const surnameText = chars.slice(0, length).join('');
    const surname = lexicon.lookup(surnameText).find((e) => isProperEntry(e) && e.english.some((g) => surnameOf(g)));
    if (!surname) continue;
    const givenPinyin = given.map((char) => readingOf(char, lexicon));
    if (givenPinyin.some((p) => p === undefined)) continue;
    return romanizePersonName(surname.pinyin, givenPinyin.join(' '));
  }
  return undefined;
}

/** The everyday reading of one character (lower-case entries first: 明 is ming2, not the Ming dynasty). */
export function readingOf(char: string, lexicon: ChineseLexicon): string | undefined {
  const entries: CedictEntry[] = lexicon.lookup(char);
  const common = entries.find((e) => !isProperEntry(e) && !e.english.every(isReference));
  return (common ?? entries[0])?.pinyin;
}
