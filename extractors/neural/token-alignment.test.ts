import { describe, expect, it } from 'vitest';
import { alignPieces, continuesWord, type PieceMarks } from './token-alignment.js';

const WORD_PIECE: PieceMarks = { continuationPrefix: '##', unknownToken: '[UNK]' };
const SENTENCE_PIECE: PieceMarks = { continuationPrefix: null, unknownToken: '<unk>' };

function spans(text: string, pieces: string[], marks: PieceMarks): Array<string | null> {
  return alignPieces(text, pieces, marks).map((o) => (o ? text.slice(o.start, o.end) : null));
}

describe('alignPieces', () => {
  it('maps lower-cased, accent-stripped WordPiece pieces back to the original characters', () => {
    const text = 'Marie Curie visited Zürich and London.';
    const pieces = ['marie', 'curie', 'visited', 'zurich', 'and', 'lon', '##don', '.'];
    expect(spans(text, pieces, WORD_PIECE)).toEqual(['Marie', 'Curie', 'visited', 'Zürich', 'and', 'Lon', 'don', '.']);
    expect(alignPieces(text, pieces, WORD_PIECE)[3]).toEqual({ start: 20, end: 26 });
  });

  it('counts offsets in UTF-16 units, as JavaScript string indices do', () => {
    const text = '😀 Paris';
    expect(alignPieces(text, ['paris'], WORD_PIECE)).toEqual([{ start: 3, end: 8 }]);
  });

  it('gives an unknown piece the text between its neighbours', () => {
    const text = 'Paris ☃☃ London';
    expect(spans(text, ['paris', '[UNK]', 'london'], WORD_PIECE)).toEqual(['Paris', '☃☃', 'London']);
    expect(spans('a ☃ b ☄', ['a', '[UNK]', 'b', '[UNK]'], WORD_PIECE)).toEqual(['a', '☃', 'b', '☄']);
  });

  it('reads SentencePiece word-start marks', () => {
    const text = 'New York, USA';
    expect(spans(text, ['▁New', '▁York', ',', '▁US', 'A'], SENTENCE_PIECE)).toEqual(['New', 'York', ',', 'US', 'A']);
  });

  it('leaves a piece it cannot find unaligned without losing its place', () => {
    expect(spans('café au lait', ['caf', 'Ã©', 'au', 'lait'], SENTENCE_PIECE)).toEqual(['caf', null, 'au', 'lait']);
  });

  it('matches repeated words in order', () => {
    const offsets = alignPieces('Paris, Paris', ['paris', ',', 'paris'], WORD_PIECE);
    expect(offsets.map((o) => o?.start)).toEqual([0, 5, 7]);
  });
});

describe('continuesWord', () => {
  it('treats ## pieces as continuations in WordPiece', () => {
    expect(['lon', '##don', '##'].map((p, i) => continuesWord(p, i, WORD_PIECE))).toEqual([false, true, false]);
  });

  it('treats unmarked, non-punctuation pieces as continuations when word starts are marked', () => {
    expect(['▁US', 'A', ',', '▁x'].map((p, i) => continuesWord(p, i, SENTENCE_PIECE))).toEqual([false, true, false, false]);
  });
});
