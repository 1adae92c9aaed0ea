import { clusterByAverageLink } from '../embed/average-link.js';
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
/**
 * Groups descriptors that show the same person (see `clusterByAverageLink`):
 * a cluster index per descriptor, numbered in order of first appearance.
 */
export function clusterFaces(descriptors: readonly (readonly number[])[], threshold: number): number[] {
  return clusterByAverageLink(descriptors, threshold);
}
