import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../base/seeded-random.js';
import { cosineSimilarity } from '../embed/vector-math.js';
import { clusterFaces, faceSimilarity, isSameFace } from './face-match.js';

/** A unit vector in the plane at `degrees`: cosines between such vectors are easy to reason about. */
const at = (degrees: number): number[] => [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];


/** The textbook definition, O(n³): merge the most similar pair of groups while their mean cross similarity reaches the threshold. */
function greedyAverageLink(descriptors: number[][], threshold: number): number[] {
  let groups = descriptors.map((_, i) => [i]);
  const mean = (a: number[], b: number[]) => a.flatMap((i) => b.map((j) => cosineSimilarity(descriptors[i]!, descriptors[j]!))).reduce((s, v) => s + v, 0) / (a.length * b.length);
  for (;;) {
    let best: [number, number, number] | undefined;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const value = mean(groups[i]!, groups[j]!);
        if (!best || value > best[2]) best = [i, j, value];
      }
    }
    if (!best || best[2] < threshold) break;
    const [i, j] = best;
    groups = [...groups.filter((_, k) => k !== i && k !== j), [...groups[i]!, ...groups[j]!]];
  }
  const groupOf = new Map(groups.flatMap((members, g) => members.map((m) => [m, g] as const)));
  const numbering = new Map<number, number>();
  return descriptors.map((_, i) => {
    const g = groupOf.get(i)!;
    if (!numbering.has(g)) numbering.set(g, numbering.size);
    return numbering.get(g)!;
  });
}

describe('faceSimilarity and isSameFace', () => {
  it('is the cosine of the descriptors, whatever their length', () => {
    expect(faceSimilarity([1, 0], [2, 0])).toBeCloseTo(1, 12);
    expect(faceSimilarity(at(0), at(60))).toBeCloseTo(0.5, 12);
  });

  it('matches at the threshold itself and not below it', () => {
    expect(isSameFace(at(0), at(60), 0.5 - 1e-9)).toBe(true);
    expect(isSameFace(at(0), at(61), 0.5)).toBe(false);
  });

  it('refuses descriptors of different lengths', () => {
    expect(() => faceSimilarity([1, 0], [1, 0, 0])).toThrow(/length/);
  });
});

describe('clusterFaces', () => {
  it('returns nothing for no faces and cluster 0 for one', () => {
    expect(clusterFaces([], 0.5)).toEqual([]);
    expect(clusterFaces([at(0)], 0.5)).toEqual([0]);
  });

  it('groups near descriptors and numbers clusters by first appearance', () => {
    expect(clusterFaces([at(90), at(0), at(5), at(93), at(180)], 0.9)).toEqual([0, 1, 1, 0, 2]);
  });

  it('does not let one face chain two people together, as single link would', () => {
    // A–B 0.77 and B–C 0.64 pass 0.6, A–C 0 does not: once A and B merge, C's mean similarity to them is 0.32.
    expect(clusterFaces([at(0), at(40), at(90)], 0.6)).toEqual([0, 0, 1]);
  });

  it('puts everything together at threshold -1 and keeps everything apart above 1', () => {
    const descriptors = [at(0), at(120), at(240)];
    expect(clusterFaces(descriptors, -1)).toEqual([0, 0, 0]);
    expect(clusterFaces(descriptors, 1.01)).toEqual([0, 1, 2]);
  });

  it('agrees with greedy average-link merging on random descriptors', () => {
    const next = mulberry32(7);
    for (let trial = 0; trial < 20; trial++) {
      // Non-negative like faceres descriptors, so similarities spread over 0..1.
      const descriptors = Array.from({ length: 5 + trial }, () => Array.from({ length: 8 }, () => next()));
      for (const threshold of [0.6, 0.75, 0.85, 0.95]) {
        expect(clusterFaces(descriptors, threshold), `trial ${trial}, threshold ${threshold}`).toEqual(greedyAverageLink(descriptors, threshold));
      }
    }
  });

  it('does not modify its input and rejects a NaN threshold', () => {
    const descriptors = [at(0), at(10)];
    const copy = structuredClone(descriptors);
    clusterFaces(descriptors, 0.5);
    expect(descriptors).toEqual(copy);
    expect(() => clusterFaces(descriptors, Number.NaN)).toThrow(RangeError);
  });
});
