/**
 * Test media, generated at test time so nothing binary is committed. For
 * tests only (any folder's): rendered text lines, real photos from Debian
 * packages, a pixel-bomb header and JPEGs with chosen EXIF tags. A missing
 * Debian package fails with its name, never skips: CI installs them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { runProcessBytes } from '../base/child-process.js';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import type { DecodedImage } from './decode-image.js';
import type { OcrBox } from './ocr-line.js';

/** WenQuanYi Zen Hei covers Latin and CJK, so one font renders both test languages. */
export const TEST_FONT = { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei', aptPackage: 'fonts-wqy-zenhei' } as const;

const SKIMAGE_DATA = '/usr/lib/python3/dist-packages/skimage/data';

/** Real photographs (and scikit-image's deliberately truncated JPEG) shipped by Debian packages. */
export const SAMPLE_PHOTOS = {
  'astronaut.png': { path: `${SKIMAGE_DATA}/astronaut.png`, aptPackage: 'python3-skimage' },
  'camera.png': { path: `${SKIMAGE_DATA}/camera.png`, aptPackage: 'python3-skimage' },
  'coffee.png': { path: `${SKIMAGE_DATA}/coffee.png`, aptPackage: 'python3-skimage' },
  'chelsea.png': { path: `${SKIMAGE_DATA}/chelsea.png`, aptPackage: 'python3-skimage' },
  'motorcycle_left.png': { path: `${SKIMAGE_DATA}/motorcycle_left.png`, aptPackage: 'python3-skimage' },
  /** A book page photographed under uneven light; its text is `PAGE_PNG_TEXT`. */
  'page.png': { path: `${SKIMAGE_DATA}/page.png`, aptPackage: 'python3-skimage' },
  'rocket.jpg': { path: `${SKIMAGE_DATA}/rocket.jpg`, aptPackage: 'python3-skimage' },
  'truncated.jpg': { path: `${SKIMAGE_DATA}/truncated.jpg`, aptPackage: 'python3-skimage' },
  'messi5.jpg': { path: '/usr/share/doc/opencv-doc/examples/data/messi5.jpg', aptPackage: 'opencv-doc' },
  /** One woman facing a webcam (OpenCV's cascade classifier tutorial; a circle is drawn around her face). */
  'webcam.jpg': { path: '/usr/share/doc/opencv-doc/opencv4/html/Cascade_Classifier_Tutorial_Result_LBP.jpg', aptPackage: 'opencv-doc' },
} as const;
export type SamplePhotoName = keyof typeof SAMPLE_PHOTOS;

/** The printed lines of `page.png`, top to bottom (the code line under the rule excluded). */
export const PAGE_PNG_TEXT = [
  'Region-based segmentation',
  'Let us first determine markers of the coins and the',
  'background. These markers are pixels that we can label',
  'unambiguously as either object or background. Here,',
  'the markers are found at the two extreme parts of the',
  'histogram of grey values:',
] as const;

/** Throws an error naming the Debian package when a file it ships is absent. */
export function requireDebianFile(path: string, aptPackage: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: install the Debian package ${aptPackage} (apt-get install ${aptPackage})`);
  return path;
}

/** The path of a sample photo; throws naming the apt package when it is not installed. */
export function samplePhoto(name: SamplePhotoName): string {
  const { path, aptPackage } = SAMPLE_PHOTOS[name];
  return requireDebianFile(path, aptPackage);
}

/** Options for `renderTextImage`; every field has a default. */
export interface RenderTextOptions {
  /** Glyph size in pixels. Default 48. */
  fontSize?: number;
  /** White margin around the text, in pixels. Default 24. */
  padding?: number;
  /** CSS colour of the canvas. Default white. */
  background?: string;
  /** CSS colour of the text. Default black. */
  colour?: string;
  /** Extra pixels between lines when `text` has several. Default 16. */
  lineSpacing?: number;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders text (lines separated by `\n`) as a PNG, in-process through
 * libvips' Pango renderer with WenQuanYi Zen Hei. Returns the PNG bytes.
 */
export async function renderTextImage(text: string, options: RenderTextOptions = {}): Promise<Buffer> {
  const { fontSize = 48, padding = 24, background = '#ffffff', colour = '#000000', lineSpacing = 16 } = options;
  const fontfile = requireDebianFile(TEST_FONT.file, TEST_FONT.aptPackage);
  // dpi 72 makes one point one pixel, so fontSize is in pixels.
  const label = await sharp({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font: `${TEST_FONT.family} ${fontSize}`,
      fontfile,
      dpi: 72,
      rgba: true,
      spacing: lineSpacing,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return sharp({
    create: { width: label.info.width + 2 * padding, height: label.info.height + 2 * padding, channels: 3, background },
  })
    .composite([{ input: label.data, left: padding, top: padding }])
    .png()
    .toBuffer();
}

/** A photo with a caption, and where the caption's label is. */
export interface CaptionedPhoto {
  jpeg: Buffer;
  /** The white label holding the text, in image pixels. */
  label: OcrBox;
}

/**
 * A sample photo with `text` rendered on a white label at (`left`, `top`),
 * re-encoded as JPEG quality 75 the way a phone would. Throws when the label
 * does not fit inside the photo (a 48 px line is about 25 px a character).
 */
export async function captionedPhoto(
  name: SamplePhotoName,
  text: string,
  options: RenderTextOptions & { left?: number; top?: number } = {},
): Promise<CaptionedPhoto> {
  const { left = 20, top = 20, ...render } = options;
  const label = await renderTextImage(text, render);
  const { width = 0, height = 0 } = await sharp(label).metadata();
  const photo = await readFile(samplePhoto(name));
  const { width: photoWidth = 0, height: photoHeight = 0 } = await sharp(photo).metadata();
  if (left + width > photoWidth || top + height > photoHeight) {
    throw new Error(
      `the label "${text}" is ${width} × ${height} px and does not fit at (${left}, ${top}) in ${name} (${photoWidth} × ${photoHeight}); use a smaller fontSize, left or top`,
    );
  }
  const jpeg = await sharp(photo)
    .composite([{ input: label, left, top }])
    .jpeg({ quality: 75 })
    .toBuffer();
  return { jpeg, label: { x: left, y: top, w: width, h: height } };
}

/** The box around every pixel darker than `threshold` (all channels), where rendered text should be found. */
export function darkPixelBox(image: DecodedImage, threshold = 128, region: OcrBox = { x: 0, y: 0, w: image.width, h: image.height }): OcrBox | undefined {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = region.y; y < region.y + region.h; y++) {
    for (let x = region.x; x < region.x + region.w; x++) {
      const at = (y * image.width + x) * 3;
      if ((image.data[at] ?? 255) < threshold && (image.data[at + 1] ?? 255) < threshold && (image.data[at + 2] ?? 255) < threshold) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, w: maxX - minX + 1, h: maxY - minY + 1 };
}

/** Intersection over union of two boxes, 0..1. */
export function boxIoU(a: OcrBox, b: OcrBox): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  const intersection = w > 0 && h > 0 ? w * h : 0;
  return intersection / (a.w * a.h + b.w * b.h - intersection);
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * Under a hundred bytes of PNG whose header claims `width × height` RGB pixels
 * (the pixel data is a stub). A real 20,000 × 20,000 PNG takes seconds to
 * encode; the header alone is what a decoder must refuse.
 */
export function pixelBombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', Buffer.alloc(0)), pngChunk('IEND', Buffer.alloc(0))]);
}

/**
 * The JPEG with EXIF tags written by exiftool (Debian libimage-exiftool-perl),
 * through stdin and stdout. Tags are exiftool's names; a `#` suffix writes
 * the number rather than its printed form: `{ 'Orientation#': 6, GPSLatitude: 52.5, GPSLatitudeRef: 'N' }`.
 * exiftool skips a value its own checks refuse (a zero month) with only a
 * warning, so write such values with `#`, and assert what was written.
 */
export async function jpegWithExif(jpeg: Uint8Array, tags: Readonly<Record<string, string | number>>): Promise<Buffer> {
  const args = [...Object.entries(tags).map(([tag, value]) => `-${tag}=${value}`), '-'];
  try {
    return await runProcessBytes('exiftool', args, { timeoutMs: 30_000, label: 'exiftool', input: jpeg });
  } catch (error) {
    if (error instanceof ExtractorError && error.code === ExtractorErrorCode.EngineMissing) {
      throw new Error('exiftool is missing: install the Debian package libimage-exiftool-perl', { cause: error });
    }
    throw error;
  }
}
