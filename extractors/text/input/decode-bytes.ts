import iconv from 'iconv-lite';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { binaryEvidence, binaryEvidenceInText, utf16WithoutBom } from './binary-content.js';
import { bestGuess, decodeLegacy } from './legacy-encoding.js';
import { checkUtf8 } from './utf8-validity.js';

export interface DecodedText {
  text: string;
  /** Lower-case WHATWG-style name: utf-8, utf-16le, windows-1252, gb18030… */
  encoding: string;
}

interface ByteOrderMark {
  bytes: number[];
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
}
// UTF-32LE first: its mark starts with UTF-16LE's.
const BYTE_ORDER_MARKS: ByteOrderMark[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * When UTF-8 this broken is still "mostly UTF-8": at least as many valid
 * multi-byte sequences as broken bytes. Legacy encodings form valid
 * sequences only by chance (a few percent of GBK pairs, almost no Latin-1).
 */
const DAMAGED_UTF8_RATIO = 1;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The Unicode encoding a byte-order mark (or the NUL pattern of UTF-16) announces, if any. */
export function unicodeEncodingOf(bytes: Uint8Array): string | null {
  return BYTE_ORDER_MARKS.find((candidate) => startsWith(bytes, candidate.bytes))?.encoding ?? utf16WithoutBom(bytes);
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  if (encoding.startsWith('utf-32')) {
    // TextDecoder has no UTF-32; iconv-lite replaces bad sequences instead of throwing.
    const text = iconv.decode(bytes, encoding);
    return text.includes('\uFFFD') ? null : text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function withByteOrderMark(bytes: Uint8Array, fileName: string, mark: ByteOrderMark): DecodedText {
  const text = decodeStrict(bytes.subarray(mark.bytes.length), mark.encoding);
  if (text === null) {
    throw new ExtractorError(
      ExtractorErrorCode.InvalidEncoding,
      `"${fileName}" starts with a ${mark.encoding.toUpperCase()} byte-order mark but is not valid ${mark.encoding.toUpperCase()}`,
    );
  }
  const evidence = binaryEvidenceInText(text);
  if (evidence) {
    throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `"${fileName}" is not text: ${evidence}`);
  }
  return { text, encoding: mark.encoding };
}

/**
 * Decodes the bytes of a text file. In order: a byte-order mark decides;
 * binary content is refused; strictly valid UTF-8 is UTF-8; UTF-8 with a few
 * broken bytes is refused (decoding it as anything else gives mojibake);
 * otherwise a legacy encoding is used only if one plausibly fits (see
 * `decodeLegacy`), and the file is refused when none does.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string, declaredCharset?: string): DecodedText {
  const mark = BYTE_ORDER_MARKS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (mark) return withByteOrderMark(bytes, fileName, mark);

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return withByteOrderMark(bytes, fileName, { bytes: [], encoding: utf16 });

  const evidence = binaryEvidence(bytes);
  if (evidence) {
    throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `"${fileName}" is a binary file, not text: ${evidence}`);
  }

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const validity = checkUtf8(bytes);
  const where = `byte 0x${(bytes[validity.firstInvalid] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${validity.firstInvalid}`;
  if (validity.multiByteSequences >= DAMAGED_UTF8_RATIO * validity.invalidBytes) {
    throw new ExtractorError(
      ExtractorErrorCode.InvalidEncoding,
      `"${fileName}" is damaged UTF-8: ${validity.invalidBytes} invalid byte(s), the first ${where}, among ` +
        `${validity.multiByteSequences} valid UTF-8 characters; re-save it as UTF-8`,
    );
  }

  const legacy = decodeLegacy(bytes, declaredCharset);
  if (legacy) return legacy;
  const guess = bestGuess(bytes);
  throw new ExtractorError(
    ExtractorErrorCode.InvalidEncoding,
    `"${fileName}" is not valid UTF-8 (first invalid ${where}) and does not read as another encoding` +
      `${guess ? ` (best guess ${guess}, which gives garbled text)` : ''}; re-save it as UTF-8`,
  );
}
