import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';

/**
 * A blank text has no meaning to embed, and USE lite fails on an empty
 * token list with a tensor-shape error; reject it as the caller's fault.
 */
export function assertEmbeddableTexts(texts: readonly string[]): void {
  texts.forEach((text, index) => {
    if (typeof text !== 'string') {
      throw new ExtractorError(ExtractorErrorCode.UnsupportedType, `text ${index} is a ${typeof text}, not a string`);
    }
    if (text.trim() === '') {
      throw new ExtractorError(ExtractorErrorCode.EmptyInput, `text ${index} is empty; nothing to embed`);
    }
  });
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
