import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../base/seeded-random.js';
import { meanLogLikelihood, trainGmm, type DiagonalGmm } from './gmm.js';

/** Box–Muller normal samples from the seeded generator. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const TRUE_MEANS = [
  [-6, 0, 2],
  [0, 5, -3],
  [7, -2, 0],
];
const TRUE_SDS = [1, 0.5, 1.5];

function sampleMixture(count: number, seed: number): number[][] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const k = i % TRUE_MEANS.length;
    return TRUE_MEANS[k]!.map((m) => m + TRUE_SDS[k]! * normal(random));
  });
}

function closestMean(model: DiagonalGmm, target: readonly number[]): { mean: number[]; index: number } {
  let best = { mean: [] as number[], index: -1, distance: Infinity };
  model.means.forEach((mean, index) => {
    const distance = Math.hypot(...mean.map((m, d) => m - (target[d] ?? 0)));
    if (distance < best.distance) best = { mean, index, distance };
  });
  return best;
}

describe('trainGmm', () => {
  const frames = sampleMixture(900, 11);

  it('never lowers the log-likelihood from one EM iteration to the next', () => {
    for (const seed of [1, 2, 3]) {
      const { history } = trainGmm(frames, { components: 5, seed, tolerance: 0 , maxIterations: 40 });
      expect(history.length).toBeGreaterThan(2);
      history.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(history[i]! - 1e-9));
    }
  });

  it('recovers the means, spreads and weights of well-separated clusters', () => {
    const { model } = trainGmm(frames, { components: 3 });
    TRUE_MEANS.forEach((target, k) => {
      const { mean, index } = closestMean(model, target);
      mean.forEach((m, d) => expect(m).toBeCloseTo(target[d]!, 0));
      model.variances[index]!.forEach((v) => expect(Math.sqrt(v)).toBeCloseTo(TRUE_SDS[k]!, 0));
      expect(model.weights[index]).toBeCloseTo(1 / 3, 1);
    });
  });

  it('is deterministic for a seed', () => {
    expect(trainGmm(frames, { components: 4, seed: 5 })).toEqual(trainGmm(frames, { components: 4, seed: 5 }));
  });

  it('scores its own distribution above a shifted one', () => {
    const { model } = trainGmm(frames, { components: 3 });
    const shifted = sampleMixture(300, 12).map((f) => f.map((x) => x + 3));
    expect(meanLogLikelihood(model, sampleMixture(300, 12))).toBeGreaterThan(meanLogLikelihood(model, shifted) + 1);
  });

  it('floors variances so repeated frames cannot collapse a component', () => {
    const repeated = [...Array.from({ length: 50 }, () => [1, 1]), ...sampleMixture(100, 3).map((f) => f.slice(0, 2))];
    const { model, history } = trainGmm(repeated, { components: 4, varianceFloor: 0.01 });
    expect(history.every(Number.isFinite)).toBe(true);
    for (const variances of model.variances) for (const v of variances) expect(v).toBeGreaterThan(0);
  });

  it('uses fewer components when the frames have fewer distinct values', () => {
    const { model } = trainGmm([[0, 0], [0, 0], [1, 1]], { components: 8 });
    expect(model.weights).toHaveLength(2);
    expect(model.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('refuses to train on nothing', () => {
    expect(() => trainGmm([])).toThrow(RangeError);
    expect(meanLogLikelihood(trainGmm(frames, { components: 2 }).model, [])).toBe(-Infinity);
  });
});
