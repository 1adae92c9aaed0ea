import { describe, expect, it } from 'vitest';
import { alignEdits, cer, wer } from './edit-rate.js';

/** Textbook full-matrix Levenshtein distance, to check the two-row version against. */
function levenshtein(a: readonly string[], b: readonly string[]): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('wer', () => {
  it('counts a substitution and a deletion', () => {
    const r = wer('the cat sat on the mat', 'the cat sit on mat');
    expect(r).toMatchObject({ substitutions: 1, deletions: 1, insertions: 0, hits: 4, errors: 2, referenceLength: 6, hypothesisLength: 5 });
    expect(r.rate).toBeCloseTo(2 / 6);
  });

  it('counts insertions, and the rate can exceed 1', () => {
    expect(wer('a b', 'a x b')).toMatchObject({ insertions: 1, substitutions: 0, deletions: 0, rate: 0.5 });
    expect(wer('a', 'x y z')).toMatchObject({ substitutions: 1, insertions: 2, rate: 3 });
  });

  it('is 0 for the same words whatever the spacing', () => {
    expect(wer(' one  two\tthree\n', 'one two three')).toMatchObject({ rate: 0, hits: 3 });
  });

  it('defines empty references and hypotheses', () => {
    expect(wer('', '')).toMatchObject({ rate: 0, errors: 0 });
    expect(wer('', 'a b')).toMatchObject({ rate: 1, insertions: 2 });
    expect(wer('a b', '')).toMatchObject({ rate: 1, deletions: 2 });
  });

  it('ignores case and punctuation only when asked', () => {
    expect(wer('Hello, world.', 'hello world').errors).toBe(2);
    expect(wer('Hello, world.', 'hello world', { ignoreCase: true, ignorePunctuation: true }).rate).toBe(0);
  });
});

describe('cer', () => {
  it('counts code points, so CJK characters and emoji are one unit each', () => {
    expect(cer('北京大学', '北京大字')).toMatchObject({ substitutions: 1, referenceLength: 4, rate: 0.25 });
    expect(cer('a😀b', 'ab')).toMatchObject({ deletions: 1, referenceLength: 3 });
  });

  it('collapses whitespace runs and trims', () => {
    expect(cer(' a  b ', 'a b').rate).toBe(0);
    expect(cer('ab', 'a b')).toMatchObject({ insertions: 1, rate: 0.5 });
  });
});

describe('alignEdits', () => {
  it('agrees with the full-matrix distance and accounts for every token', () => {
    const rand = seeded(7);
    const alphabet = ['a', 'b', 'c', 'd'];
    const randomTokens = () => Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)] as string);
    for (let trial = 0; trial < 300; trial++) {
      const ref = randomTokens();
      const hyp = randomTokens();
      const e = alignEdits(ref, hyp);
      expect(e.substitutions + e.insertions + e.deletions).toBe(levenshtein(ref, hyp));
      expect(e.hits + e.substitutions + e.deletions).toBe(ref.length);
      expect(e.hits + e.substitutions + e.insertions).toBe(hyp.length);
    }
  });

  it('handles long inputs without a quadratic matrix', () => {
    const ref = Array.from({ length: 5000 }, (_, i) => `w${i % 97}`);
    const hyp = ref.filter((_, i) => i % 10 !== 0);
    expect(alignEdits(ref, hyp)).toMatchObject({ deletions: 500, insertions: 0, substitutions: 0 });
  });
});
