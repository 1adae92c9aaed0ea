import meydaModule from 'meyda';

type MeydaApi = typeof meydaModule.default;
/**
 * meyda declares ES-module types over a CommonJS build whose `module.exports`
 * is the Meyda object itself, so the default import is that object at run
 * time while TypeScript expects it under `.default`. Accept either.
 */
const Meyda: MeydaApi = 'extract' in meydaModule ? (meydaModule as unknown as MeydaApi) : meydaModule.default;

/** The only rate the speaker path accepts: what `extractors/audio` decodes to. */
export const SPEAKER_SAMPLE_RATE = 16_000;

/**
 * MFCC analysis settings. The defaults are conventional speech settings; the
 * voiceprint and identification analyses built on them (`voiceprint.ts`,
 * `speaker-model.ts`) were chosen by measurement (README.md).
 */
export interface MfccOptions {
  /** Samples per analysis frame; meyda's FFT needs a power of two. Default 512 (32 ms). */
  frameSize?: number;
  /** Samples between frame starts. Default 160 (10 ms). */
  hopSize?: number;
  /** Cepstral coefficients kept per frame, c1 upwards (c0 is loudness, not voice). Default 20. */
  coefficients?: number;
  /** Mel filters between 0 Hz and 8 kHz; must exceed `coefficients`. Default 40. */
  melBands?: number;
  /** First-order pre-emphasis; 0 disables. Default 0.97. */
  preEmphasis?: number;
  /** Frames more than this many dB below the loudest frame are silence. Default 30. */
  silenceDropDb?: number;
  /** Frames below this level (dBFS) are silence whatever the loudest frame. Default -55. */
  silenceFloorDbfs?: number;
  /** Append delta coefficients (±2 frames regression), computed before silence is dropped. Default false. */
  deltas?: boolean;
  /** Subtract the per-call mean of each coefficient (cepstral mean normalisation). Default false. */
  meanNormalise?: boolean;
}

/** MFCC frames of one stretch of audio with its silent frames removed. */
export interface MfccFrames {
  /** One row per voiced frame: `coefficients` cepstra, then as many deltas when asked for. */
  frames: number[][];
  /** Frames analysed before silence was dropped. */
  totalFrames: number;
  /** Speech the kept frames stand for: one hop each. */
  voicedSeconds: number;
}

const DEFAULTS: Required<MfccOptions> = {
  frameSize: 512,
  hopSize: 160,
  coefficients: 20,
  melBands: 40,
  preEmphasis: 0.97,
  silenceDropDb: 30,
  silenceFloorDbfs: -55,
  deltas: false,
  meanNormalise: false,
};

/**
 * Meyda logs mel energies as `log(x + 1)`, which is nearly linear for float
 * samples in [-1, 1]; at 16-bit scale the `+ 1` is negligible in all but the
 * emptiest bands, the cepstrum is a log spectrum again, and a change of gain
 * moves c0 (which is dropped) and hardly anything else.
 */
const PCM16_SCALE = 32_768;
const DELTA_WIDTH = 2;

/** MFCC frames of 16 kHz mono samples, silence dropped. */
export function mfccFrames(samples: Float32Array, options: MfccOptions = {}): MfccFrames {
  const o = { ...DEFAULTS, ...options };
  if (o.melBands <= o.coefficients) throw new RangeError(`melBands (${o.melBands}) must exceed coefficients (${o.coefficients})`);
  const starts = frameStarts(samples.length, o.frameSize, o.hopSize);
  if (starts.length === 0) return { frames: [], totalFrames: 0, voicedSeconds: 0 };

  const levels = starts.map((start) => frameLevelDbfs(samples, start, o.frameSize));
  // A loop, not Math.max(...levels): a long segment has more frames than a call may take arguments.
  const loudest = levels.reduce((max, level) => Math.max(max, level), -Infinity);
  const gate = Math.max(loudest - o.silenceDropDb, o.silenceFloorDbfs);
  const voiced = (i: number) => (levels[i] ?? -Infinity) >= gate;
  // Deltas need the silent neighbours of voiced frames; without them silent frames are never analysed.
  const analysed = o.deltas ? starts : starts.filter((_, i) => voiced(i));
  const emphasised = preEmphasise(samples, o.preEmphasis);
  const dct = dctTable(o.melBands, o.coefficients);
  const cepstra = withMeydaSettings(
    { bufferSize: o.frameSize, sampleRate: SPEAKER_SAMPLE_RATE, melBands: o.melBands, numberOfMFCCCoefficients: 1, windowingFunction: 'hamming' },
    () => analysed.map((start) => cepstrum(logMelBands(emphasised, start, o.frameSize), dct)),
  );
  const frames = o.deltas ? appendDeltas(cepstra).filter((_, i) => voiced(i)) : cepstra;
  return {
    frames: o.meanNormalise ? subtractMean(frames) : frames,
    totalFrames: starts.length,
    voicedSeconds: (frames.length * o.hopSize) / SPEAKER_SAMPLE_RATE,
  };
}

function frameStarts(length: number, frameSize: number, hopSize: number): number[] {
  const starts: number[] = [];
  for (let start = 0; start + frameSize <= length; start += hopSize) starts.push(start);
  return starts;
}

function frameLevelDbfs(samples: Float32Array, start: number, size: number): number {
  let sum = 0;
  for (let i = start; i < start + size; i++) sum += (samples[i] ?? 0) ** 2;
  return 10 * Math.log10(sum / size + 1e-12);
}

function preEmphasise(samples: Float32Array, coefficient: number): Float32Array {
  const out = new Float32Array(samples.length);
  let previous = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i] ?? 0;
    out[i] = (x - coefficient * previous) * PCM16_SCALE;
    previous = x;
  }
  return out;
}

function logMelBands(samples: Float32Array, start: number, size: number): number[] {
  // The array form, because a single feature name returns the bare value despite meyda's declared type,
  // whose features object also lacks `melBands`.
  const features = Meyda.extract(['melBands'], samples.subarray(start, start + size)) as { melBands?: number[] } | null;
  const bands = features?.melBands;
  if (!bands) throw new Error('meyda returned no mel bands for a frame');
  return bands;
}

/**
 * Rows k = 1…count of an unnormalised DCT-II. Meyda's own `mfcc` stops at 40
 * coefficients; the voiceprint measured better with more (64 of 79 from 80 bands, README.md).
 */
function dctTable(bands: number, count: number): Float64Array[] {
  return Array.from({ length: count }, (_, row) => {
    const k = row + 1;
    return Float64Array.from({ length: bands }, (_, n) => Math.cos((Math.PI / bands) * (n + 0.5) * k));
  });
}

function cepstrum(logMel: readonly number[], dct: readonly Float64Array[]): number[] {
  return dct.map((basis) => {
    let sum = 0;
    for (let n = 0; n < basis.length; n++) sum += (basis[n] ?? 0) * (logMel[n] ?? 0);
    return sum;
  });
}

type MeydaSettings = Pick<MeydaApi, 'bufferSize' | 'sampleRate' | 'melBands' | 'numberOfMFCCCoefficients' | 'windowingFunction'>;

/**
 * Meyda is one mutable singleton that caches its mel filter bank and rebuilds
 * it only when the number of bands changes (not the rate or frame size), so
 * the bank is cleared on the way in, and the caller's settings and bank are
 * restored on the way out for any other user of the package.
 */
function withMeydaSettings<T>(settings: MeydaSettings, work: () => T): T {
  const meyda = Meyda as MeydaApi & { melFilterBank?: unknown };
  const saved = {
    bufferSize: meyda.bufferSize,
    sampleRate: meyda.sampleRate,
    melBands: meyda.melBands,
    numberOfMFCCCoefficients: meyda.numberOfMFCCCoefficients,
    windowingFunction: meyda.windowingFunction,
    melFilterBank: meyda.melFilterBank,
  };
  Object.assign(meyda, settings, { melFilterBank: undefined });
  try {
    return work();
  } finally {
    Object.assign(meyda, saved);
  }
}

/** Standard regression deltas over ±DELTA_WIDTH frames, edges clamped. */
function appendDeltas(rows: number[][]): number[][] {
  const denominator = 2 * Array.from({ length: DELTA_WIDTH }, (_, k) => (k + 1) ** 2).reduce((a, b) => a + b, 0);
  const last = rows.length - 1;
  return rows.map((row, t) => {
    const delta = row.map((_, d) => {
      let sum = 0;
      for (let k = 1; k <= DELTA_WIDTH; k++) {
        const ahead = rows[Math.min(last, t + k)]?.[d] ?? 0;
        const behind = rows[Math.max(0, t - k)]?.[d] ?? 0;
        sum += k * (ahead - behind);
      }
      return sum / denominator;
    });
    return [...row, ...delta];
  });
}

function subtractMean(rows: number[][]): number[][] {
  const first = rows[0];
  if (!first) return rows;
  const mean = first.map((_, d) => rows.reduce((sum, row) => sum + (row[d] ?? 0), 0) / rows.length);
  return rows.map((row) => row.map((x, d) => x - (mean[d] ?? 0)));
}
