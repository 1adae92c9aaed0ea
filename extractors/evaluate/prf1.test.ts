import { describe, expect, it } from 'vitest';
import { prf1, prf1OfSets } from './prf1.js';

describe('prf1', () => {
  it('computes precision, recall and F1 from counts', () => {
    const score = prf1(6, 2, 4);
    expect(score.precision).toBeCloseTo(0.75);
    expect(score.recall).toBeCloseTo(0.6);
    expect(score.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(score).toMatchObject({ truePositives: 6, falsePositives: 2, falseNegatives: 4 });
  });

  it('defines the empty cases instead of dividing by zero', () => {
    expect(prf1(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf1(0, 0, 3)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(prf1(0, 3, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(prf1(0, 2, 2)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('refuses counts that cannot be counts', () => {
    expect(() => prf1(-1, 0, 0)).toThrow(RangeError);
    expect(() => prf1(1.5, 0, 0)).toThrow(RangeError);
  });

  it('scores key sets', () => {
    expect(prf1OfSets(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd', 'e']))).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1, precision: 0.5 });
  });
});
