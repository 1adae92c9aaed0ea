import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HumanFaceDetector } from './detect-faces.js';
import { HumanObjectDetector } from './detect-objects.js';
import { humanEngine } from './human-engine.js';
import { loadPhoto, SAMPLE_PHOTOS } from './photo-fixtures.js';
import type { RgbImage } from './rgb-image.js';

/** Each reload reads 13 MB of weights and warms every model on wasm, on two shared cores. */
const MODEL_LOAD_TIMEOUT_MS = 90_000;
/** Several passes on a loaded machine. */
const PASSES_TIMEOUT_MS = 60_000;
/** The four models hold ~630 weight tensors; an unload must free at least this many. */
const MIN_WEIGHT_TENSORS = 600;
/** Human re-creates 8 small constants (its scalars and face anchors) on every load without freeing the old ones. */
const MAX_TENSORS_LEFT_PER_RELOAD = 8;

describe('the shared human engine', () => {
  let faces: HumanFaceDetector;
  let objects: HumanObjectDetector;
  let astronaut: RgbImage;
  let coffee: RgbImage;

  beforeAll(async () => {
    faces = new HumanFaceDetector();
    objects = new HumanObjectDetector();
    [astronaut, coffee] = await Promise.all([loadPhoto(SAMPLE_PHOTOS.astronaut), loadPhoto(SAMPLE_PHOTOS.coffee)]);
    await faces.run(astronaut);
    await objects.run(coffee);
  }, MODEL_LOAD_TIMEOUT_MS);

  afterAll(async () => {
    await faces.dispose();
    await objects.dispose();
  });

  it('leaves no tensor behind across face and object passes', async () => {
    const engine = humanEngine();
    const before = engine.numTensors();
    for (let i = 0; i < 3; i++) {
      await faces.run(astronaut);
      await objects.run(coffee);
      await faces.run(coffee);
      expect(engine.numTensors()).toBe(before);
    }
  }, PASSES_TIMEOUT_MS);

  it('runs concurrent calls one at a time with the same results as sequential ones', async () => {
    const sequential = [await faces.run(astronaut), await objects.run(coffee)];
    const concurrent = await Promise.all([faces.run(astronaut), objects.run(coffee)]);
    expect(concurrent).toEqual(sequential);
  }, PASSES_TIMEOUT_MS);

  it('keeps the weights while one extractor still holds them, and frees them with the last', async () => {
    const engine = humanEngine();
    const [expected] = await faces.run(astronaut);
    const loadedTensors = engine.numTensors();

    await objects.dispose();
    expect(engine.loaded).toBe(true);
    await faces.dispose();
    expect(engine.loaded).toBe(false);
    const unloadedTensors = engine.numTensors();
    expect(loadedTensors - unloadedTensors).toBeGreaterThan(MIN_WEIGHT_TENSORS);

    // Used again after dispose: the weights load again and give the same answer.
    const [again] = await faces.run(astronaut);
    expect(engine.loaded).toBe(true);
    expect(again?.descriptor).toEqual(expected?.descriptor);
    expect(engine.numTensors()).toBeLessThanOrEqual(loadedTensors + MAX_TENSORS_LEFT_PER_RELOAD);
    await expect(objects.run(coffee)).resolves.toMatchObject([{ label: 'cup' }]);
  }, MODEL_LOAD_TIMEOUT_MS);
});
