import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { boxIoU, captionedPhoto, pixelBombPng, renderTextImage, requireDebianFile, samplePhoto } from './test-media.js';

describe('test media', () => {
  it('names the Debian package of a missing file', () => {
    expect(() => requireDebianFile('/nonexistent/photo.png', 'python3-skimage')).toThrow(
      '/nonexistent/photo.png is missing: install the Debian package python3-skimage (apt-get install python3-skimage)',
    );
    expect(samplePhoto('messi5.jpg')).toBe('/usr/share/doc/opencv-doc/examples/data/messi5.jpg');
  });

  it('renders markup characters as text, on a canvas sized to the text', async () => {
    const plain = await sharp(await renderTextImage('a < b & c')).metadata();
    expect(plain).toMatchObject({ format: 'png' });
    expect(plain.height).toBeGreaterThan(48);
    const twoLines = await sharp(await renderTextImage('one\ntwo')).metadata();
    expect(twoLines.height).toBeGreaterThan(2 * 48);
  });

  it('places a caption on a photo and refuses one that does not fit', async () => {
    const { jpeg, label } = await captionedPhoto('astronaut.png', 'Houston', { fontSize: 30, left: 100, top: 400 });
    expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 512, height: 512 });
    expect(label).toMatchObject({ x: 100, y: 400 });
    expect(label.x + label.w).toBeLessThanOrEqual(512);
    await expect(captionedPhoto('astronaut.png', 'Eileen Collins visited Houston', { left: 200, top: 440 })).rejects.toThrow(
      /^the label "Eileen Collins visited Houston" is \d+ × \d+ px and does not fit at \(200, 440\) in astronaut\.png \(512 × 512\)/,
    );
  });

  it('writes a PNG header claiming the requested size', async () => {
    expect(await sharp(pixelBombPng(30_000, 20_000), { limitInputPixels: false }).metadata()).toMatchObject({ width: 30_000, height: 20_000, format: 'png' });
  });

  it('measures box overlap', () => {
    expect(boxIoU({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 0, w: 10, h: 10 })).toBeCloseTo(50 / 150);
    expect(boxIoU({ x: 0, y: 0, w: 10, h: 10 }, { x: 20, y: 0, w: 10, h: 10 })).toBe(0);
  });
});
