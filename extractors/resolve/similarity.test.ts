import { describe, expect, it } from 'vitest';
import { ResolveError } from './errors.js';
import { bigramSimilarity, cosineSimilarity, jaro, jaroWinkler, nameSimilarity, tokenSetSimilarity } from './similarity.js';

describe('Jaro and Jaro-Winkler', () => {
  // Reference values from Winkler (1990) as reproduced in every implementation's tests.
  it.each([
    ['martha', 'marhta', 0.944, 0.961],
    ['dwayne', 'duane', 0.822, 0.84],
    ['dixon', 'dicksonx', 0.767, 0.813],
  ])('%s / %s', (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 3);
  });

  it('handles empty, identical and disjoint strings, and counts code points', () => {
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('北京', '北京市')).toBeGreaterThan(0.9);
  });
});

describe('nameSimilarity', () => {
  it('forgives a typo but not an extra or different word', () => {
    expect(nameSimilarity('angela merkel', 'angela merkl')).toBeCloseTo(0.967, 3);
    expect(nameSimilarity('jon smith', 'john smith')).toBeCloseTo(0.933, 3);
    expect(nameSimilarity('apple', 'apple records')).toBe(0);
    expect(nameSimilarity('george bush', 'george w bush')).toBe(0);
    expect(nameSimilarity('cook', 'tim cook')).toBe(0);
  });

  it('ignores word order and is symmetric', () => {
    expect(nameSimilarity('zhang wei', 'wei zhang')).toBe(1);
    expect(nameSimilarity('deutsche telekom', 'deutsch telekom')).toBe(nameSimilarity('deutsch telekom', 'deutsche telekom'));
  });

  it('compares Chinese keys by character bigrams', () => {
    expect(nameSimilarity('北京大学', '北京大学')).toBe(1);
    expect(bigramSimilarity('北京大学', '北京')).toBeCloseTo(0.5, 3);
  });
});

describe('tokenSetSimilarity', () => {
  it('is the Dice coefficient of the word sets', () => {
    expect(tokenSetSimilarity('tim cook', 'cook')).toBeCloseTo(2 / 3, 5);
    expect(tokenSetSimilarity('a b', 'b a')).toBe(1);
  });
});

describe('cosineSimilarity', () => {
  it('measures the angle, not the length', () => {
    expect(cosineSimilarity([1, 0], [5, 0])).toBe(1);
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it('refuses embeddings of different lengths with a typed error', () => {
    expect(() => cosineSimilarity([1, 2, 3], [1, 2])).toThrow(ResolveError);
  });
});
