import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { cleanText, type CleanedText } from './clean-text.js';
import { decodeBytes, type DecodedText } from './decode-bytes.js';
import { detectFormat } from './detect-format.js';
import { readJsonRecords } from './json-records.js';
import { guessSide, type OffsetMapping, type OffsetSide } from './offset-map.js';
import { extractPdfText } from './pdf.js';
import type { DocumentInput, ReadOptions, ReadResult, RecordProblem, TextDocument } from './text-document.js';

const DEFAULT_TEXT_FIELD = 'text';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function toOriginalFor(text: string, mapping: OffsetMapping): TextDocument['toOriginal'] {
  return (offset: number, side?: OffsetSide) => mapping.toSource(offset, side ?? guessSide(text, offset));
}

function refuseEmpty(fileName: string, detail: string): never {
  throw new ExtractorError(ExtractorErrorCode.EmptyInput, `"${fileName}" ${detail}`);
}

/** A meta charset declaration, read from the ASCII-compatible start of an HTML file. */
function htmlMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function singleDocument(cleaned: CleanedText, decoded: DecodedText, mediaType: string, fileName: string): TextDocument {
  if (cleaned.text === '') refuseEmpty(fileName, 'has no text (only whitespace, markup or boilerplate)');
  return {
    text: cleaned.text,
    mediaType,
    ...(cleaned.title === undefined ? {} : { title: cleaned.title }),
    encoding: decoded.encoding,
    original: decoded.text,
    toOriginal: toOriginalFor(cleaned.text, cleaned.mapping),
  };
}

/** Refuses a records file none of whose records could be read, with the reasons. */
function refuseAllRecords(fileName: string, problems: RecordProblem[]): never {
  const first = problems[0];
  if (first === undefined) refuseEmpty(fileName, 'holds no records');
  const sameCode = problems.every((problem) => problem.code === first.code);
  const shown = problems.slice(0, 3).map((problem) => problem.message).join('; ');
  throw new ExtractorError(
    sameCode ? first.code : ExtractorErrorCode.CorruptInput,
    `"${fileName}": none of its ${problems.length} record(s) could be read (${shown}${problems.length > 3 ? '; …' : ''})`,
  );
}

/**
 * Reads an uploaded file into cleaned text documents: one for .txt, .md,
 * .html and .pdf, one per record for .json/.jsonl (records that cannot be
 * read come back as `problems`, the rest as documents). Whole-file problems
 * are thrown as `ExtractorError`s whose message names the file: over
 * `maxBytes` (TooLarge, checked before anything is decoded), empty
 * (EmptyInput), content that is not what its name says (UnsupportedType or
 * CorruptInput), undecodable text (InvalidEncoding).
 */
export async function readDocument(input: DocumentInput, options: ReadOptions): Promise<ReadResult> {
  const { bytes, fileName } = input;
  if (bytes.length > options.maxBytes) {
    throw new ExtractorError(
      ExtractorErrorCode.TooLarge,
      `"${fileName}" is ${megabytes(bytes.length)} (${bytes.length} bytes), over the limit of ${megabytes(options.maxBytes)} (${options.maxBytes} bytes)`,
    );
  }
  if (bytes.length === 0) refuseEmpty(fileName, 'is empty (0 bytes)');

  const { format, mediaType, charset } = await detectFormat(input);

  if (format === 'pdf') {
    const pdf = await extractPdfText(bytes, fileName);
    const cleaned = cleanText(pdf.text);
    const document = singleDocument(cleaned, { text: pdf.text, encoding: 'pdf' }, mediaType, fileName);
    return { documents: [{ ...document, ...(pdf.title ? { title: pdf.title } : {}), pages: pdf.pages }], problems: [] };
  }

  const decoded = decodeBytes(bytes, fileName, charset ?? (format === 'html' ? htmlMetaCharset(bytes) : undefined));

  if (format === 'json' || format === 'jsonl') {
    if (decoded.text.trim() === '') refuseEmpty(fileName, 'contains only whitespace');
    const textField = options.textField ?? DEFAULT_TEXT_FIELD;
    const { records, problems } = readJsonRecords(decoded.text, format, { fileName, textField });
    if (records.length === 0) refuseAllRecords(fileName, problems);
    const documents = records.map(
      (record): TextDocument => ({
        text: record.text,
        mediaType,
        ...(record.title === undefined ? {} : { title: record.title }),
        ...(record.recordId === undefined ? {} : { recordId: record.recordId }),
        recordIndex: record.recordIndex,
        encoding: decoded.encoding,
        original: decoded.text,
        toOriginal: toOriginalFor(record.text, record.mapping),
      }),
    );
    return { documents, problems };
  }

  return { documents: [singleDocument(cleanText(decoded.text, format), decoded, mediaType, fileName)], problems: [] };
}
