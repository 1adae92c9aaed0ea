import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { decodeImage } from './decode-image.js';
import { jpegWithExif, pixelBombPng, samplePhoto } from './test-media.js';

const LIMITS = { maxPixels: 40_000_000, maxBytes: 50 * 1024 * 1024 };
/** exiftool is a Perl program: a second or so to start on a busy machine. */
const EXIFTOOL_TIMEOUT_MS = 30_000;

async function refusal(promise: Promise<unknown>): Promise<ExtractorError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  if (error instanceof ExtractorError) return error;
  throw error;
}

/** A mono 16-bit PCM WAV: 44-byte header and a few silent samples. */
function silentWav(): Buffer {
  const samples = Buffer.alloc(800);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

describe('decodeImage: real photos', () => {
  it('decodes a PNG photo to upright 8-bit RGB and keeps the original bytes', async () => {
    const bytes = await readFile(samplePhoto('astronaut.png'));
    const image = await decodeImage(bytes, LIMITS);
    expect(image).toMatchObject({ width: 512, height: 512, format: 'png', mediaType: 'image/png' });
    expect(image.data).toHaveLength(512 * 512 * 3);
    expect(image.bytes).toBe(bytes);
  });

  it('decodes a JPEG photo', async () => {
    const image = await decodeImage(await readFile(samplePhoto('messi5.jpg')), LIMITS);
    expect(image).toMatchObject({ width: 548, height: 342, format: 'jpeg', mediaType: 'image/jpeg' });
    expect(image.data).toHaveLength(548 * 342 * 3);
  });

  it('expands a greyscale photo to three channels', async () => {
    const image = await decodeImage(await readFile(samplePhoto('camera.png')), LIMITS);
    expect(image.data).toHaveLength(image.width * image.height * 3);
    const [r, g, b] = image.data;
    expect(r).toBe(g);
    expect(g).toBe(b);
  });

  it('applies the EXIF orientation', { timeout: EXIFTOOL_TIMEOUT_MS }, async () => {
    const original = await readFile(samplePhoto('messi5.jpg'));
    const rotated = await jpegWithExif(original, { 'Orientation#': 6 });
    const image = await decodeImage(rotated, LIMITS);
    expect([image.width, image.height]).toEqual([342, 548]);
    const expected = await sharp(original).rotate(90).raw().toBuffer();
    expect(Buffer.from(image.data).equals(expected)).toBe(true);
  });

  it('flattens transparent pixels onto white', async () => {
    const transparent = await sharp({ create: { width: 4, height: 4, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const image = await decodeImage(transparent, LIMITS);
    expect([...image.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('decodes by the magic bytes when an image has the wrong image extension', async () => {
    const image = await decodeImage(await readFile(samplePhoto('messi5.jpg')), { ...LIMITS, fileName: 'messi.png', declaredType: 'image/png' });
    expect(image.format).toBe('jpeg');
  });

  it('accepts an image of exactly the pixel limit', async () => {
    const image = await decodeImage(await readFile(samplePhoto('astronaut.png')), { ...LIMITS, maxPixels: 512 * 512 });
    expect(image.width).toBe(512);
  });
});

describe('decodeImage: refusals', () => {
  it('refuses an empty file', async () => {
    const error = await refusal(decodeImage(new Uint8Array(0), { ...LIMITS, fileName: 'blank.jpg' }));
    expect(error.code).toBe(ExtractorErrorCode.EmptyInput);
    expect(error.message).toBe('"blank.jpg" is empty (0 bytes)');
    expect(error.isInputError).toBe(true);
  });

  it('refuses a file over the byte limit before looking inside', async () => {
    const error = await refusal(decodeImage(new Uint8Array(2 * 1024 * 1024), { ...LIMITS, maxBytes: 1024 * 1024 }));
    expect(error.code).toBe(ExtractorErrorCode.TooLarge);
    expect(error.message).toBe('the image is 2.0 MB (2097152 bytes), over the limit of 1.0 MB (1048576 bytes)');
  });

  it('refuses text named as a JPEG, saying it is text', async () => {
    const error = await refusal(decodeImage(new TextEncoder().encode('Angela Merkel visited Berlin in May.\n'), { ...LIMITS, fileName: 'notes.jpg' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toMatch(/^"notes\.jpg" is text, not an image; readable image types are JPEG, PNG/);
  });

  it('refuses audio declared as an image, naming the real type', async () => {
    const error = await refusal(decodeImage(silentWav(), { ...LIMITS, fileName: 'holiday.jpg', declaredType: 'image/jpeg' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toMatch(/^"holiday\.jpg" \(declared image\/jpeg\) is a WAV audio file \(audio\/(x-)?wav\), not an image/);
  });

  it('refuses a PDF named as a PNG, naming what it is', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    const error = await refusal(decodeImage(pdf, { ...LIMITS, fileName: 'scan.png' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
    expect(error.message).toMatch(/^"scan\.png" is a PDF file \(application\/pdf\), not an image; readable image types are/);
  });

  it('refuses an SVG as text rather than rendering it', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const error = await refusal(decodeImage(new TextEncoder().encode(svg), { ...LIMITS, fileName: 'logo.svg' }));
    expect(error.code).toBe(ExtractorErrorCode.UnsupportedType);
  });

  it('refuses a 20,000 × 20,000 pixel bomb from its header, without decoding it', async () => {
    const bomb = pixelBombPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(100);
    // The stub has no pixel data: reaching the decoder would give CorruptInput, not TooLarge.
    const error = await refusal(decodeImage(bomb, LIMITS));
    expect(error.code).toBe(ExtractorErrorCode.TooLarge);
    expect(error.message).toBe('the image is 20000 × 20000 = 400 megapixels; the limit is 40');
  });

  it('refuses a JPEG cut in half as truncated', async () => {
    const jpeg = await readFile(samplePhoto('messi5.jpg'));
    const error = await refusal(decodeImage(jpeg.subarray(0, jpeg.length >> 1), { ...LIMITS, fileName: 'messi5.jpg' }));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(error.message).toBe('"messi5.jpg" is a truncated JPEG (the data ends early; the upload may have been cut off)');
  });

  it('refuses a JPEG whose header bytes are overwritten', async () => {
    const jpeg = Buffer.from(await readFile(samplePhoto('messi5.jpg')));
    jpeg.fill(0x42, 4, 300);
    const error = await refusal(decodeImage(jpeg, LIMITS));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(error.message).toMatch(/^the image is a damaged JPEG that cannot be decoded \(.+\)$/);
  });

  it('refuses scikit-image\'s broken JPEG', async () => {
    const error = await refusal(decodeImage(await readFile(samplePhoto('truncated.jpg')), LIMITS));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
  });

  it('refuses a truncated PNG', async () => {
    const png = await readFile(samplePhoto('coffee.png'));
    const error = await refusal(decodeImage(png.subarray(0, png.length >> 1), LIMITS));
    expect(error.code).toBe(ExtractorErrorCode.CorruptInput);
    expect(error.message).toMatch(/PNG/);
  });
});
