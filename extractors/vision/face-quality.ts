/**
 * How usable a face is for identification, 0..1:
 *
 *   quality = score × sizeFactor × poseFactor
 *
 * - `score`: detection confidence, 0..1.
 * - `sizeFactor = min(1, shorterBoxSide / 112)`: the descriptor model reads a
 *   224 px crop of an enlarged face box, so below ~112 px the face itself is
 *   upsampled more than 2× and detail is invented rather than seen.
 * - `poseFactor = max(0, cos yaw) × max(0, cos pitch)` when the face mesh gave
 *   a head pose (1 otherwise): a frontal face scores 1, a 60° profile 0.5, and
 *   descriptors of strongly turned faces match their own frontal views poorly.
 *
 * Roll is ignored: tilting a photo by ±10° kept same-person similarity at or
 * above 0.905 in calibration (README).
 */

/** Shorter face-box side, in pixels, from which size no longer lowers quality. */
export const FULL_QUALITY_FACE_PX = 112;

export interface FaceQualityInput {
  score: number;
  /** Face box in pixels. */
  width: number;
  height: number;
  /** Head pose in radians, when known. */
  yaw?: number;
  pitch?: number;
}

export function faceQuality({ score, width, height, yaw, pitch }: FaceQualityInput): number {
  const sizeFactor = Math.min(1, Math.max(0, Math.min(width, height)) / FULL_QUALITY_FACE_PX);
  const poseFactor = frontality(yaw) * frontality(pitch);
  return clamp01(clamp01(score) * sizeFactor * poseFactor);
}

function frontality(angle: number | undefined): number {
  return angle === undefined || !Number.isFinite(angle) ? 1 : Math.max(0, Math.cos(angle));
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
