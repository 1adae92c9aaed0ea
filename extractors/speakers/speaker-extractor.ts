import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { SPEAKER_SAMPLE_RATE } from './mfcc.js';
import { assertVoiceprintDimension, computeVoiceprint, DEFAULT_VOICEPRINT_DIMENSION } from './voiceprint.js';

/** Bump when the analysis, the statistics or the background change: stored voiceprints of another version do not compare. */
export const VOICEPRINT_METHOD_VERSION = '1';
const MODEL_NAME = 'mfcc-voiceprint';

/** Segments shorter than this get no voiceprint: too little speech to characterise a voice (README.md). */
export const MIN_SEGMENT_MS = 1_000;

/** A recording and the stretches of speech (from voice activity) to characterise. */
export interface SpeakerInput {
  /** Mono samples at 16 kHz. */
  samples: Float32Array;
  /** Must be 16000; checked at run time for callers that build the input by hand. */
  sampleRate: number;
  segments: readonly { startMs: number; endMs: number }[];
}

/** The voiceprint of one input segment. */
export interface SegmentVoiceprint {
  startMs: number;
  endMs: number;
  /** Unit length, `dimension` long: compare with cosine similarity. */
  voiceprint: number[];
  /** 0…1, from the voiced speech the voiceprint rests on (1 from three seconds voiced, 0.25 at the 0.75 s minimum). */
  quality: number;
}

/** Options of `VoiceprintExtractor`. */
export interface VoiceprintExtractorOptions {
  /** Voiceprint length; must equal the voice vector index's (config VOICE_EMBEDDING_DIM). Default 64. */
  dimension?: number;
}

export function voiceprintCard(): ModelCard {
  const meydaVersion = installedMeydaVersion();
  return {
    id: modelId(MODEL_NAME, VOICEPRINT_METHOD_VERSION),
    name: MODEL_NAME,
    version: VOICEPRINT_METHOD_VERSION,
    task: 'speakers',
    licence: 'project',
    origin: `meyda ${meydaVersion} MFCC + project statistics`,
    engine: 'bundled',
  };
}

function installedMeydaVersion(): string {
  const manifest = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('meyda/package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/**
 * Voiceprints of the speech segments of a recording: a classic statistical
 * voiceprint (MFCC means standardised against a background of voices), not
 * a neural speaker embedding. Pure computation: nothing to load, nothing to
 * free. Segments too short to characterise are left out of the result.
 */
export class VoiceprintExtractor implements Extractor<SpeakerInput, SegmentVoiceprint[]> {
  readonly task = 'speakers' as const;
  readonly modality = 'audio' as const;
  readonly card: ModelCard;
  private readonly dimension: number;

  constructor(options: VoiceprintExtractorOptions = {}) {
    this.dimension = options.dimension ?? DEFAULT_VOICEPRINT_DIMENSION;
    assertVoiceprintDimension(this.dimension);
    this.card = voiceprintCard();
  }

  async run(input: SpeakerInput, context: RunContext = {}): Promise<SegmentVoiceprint[]> {
    assertSpeakerInput(input);
    const out: SegmentVoiceprint[] = [];
    for (const segment of input.segments) {
      context.signal?.throwIfAborted();
      const startMs = Math.max(0, segment.startMs);
      const endMs = Math.min(segment.endMs, (input.samples.length / SPEAKER_SAMPLE_RATE) * 1000);
      if (endMs - startMs < MIN_SEGMENT_MS) continue;
      const samples = input.samples.subarray(Math.floor((startMs / 1000) * SPEAKER_SAMPLE_RATE), Math.ceil((endMs / 1000) * SPEAKER_SAMPLE_RATE));
      const print = computeVoiceprint(samples, this.dimension);
      if (print) out.push({ startMs: segment.startMs, endMs: segment.endMs, voiceprint: print.vector, quality: print.quality });
      // About 30 ms of work per second of speech: let aborts and other jobs in between segments.
      await nextTurn();
    }
    return out;
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }
}

function assertSpeakerInput(input: SpeakerInput): void {
  if (input.sampleRate !== SPEAKER_SAMPLE_RATE) {
    throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `voiceprints need ${SPEAKER_SAMPLE_RATE} Hz audio, got ${input.sampleRate} Hz`);
  }
  if (input.samples.length === 0) throw new ExtractorError(ExtractorErrorCode.EmptyInput, 'no audio samples to take voiceprints from');
  for (const { startMs, endMs } of input.segments) {
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || startMs < 0 || endMs < startMs) {
      throw new ExtractorError(ExtractorErrorCode.CorruptInput, `segment ${startMs}–${endMs} ms is not a time range`);
    }
  }
}
