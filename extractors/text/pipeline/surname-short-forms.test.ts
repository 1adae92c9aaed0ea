import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';

const typed = async (text: string) => (await analyzeDocument(text)).mentions.filter((m) => m.text === 'Valencia').map((m) => [m.start, m.type]);

describe('a surname that is also a place', () => {
  it('is the person when the document names her and no place preposition governs it', async () => {
    const text = 'Marta Valencia runs the company. Valencia has spent years on it, and she flew home to Valencia in June.';
    const at = (n: number) => text.split('Valencia', n).join('Valencia').length;
    expect(await typed(text)).toEqual([
      [at(2), 'Person'],
      [at(3), 'Location'],
    ]);
  });

  it('stays a place in a document that names no one with that surname', async () => {
    expect(await typed('The fair filled every hotel, and Valencia hosted it again this year.')).toEqual([[33, 'Location']]);
  });
});
