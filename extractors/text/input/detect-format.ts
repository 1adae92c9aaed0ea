import { fileTypeFromBuffer } from 'file-type';
import { ExtractorError, ExtractorErrorCode } from '../../base/errors.js';
import { binaryEvidence } from './binary-content.js';
import { unicodeEncodingOf } from './decode-bytes.js';
import { TEXT_MEDIA_TYPES, type DocumentInput, type TextFormat } from './text-document.js';

const EXTENSIONS: Record<string, TextFormat> = {
  txt: 'text', text: 'text', log: 'text', rst: 'text',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  pdf: 'pdf',
  json: 'json',
  jsonl: 'jsonl', ndjson: 'jsonl',
};

const MEDIA_TYPES: Record<string, TextFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown', 'text/x-markdown': 'markdown',
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/ndjson': 'jsonl',
};

const FORMAT_NAMES: Record<TextFormat, string> = {
  text: 'plain text', markdown: 'Markdown', html: 'HTML', pdf: 'PDF', json: 'JSON', jsonl: 'JSON Lines',
};

/** Signatures that file-type finds in text files too (XML declarations); they say nothing against the name. */
const TEXTUAL_SNIFFS = new Set(['xml', 'svg']);

export interface DetectedFormat {
  format: TextFormat;
  mediaType: string;
  /** The charset parameter of the declared media type, if any. */
  charset?: string;
}

function extensionOf(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : undefined;
}

function parseMediaType(mediaType: string | undefined): { essence?: string; charset?: string } {
  if (!mediaType) return {};
  const [essence = '', ...parameters] = mediaType.split(';').map((part) => part.trim());
  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  return charset ? { essence: essence.toLowerCase(), charset } : { essence: essence.toLowerCase() };
}

/**
 * Decides how to read a file: the magic bytes first, then the extension,
 * then the declared media type. Content that contradicts the name in a way
 * that matters is refused rather than guessed around: a PNG or ZIP named .txt
 * cannot be read as text, and a PDF named .html or a .pdf that is not one
 * usually means the wrong file was attached.
 */
export async function detectFormat(input: DocumentInput): Promise<DetectedFormat> {
  const { bytes, fileName } = input;
  const extension = extensionOf(fileName);
  const declared = parseMediaType(input.mediaType);
  const named = (extension === undefined ? undefined : EXTENSIONS[extension]) ?? MEDIA_TYPES[declared.essence ?? ''];
  // UTF-16/32 text is full of NULs and its byte-order mark looks like an
  // MPEG frame header to a sniffer; it is text whatever a sniffer says.
  const sniffed = unicodeEncodingOf(bytes) === null ? await fileTypeFromBuffer(bytes) : undefined;
  const charset = declared.charset === undefined ? {} : { charset: declared.charset };

  if (sniffed?.ext === 'pdf') {
    if (named !== undefined && named !== 'pdf') {
      throw new ExtractorError(
        ExtractorErrorCode.UnsupportedType,
        `"${fileName}" is a PDF document, not ${FORMAT_NAMES[named]}; rename it to .pdf to read it as a PDF`,
      );
    }
    return { format: 'pdf', mediaType: TEXT_MEDIA_TYPES.pdf };
  }

  const evidence = binaryEvidence(bytes);
  // Weak signatures ("BM" for bitmaps) also start ordinary text, so a sniff
  // only counts when the content is binary as well.
  if (sniffed && !TEXTUAL_SNIFFS.has(sniffed.ext) && evidence !== null) {
    const what = `${sniffed.ext.toUpperCase()} file (${sniffed.mime})`;
    if (named === 'pdf') {
      throw new ExtractorError(ExtractorErrorCode.CorruptInput, `"${fileName}" is not a PDF: it is a ${what}`);
    }
    throw new ExtractorError(
      ExtractorErrorCode.UnsupportedType,
      `"${fileName}" is a ${what}${named ? `, not ${FORMAT_NAMES[named]}` : ''}; only text, Markdown, HTML, PDF and JSON files are read`,
    );
  }

  if (named === 'pdf') {
    throw new ExtractorError(
      ExtractorErrorCode.CorruptInput,
      `"${fileName}" is not a PDF: it does not start with the %PDF- signature${evidence === null ? ' (it looks like text)' : ''}`,
    );
  }
  if (named !== undefined) return { format: named, mediaType: TEXT_MEDIA_TYPES[named], ...charset };
  const noHint = extension === undefined && (declared.essence === undefined || declared.essence === 'application/octet-stream');
  if (noHint || declared.essence?.startsWith('text/')) {
    // Text content with no better hint (or declared as some text/*) is read
    // as plain text; binary content is refused when it is decoded.
    return { format: 'text', mediaType: TEXT_MEDIA_TYPES.text, ...charset };
  }
  const declaredAs = extension !== undefined ? `.${extension}` : (declared.essence ?? 'unknown type');
  throw new ExtractorError(
    ExtractorErrorCode.UnsupportedType,
    `"${fileName}" has an unsupported type (${declaredAs}); readable types are .txt, .md, .html, .pdf, .json and .jsonl`,
  );
}
