import { describe, expect, it } from 'vitest';
import { FULL_QUALITY_FACE_PX, faceQuality } from './face-quality.js';

const LARGE = FULL_QUALITY_FACE_PX * 2;

describe('faceQuality', () => {
  it('is the detection score for a large frontal face', () => {
    expect(faceQuality({ score: 0.9, width: LARGE, height: LARGE, yaw: 0, pitch: 0 })).toBeCloseTo(0.9, 12);
  });

  it('scales with the shorter box side below the full-quality size', () => {
    expect(faceQuality({ score: 1, width: LARGE, height: FULL_QUALITY_FACE_PX / 2 })).toBeCloseTo(0.5, 12);
  });

  it('halves for a 60° turn and multiplies yaw and pitch', () => {
    const sixty = Math.PI / 3;
    expect(faceQuality({ score: 1, width: LARGE, height: LARGE, yaw: sixty })).toBeCloseTo(0.5, 12);
    expect(faceQuality({ score: 1, width: LARGE, height: LARGE, yaw: sixty, pitch: -sixty })).toBeCloseTo(0.25, 12);
  });

  it('treats an unknown pose as frontal and a profile or worse as unusable', () => {
    expect(faceQuality({ score: 1, width: LARGE, height: LARGE })).toBe(1);
    expect(faceQuality({ score: 1, width: LARGE, height: LARGE, yaw: Math.PI / 2 + 0.1 })).toBe(0);
  });

  it('stays within 0..1 for out-of-range or missing numbers', () => {
    expect(faceQuality({ score: 1.5, width: LARGE, height: LARGE })).toBe(1);
    expect(faceQuality({ score: Number.NaN, width: LARGE, height: LARGE })).toBe(0);
    expect(faceQuality({ score: 1, width: -5, height: LARGE })).toBe(0);
  });
});
