import type { Extractor } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import type { DecodedImage } from './decode-image.js';

/** An axis-aligned rectangle in image pixels (of the upright, decoded image). */
export interface OcrBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One line of text found in an image. */
export interface OcrLine {
  text: string;
  /** The engine's own certainty, 0..1 (not calibrated across engines). */
  confidence: number;
  /** Lies inside the image. */
  box: OcrBox;
}

/** `paddle`: PP-OCRv4 on onnxruntime; `tesseract`: Debian's tesseract-ocr. Chosen by `MediaConfig.ocrEngine`. */
export type OcrEngine = 'paddle' | 'tesseract';

/** Reads the lines of text in a decoded image, in reading order. */
export type OcrExtractor = Extractor<DecodedImage, OcrLine[]>;

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** True for a character of a script written without spaces between words (Chinese, Japanese kana, CJK punctuation). */
export function isUnspacedScript(character: string): boolean {
  return UNSPACED.test(character);
}

/** Joins recognised words with spaces, except between two characters of an unspaced script (北京 大学 → 北京大学). */
export function joinWords(words: readonly string[]): string {
  let text = '';
  for (const word of words) {
    if (word === '') continue;
    const glued = text === '' || (isUnspacedScript(text.slice(-1)) && isUnspacedScript(word.slice(0, 1)));
    text += glued ? word : ` ${word}`;
  }
  return text;
}

/** The space-separated pieces of an engine's line text, re-joined with `joinWords`. */
export function normaliseLineText(text: string): string {
  return joinWords(text.normalize('NFC').trim().split(/\s+/));
}

/** The smallest box holding the points, clamped to a `width × height` image, in whole pixels. */
export function boxAround(points: readonly (readonly [number, number])[], width: number, height: number): OcrBox {
  const xs = points.map(([x]) => Math.min(Math.max(x, 0), width));
  const ys = points.map(([, y]) => Math.min(Math.max(y, 0), height));
  const x = Math.floor(Math.min(...xs));
  const y = Math.floor(Math.min(...ys));
  return { x, y, w: Math.ceil(Math.max(...xs)) - x, h: Math.ceil(Math.max(...ys)) - y };
}

/** Top to bottom, then left to right; lines whose vertical centres are within half a line height are one row. */
export function readingOrder(a: OcrLine, b: OcrLine): number {
  const rowGap = a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2);
  if (Math.abs(rowGap) >= Math.min(a.box.h, b.box.h) / 2) return rowGap;
  return a.box.x - b.box.x;
}

/** An image that did not come from `decodeImage` must not reach a native engine with a wrong buffer size. */
export function assertRgbImage(image: DecodedImage): void {
  const valid = Number.isInteger(image.width) && Number.isInteger(image.height) && image.width > 0 && image.height > 0;
  if (!valid || image.data.length !== image.width * image.height * 3) {
    throw new ExtractorError(
      ExtractorErrorCode.CorruptInput,
      `OCR needs ${image.width} × ${image.height} RGB pixels (${image.width * image.height * 3} bytes) but got ${image.data.length} bytes`,
    );
  }
}
