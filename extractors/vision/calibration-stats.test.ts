import { describe, expect, it } from 'vitest';
import { chooseThreshold, summarise } from './calibration-stats.js';

describe('summarise', () => {
  it('gives count, extremes and interpolated quantiles', () => {
    expect(summarise([5, 1, 3, 2, 4])).toEqual({ count: 5, min: 1, p05: 1.2, median: 3, p95: 4.8, max: 5 });
  });

  it('refuses an empty list', () => {
    expect(() => summarise([])).toThrow(RangeError);
  });
});

describe('chooseThreshold', () => {
  it('takes the middle of the gap when every genuine pair beats every impostor', () => {
    expect(chooseThreshold([0.7, 0.9], [0.2, 0.5])).toEqual({ threshold: 0.6, method: 'gap midpoint', falseMatchRate: 0, falseNonMatchRate: 0 });
  });

  it('balances false matches against false non-matches when the distributions overlap', () => {
    const choice = chooseThreshold([0.5, 0.7, 0.8, 0.9], [0.1, 0.2, 0.3, 0.6]);
    expect(choice.method).toBe('equal error rate');
    expect(choice.falseMatchRate).toBe(0.25);
    expect(choice.falseNonMatchRate).toBe(0.25);
    expect(choice.threshold).toBe(0.6);
  });
});
