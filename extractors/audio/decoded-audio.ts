/** The sample rate every audio extractor works at: what pocketsphinx's en-us model and silero VAD expect. */
export const SAMPLE_RATE = 16_000;

/** Audio as every extractor downstream of decoding sees it. */
export interface DecodedAudio {
  /** Mono PCM, one float per sample, nominally in -1..1. */
  samples: Float32Array;
  sampleRate: typeof SAMPLE_RATE;
  /** `samples.length` in milliseconds (what was decoded, not what the container claimed). */
  durationMs: number;
  /** What ffprobe saw, `container/codec`, e.g. `wav/pcm_s16le`, `mov,mp4,m4a,3gp,3g2,mj2/aac`. */
  format: string;
}

/** Media limits (`MediaConfig.maxSeconds`, `MediaConfig.maxBytes`). */
export interface MediaLimits {
  /** Longer audio or video is refused as `TooLarge`, before it is decoded. */
  maxSeconds: number;
  /** Larger inputs are refused as `TooLarge` before any process starts. */
  maxBytes: number;
}

/** Raw media bytes; `name` only makes error messages readable, it never decides the format. */
export interface MediaInput {
  bytes: Uint8Array;
  name?: string;
}

export function durationMsOf(sampleCount: number, sampleRate: number = SAMPLE_RATE): number {
  return (sampleCount / sampleRate) * 1000;
}
