import { describe, expect, it } from 'vitest';
import { createPaddleOcr } from './paddle-ocr.js';
import { decodeImage } from './decode-image.js';
import { looksRunTogether } from './latin-respacing.js';
import { captionedPhoto } from './test-media.js';

const OCR_TIMEOUT_MS = 120_000;

describe('restoring the spaces PP-OCR drops in English lines', () => {
  it('flags Latin runs too long to be one word, and nothing else', () => {
    expect(looksRunTogether('EileenCollinsvisitedHouston')).toBe(true);
    expect(looksRunTogether('EileenCollinsvisited Houston')).toBe(true);
    expect(looksRunTogether('Eileen Collins visited Houston')).toBe(false);
    expect(looksRunTogether('北京大学位于中国首都')).toBe(false);
    expect(looksRunTogether('ID 2024-05-17 12:00')).toBe(false);
  });

  it('reads a caption PP-OCR runs together with its spaces, through tesseract on the line alone', async () => {
    const photo = await captionedPhoto('astronaut.png', 'Eileen Collins visited Houston', { fontSize: 28, left: 40, top: 430 });
    const image = await decodeImage(photo.jpeg, { maxPixels: 40_000_000, maxBytes: 10_000_000 });
    const plain = await createPaddleOcr({ respacer: null });
    const respaced = await createPaddleOcr();
    try {
      const [before] = await plain.run(image);
      const [after] = await respaced.run(image);
      // Without the respacer PP-OCR's reading has lost at least one space; with it the line reads as printed, in the same box.
      expect(before?.text).not.toBe('Eileen Collins visited Houston');
      expect(after?.text).toBe('Eileen Collins visited Houston');
      expect(after?.box).toEqual(before?.box);
    } finally {
      await Promise.all([plain.dispose(), respaced.dispose()]);
    }
  }, OCR_TIMEOUT_MS);
});
