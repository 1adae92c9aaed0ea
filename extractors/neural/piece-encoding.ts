import type { PreTrainedTokenizer } from '@huggingface/transformers';
import { ExtractorError, ExtractorErrorCode } from '../base/errors.js';
import type { PieceMarks } from './token-alignment.js';

/**
 * A text's pieces, with the special ids the tokenizer wraps a sequence in.
 * Encoding without truncation and windowing ourselves means a long segment
 * is labelled in full instead of silently cut at 512 tokens.
 */
export interface PieceEncoding {
  pieces: string[];
  ids: number[];
  /** Special ids before and after a single sequence, e.g. `[CLS]` and `[SEP]`. */
  prefixIds: number[];
  suffixIds: number[];
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function encodePieces(tokenizer: PreTrainedTokenizer, text: string): PieceEncoding {
  const pieces = tokenizer.tokenize(text);
  const ids = tokenizer.encode(text, { add_special_tokens: false });
  const wrapped = tokenizer.encode(text);
  // The post-processor's template is not exposed, so find where the plain ids sit inside the wrapped ones.
  let prefixLength = -1;
  for (let p = 0; p + ids.length <= wrapped.length; p++) {
    if (sameIds(wrapped.slice(p, p + ids.length), ids)) {
      prefixLength = p;
      break;
    }
  }
  if (pieces.length !== ids.length || prefixLength < 0) {
    throw new ExtractorError(
      ExtractorErrorCode.ModelFailed,
      'the tokenizer encodes a text inconsistently (pieces, ids and special tokens do not line up)',
    );
  }
  return {
    pieces,
    ids,
    prefixIds: wrapped.slice(0, prefixLength),
    suffixIds: wrapped.slice(prefixLength + ids.length),
  };
}

interface TokenizerJsonModel {
  type?: unknown;
  continuing_subword_prefix?: unknown;
}

export function pieceMarksOf(tokenizer: PreTrainedTokenizer): PieceMarks {
  const model = (tokenizer._tokenizerJSON as { model?: TokenizerJsonModel } | undefined)?.model;
  const prefix = model?.continuing_subword_prefix;
  const isWordPiece = model?.type === 'WordPiece';
  return {
    continuationPrefix: typeof prefix === 'string' && prefix !== '' ? prefix : isWordPiece ? '##' : null,
    unknownToken: typeof tokenizer.unk_token === 'string' ? tokenizer.unk_token : null,
  };
}
