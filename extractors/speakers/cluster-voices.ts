import { clusterByAverageLink } from '../embed/average-link.js';

/**
 * Groups a recording's voiceprints into speakers; returns a speaker index
 * per voiceprint, numbered in order of first appearance. Average link (see
 * `clusterByAverageLink`) because one short, noisy segment would otherwise
 * chain two speakers together, and one atypical sentence would split one.
 */
export function clusterVoices(voiceprints: readonly (readonly number[])[], threshold: number): number[] {
  return clusterByAverageLink(voiceprints, threshold);
}
