import { describe, expect, it } from 'vitest';
import { equalErrorThreshold, quantile, shareAtOrAbove } from './calibration-stats.js';

describe('calibration statistics', () => {
  it('takes nearest-rank quantiles without reordering the input', () => {
    const values = [5, 1, 4, 2, 3];
    expect([0, 0.2, 0.5, 0.95, 1].map((q) => quantile(values, q))).toEqual([1, 1, 3, 5, 5]);
    expect(values).toEqual([5, 1, 4, 2, 3]);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('counts the share at or above a threshold', () => {
    expect(shareAtOrAbove([0.1, 0.5, 0.5, 0.9], 0.5)).toBe(0.75);
    expect(shareAtOrAbove([], 0.5)).toBeNaN();
  });

  it('puts the equal-error threshold in the middle of the gap between separated distributions', () => {
    const result = equalErrorThreshold([0.8, 0.85, 0.9], [0.1, 0.2, 0.4]);
    expect(result).toEqual({ threshold: 0.6, falseRejects: 0, falseAccepts: 0 });
  });

  it('balances the two errors when the distributions overlap', () => {
    const result = equalErrorThreshold([0.5, 0.6, 0.7, 0.8], [0.2, 0.3, 0.55, 0.65]);
    expect(result.falseRejects).toBe(0.25);
    expect(result.falseAccepts).toBe(0.25);
  });
});
