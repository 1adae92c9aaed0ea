import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../ner/index.js';
import { betweenText, isNegated } from './between-text.js';

const at = (text: string, surface: string, type: EntityMention['type']): EntityMention => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type, confidence: 0.9, engine: 'pattern' };
};

describe('betweenText', () => {
  it('drops dated and placed adverbials and normalises what is left', () => {
    const text = 'Spotify was  founded in Stockholm in 2006 by Daniel Ek';
    const reduced = betweenText(text, 7, text.indexOf('Daniel'), [at(text, 'Stockholm', 'Location'), at(text, '2006', 'Date')]);
    expect(reduced).toBe('was founded by');
  });

  it('stands amounts in for a placeholder', () => {
    const text = 'Berkshire invested $1 billion in Apple';
    expect(betweenText(text, 9, text.indexOf('Apple'), [at(text, '$1 billion', 'Money')])).toBe('invested <money> in');
  });

  it('gives up when another entity stands between the two', () => {
    const text = 'Tim Cook met Angela Merkel in Berlin';
    expect(betweenText(text, 8, text.indexOf('Berlin'), [at(text, 'Angela Merkel', 'Person')])).toBeUndefined();
  });

  it('gives up on a place that is not in a prepositional phrase, and on long stretches', () => {
    const text = 'Apple, Berlin, Google';
    expect(betweenText(text, 5, 15, [at(text, 'Berlin', 'Location')])).toBeUndefined();
    expect(betweenText('x'.repeat(300), 0, 300, [])).toBeUndefined();
  });
});

describe('isNegated', () => {
  it('spots negation words and contractions', () => {
    expect(['did not acquire', "didn't acquire", 'never met', 'no longer works for', 'denied founding'].map(isNegated)).toEqual([true, true, true, true, true]);
    expect(['acquired', 'notably acquired', 'met'].map(isNegated)).toEqual([false, false, false]);
  });
});
