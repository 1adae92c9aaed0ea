export { readDocument } from './read-document.js';
export { cleanText, type CleanedText, type MarkupFormat } from './clean-text.js';
export { extractPdfText, type PdfText } from './pdf.js';
export type { OffsetSide, OffsetMapping } from './offset-map.js';
export {
  TEXT_MEDIA_TYPES,
  type DocumentInput,
  type PageRange,
  type ReadOptions,
  type ReadResult,
  type RecordProblem,
  type TextDocument,
  type TextFormat,
} from './text-document.js';
