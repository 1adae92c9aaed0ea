import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, type NetworkGuard } from '../../test/support/tiny-models/no-network.js';
import { ExtractorErrorCode } from '../base/errors.js';
import { l2Norm } from '../embed/vector-math.js';
import { FACE_DESCRIPTOR_DIM, HumanFaceDetector, type FaceDetection } from './detect-faces.js';
import { CALIBRATED_FACE_MATCH_THRESHOLD, faceSimilarity, isSameFace } from './face-match.js';
import { humanEngine } from './human-engine.js';
import { GENUINE_VARIANTS, loadPhoto, SAMPLE_PHOTOS } from './photo-fixtures.js';
import type { RgbImage } from './rgb-image.js';

/** First load reads 13 MB of weights and warms every model on wasm, on two shared cores. */
const MODEL_LOAD_TIMEOUT_MS = 90_000;
/** One image is well under a second warm; generous for a loaded machine. */
const DETECT_TIMEOUT_MS = 30_000;
const UNIT_NORM_TOLERANCE = 1e-6;
/** Seen: astronaut 1.00, frontal and 145 px; the bar leaves room for another backend's rounding. */
const MIN_ASTRONAUT_SCORE = 0.8;

function onlyFace(faces: FaceDetection[]): FaceDetection {
  expect(faces).toHaveLength(1);
  return faces[0]!;
}

describe('HumanFaceDetector (real bundled models)', () => {
  let network: NetworkGuard;
  let detector: HumanFaceDetector;
  let astronaut: RgbImage;
  let astronautFace: FaceDetection;

  beforeAll(async () => {
    // Installed before the first load, so any model or wasm download would fail the suite.
    network = forbidNetwork();
    detector = new HumanFaceDetector();
    astronaut = await loadPhoto(SAMPLE_PHOTOS.astronaut);
    astronautFace = onlyFace(await detector.run(astronaut));
  }, MODEL_LOAD_TIMEOUT_MS);

  afterAll(async () => {
    await detector.dispose();
    network.restore();
  });

  it('finds the astronaut with a high score, in the upper middle of the photo, offline', () => {
    const { box, score, quality } = astronautFace;
    expect(score).toBeGreaterThan(MIN_ASTRONAUT_SCORE);
    const centreX = (box.x + box.w / 2) / astronaut.width;
    const centreY = (box.y + box.h / 2) / astronaut.height;
    expect(centreX).toBeGreaterThan(1 / 3);
    expect(centreX).toBeLessThan(2 / 3);
    expect(centreY).toBeLessThan(0.5);
    expect(box.w * box.h).toBeGreaterThan(100 * 100);
    expect(quality).toBeGreaterThan(MIN_ASTRONAUT_SCORE);
    expect(network.attempts).toEqual([]);
  });

  it('describes the face with a unit-length 1024-d descriptor, a head pose and an age', () => {
    expect(astronautFace.descriptor).toHaveLength(FACE_DESCRIPTOR_DIM);
    expect(Math.abs(l2Norm(astronautFace.descriptor) - 1)).toBeLessThan(UNIT_NORM_TOLERANCE);
    expect(Math.abs(astronautFace.pose!.yaw)).toBeLessThan(0.3);
    expect(astronautFace.age).toBeGreaterThan(15);
    expect(astronautFace.age).toBeLessThan(70);
  });

  it('matches the astronaut in a mirrored copy and in a crop around her face', async () => {
    const mirrored = onlyFace(await detector.run(await GENUINE_VARIANTS.mirror(astronaut)));
    const cropped = onlyFace(await detector.run(await GENUINE_VARIANTS['crop around face'](astronaut, astronautFace.box)));
    expect(faceSimilarity(astronautFace.descriptor, mirrored.descriptor)).toBeGreaterThanOrEqual(CALIBRATED_FACE_MATCH_THRESHOLD);
    expect(isSameFace(astronautFace.descriptor, cropped.descriptor, CALIBRATED_FACE_MATCH_THRESHOLD)).toBe(true);
  }, DETECT_TIMEOUT_MS);

  it('does not match the astronaut with the cameraman (a greyscale photo)', async () => {
    const cameraman = onlyFace(await detector.run(await loadPhoto(SAMPLE_PHOTOS.cameraman)));
    expect(isSameFace(astronautFace.descriptor, cameraman.descriptor, CALIBRATED_FACE_MATCH_THRESHOLD)).toBe(false);
  }, DETECT_TIMEOUT_MS);

  it('finds a small face (Messi, ~64 px) and rates it lower than the large frontal one', async () => {
    const messi = onlyFace(await detector.run(await loadPhoto(SAMPLE_PHOTOS.messi)));
    expect(messi.box.w).toBeLessThan(100);
    expect(messi.quality).toBeLessThan(astronautFace.quality);
  }, DETECT_TIMEOUT_MS);

  it('finds no face in a photo of a coffee cup', async () => {
    await expect(detector.run(await loadPhoto(SAMPLE_PHOTOS.coffee))).resolves.toEqual([]);
  }, DETECT_TIMEOUT_MS);

  it('gives the same descriptor for the same image twice', async () => {
    const again = onlyFace(await detector.run(astronaut));
    expect(again.descriptor).toEqual(astronautFace.descriptor);
  }, DETECT_TIMEOUT_MS);

  it('rejects bytes that are not RGB as an input error, before touching the engine', async () => {
    await expect(detector.run({ width: 4, height: 4, data: new Uint8Array(64) })).rejects.toMatchObject({ code: ExtractorErrorCode.CorruptInput, isInputError: true });
  });

  it('stops before detecting when the job is already aborted', async () => {
    await expect(detector.run(astronaut, { signal: AbortSignal.abort() })).rejects.toThrow(/abort/i);
  });

  it('names its model after the installed human version', () => {
    expect(detector.card).toMatchObject({
      id: `human-faceres@${humanEngine().version}`,
      task: 'faces',
      licence: 'MIT',
      engine: 'bundled',
    });
    expect(detector.card.origin).toMatch(/^npm:@vladmandic\/human@/);
  });
});
