import type { Span } from '../../base/contract.js';

export interface ChunkOptions {
  /** Longest chunk, in UTF-16 code units (`string.length`). */
  maxChars: number;
  /** Sentences repeated at the start of the next chunk, for context across the cut. Default 0. */
  overlapSentences?: number;
}

const WHITESPACE = /\s/u;
// Where a sentence with no spaces (Chinese, Japanese) may be cut, after the mark.
const CLAUSE_MARK = /[，、；：,;:]/u;

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts an over-long sentence at whitespace, else after a clause mark, else anywhere (never inside a surrogate pair). */
function splitLongSentence(sentence: Span, text: string, maxChars: number): Span[] {
  const pieces: Span[] = [];
  let start = sentence.start;
  while (sentence.end - start > maxChars) {
    const limit = start + maxChars;
    let cut = -1;
    for (let i = limit; i > start && cut === -1; i--) if (WHITESPACE.test(text[i] ?? '')) cut = i;
    for (let i = limit; i > start && cut === -1; i--) if (CLAUSE_MARK.test(text[i - 1] ?? '')) cut = i;
    if (cut === -1) cut = isHighSurrogate(text.charCodeAt(limit - 1)) && limit - 1 > start ? limit - 1 : limit;
    let end = cut;
    while (end > start && WHITESPACE.test(text[end - 1] ?? '')) end--;
    pieces.push(span(text, start, end));
    start = cut;
    while (start < sentence.end && WHITESPACE.test(text[start] ?? '')) start++;
  }
  if (start < sentence.end) pieces.push(span(text, start, sentence.end));
  return pieces;
}

/**
 * Groups consecutive sentences into chunks of at most `maxChars`, each a
 * span of `text` from its first sentence's start to its last one's end. A
 * sentence longer than `maxChars` is cut into pieces of its own. With
 * `overlapSentences`, each chunk starts with that many sentences of the
 * previous one, as far as they fit.
 */
export function chunkSentences(sentences: readonly Span[], text: string, options: ChunkOptions): Span[] {
  const { maxChars } = options;
  const overlap = options.overlapSentences ?? 0;
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError(`maxChars must be a positive integer, not ${maxChars}`);
  if (!Number.isInteger(overlap) || overlap < 0) throw new RangeError(`overlapSentences must be a non-negative integer, not ${overlap}`);

  const units = sentences.flatMap((sentence) =>
    sentence.end - sentence.start > maxChars ? splitLongSentence(sentence, text, maxChars) : [sentence],
  );
  const chunks: Span[] = [];
  let first = 0;
  while (first < units.length) {
    const head = units[first];
    if (!head) break;
    let last = first;
    while (last + 1 < units.length && (units[last + 1]?.end ?? Infinity) - head.start <= maxChars) last++;
    chunks.push(span(text, head.start, units[last]?.end ?? head.end));

    const following = units[last + 1];
    if (!following) break;
    // Overlap as far as it fits with the next sentence, and always move on.
    let next = Math.max(first + 1, last + 1 - overlap);
    while (next <= last && following.end - (units[next]?.start ?? 0) > maxChars) next++;
    first = next;
  }
  return chunks;
}
