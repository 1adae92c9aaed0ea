import sharp from 'sharp';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import { describeSource, detectImageType, type ImageFormat, type ImageSource } from './image-type.js';

/** An image decoded once, upright, for every image extractor to share. */
export interface DecodedImage {
  /** Pixels across, after EXIF orientation was applied. */
  width: number;
  /** Pixels down, after EXIF orientation was applied. */
  height: number;
  /** The real format, from the magic bytes (not the file name). */
  format: ImageFormat;
  /** The real media type, e.g. `image/jpeg`. */
  mediaType: string;
  /** sRGB, 8 bits, 3 channels, row-major, `width * height * 3` bytes; transparency flattened onto white. */
  data: Uint8Array;
  /** The original file, untouched (EXIF is read from these). */
  bytes: Uint8Array;
}

/** Limits come from `MediaConfig`; the source only words the refusals. */
export interface DecodeImageOptions extends ImageSource {
  /** Largest width × height decoded (`MediaConfig.maxPixels`, default 40,000,000). */
  maxPixels: number;
  /** Largest file accepted, in bytes (`MediaConfig.maxBytes`). */
  maxBytes: number;
}

function megapixels(pixels: number): string {
  const value = pixels / 1_000_000;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** libvips repeats its message once per failed loader pass and prefixes the loader; keep one plain line. */
function decoderDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n').map((line) => line.replace(/^Input (buffer|file) has corrupt header:\s*/, '').replace(/^Vips\w+:\s*/, '').trim());
  return lines.find((line) => line !== '') ?? 'unknown decoder error';
}

function corrupt(who: string, format: ImageFormat, error: unknown): ExtractorError {
  const detail = decoderDetail(error);
  const what = /premature end|truncated|unexpected end|not enough data/i.test(detail)
    ? `is a truncated ${format.toUpperCase()} (the data ends early; the upload may have been cut off)`
    : `is a damaged ${format.toUpperCase()} that cannot be decoded (${detail})`;
  return new ExtractorError(ExtractorErrorCode.CorruptInput, `${who} ${what}`, { cause: error });
}

function tooManyPixels(who: string, width: number, height: number, maxPixels: number): ExtractorError {
  return new ExtractorError(
    ExtractorErrorCode.TooLarge,
    `${who} is ${width} × ${height} = ${megapixels(width * height)} megapixels; the limit is ${megapixels(maxPixels)}`,
  );
}

/**
 * Validates and decodes an uploaded image into upright 8-bit RGB. Refusals
 * are `ExtractorError`s worded for the person who uploaded the file, in the
 * order that costs least: empty (EmptyInput), over `maxBytes` (TooLarge), not
 * a readable image whatever its name says (UnsupportedType, naming what it
 * is), a header that cannot be parsed (CorruptInput), more than `maxPixels`
 * (TooLarge, from the header alone, so a tiny file claiming 20,000 × 20,000
 * is never decompressed), then damaged or truncated pixel data
 * (CorruptInput). Animated GIF and WebP, and multi-page TIFF, give their first frame.
 */
export async function decodeImage(bytes: Uint8Array, options: DecodeImageOptions): Promise<DecodedImage> {
  const who = describeSource(options, 'the image');
  if (bytes.length === 0) throw new ExtractorError(ExtractorErrorCode.EmptyInput, `${who} is empty (0 bytes)`);
  if (bytes.length > options.maxBytes) {
    throw new ExtractorError(
      ExtractorErrorCode.TooLarge,
      `${who} is ${megabytes(bytes.length)} (${bytes.length} bytes), over the limit of ${megabytes(options.maxBytes)} (${options.maxBytes} bytes)`,
    );
  }
  const { format, mediaType } = await detectImageType(bytes, options);

  // The header only; sharp's own pixel limit is off here so the refusal below can say how large the image is.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw corrupt(who, format, error);
    });
  const { width: claimedWidth, height: claimedHeight } = header;
  if (claimedWidth === undefined || claimedHeight === undefined) throw corrupt(who, format, new Error('no dimensions in the header'));
  if (claimedWidth * claimedHeight > options.maxPixels) throw tooManyPixels(who, claimedWidth, claimedHeight, options.maxPixels);

  // 'error', not the default 'warning': phone cameras write JPEGs with harmless warnings (extraneous bytes),
  // while truncation and real decode errors must not pass as a half-grey picture.
  const decoded = await sharp(bytes, { limitInputPixels: options.maxPixels, failOn: 'error' })
    .autoOrient()
    // Transparent pixels usually store black; without flattening, black text on a transparent PNG would vanish.
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      if (decoderDetail(error).includes('exceeds pixel limit')) throw tooManyPixels(who, claimedWidth, claimedHeight, options.maxPixels);
      throw corrupt(who, format, error);
    });
  const { width, height, channels } = decoded.info;
  if (channels !== 3) {
    throw new ExtractorError(ExtractorErrorCode.CorruptInput, `${who} decoded to ${channels} channels instead of RGB`);
  }
  return { width, height, format, mediaType, data: decoded.data, bytes };
}
