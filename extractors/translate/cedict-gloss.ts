/**
 * Turning CC-CEDICT definitions into names. A definition is written for
 * learners, not for a knowledge graph: "Beijing municipality, capital of the
 * People's Republic of China (abbr. to 京[Jing1])", "Xi Jinping (1953–), PRC
 * politician…", "see 南京市[Nan2 jing1 Shi4]", "surname Zhang". These pure
 * functions pull the name out of it.
 */

/** The part of a dictionary entry these functions need (cc-cedict's `DictionaryEntry` fits). */
export interface CedictEntry {
  simplified: string;
  traditional: string;
  /** Numbered pinyin; a capital first letter marks a proper noun ("Bei3 jing1"). */
  pinyin: string;
  english: readonly string[];
}

const REFERENCE = /^(?:see also|see|abbr\. (?:for|of|to)|(?:old |archaic |erhua |japanese |korean )?variant of|used in|also written|also pr\.)\s/i;
const REFERENCED_WORD = /([\p{Script=Han}]+)(?:\|([\p{Script=Han}]+))?\[/u;
const SURNAME = /^(?:(?:two|three)-character )?surname ([A-Z][\p{L}]*)$/u;
// Words allowed inside a proper name that start lower case: "Bank of China", "University of Hong Kong".
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'von', 'van', 'al', 'bin', 'on', 'in']);

export function isProperEntry(entry: CedictEntry): boolean {
  return /^\p{Lu}/u.test(entry.pinyin);
}

/** True for cross-references rather than meanings: "see 南京市[Nan2 jing1 Shi4]", "variant of …". */
export function isReference(gloss: string): boolean {
  return REFERENCE.test(gloss.trim());
}

/** The simplified word a reference points to: "abbr. for 清華大學|清华大学[…]" → "清华大学". */
export function referencedWord(gloss: string): string | undefined {
  const match = REFERENCED_WORD.exec(gloss);
  return match ? (match[2] ?? match[1]) : undefined;
}

/** "surname Zhang" → "Zhang"; "two-character surname Ouyang" → "Ouyang". */
export function surnameOf(gloss: string): string | undefined {
  return SURNAME.exec(gloss.trim())?.[1];
}

/** Removes "(…)" and "[…]" asides, innermost first, and the spaces they leave. */
export function stripAsides(gloss: string): string {
  let text = gloss;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  }
  return text.replace(/\s+/g, ' ').replace(/\s+([,;.])/g, '$1').trim();
}

/**
 * The name in a proper-noun gloss: first alternative (";"), first clause
 * (","), then the leading run of capitalised words and connectors.
 * "Beijing municipality, capital of …" → "Beijing"; "People's Bank of China"
 * stays whole; "Apple Inc." stays whole; "the Great Learning" → "Great Learning".
 */
export function nameFromGloss(gloss: string): string | undefined {
  if (isReference(gloss)) return undefined;
  const surname = surnameOf(gloss);
  if (surname) return surname;
  const clause = stripAsides(gloss).split(';')[0]?.split(',')[0]?.trim() ?? '';
  const words = clause.split(' ').filter(Boolean);
  if (words[0]?.toLowerCase() === 'the') words.shift();
  const name: string[] = [];
  for (const word of words) {
    if (/^[\p{Lu}\d]/u.test(word)) name.push(word);
    else if (NAME_CONNECTORS.has(word) && name.length > 0) name.push(word);
    else break;
  }
  while (name.length > 0 && NAME_CONNECTORS.has(name[name.length - 1] ?? '')) name.pop();
  return name.length > 0 ? name.join(' ') : undefined;
}

/** A common-word gloss for word-by-word output: "company; firm; corporation" → "company". */
export function shortGloss(gloss: string): string | undefined {
  if (isReference(gloss)) return undefined;
  const text = stripAsides(gloss).split(';')[0]?.trim();
  return text ? text : undefined;
}
