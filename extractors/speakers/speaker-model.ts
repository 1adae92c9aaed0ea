import { meanLogLikelihood, trainGmm, type DiagonalGmm, type GmmOptions } from './gmm.js';
import { mfccFrames, type MfccOptions } from './mfcc.js';

/**
 * Speaker identification against enrolled voices: one Gaussian mixture per
 * speaker over MFCC frames, scored against a background mixture of other
 * voices (the classic GMM-UBM recogniser, without MAP adaptation).
 */

/**
 * Frame features for identification: c1…c19 and their deltas, mean-normalised
 * per recording. Mean normalisation removes a fixed channel colouring, which
 * let the 8 kHz `kal` voice be recognised from a 16 kHz `kal16` enrolment
 * (README.md).
 */
export const IDENTIFICATION_ANALYSIS: Readonly<MfccOptions> = Object.freeze({ coefficients: 19, melBands: 40, deltas: true, meanNormalise: true });

/** Mixture size per enrolled speaker; the background gets twice as many. */
export const SPEAKER_COMPONENTS = 16;

/**
 * Frame-averaged log-likelihood ratio (best speaker over background) below
 * which the speaker is unknown: the equal-error point of `calibrate-voices.ts`
 * (10 % of enrolled voices rejected, 12 % of unknown voices accepted; README.md).
 */
export const DEFAULT_MIN_IDENTIFICATION_SCORE = 2.4;

/** One enrolled voice. */
export interface EnrolledSpeaker {
  speakerId: string;
  model: DiagonalGmm;
  /** Voiced speech the model was trained on. */
  frames: number;
}

/** Everything `identifySpeaker` compares against. */
export interface EnrolledSpeakers {
  speakers: readonly EnrolledSpeaker[];
  /** Trained on voices other than the enrolled ones, so that an unknown voice does not look like a perfect match. */
  background: DiagonalGmm;
}

/** The outcome of one identification. */
export interface Identification {
  /** The enrolled speaker, or null when the best score is under the threshold (unknown voice). */
  speakerId: string | null;
  /** The best-scoring enrolled speaker, even when the outcome is unknown. */
  bestCandidate: string;
  /** Mean log-likelihood ratio per frame of the best speaker over the background. */
  score: number;
  /** Mean log-likelihood per frame of the best speaker minus the second best; Infinity with one speaker enrolled. */
  margin: number;
}

/** Options of `identifySpeaker`. */
export interface IdentifyOptions {
  /** Scores below this mean "unknown". Default `DEFAULT_MIN_IDENTIFICATION_SCORE`. */
  minScore?: number;
}

/** Identification frames of 16 kHz mono speech. */
export function identificationFrames(samples: Float32Array): number[][] {
  return mfccFrames(samples, IDENTIFICATION_ANALYSIS).frames;
}

export function enrolSpeaker(speakerId: string, frames: readonly (readonly number[])[], options: GmmOptions = {}): EnrolledSpeaker {
  if (frames.length === 0) throw new RangeError(`no voiced frames to enrol speaker "${speakerId}"`);
  return { speakerId, model: trainGmm(frames, { components: SPEAKER_COMPONENTS, ...options }).model, frames: frames.length };
}

/** A background mixture from other voices' frames, twice the size of a speaker's. */
export function trainBackground(frames: readonly (readonly number[])[], options: GmmOptions = {}): DiagonalGmm {
  return trainGmm(frames, { components: 2 * SPEAKER_COMPONENTS, ...options }).model;
}

export function identifySpeaker(frames: readonly (readonly number[])[], enrolled: EnrolledSpeakers, options: IdentifyOptions = {}): Identification {
  if (enrolled.speakers.length === 0) throw new RangeError('no speakers enrolled');
  if (frames.length === 0) throw new RangeError('no voiced frames to identify');
  const ranked = enrolled.speakers
    .map((s) => ({ speakerId: s.speakerId, likelihood: meanLogLikelihood(s.model, frames) }))
    .sort((a, b) => b.likelihood - a.likelihood);
  const best = ranked[0]!;
  const score = best.likelihood - meanLogLikelihood(enrolled.background, frames);
  const margin = ranked.length > 1 ? best.likelihood - ranked[1]!.likelihood : Infinity;
  const accepted = score >= (options.minScore ?? DEFAULT_MIN_IDENTIFICATION_SCORE);
  return { speakerId: accepted ? best.speakerId : null, bestCandidate: best.speakerId, score, margin };
}
