export interface Utf8Validity {
  /** Well-formed sequences of two to four bytes. */
  multiByteSequences: number;
  /** Bytes that start no well-formed sequence. */
  invalidBytes: number;
  /** Offset of the first invalid byte, -1 when there is none. */
  firstInvalid: number;
}

/** The second byte's allowed range for lead bytes with a narrower range (RFC 3629: no overlongs, no surrogates). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Counts well-formed and broken UTF-8. Text in a legacy encoding almost never
 * forms valid multi-byte sequences by chance, so many of them next to a few
 * broken bytes means damaged UTF-8, not another encoding.
 */
export function checkUtf8(bytes: Uint8Array): Utf8Validity {
  const result: Utf8Validity = { multiByteSequences: 0, invalidBytes: 0, firstInvalid: -1 };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) {
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      const byte = bytes[i + k] ?? 0;
      valid = byte >= low && byte <= high;
    }
    if (valid) {
      result.multiByteSequences++;
      i += length;
    } else {
      result.invalidBytes++;
      if (result.firstInvalid === -1) result.firstInvalid = i;
      i++;
    }
  }
  return result;
}
