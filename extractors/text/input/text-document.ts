import type { ExtractorErrorCode } from '../../base/errors.js';
import type { OffsetSide } from './offset-map.js';

/** The formats `readDocument` reads, each with the media type it reports. */
export const TEXT_MEDIA_TYPES = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
} as const;
export type TextFormat = keyof typeof TEXT_MEDIA_TYPES;

/** A page of a PDF, as a range of `TextDocument.original`. */
export interface PageRange {
  /** 1-based. */
  page: number;
  start: number;
  end: number;
}

export interface TextDocument {
  /** Cleaned text: NFC, markup and boilerplate removed, whitespace collapsed. */
  text: string;
  /** The media type the content was read as (from the bytes, not only the name). */
  mediaType: string;
  title?: string;
  /** A JSON record's `id` field, as a string. */
  recordId?: string;
  /** Position of the record among the records of a .json/.jsonl file (0-based). */
  recordIndex?: number;
  /** The encoding the bytes were decoded from (`utf-8`, `windows-1252`, `gb18030`…); `pdf` for PDFs. */
  encoding: string;
  /**
   * The decoded original: the whole file's text (for a JSON record too), or
   * for a PDF the text layer as extracted, pages separated by blank lines.
   */
  original: string;
  /** PDF only: where each page lies in `original`. */
  pages?: PageRange[];
  /**
   * Maps an offset in `text` to an offset in `original`. On the boundary of
   * dropped markup, `side` says whether the offset starts a span (skip the
   * markup) or ends one (stop before it); left out, it is guessed from the
   * neighbouring characters, so `original.slice(toOriginal(s), toOriginal(e))`
   * gives the span's source without the tags around it.
   */
  toOriginal(offset: number, side?: OffsetSide): number;
}

/** A record of a .json/.jsonl file that could not be read; the others still are. */
export interface RecordProblem {
  recordIndex: number;
  /** 1-based line in a .jsonl file. */
  line?: number;
  code: ExtractorErrorCode;
  message: string;
}

export interface ReadResult {
  documents: TextDocument[];
  /** Per-record failures of .json/.jsonl files; always empty for other formats. */
  problems: RecordProblem[];
}

export interface DocumentInput {
  bytes: Uint8Array;
  fileName: string;
  /** As declared by the uploader; may carry `; charset=…`. */
  mediaType?: string;
}

export interface ReadOptions {
  /** Refuse files larger than this (use `config.limits.maxUploadBytes`). */
  maxBytes: number;
  /** The field of a JSON record that holds its text. Default `text`. */
  textField?: string;
}
