import { describe, expect, it } from 'vitest';
import { ExtractorErrorCode } from '../base/errors.js';
import { splitPngStream } from './png-stream.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]); // CRC not checked
}

function png(width: number, height: number, idat: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

describe('splitPngStream', () => {
  it('splits concatenated PNGs by walking chunks, even when image data contains the signature and "IEND"', () => {
    const tricky = Buffer.concat([SIGNATURE, Buffer.from('IEND'), SIGNATURE]);
    const first = png(320, 240, tricky);
    const second = png(2, 1, Buffer.from([1, 2, 3]));
    const images = splitPngStream(Buffer.concat([first, second]));
    expect(images.map(({ width, height }) => [width, height])).toEqual([
      [320, 240],
      [2, 1],
    ]);
    expect(images[0]?.png.equals(first)).toBe(true);
    expect(images[1]?.png.equals(second)).toBe(true);
    expect(splitPngStream(Buffer.alloc(0))).toEqual([]);
  });

  it('refuses a stream cut short or not starting with a PNG', () => {
    const image = png(1, 1, Buffer.from([0]));
    expect(() => splitPngStream(image.subarray(0, image.length - 3))).toThrow(expect.objectContaining({ code: ExtractorErrorCode.ModelFailed }));
    expect(() => splitPngStream(Buffer.from('garbage'))).toThrow(/no PNG signature/u);
  });
});
