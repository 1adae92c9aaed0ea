import { describe, expect, it } from 'vitest';
import { closestReading, lookupSpellings, readAgainst, spells, type TransliterationSpellings } from './transliteration.js';

// As extractors/translate/transliterated-names.ts writes them: a dictionary part is one slot, a table part one slot per syllable.
const ANNA_WEBER: TransliterationSpellings = [[['anna']], [['webb', 'webber', 'weber']]];
const VARGAS = [['ba', 'va'], ['r', 'l', 'er'], ['ga', 'ja', 'jia'], ['s', 'si', 'z']];

describe('spells', () => {
  it('reads a token as one spelling per slot, in order, to its end', () => {
    expect(spells('vargas', VARGAS)).toBe(true);
    expect(spells('bargas', VARGAS)).toBe(true);
    expect(spells('weber', [['webb', 'webber', 'weber']])).toBe(true);
  });

  it('refuses a token with letters left over, missing or out of order', () => {
    expect(spells('vargass', VARGAS)).toBe(false);
    expect(spells('varga', VARGAS)).toBe(false);
    expect(spells('gavars', VARGAS)).toBe(false);
    expect(spells('webe', [['webb', 'webber', 'weber']])).toBe(false);
  });
});

describe('readAgainst / closestReading', () => {
  it('reads each part as the word of the key it can spell', () => {
    expect(readAgainst(ANNA_WEBER, 'anna weber', 'Person')).toBe('anna weber');
    expect(readAgainst([[['elena']], VARGAS], 'elena vargas', 'Person')).toBe('elena vargas');
  });

  it('falls back to the closest reading when no spelling fits, so the similarity stays low for another person', () => {
    expect(readAgainst(ANNA_WEBER, 'klaus weber', 'Person')).toBe('anna weber');
    expect(closestReading(ANNA_WEBER, ['klaus weber'], 'Person')?.score).toBeLessThan(0.8);
  });

  it('picks the Latin key that reads best and skips Chinese keys', () => {
    expect(closestReading(ANNA_WEBER, ['安娜韦伯', 'anna webber', 'klaus weber'], 'Person')).toEqual({ reading: 'anna webber', key: 'anna webber', score: 1 });
    expect(closestReading(ANNA_WEBER, ['安娜韦伯'], 'Person')).toBeUndefined();
  });
});

describe('lookupSpellings', () => {
  it('gives whole words to search for: every spelling of a dictionary part, the usual reading of a table part', () => {
    expect(lookupSpellings(ANNA_WEBER)).toEqual(['anna', 'webb', 'webber', 'weber']);
    expect(lookupSpellings([[['elena']], VARGAS])).toEqual(['elena', 'bargas']);
  });
});
