import { cosineSimilarity } from '../embed/vector-math.js';

/**
 * Groups a recording's voiceprints into speakers; returns a speaker index
 * per voiceprint, numbered in order of first appearance.
 *
 * Average-link agglomerative clustering cut at `threshold` (cosine): two
 * groups merge while the mean similarity over all their cross pairs is at
 * least `threshold`, so the cut keeps the pairwise meaning of
 * VOICE_MATCH_THRESHOLD. Average rather than single link, because one short,
 * noisy segment would otherwise chain two speakers together; rather than
 * complete link, because one atypical sentence would split a speaker.
 *
 * Nearest-neighbour chain algorithm: O(n²) time and an n × n matrix (8 MB for
 * 1,000 segments); it builds the same tree as repeatedly merging the most
 * similar pair, because average link is reducible.
 */
export function clusterVoices(voiceprints: readonly (readonly number[])[], threshold: number): number[] {
  if (Number.isNaN(threshold)) throw new RangeError('threshold is NaN');
  const n = voiceprints.length;
  const similarity = similarityMatrix(voiceprints);
  const parent = Array.from({ length: n }, (_, i) => i);
  for (const merge of averageLinkTree(similarity, n)) {
    // Merge similarities never rise up an average-link tree, so these are exactly the merges below the cut.
    if (merge.similarity >= threshold) parent[findRoot(parent, merge.drop)] = findRoot(parent, merge.keep);
  }
  return byFirstAppearance(voiceprints.map((_, i) => findRoot(parent, i)));
}

function similarityMatrix(vectors: readonly (readonly number[])[]): Float64Array {
  const n = vectors.length;
  const matrix = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = cosineSimilarity(vectors[i] ?? [], vectors[j] ?? []);
      matrix[i * n + j] = value;
      matrix[j * n + i] = value;
    }
  }
  return matrix;
}

interface Merge {
  keep: number;
  drop: number;
  similarity: number;
}

/** The n − 1 merges; slot `keep` then stands for the merged group. Overwrites `similarity`. */
function averageLinkTree(similarity: Float64Array, n: number): Merge[] {
  const size = new Array<number>(n).fill(1);
  const live = new Array<boolean>(n).fill(true);
  const merges: Merge[] = [];
  const chain: number[] = [];
  while (merges.length < n - 1) {
    if (chain.length === 0) chain.push(live.indexOf(true));
    const top = chain[chain.length - 1]!;
    const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // Ties go to the previous link, which guarantees the chain ends in a mutual nearest pair.
    let nearestSlot = previous;
    let best = previous >= 0 ? similarity[top * n + previous]! : -Infinity;
    for (let k = 0; k < n; k++) {
      if (k !== top && live[k] && similarity[top * n + k]! > best) {
        nearestSlot = k;
        best = similarity[top * n + k]!;
      }
    }
    if (nearestSlot !== previous) {
      chain.push(nearestSlot);
      continue;
    }
    chain.length -= 2;
    const keep = Math.min(top, previous);
    const drop = Math.max(top, previous);
    merges.push({ keep, drop, similarity: best });
    for (let k = 0; k < n; k++) {
      if (!live[k] || k === keep || k === drop) continue;
      // Lance–Williams for average link: the size-weighted mean of both parts' similarities.
      const merged = (size[keep]! * similarity[keep * n + k]! + size[drop]! * similarity[drop * n + k]!) / (size[keep]! + size[drop]!);
      similarity[keep * n + k] = merged;
      similarity[k * n + keep] = merged;
    }
    size[keep]! += size[drop]!;
    live[drop] = false;
  }
  return merges;
}

function findRoot(parent: number[], i: number): number {
  let node = i;
  while (parent[node] !== node) node = parent[node]!;
  parent[i] = node;
  return node;
}

function byFirstAppearance(roots: readonly number[]): number[] {
  const index = new Map<number, number>();
  return roots.map((r) => {
    if (!index.has(r)) index.set(r, index.size);
    return index.get(r)!;
  });
}
