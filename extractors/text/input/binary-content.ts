/** How much of a file to inspect when judging whether it is text. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a file is binary, not text with a few stray controls. */
const MAX_CONTROL_RATIO = 0.1;

function isControlByte(byte: number): boolean {
  // Tab, LF, VT, FF, CR and ESC (ANSI colours in logs) occur in real text.
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/**
 * UTF-16 without a byte-order mark: text in Latin scripts then has a NUL in
 * every other byte. Only a strong pattern counts, so binary files with many
 * NULs are not mistaken for it.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul / pairs >= 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul / pairs >= 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

/** Why the bytes look binary rather than text, or `null` when they look like text. */
export function binaryEvidence(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `it contains NUL bytes (the first at byte ${nul})`;
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) if (isControlByte(bytes[i] ?? 0)) controls++;
  if (length > 0 && controls / length > MAX_CONTROL_RATIO) {
    return `${Math.round((100 * controls) / length)}% of its first ${length} bytes are control characters`;
  }
  return null;
}

/** Same test on decoded text (after a UTF-16/32 byte-order mark). */
export function binaryEvidenceInText(text: string): string | null {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return `it contains NUL characters (the first at character ${nul})`;
  const length = Math.min(text.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i++) if (isControlByte(text.charCodeAt(i))) controls++;
  return length > 0 && controls / length > MAX_CONTROL_RATIO ? 'it is mostly control characters' : null;
}
