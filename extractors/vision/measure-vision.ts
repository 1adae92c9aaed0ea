/**
 * Load and per-image times of the vision extractors on this machine:
 *
 *   npx tsx extractors/vision/measure-vision.ts [runs per image, default 5]
 *
 * Load includes reading 13 MB of weights and the warm-up pass; per-image
 * times are medians of warm runs, decoding excluded.
 */
import { HumanFaceDetector } from './detect-faces.js';
import { HumanObjectDetector } from './detect-objects.js';
import { humanEngine } from './human-engine.js';
import { loadPhoto, SAMPLE_PHOTOS, type SamplePhoto } from './photo-fixtures.js';

const runs = Number(process.argv[2] ?? 5);
const print = (text: string): void => void process.stdout.write(`${text}\n`);

async function medianMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  const faces = new HumanFaceDetector();
  const objects = new HumanObjectDetector();
  try {
    const start = performance.now();
    await humanEngine().load();
    print(`load + warm-up: ${(performance.now() - start).toFixed(0)} ms`);
    const measure = async (name: string, photo: SamplePhoto, detector: HumanFaceDetector | HumanObjectDetector) => {
      const image = await loadPhoto(photo);
      const first = performance.now();
      await detector.run(image);
      const firstMs = performance.now() - first;
      const warm = await medianMs(() => detector.run(image));
      print(`${detector.task} on ${name} (${image.width}×${image.height}): first ${firstMs.toFixed(0)} ms, warm median ${warm.toFixed(0)} ms of ${runs}`);
    };
    await measure('astronaut', SAMPLE_PHOTOS.astronaut, faces);
    await measure('messi5', SAMPLE_PHOTOS.messi, faces);
    await measure('motorcycle_left', SAMPLE_PHOTOS.motorcycle, objects);
    await measure('coffee', SAMPLE_PHOTOS.coffee, objects);
  } finally {
    await faces.dispose();
    await objects.dispose();
  }
}

await main();
