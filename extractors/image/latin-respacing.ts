import sharp from 'sharp';
import type { RunContext } from '../base/contract.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { cer } from '../evaluate/edit-rate.js';
import type { DecodedImage } from './decode-image.js';
import type { OcrExtractor, OcrLine } from './ocr-line.js';

/**
 * PP-OCRv4's recogniser is a Chinese model: on English lines it often drops
 * the spaces ("EileenCollinsvisitedHouston"), and a name without its spaces
 * is no name to the entity recogniser. Such lines are re-read, alone, by a
 * Latin-script reader (tesseract in single-line mode), which keeps spaces;
 * its reading replaces PP-OCR's only when both agree on the letters, so
 * this can restore spaces but never invent text.
 */

/** Runs of Latin letters this long are not English words (the longest common ones are ~15). */
const RUN_TOGETHER_LETTERS = 16;
const MIN_LATIN_LETTERS = 12;
/** Letters may differ this much (character error rate, spaces ignored) for the re-reading to be taken. */
const MAX_LETTER_DISAGREEMENT = 0.15;
/** Margin around the line and upscaling: tesseract reads best with ~30 px capitals and some white around them. */
const CROP_MARGIN_PX = 6;
const TARGET_LINE_HEIGHT_PX = 64;

export function looksRunTogether(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < MIN_LATIN_LETTERS || letters.length < 0.8 * text.replace(/\s/g, '').length) return false;
  const longestRun = Math.max(...text.split(/[^A-Za-z]+/).map((w) => w.length));
  return longestRun >= RUN_TOGETHER_LETTERS || /[a-z]{2}[A-Z][a-z]/.test(text);
}

async function cropLine(image: DecodedImage, line: OcrLine): Promise<DecodedImage> {
  const left = Math.max(0, Math.floor(line.box.x - CROP_MARGIN_PX));
  const top = Math.max(0, Math.floor(line.box.y - CROP_MARGIN_PX));
  const width = Math.min(image.width - left, Math.ceil(line.box.w + 2 * CROP_MARGIN_PX));
  const height = Math.min(image.height - top, Math.ceil(line.box.h + 2 * CROP_MARGIN_PX));
  const scale = Math.max(1, TARGET_LINE_HEIGHT_PX / height);
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .extract({ left, top, width, height })
    .resize({ width: Math.round(width * scale), height: Math.round(height * scale) })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { ...image, width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

const letters = (s: string) => s.replace(/\s+/g, '').toLowerCase();

export class LatinRespacer {
  private reader: Promise<OcrExtractor | null> | null = null;

  /** `createReader` builds the single-line reader on first need; a reader that is not installed switches respacing off. */
  constructor(private readonly createReader: () => Promise<OcrExtractor>) {}

  async respace(image: DecodedImage, lines: readonly OcrLine[], context: RunContext = {}): Promise<OcrLine[]> {
    const out: OcrLine[] = [];
    for (const line of lines) {
      if (!looksRunTogether(line.text)) {
        out.push(line);
        continue;
      }
      const reader = await this.readerOrNull();
      if (!reader) return [...out, ...lines.slice(out.length)];
      const reread = (await reader.run(await cropLine(image, line), context)).map((l) => l.text).join(' ').trim();
      const agree = reread.length > 0 && cer(letters(line.text), letters(reread)).rate <= MAX_LETTER_DISAGREEMENT;
      out.push(agree ? { ...line, text: reread } : line);
    }
    return out;
  }

  async dispose(): Promise<void> {
    const reader = await this.reader?.catch(() => null);
    this.reader = null;
    await reader?.dispose();
  }

  private readerOrNull(): Promise<OcrExtractor | null> {
    this.reader ??= this.createReader().catch((err: unknown) => {
      if (err instanceof ExtractorError && err.code === ExtractorErrorCode.EngineMissing) return null;
      this.reader = null;
      throw err;
    });
    return this.reader;
  }
}
