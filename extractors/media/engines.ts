import type { ModelCard, RunContext } from '../base/contract.js';

/**
 * What the media pipelines need from each engine, as structural types: the
 * extractors in `image/`, `vision/`, `audio/` and `speakers/` satisfy them,
 * and the pipelines depend on nothing else of theirs.
 */

export interface Engine<Input, Output> {
  readonly card: ModelCard;
  run(input: Input, context?: RunContext): Promise<Output>;
}

export interface PixelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface RgbFrame {
  width: number;
  height: number;
  /** RGB, 3 channels, row-major. */
  data: Uint8Array;
}

export interface FoundText {
  text: string;
  confidence: number;
  box: PixelBox;
}

export interface FoundObject {
  label: string;
  score: number;
  box: PixelBox;
}

export interface FoundFace {
  box: PixelBox;
  score: number;
  quality: number;
  descriptor: number[];
}

export interface PhotoFacts {
  takenAt?: string;
  camera?: { make?: string; model?: string };
  gps?: { latitude: number; longitude: number };
}

export interface AudioSamples {
  samples: Float32Array;
  sampleRate: number;
  durationMs: number;
}

export interface TimeRange {
  startMs: number;
  endMs: number;
}

export interface FoundWords {
  language?: string;
  words: { word: string; startMs: number; endMs: number; confidence: number }[];
}

export interface FoundVoiceprint extends TimeRange {
  voiceprint: number[];
  quality: number;
}

/** Groups embeddings (cosine threshold): cluster index per embedding. */
export type ClusterFn = (embeddings: readonly (readonly number[])[], threshold: number) => number[];
