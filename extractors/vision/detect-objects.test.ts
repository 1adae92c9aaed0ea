import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbidNetwork, type NetworkGuard } from '../../test/support/tiny-models/no-network.js';
import { HumanObjectDetector, type ObjectDetection } from './detect-objects.js';
import { humanEngine } from './human-engine.js';
import { loadPhoto, SAMPLE_PHOTOS } from './photo-fixtures.js';
import type { RgbImage } from './rgb-image.js';

/** First load reads 13 MB of weights and warms every model on wasm, on two shared cores. */
const MODEL_LOAD_TIMEOUT_MS = 90_000;
const DETECT_TIMEOUT_MS = 30_000;
/** Seen: motorcycle 0.48, cup 0.45. CenterNet is cautious, so the bar is modest but above the default filter. */
const MIN_TRUE_OBJECT_SCORE = 0.4;

function best(detections: ObjectDetection[]): ObjectDetection {
  expect(detections.length).toBeGreaterThan(0);
  return detections[0]!;
}

describe('HumanObjectDetector (real bundled model)', () => {
  let network: NetworkGuard;
  let detector: HumanObjectDetector;
  let motorcycle: RgbImage;
  let motorcycleObjects: ObjectDetection[];

  beforeAll(async () => {
    network = forbidNetwork();
    detector = new HumanObjectDetector();
    motorcycle = await loadPhoto(SAMPLE_PHOTOS.motorcycle);
    motorcycleObjects = await detector.run(motorcycle);
  }, MODEL_LOAD_TIMEOUT_MS);

  afterAll(async () => {
    await detector.dispose();
    network.restore();
  });

  it('sees the motorcycle first, covering most of the photo, offline', () => {
    const top = best(motorcycleObjects);
    expect(top.label).toBe('motorcycle');
    expect(top.score).toBeGreaterThan(MIN_TRUE_OBJECT_SCORE);
    expect(top.box.w * top.box.h).toBeGreaterThan(0.4 * motorcycle.width * motorcycle.height);
    expect(network.attempts).toEqual([]);
  });

  it('returns detections above the default minimum score, best first, with boxes inside the image', () => {
    const scores = motorcycleObjects.map((d) => d.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.3);
    for (const { box } of motorcycleObjects) {
      expect(box.x + box.w).toBeLessThanOrEqual(motorcycle.width);
      expect(box.y + box.h).toBeLessThanOrEqual(motorcycle.height);
    }
  });

  it('sees the cup in the coffee photo, and nothing else', async () => {
    const detections = await detector.run(await loadPhoto(SAMPLE_PHOTOS.coffee));
    expect(detections.map((d) => d.label)).toEqual(['cup']);
    expect(best(detections).score).toBeGreaterThan(MIN_TRUE_OBJECT_SCORE);
  }, DETECT_TIMEOUT_MS);

  it('sees a person in the astronaut portrait', async () => {
    expect(best(await detector.run(await loadPhoto(SAMPLE_PHOTOS.astronaut))).label).toBe('person');
  }, DETECT_TIMEOUT_MS);

  it('drops everything below a stricter minimum score', async () => {
    const strict = new HumanObjectDetector({ minScore: 0.9 });
    try {
      await expect(strict.run(motorcycle)).resolves.toEqual([]);
    } finally {
      await strict.dispose();
    }
  }, DETECT_TIMEOUT_MS);

  it('names its model after the installed human version', () => {
    expect(detector.card).toMatchObject({ id: `human-centernet@${humanEngine().version}`, task: 'objects', licence: 'MIT' });
  });
});
