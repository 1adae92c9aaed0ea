import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG cut from a stream, with the size its IHDR chunk declares. */
export interface PngImage {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Splits concatenated PNG files (ffmpeg's `image2pipe` output) into images by
 * walking each file's chunks up to `IEND`. Walking lengths rather than
 * searching for the signature matters: the signature's bytes can occur inside
 * compressed image data.
 */
export function splitPngStream(stream: Buffer): PngImage[] {
  const images: PngImage[] = [];
  let start = 0;
  while (start < stream.length) {
    if (!stream.subarray(start, start + PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
      throw malformed(`no PNG signature at byte ${start}`);
    }
    let offset = start + PNG_SIGNATURE.length;
    let width = 0;
    let height = 0;
    for (;;) {
      if (offset + 12 > stream.length) throw malformed(`PNG starting at byte ${start} ends before its IEND chunk`);
      const length = stream.readUInt32BE(offset);
      const type = stream.toString('latin1', offset + 4, offset + 8);
      if (type === 'IHDR') {
        width = stream.readUInt32BE(offset + 8);
        height = stream.readUInt32BE(offset + 12);
      }
      offset += 12 + length; // length, type, data, CRC
      if (type === 'IEND') break;
    }
    if (offset > stream.length) throw malformed(`PNG starting at byte ${start} is cut short`);
    images.push({ png: stream.subarray(start, offset), width, height });
    start = offset;
  }
  return images;
}

function malformed(detail: string): ExtractorError {
  return new ExtractorError(ExtractorErrorCode.ModelFailed, `ffmpeg produced a malformed PNG stream: ${detail}`);
}
