import { describe, expect, it } from 'vitest';
import { l2Norm } from '../embed/vector-math.js';
import { backgroundFromSpeakers, computeVoiceprint, MAX_VOICEPRINT_DIMENSION, standardiseMeans } from './voiceprint.js';

describe('backgroundFromSpeakers', () => {
  it('weighs every speaker the same and pools each speaker’s own spread', () => {
    const background = backgroundFromSpeakers(
      new Map([
        ['a', [[0, 10], [2, 10], [0, 10], [2, 10]]],
        ['b', [[10, 0], [12, 0]]],
      ]),
    );
    // Speaker means (1, 10) and (11, 0); deviations of ±1 in the first coefficient over 6 clips − 2 speakers.
    expect(background.mean).toEqual([6, 5]);
    expect(background.scale[0]).toBeCloseTo(Math.sqrt(6 / 4), 12);
    // The second coefficient never varies within a speaker: floored, not zero.
    expect(background.scale[1]).toBeGreaterThan(0);
  });
});

describe('standardiseMeans', () => {
  const background = { mean: [1, 1, 1, 1, 1, 1, 1, 1, 1], scale: [1, 2, 1, 1, 1, 1, 1, 1, 1] };

  it('centres, scales and normalises the first `dimension` coefficients', () => {
    const print = standardiseMeans([2, 5, 1, 1, 1, 1, 1, 1, 99], 8, background);
    expect(print).toHaveLength(8);
    expect(l2Norm(print)).toBeCloseTo(1, 12);
    expect(print[0]! / print[1]!).toBeCloseTo(1 / 2, 12);
  });

  it('refuses dimensions the background cannot serve', () => {
    expect(() => standardiseMeans([], 7, background)).toThrow(RangeError);
    expect(() => standardiseMeans([], MAX_VOICEPRINT_DIMENSION + 1)).toThrow(RangeError);
    expect(() => standardiseMeans([], 12.5)).toThrow(RangeError);
  });
});

describe('computeVoiceprint', () => {
  it('makes no voiceprint from silence or from under 0.75 s of sound', () => {
    expect(computeVoiceprint(new Float32Array(32_000))).toBeNull();
    const blip = new Float32Array(32_000);
    for (let i = 0; i < 8_000; i++) blip[i] = 0.3 * Math.sin(i / 5);
    expect(computeVoiceprint(blip)).toBeNull();
  });
});
