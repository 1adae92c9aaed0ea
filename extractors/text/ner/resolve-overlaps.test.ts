import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from './resolve-overlaps.js';
import { trimMention } from './trim-mention.js';
import type { EntityMention } from './types.js';

const mention = (start: number, end: number, overrides: Partial<EntityMention> = {}): EntityMention => ({
  start,
  end,
  text: `${start}-${end}`,
  type: 'Organization',
  confidence: 0.7,
  engine: 'compromise',
  ...overrides,
});

describe('resolveOverlaps', () => {
  it('keeps the longest of overlapping spans and every disjoint one, sorted by start', () => {
    const kept = resolveOverlaps([mention(8, 12), mention(0, 5), mention(3, 14), mention(20, 25)]);
    expect(kept.map((m) => [m.start, m.end])).toEqual([
      [3, 14],
      [20, 25],
    ]);
  });

  it('on the same span prefers gazetteer over pattern over compromise', () => {
    const sameSpan = [mention(0, 5, { engine: 'compromise', type: 'Person', confidence: 0.99 }), mention(0, 5, { engine: 'pattern' }), mention(0, 5, { engine: 'gazetteer', type: 'Location' })];
    expect(resolveOverlaps(sameSpan)).toEqual([sameSpan[2]]);
    expect(resolveOverlaps(sameSpan.slice(0, 2))).toEqual([sameSpan[1]]);
  });
});

describe('trimMention', () => {
  const trimmed = (text: string, engine: EntityMention['engine'] = 'compromise') =>
    trimMention(text, { start: 0, end: text.length, text, type: 'Organization', confidence: 0.7, engine })?.text;

  it('removes quotes, brackets, trailing punctuation and possessives', () => {
    expect(trimmed('"Berlin",')).toBe('Berlin');
    expect(trimmed('(Siemens)')).toBe('Siemens');
    expect(trimmed("Apple's")).toBe('Apple');
    expect(trimmed('Berlin.')).toBe('Berlin');
  });

  it('keeps the period of an abbreviation and a gazetteer name\'s own apostrophe', () => {
    expect(trimmed('Apple Inc.')).toBe('Apple Inc.');
    expect(trimmed('the U.S.')).toBe('the U.S.');
    expect(trimmed("McDonald's", 'gazetteer')).toBe("McDonald's");
  });

  it('returns undefined when only punctuation is left', () => {
    expect(trimmed('",')).toBeUndefined();
  });
});
