import { fileTypeFromBuffer } from 'file-type';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/** Raster formats the bundled libvips decodes (AVIF through libheif's AV1 decoder). */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** What the caller knows about a file: used only to word refusals, never to choose a decoder. */
export interface ImageSource {
  /** Shown in messages, e.g. "holiday.jpg". */
  fileName?: string;
  /** The media type the upload claimed, e.g. "image/jpeg". */
  declaredType?: string;
}

export interface DetectedImageType {
  format: ImageFormat;
  mediaType: string;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, ImageFormat>> = {
  jpg: 'jpeg', png: 'png', apng: 'png', webp: 'webp', gif: 'gif', tif: 'tiff', avif: 'avif',
};

const READABLE = 'readable image types are JPEG, PNG, WebP, GIF, TIFF and AVIF';

/** `"cat.jpg"`, `"cat.jpg" (declared image/jpeg)` or the fallback, for the start of a message. */
export function describeSource(source: ImageSource, fallback = 'the file'): string {
  const name = source.fileName === undefined ? fallback : `"${source.fileName}"`;
  return source.declaredType === undefined ? name : `${name} (declared ${source.declaredType})`;
}

function kindOf(mime: string): string {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('audio/')) return 'audio file';
  if (mime.startsWith('video/')) return 'video file';
  return 'file';
}

/** No NUL in the first 4 KiB and valid UTF-8 there: text, SVG, JSON, HTML… */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    // `stream: true` so a multi-byte character cut at the 4 KiB boundary is not counted as invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The real type of a file, from its magic bytes. The declared type and the
 * file name are not trusted: a photo saved with the wrong image extension is
 * still decoded by what it is, while anything that is not a readable image
 * (text, audio, a PDF, a HEIC photo) is refused with what it really is.
 */
export async function detectImageType(bytes: Uint8Array, source: ImageSource = {}): Promise<DetectedImageType> {
  const sniffed = await fileTypeFromBuffer(bytes);
  const who = describeSource(source);
  if (sniffed === undefined) {
    // SVG lands here too: it is XML text, and rendering it would fetch and execute what it references.
    const what = looksLikeText(bytes) ? 'text, not an image' : 'not a recognised image (no image signature in its first bytes)';
    throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `${who} is ${what}; ${READABLE}`);
  }
  const format = FORMAT_BY_EXTENSION[sniffed.ext];
  if (format !== undefined) return { format, mediaType: sniffed.mime };
  const kind = kindOf(sniffed.mime);
  const hint = sniffed.ext === 'heic' ? ' (HEIC needs an HEVC decoder that is not bundled; export the photo as JPEG)' : '';
  throw new ExtractorError(
    ExtractorErrorCode.UnsupportedType,
    `${who} is a ${sniffed.ext.toUpperCase()} ${kind} (${sniffed.mime})${kind === 'image' ? '' : ', not an image'}${hint}; ${READABLE}`,
  );
}
