import { cosineSimilarity } from '../embed/vector-math.js';

/**
 * Comparing face descriptors. Thresholds are cosine similarities; the
 * calibrated default and its limits are in this folder's README.
 */

/**
 * Cosine similarity from which two faceres descriptors are taken to show the
 * same person: the midpoint of the gap between the most similar impostor pair
 * (0.501) and the least similar genuine pair (0.638) on the photos installed
 * offline. Few identities: see the README before relying on it. Config's
 * `FACE_MATCH_THRESHOLD` defaults to this value.
 */
export const CALIBRATED_FACE_MATCH_THRESHOLD = 0.57;

/** Cosine similarity of two descriptors, -1..1 (faceres descriptors are non-negative, so 0..1 in practice). */
export function faceSimilarity(a: readonly number[], b: readonly number[]): number {
  return cosineSimilarity(a, b);
}

/** True when the two descriptors are at least `threshold` similar. */
export function isSameFace(a: readonly number[], b: readonly number[], threshold: number): boolean {
  return faceSimilarity(a, b) >= threshold;
}

/**
 * Groups descriptors that show the same person; returns a cluster index per
 * descriptor, numbered in order of first appearance.
 *
 * Average-link agglomerative clustering, cut at `threshold`: two groups merge
 * while the mean similarity over all their cross pairs is ≥ threshold. Average
 * link, because single link lets one blurred or turned face bridge two people
 * (a chain of pairwise matches), complete link splits one person across poses
 * and lighting (the worst pair decides), and greedy leader clustering depends
 * on input order. The mean keeps the threshold's pairwise meaning.
 *
 * Computed with the nearest-neighbour chain algorithm in O(n²) time and an
 * n × n similarity matrix (8 MB for 1,000 faces): it builds the same tree as
 * repeatedly merging the most similar pair, because average linkage never
 * makes a merged group more similar to a third than its parts were.
 */
export function clusterFaces(descriptors: readonly (readonly number[])[], threshold: number): number[] {
  if (Number.isNaN(threshold)) throw new RangeError('threshold is NaN');
  const n = descriptors.length;
  const similarity = pairwiseSimilarities(descriptors);
  const parent = Array.from({ length: n }, (_, i) => i);
  for (const [keep, drop, value] of averageLinkMerges(similarity, n)) {
    // Merge similarities never rise going up the tree, so every merge at or above the threshold lies below the cut.
    if (value >= threshold) parent[root(parent, drop)] = root(parent, keep);
  }
  return numberByFirstAppearance(descriptors.map((_, i) => root(parent, i)));
}

function pairwiseSimilarities(descriptors: readonly (readonly number[])[]): Float64Array {
  const n = descriptors.length;
  const similarity = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = cosineSimilarity(descriptors[i]!, descriptors[j]!);
      similarity[i * n + j] = value;
      similarity[j * n + i] = value;
    }
  }
  return similarity;
}

/**
 * The n - 1 merges of the average-link tree as `[keep, drop, similarity]`.
 * Slot `keep` then holds the merged group; each live slot's group contains
 * the descriptor with the slot's index. Overwrites `similarity`.
 */
function averageLinkMerges(similarity: Float64Array, n: number): [number, number, number][] {
  const size = new Array<number>(n).fill(1);
  const live = new Array<boolean>(n).fill(true);
  const merges: [number, number, number][] = [];
  const chain: number[] = [];
  while (merges.length < n - 1) {
    if (chain.length === 0) chain.push(live.indexOf(true));
    const top = chain[chain.length - 1]!;
    const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // Preferring the previous link on ties guarantees the chain ends in a mutual pair.
    let nearest = previous;
    let best = previous >= 0 ? similarity[top * n + previous]! : -Infinity;
    for (let k = 0; k < n; k++) {
      if (k !== top && live[k] && similarity[top * n + k]! > best) {
        nearest = k;
        best = similarity[top * n + k]!;
      }
    }
    if (nearest !== previous) {
      chain.push(nearest);
      continue;
    }
    chain.length -= 2;
    const keep = Math.min(top, previous);
    const drop = Math.max(top, previous);
    merges.push([keep, drop, best]);
    // Lance–Williams update for average linkage: the size-weighted mean of the two parts' similarities.
    for (let k = 0; k < n; k++) {
      if (!live[k] || k === keep || k === drop) continue;
      const merged = (size[keep]! * similarity[keep * n + k]! + size[drop]! * similarity[drop * n + k]!) / (size[keep]! + size[drop]!);
      similarity[keep * n + k] = merged;
      similarity[k * n + keep] = merged;
    }
    size[keep]! += size[drop]!;
    live[drop] = false;
  }
  return merges;
}

function root(parent: number[], i: number): number {
  let node = i;
  while (parent[node] !== node) node = parent[node]!;
  parent[i] = node;
  return node;
}

function numberByFirstAppearance(roots: number[]): number[] {
  const index = new Map<number, number>();
  return roots.map((r) => {
    if (!index.has(r)) index.set(r, index.size);
    return index.get(r)!;
  });
}
