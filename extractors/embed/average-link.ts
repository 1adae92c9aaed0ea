import { cosineSimilarity } from './vector-math.js';

/**
 * Groups vectors by cosine similarity; returns a cluster index per vector,
 * numbered in order of first appearance. Faces and voices both cluster this way.
 *
 * Average-link agglomerative clustering, cut at `threshold`: two groups merge
 * while the mean similarity over all their cross pairs is ≥ threshold, so the
 * cut keeps the threshold's pairwise meaning. Single link would let one
 * blurred face or noisy segment chain two people together; complete link
 * splits one person whenever their worst pair is poor; greedy leader
 * clustering depends on input order.
 *
 * Computed with the nearest-neighbour chain algorithm in O(n²) time and an
 * n × n similarity matrix (8 MB for 1,000 vectors): it builds the same tree as
 * repeatedly merging the most similar pair, because average linkage never
 * makes a merged group more similar to a third than its parts were.
 */
export function clusterByAverageLink(vectors: readonly (readonly number[])[], threshold: number): number[] {
  if (Number.isNaN(threshold)) throw new RangeError('threshold is NaN');
  const n = vectors.length;
  const similarity = pairwiseSimilarities(vectors);
  const parent = Array.from({ length: n }, (_, i) => i);
  for (const [keep, drop, value] of averageLinkMerges(similarity, n)) {
    // Merge similarities never rise going up the tree, so every merge at or above the threshold lies below the cut.
    if (value >= threshold) parent[root(parent, drop)] = root(parent, keep);
  }
  return numberByFirstAppearance(vectors.map((_, i) => root(parent, i)));
}

function pairwiseSimilarities(vectors: readonly (readonly number[])[]): Float64Array {
  const n = vectors.length;
  const similarity = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = cosineSimilarity(vectors[i]!, vectors[j]!);
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
