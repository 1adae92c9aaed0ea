import { describe, expect, it } from 'vitest';
import { prf1 } from './evaluate.js';

describe('prf1', () => {
  it('counts exact span and type matches only', () => {
    const gold = [
      { start: 0, end: 5, type: 'Person' },
      { start: 10, end: 15, type: 'Location' },
      { start: 20, end: 25, type: 'Organization' },
    ];
    const predicted = [
      { start: 0, end: 5, type: 'Person' },
      { start: 10, end: 15, type: 'Organization' },
      { start: 20, end: 24, type: 'Organization' },
      { start: 30, end: 35, type: 'Date' },
    ];
    const score = prf1(gold, predicted);
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 3, falseNegatives: 2 });
    expect(score.precision).toBeCloseTo(0.25);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.f1).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
  });

  it('keeps documents apart and counts duplicates once', () => {
    const gold = [
      { doc: 0, start: 0, end: 5, type: 'Person' },
      { doc: 1, start: 0, end: 5, type: 'Person' },
    ];
    const score = prf1(gold, [gold[0], gold[0], { doc: 2, start: 0, end: 5, type: 'Person' }].flatMap((s) => s ?? []));
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('defines the empty cases', () => {
    expect(prf1([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf1([{ start: 0, end: 1, type: 'Date' }], [])).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(prf1([], [{ start: 0, end: 1, type: 'Date' }])).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});
