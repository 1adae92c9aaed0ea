/**
 * Recognises common inputs that are certainly not audio or video, so they are
 * refused as `UnsupportedType` naming what they are, without starting a
 * process. ffprobe would call text "invalid data" (indistinguishable from a
 * corrupt file) and would happily open an image as a one-frame video.
 */

const SIGNATURES: readonly { what: string; magic: readonly (number | null)[] }[] = [
  { what: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a WebP image', magic: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { what: 'a TIFF image', magic: [0x49, 0x49, 0x2a, 0x00] },
  { what: 'a TIFF image', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: 'a BMP image', magic: [0x42, 0x4d] },
  { what: 'a PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { what: 'a ZIP archive (or an Office document)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'a gzip archive', magic: [0x1f, 0x8b] },
  { what: 'an executable (ELF)', magic: [0x7f, 0x45, 0x4c, 0x46] },
];

/** How many leading bytes decide whether the input is text. */
const TEXT_SNIFF_BYTES = 4096;

/** A phrase naming what `bytes` is ("a PNG image", "text"), or undefined when it may be media. */
export function describeNonMedia(bytes: Uint8Array): string | undefined {
  for (const { what, magic } of SIGNATURES) {
    if (magic.length <= bytes.length && magic.every((b, i) => b === null || bytes[i] === b)) return what;
  }
  return looksLikeText(bytes) ? 'text' : undefined;
}

function looksLikeText(bytes: Uint8Array): boolean {
  let decoded: string;
  try {
    // `stream: true` so a multi-byte character cut by the sniffing window is not called invalid.
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, TEXT_SNIFF_BYTES), { stream: true });
  } catch {
    return false;
  }
  // Control characters other than tab, newline, carriage return and form feed never appear in text but fill binary media.
  // eslint-disable-next-line no-control-regex
  return decoded.trim().length > 0 && !/[\u0000-\u0008\u000e-\u001f\u007f]/u.test(decoded);
}
