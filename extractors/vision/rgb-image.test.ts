import { describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { assertRgbImage } from './rgb-image.js';

describe('assertRgbImage', () => {
  it('accepts width × height × 3 bytes', () => {
    expect(() => assertRgbImage({ width: 2, height: 3, data: new Uint8Array(18) })).not.toThrow();
  });

  it('rejects an image without pixels as empty input', () => {
    expect(() => assertRgbImage({ width: 0, height: 3, data: new Uint8Array(0) })).toThrow(expect.objectContaining({ code: ExtractorErrorCode.EmptyInput, isInputError: true }));
  });

  it('rejects RGBA or greyscale bytes as corrupt input, saying what size was expected', () => {
    expect(() => assertRgbImage({ width: 2, height: 2, data: new Uint8Array(16) })).toThrow(/needs 12/);
    expect(() => assertRgbImage({ width: 2, height: 2, data: new Uint8Array(16) })).toThrow(expect.objectContaining({ code: ExtractorErrorCode.CorruptInput }));
    expect(() => assertRgbImage({ width: 2, height: 2, data: new Uint8Array(4) })).toThrow(expect.objectContaining({ code: ExtractorErrorCode.CorruptInput }));
  });

  it('rejects fractional or negative sizes', () => {
    expect(() => assertRgbImage({ width: 1.5, height: 2, data: new Uint8Array(9) })).toThrow(expect.objectContaining({ code: ExtractorErrorCode.CorruptInput }));
    expect(() => assertRgbImage({ width: -1, height: 2, data: new Uint8Array(0) })).toThrow(expect.objectContaining({ code: ExtractorErrorCode.CorruptInput }));
  });
});
