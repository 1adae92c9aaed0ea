import meydaModule from 'meyda';
import { describe, expect, it } from 'vitest';
import { mfccFrames, SPEAKER_SAMPLE_RATE } from './mfcc.js';

/**
 * Deterministic stand-in for a voice: harmonics of `f0` falling off with
 * frequency, plus a little seeded noise scaled with them, so every mel band
 * holds energy as in speech, and a slow wobble so frames differ.
 */
function voicedTone(seconds: number, f0 = 140, gain = 0.3): Float32Array {
  let seed = 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 1073741824 - 1;
  };
  const harmonics = Math.floor(7_900 / f0);
  return Float32Array.from({ length: Math.round(seconds * SPEAKER_SAMPLE_RATE) }, (_, i) => {
    const t = i / SPEAKER_SAMPLE_RATE;
    let x = 0;
    for (let h = 1; h <= harmonics; h++) x += Math.sin(2 * Math.PI * h * f0 * t) / h;
    const wobble = 1 + 0.3 * Math.sin(2 * Math.PI * 3 * t);
    return gain * (0.3 * wobble * x + 0.02 * noise());
  });
}

function mean(rows: number[][], d: number): number {
  return rows.reduce((sum, r) => sum + (r[d] ?? 0), 0) / rows.length;
}

describe('mfccFrames', () => {
  it('gives one row of `coefficients` values per 10 ms frame of sound', () => {
    const { frames, totalFrames, voicedSeconds } = mfccFrames(voicedTone(1), { coefficients: 13, melBands: 26 });
    // (16000 - 512) / 160 + 1 frames fit in one second.
    expect(totalFrames).toBe(97);
    expect(frames).toHaveLength(97);
    expect(frames.every((f) => f.length === 13 && f.every(Number.isFinite))).toBe(true);
    expect(voicedSeconds).toBeCloseTo(0.97, 5);
  });

  it('drops silent frames, relative to the loudest frame and below an absolute floor', () => {
    const tone = voicedTone(1);
    const withSilence = new Float32Array(tone.length * 2);
    withSilence.set(tone, tone.length / 2);
    const { frames, totalFrames } = mfccFrames(withSilence);
    expect(totalFrames).toBe(197);
    // One second of tone fills 97 frames; up to three frames straddle each edge.
    expect(frames.length).toBeGreaterThanOrEqual(97);
    expect(frames.length).toBeLessThanOrEqual(103);
    expect(mfccFrames(new Float32Array(SPEAKER_SAMPLE_RATE)).frames).toEqual([]);
    expect(mfccFrames(new Float32Array(SPEAKER_SAMPLE_RATE).fill(1e-4)).frames).toEqual([]);
  });

  it('returns nothing for audio shorter than one frame', () => {
    expect(mfccFrames(new Float32Array(100))).toEqual({ frames: [], totalFrames: 0, voicedSeconds: 0 });
  });

  it('leaves c1 upwards unchanged when only the volume changes', () => {
    const loud = mfccFrames(voicedTone(0.5, 140, 0.5)).frames;
    const quiet = mfccFrames(voicedTone(0.5, 140, 0.05)).frames;
    expect(quiet).toHaveLength(loud.length);
    // 20 dB quieter: only meyda's log(x + 1) offset in the weakest bands may show.
    for (let d = 0; d < 20; d++) expect(Math.abs(mean(quiet, d) - mean(loud, d))).toBeLessThan(0.5);
  });

  it('tells a low voice from a high one', () => {
    const low = mfccFrames(voicedTone(0.5, 110)).frames;
    const high = mfccFrames(voicedTone(0.5, 240)).frames;
    const distance = Math.hypot(...Array.from({ length: 20 }, (_, d) => mean(low, d) - mean(high, d)));
    expect(distance).toBeGreaterThan(5);
  });

  it('appends deltas and can subtract the per-call mean', () => {
    const { frames } = mfccFrames(voicedTone(0.5), { coefficients: 12, deltas: true, meanNormalise: true });
    expect(frames[0]).toHaveLength(24);
    for (let d = 0; d < 24; d++) expect(Math.abs(mean(frames, d))).toBeLessThan(1e-9);
  });

  it('restores the settings of the shared meyda object for its other users', () => {
    const meyda = 'extract' in meydaModule ? (meydaModule as unknown as typeof meydaModule.default) : meydaModule.default;
    const before = { bufferSize: meyda.bufferSize, sampleRate: meyda.sampleRate, melBands: meyda.melBands, windowingFunction: meyda.windowingFunction };
    mfccFrames(voicedTone(0.2), { coefficients: 30, melBands: 60 });
    expect({ bufferSize: meyda.bufferSize, sampleRate: meyda.sampleRate, melBands: meyda.melBands, windowingFunction: meyda.windowingFunction }).toEqual(before);
  });

  it('refuses more coefficients than mel bands', () => {
    expect(() => mfccFrames(voicedTone(0.1), { coefficients: 40, melBands: 40 })).toThrow(RangeError);
  });
});
