import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { cer } from '../evaluate/index.js';
import { createOcr } from './create-ocr.js';
import { decodeImage, type DecodedImage } from './decode-image.js';
import type { OcrExtractor, OcrLine } from './ocr-line.js';
import { boxIoU, captionedPhoto, darkPixelBox, PAGE_PNG_TEXT, renderTextImage, samplePhoto } from './test-media.js';

/** PP-OCR's first run imports onnxruntime and OpenCV.js and builds two sessions: seconds, more on a busy machine. */
const MODEL_LOAD_TIMEOUT_MS = 120_000;
/** tesseract loads its language data on every run: seconds each on a shared two-core machine. */
const OCR_TIMEOUT_MS = 60_000;
/** Character error rate allowed on photographed text (a caption on a photo, a page under uneven light). */
const PHOTO_CER_BOUND = 0.1;
/**
 * A line box and the box around the line's ink agree at least this well: PP-OCR pads its boxes, and
 * tesseract's box for 于 reaches well below the line (0.69 on the Chinese line).
 */
const MIN_BOX_IOU = 0.6;

const LIMITS = { maxPixels: 40_000_000, maxBytes: 50 * 1024 * 1024 };
const ENGLISH = 'Angela Merkel visited Berlin in May';
const CHINESE = '北京大学位于中国首都';
const PARAGRAPH = [
  'The committee met on Tuesday to review the budget.',
  '北京大学位于中国首都，成立于1898年。',
  'Angela Merkel visited Berlin in May with a delegation',
  'of twelve ministers and their advisers.',
  '上海是中国最大的城市之一。',
  'Revenue rose 14% to $3.2 billion in 2023.',
];
/** Character error rate allowed on a rendered mixed-language paragraph (PP-OCR drops some spaces between English words). */
const PARAGRAPH_CER_BOUND = 0.1;

async function decode(bytes: Promise<Uint8Array> | Uint8Array): Promise<DecodedImage> {
  return decodeImage(await bytes, LIMITS);
}

function expectInside(lines: readonly OcrLine[], image: DecodedImage): void {
  for (const { box } of lines) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.w).toBeGreaterThan(0);
    expect(box.h).toBeGreaterThan(0);
    expect(box.x + box.w).toBeLessThanOrEqual(image.width);
    expect(box.y + box.h).toBeLessThanOrEqual(image.height);
  }
}

function expectConfident(lines: readonly OcrLine[]): void {
  for (const { confidence } of lines) {
    expect(confidence).toBeGreaterThanOrEqual(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
  }
}

describe.each(['paddle', 'tesseract'] as const)('createOcr(%s)', { timeout: OCR_TIMEOUT_MS }, (engine) => {
  let ocr: OcrExtractor;
  beforeAll(async () => {
    ocr = await createOcr(engine);
    await ocr.run(await decode(renderTextImage('warm up')));
  }, MODEL_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await ocr.dispose();
    await ocr.dispose();
  });

  it('is an image OCR extractor with a versioned card', () => {
    expect(ocr).toMatchObject({ task: 'ocr', modality: 'image' });
    expect(ocr.card).toMatchObject({ task: 'ocr', engine: 'bundled', licence: 'Apache-2.0', name: engine === 'paddle' ? 'pp-ocrv4' : 'tesseract' });
    expect(ocr.card.id).toBe(`${ocr.card.name}@${ocr.card.version}`);
    expect(ocr.card.version).toMatch(/^\d+\.\d+/);
  });

  it.each([
    ['English', ENGLISH],
    ['Chinese', CHINESE],
  ])('reads a rendered %s line exactly, boxed around its ink', async (_language, text) => {
    const image = await decode(renderTextImage(text));
    const lines = await ocr.run(image);
    expect(lines.map((line) => line.text)).toEqual([text]);
    expectInside(lines, image);
    expectConfident(lines);
    const ink = darkPixelBox(image);
    expect(ink).toBeDefined();
    if (ink && lines[0]) expect(boxIoU(lines[0].box, ink)).toBeGreaterThanOrEqual(MIN_BOX_IOU);
  });

  it('reads two lines top to bottom, each box on its own line', async () => {
    const image = await decode(renderTextImage(`${ENGLISH}\n${CHINESE}`));
    const lines = await ocr.run(image);
    expect(lines.map((line) => line.text)).toEqual([ENGLISH, CHINESE]);
    expectInside(lines, image);
    const [first, second] = lines;
    if (first && second) expect(first.box.y + first.box.h / 2).toBeLessThan(second.box.y);
  });

  it(`reads a mixed English and Chinese paragraph line by line (CER ≤ ${PARAGRAPH_CER_BOUND})`, async () => {
    const image = await decode(renderTextImage(PARAGRAPH.join('\n'), { fontSize: 32 }));
    const lines = await ocr.run(image);
    expect(lines).toHaveLength(PARAGRAPH.length);
    expectInside(lines, image);
    expect(cer(PARAGRAPH.join('\n'), lines.map((line) => line.text).join('\n')).rate).toBeLessThanOrEqual(PARAGRAPH_CER_BOUND);
  });

  it(`reads a caption on a JPEG photo (CER ≤ ${PHOTO_CER_BOUND}) and boxes it on the label`, async () => {
    const { jpeg, label } = await captionedPhoto('coffee.png', ENGLISH, { fontSize: 28, left: 20, top: 300 });
    const image = await decode(jpeg);
    const lines = await ocr.run(image);
    expectInside(lines, image);
    const caption = lines.find((line) => boxIoU(line.box, label) > 0);
    expect(cer(ENGLISH, caption?.text ?? '').rate).toBeLessThanOrEqual(PHOTO_CER_BOUND);
    // Inset so JPEG ringing at the label's edge is not taken for ink.
    const ink = darkPixelBox(image, 128, { x: label.x + 4, y: label.y + 4, w: label.w - 8, h: label.h - 8 });
    expect(ink).toBeDefined();
    if (ink && caption) expect(boxIoU(caption.box, ink)).toBeGreaterThanOrEqual(MIN_BOX_IOU);
  });

  it(`reads a page photographed under uneven light (CER ≤ ${PHOTO_CER_BOUND})`, async () => {
    const image = await decode(readFile(samplePhoto('page.png')));
    const lines = await ocr.run(image);
    expectInside(lines, image);
    const read = lines.slice(0, PAGE_PNG_TEXT.length).map((line) => line.text);
    expect(cer(PAGE_PNG_TEXT.join('\n'), read.join('\n')).rate).toBeLessThanOrEqual(PHOTO_CER_BOUND);
  });

  it('finds no text in a blank image', async () => {
    const blank = await sharp({ create: { width: 640, height: 200, channels: 3, background: '#ffffff' } }).png().toBuffer();
    expect(await ocr.run(await decode(blank))).toEqual([]);
  });

  it('stops when the job is cancelled', async () => {
    const image = await decode(renderTextImage(ENGLISH));
    await expect(ocr.run(image, { signal: AbortSignal.abort(new Error('job cancelled')) })).rejects.toThrow('job cancelled');
  });

  it('refuses pixels that do not match the stated size before reaching the engine', async () => {
    const image = await decode(renderTextImage(ENGLISH));
    await expect(ocr.run({ ...image, data: image.data.subarray(1) })).rejects.toMatchObject({ code: ExtractorErrorCode.CorruptInput });
  });
});
