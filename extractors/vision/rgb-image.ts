import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/** A decoded image: 8-bit RGB, row-major, 3 bytes per pixel, no row padding, no alpha. */
export interface RgbImage {
  width: number;
  height: number;
  /** `width × height × 3` bytes. */
  data: Uint8Array;
}

/** Rejects what would become a wrongly shaped tensor: a human given one hangs instead of failing. */
export function assertRgbImage(image: RgbImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new ExtractorError(ExtractorErrorCode.CorruptInput, `image size ${width}×${height} is not a pair of whole numbers`);
  }
  if (width === 0 || height === 0) throw new ExtractorError(ExtractorErrorCode.EmptyInput, 'image has no pixels');
  if (!(data instanceof Uint8Array)) throw new ExtractorError(ExtractorErrorCode.CorruptInput, 'image data is not a Uint8Array');
  const expected = width * height * 3;
  if (data.length !== expected) {
    throw new ExtractorError(
      ExtractorErrorCode.CorruptInput,
      `image data has ${data.length} bytes; ${width}×${height} RGB needs ${expected} (alpha or grey channels must be converted first)`,
    );
  }
}
