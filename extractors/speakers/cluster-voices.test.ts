import { describe, expect, it } from 'vitest';
import { clusterVoices } from './cluster-voices.js';
import { mulberry32 } from '../base/seeded-random.js';
import { cosineSimilarity } from '../embed/vector-math.js';

/** A unit vector at `degrees` in the plane: cosine similarity is the cosine of the angle between two. */
const at = (degrees: number) => [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];

/** Reference: repeatedly merge the two groups with the highest mean cross-pair similarity while it is ≥ threshold. */
function greedyAverageLink(vectors: number[][], threshold: number): number[] {
  let groups = vectors.map((_, i) => [i]);
  for (;;) {
    let best = { a: -1, b: -1, value: -Infinity };
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        let sum = 0;
        for (const i of groups[a]!) for (const j of groups[b]!) sum += cosineSimilarity(vectors[i]!, vectors[j]!);
        const value = sum / (groups[a]!.length * groups[b]!.length);
        if (value > best.value) best = { a, b, value };
      }
    }
    if (best.a < 0 || best.value < threshold) break;
    groups = [...groups.filter((_, k) => k !== best.a && k !== best.b), [...groups[best.a]!, ...groups[best.b]!]];
  }
  const label = new Map<number, number>();
  for (const group of groups) for (const i of group) label.set(i, Math.min(...group));
  const order = new Map<number, number>();
  return vectors.map((_, i) => {
    const root = label.get(i)!;
    if (!order.has(root)) order.set(root, order.size);
    return order.get(root)!;
  });
}

describe('clusterVoices', () => {
  it('returns nothing for no voiceprints and speaker 0 for one', () => {
    expect(clusterVoices([], 0.7)).toEqual([]);
    expect(clusterVoices([at(0)], 0.7)).toEqual([0]);
  });

  it('groups similar voiceprints and numbers speakers by first appearance', () => {
    expect(clusterVoices([at(90), at(0), at(10), at(95), at(180)], 0.9)).toEqual([0, 1, 1, 0, 2]);
  });

  it('does not let one in-between segment chain two speakers together', () => {
    // A–B 0.82 and B–C 0.71 pass 0.7, A–C 0.17 does not: once A and B merge, C's mean similarity to them is 0.44.
    expect(clusterVoices([at(0), at(35), at(80)], 0.7)).toEqual([0, 0, 1]);
  });

  it('puts everything together at threshold -1 and keeps everything apart above 1', () => {
    const prints = [at(0), at(120), at(240)];
    expect(clusterVoices(prints, -1)).toEqual([0, 0, 0]);
    expect(clusterVoices(prints, 1.01)).toEqual([0, 1, 2]);
  });

  it('agrees with greedy average-link merging on random voiceprints', () => {
    const random = mulberry32(3);
    for (let trial = 0; trial < 15; trial++) {
      const prints = Array.from({ length: 4 + trial }, () => Array.from({ length: 6 }, () => random() - 0.3));
      for (const threshold of [0.2, 0.5, 0.7, 0.9]) {
        expect(clusterVoices(prints, threshold), `trial ${trial}, threshold ${threshold}`).toEqual(greedyAverageLink(prints, threshold));
      }
    }
  });

  it('does not modify its input and rejects a NaN threshold', () => {
    const prints = [at(0), at(10)];
    const copy = structuredClone(prints);
    clusterVoices(prints, 0.5);
    expect(prints).toEqual(copy);
    expect(() => clusterVoices(prints, Number.NaN)).toThrow(RangeError);
  });
});
