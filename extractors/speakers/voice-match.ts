import { cosineSimilarity } from '../embed/vector-math.js';

/**
 * Cosine similarity from which two voiceprints are taken to be the same
 * speaker: the equal-error point of `calibrate-voices.ts` on whole sentences
 * (0.7 % of same-voice pairs rejected, 1 % of different-voice pairs
 * accepted), synthetic voices and one real reader only (README.md: the
 * table, and why real-world accuracy is unknown). Config's
 * `VOICE_MATCH_THRESHOLD` should default to this value.
 */
export const CALIBRATED_VOICE_MATCH_THRESHOLD = 0.7;

/** Cosine similarity of two voiceprints, -1…1. */
export function voiceSimilarity(a: readonly number[], b: readonly number[]): number {
  return cosineSimilarity(a, b);
}

/** True when the two voiceprints are at least `threshold` similar. */
export function isSameVoice(a: readonly number[], b: readonly number[], threshold: number = CALIBRATED_VOICE_MATCH_THRESHOLD): boolean {
  return voiceSimilarity(a, b) >= threshold;
}
