import { describe, expect, it } from 'vitest';
import { chunkSentences } from './chunk-sentences.js';
import { splitSentences } from './sentences.js';

const TEXT = 'Alice met Bob in Paris. They talked about the budget. Carol joined later that day. Everyone agreed on a plan. The meeting ended at noon.';

function expectExactOffsets(text: string, spans: Array<{ start: number; end: number; text: string }>): void {
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('chunkSentences', () => {
  const sentences = splitSentences(TEXT, 'en');

  it('groups whole sentences under maxChars', () => {
    const chunks = chunkSentences(sentences, TEXT, { maxChars: 60 });
    expectExactOffsets(TEXT, chunks);
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      'Alice met Bob in Paris. They talked about the budget.',
      'Carol joined later that day. Everyone agreed on a plan.',
      'The meeting ended at noon.',
    ]);
    expect(chunks.every((chunk) => chunk.text.length <= 60)).toBe(true);
  });

  it('puts everything in one chunk when it fits', () => {
    expect(chunkSentences(sentences, TEXT, { maxChars: 1000 })).toEqual([{ start: 0, end: TEXT.length, text: TEXT }]);
  });

  it('repeats the last sentences of a chunk at the start of the next', () => {
    const chunks = chunkSentences(sentences, TEXT, { maxChars: 60, overlapSentences: 1 });
    expectExactOffsets(TEXT, chunks);
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      'Alice met Bob in Paris. They talked about the budget.',
      'They talked about the budget. Carol joined later that day.',
      'Carol joined later that day. Everyone agreed on a plan.',
      'Everyone agreed on a plan. The meeting ended at noon.',
    ]);
  });

  it('drops overlap that would not fit rather than looping', () => {
    const chunks = chunkSentences(sentences, TEXT, { maxChars: 30, overlapSentences: 3 });
    expect(chunks.map((chunk) => chunk.text)).toEqual(sentences.map((sentence) => sentence.text));
  });

  it('cuts an over-long sentence at whitespace', () => {
    const text = 'Short one. This single sentence is far too long to fit into one small chunk of text. End.';
    const chunks = chunkSentences(splitSentences(text), text, { maxChars: 25 });
    expectExactOffsets(text, chunks);
    expect(chunks.map((chunk) => chunk.text)).toEqual(['Short one.', 'This single sentence is', 'far too long to fit into', 'one small chunk of text.', 'End.']);
  });

  it('cuts an over-long Chinese sentence after a comma, else anywhere, never inside a surrogate pair', () => {
    const text = '北京是中国的首都，也是政治和文化中心，有很多历史古迹。';
    const chunks = chunkSentences(splitSentences(text, 'zh'), text, { maxChars: 10 });
    expectExactOffsets(text, chunks);
    expect(chunks.map((chunk) => chunk.text)).toEqual(['北京是中国的首都，', '也是政治和文化中心，', '有很多历史古迹。']);

    const emoji = '😀'.repeat(6);
    const pieces = chunkSentences([{ start: 0, end: emoji.length, text: emoji }], emoji, { maxChars: 5 });
    expect(pieces.map((piece) => piece.text)).toEqual(['😀😀', '😀😀', '😀😀']);
  });

  it('rejects a bad maxChars', () => {
    expect(() => chunkSentences(sentences, TEXT, { maxChars: 0 })).toThrow(RangeError);
    expect(() => chunkSentences(sentences, TEXT, { maxChars: 10, overlapSentences: -1 })).toThrow(RangeError);
  });
});
