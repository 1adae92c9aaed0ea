/**
 * CC-CEDICT writes pinyin as numbered syllables ("Bei3 jing1", "Lu:3",
 * "Xi1 an1"); names are written without tone marks in English text
 * ("Beijing", "Lü", "Xi'an").
 */

/** "Bei3 jing1" → ["Bei", "jing"]; CEDICT's `u:` becomes `ü`. */
export function syllables(pinyin: string): string[] {
  return pinyin
    .split(/\s+/)
    .map((s) => s.replace(/[1-5]$/, '').replace(/u:/gi, (m) => (m[0] === 'U' ? 'Ü' : 'ü')))
    .filter((s) => /\p{L}/u.test(s));
}

/**
 * Joins syllables into one word the way pinyin orthography does: an apostrophe
 * before a syllable starting with a, o or e (Xi'an, not Xian), erhua `r`
 * attached. The first letter is capitalised.
 */
export function joinSyllables(parts: readonly string[]): string {
  const word = parts
    .map((part, i) => {
      const lower = part.toLowerCase();
      if (i === 0 || lower === 'r') return lower;
      return /^[aoe]/.test(lower) ? `'${lower}` : lower;
    })
    .join('');
  return capitalize(word);
}

/** "Zhang1" + "wei3" → "Zhang Wei"; "Li3" + "xiao3 ming2" → "Li Xiaoming" (surname first, given name one word). */
export function romanizePersonName(surnamePinyin: string, givenPinyin: string): string {
  const surname = joinSyllables(syllables(surnamePinyin));
  const given = syllables(givenPinyin);
  return given.length > 0 ? `${surname} ${joinSyllables(given)}` : surname;
}

/** "Bei3 jing1" → "Beijing". */
export function romanizeWord(pinyin: string): string {
  return joinSyllables(syllables(pinyin));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
