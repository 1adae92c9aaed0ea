import { describe, expect, it } from 'vitest';
import type { GraphPatchInput } from '../../graph-schema/index.js';
import { joinPieces, locateTextInMedia, type TextPiece } from './text-in-media.js';

const source = { id: 'src', kind: 'audio' as const, mediaType: 'audio/wav', contentHash: 'a'.repeat(64) };

function textPatchFor(text: string, mentions: { surface: string; entityId: string }[]): GraphPatchInput {
  return {
    source,
    run: { id: 'run', models: [{ id: 'ner@1', name: 'ner', version: '1', task: 'ner' }] },
    segments: [{ id: 'src#0', kind: 'text', index: 0, text, start: 0, end: text.length }],
    entities: mentions.map((m) => ({ id: m.entityId, type: 'Person' as const, name: m.surface })),
    mentions: mentions.map((m) => {
      const start = text.indexOf(m.surface);
      return { segmentId: 'src#0', entityId: m.entityId, surface: m.surface, start, end: start + m.surface.length, confidence: 0.9, model: 'ner@1' };
    }),
  };
}

describe('text found in media', () => {
  it('joins pieces with newlines and remembers where each lies', () => {
    const joined = joinPieces([
      { text: 'Tim Cook', segment: { id: 'a', kind: 'region', index: 0 } },
      { text: 'Apple', segment: { id: 'b', kind: 'region', index: 1 } },
    ]);
    expect(joined).toEqual({ text: 'Tim Cook\nApple', ranges: [{ start: 0, end: 8 }, { start: 9, end: 14 }] });
  });

  it('moves each mention to its OCR line, whose box is its provenance', () => {
    const pieces: TextPiece[] = [
      { text: 'Welcome to Berlin', segment: { id: 'src#ocr0', kind: 'region', index: 0, box: { x: 1, y: 2, w: 300, h: 40 } } },
      { text: 'Angela Merkel spoke', segment: { id: 'src#ocr1', kind: 'region', index: 1, box: { x: 1, y: 50, w: 320, h: 40 } } },
    ];
    const joined = joinPieces(pieces);
    const located = locateTextInMedia(textPatchFor(joined.text, [{ surface: 'Berlin', entityId: 'berlin' }, { surface: 'Angela Merkel', entityId: 'merkel' }]), pieces, joined);

    expect(located.mentions?.map((m) => [m.entityId, m.segmentId])).toEqual([['berlin', 'src#ocr0'], ['merkel', 'src#ocr1']]);
    const line = located.segments?.find((s) => s.id === 'src#ocr1');
    expect(line).toMatchObject({ kind: 'region', index: 2, text: 'Angela Merkel spoke', start: 18, end: 37, box: { x: 1, y: 50, w: 320, h: 40 } });
    expect(joined.text.slice(line?.start, line?.end)).toBe('Angela Merkel spoke');
    // The chunk segment stays for search and relation evidence.
    expect(located.segments?.map((s) => s.id)).toEqual(['src#0', 'src#ocr0', 'src#ocr1']);
  });

  it('gives transcript mentions the time range of the words they cover', () => {
    const words = [
      { word: 'i', startMs: 0, endMs: 200 },
      { word: 'met', startMs: 200, endMs: 450 },
      { word: 'tim', startMs: 500, endMs: 700 },
      { word: 'cook', startMs: 700, endMs: 1100 },
    ];
    const pieces: TextPiece[] = [
      { text: 'hello there', segment: { id: 'src#utt0', kind: 'time', index: 0, startMs: 0, endMs: 900 }, words: [{ word: 'hello', startMs: 0, endMs: 400 }, { word: 'there', startMs: 400, endMs: 900 }] },
      { text: words.map((w) => w.word).join(' '), segment: { id: 'src#utt1', kind: 'time', index: 1, startMs: 2000, endMs: 3100 }, words: words.map((w) => ({ ...w, startMs: w.startMs + 2000, endMs: w.endMs + 2000 })) },
    ];
    const joined = joinPieces(pieces);
    const located = locateTextInMedia(textPatchFor(joined.text, [{ surface: 'tim cook', entityId: 'cook' }]), pieces, joined);
    expect(located.mentions?.[0]).toMatchObject({ segmentId: 'src#utt1', startMs: 2500, endMs: 3100, surface: 'tim cook' });
  });
});
