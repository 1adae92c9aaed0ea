/**
 * Maps tokenizer pieces back to character offsets in the original text.
 * transformers.js tokenizers return ids and piece strings but no offsets,
 * and the pieces are normalised (lower-cased, accents stripped, `##`
 * continuation marks, `▁`/`Ġ` word-start marks), so they are not substrings
 * of the text.
 *
 * How: fold the text the way uncased tokenizers do (lower-case, NFD, drop
 * combining marks), remembering for every folded character which original
 * characters it came from; then walk the pieces in order, finding each
 * piece's folded surface at or after the end of the previous match. An
 * `[UNK]` piece has no surface, so it takes the non-blank text between its
 * aligned neighbours. A piece that cannot be found (byte-level BPE spells
 * non-ASCII characters as bytes) gets `null` and does not move the cursor.
 */

export interface TokenOffsets {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface PieceMarks {
  /** WordPiece's continuation prefix (`##`), or null for tokenizers that mark word starts instead. */
  continuationPrefix: string | null;
  /** The tokenizer's unknown token (`[UNK]`), which stands for text it could not spell. */
  unknownToken: string | null;
}

/** SentencePiece `▁` and byte-level BPE `Ġ` mark the first piece of a word. */
const WORD_START_MARKS = /^[\u2581\u0120]+/;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The text a piece stands for, marks removed. */
export function pieceSurface(piece: string, marks: PieceMarks): string {
  const prefix = marks.continuationPrefix;
  const unprefixed = prefix && piece.startsWith(prefix) && piece.length > prefix.length ? piece.slice(prefix.length) : piece;
  return unprefixed.replace(WORD_START_MARKS, '');
}

/** True when a piece is a later part of the word the previous piece began. */
export function continuesWord(piece: string, index: number, marks: PieceMarks): boolean {
  if (index === 0) return false;
  const prefix = marks.continuationPrefix;
  if (prefix !== null) return piece.startsWith(prefix) && piece.length > prefix.length;
  // Word-start-marking tokenizers leave punctuation unmarked; it is not part of the previous word.
  return !WORD_START_MARKS.test(piece) && !PUNCTUATION_ONLY.test(piece);
}

interface FoldedText {
  folded: string;
  /** For each folded UTF-16 unit: the original start and (exclusive) end of the character it came from. */
  startOf: number[];
  endOf: number[];
}

function foldWithOrigins(text: string): FoldedText {
  let folded = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = fold(character);
    folded += piece;
    for (let i = 0; i < piece.length; i++) {
      startOf.push(index);
      endOf.push(index + character.length);
    }
    index += character.length;
  }
  return { folded, startOf, endOf };
}

export function alignPieces(text: string, pieces: readonly string[], marks: PieceMarks): Array<TokenOffsets | null> {
  const { folded, startOf, endOf } = foldWithOrigins(text);
  const toOriginal = (from: number, to: number): TokenOffsets => ({ start: startOf[from] ?? 0, end: endOf[to - 1] ?? 0 });
  const offsets: Array<TokenOffsets | null> = [];
  let cursor = 0;
  let unknownPieces: number[] = [];

  const settleUnknown = (gapEnd: number) => {
    const words = [...folded.slice(cursor, gapEnd).matchAll(/\S+/g)].map(
      (m): [number, number] => [cursor + m.index, cursor + m.index + m[0].length],
    );
    const first = words[0];
    const last = words.at(-1);
    // One unknown piece takes the whole gap; several only when the gap splits into as many words.
    let spans: Array<[number, number]> = [];
    if (unknownPieces.length === 1 && first && last) spans = [[first[0], last[1]]];
    else if (words.length === unknownPieces.length) spans = words;
    spans.forEach(([from, to], k) => {
      const piece = unknownPieces[k];
      if (piece !== undefined) offsets[piece] = toOriginal(from, to);
    });
    unknownPieces = [];
  };

  pieces.forEach((piece, i) => {
    offsets.push(null);
    if (piece === marks.unknownToken) {
      unknownPieces.push(i);
      return;
    }
    const surface = fold(pieceSurface(piece, marks));
    const at = surface === '' ? -1 : folded.indexOf(surface, cursor);
    if (at < 0) return;
    if (unknownPieces.length > 0) settleUnknown(at);
    offsets[i] = toOriginal(at, at + surface.length);
    cursor = at + surface.length;
  });
  if (unknownPieces.length > 0) settleUnknown(folded.length);
  return offsets;
}
