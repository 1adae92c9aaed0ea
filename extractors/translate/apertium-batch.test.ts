import { describe, expect, it } from 'vitest';
import { collidesWithMarker, joinBatch, splitBatch } from './apertium-batch.js';

describe('batch markers', () => {
  it('round-trips texts through join and split', () => {
    const texts = ['Hola.', 'Dos líneas\nen un texto', 'Fin'];
    expect(splitBatch(joinBatch(texts), 3)).toEqual(texts);
  });

  it('tolerates the whitespace and capitalisation changes a translation makes around markers', () => {
    expect(splitBatch('The house \n\n §§0§§\n\nRed\n\n§§1§§\n\nHello\n', 3)).toEqual(['The house', 'Red', 'Hello']);
  });

  it('refuses output whose markers were lost, reordered or duplicated', () => {
    expect(splitBatch('The house\n\nRed', 2)).toBeNull();
    expect(splitBatch('a\n\n§§1§§\n\nb\n\n§§0§§\n\nc', 3)).toBeNull();
    expect(splitBatch('a\n\n§§0§§\n\nb', 3)).toBeNull();
  });

  it('spots texts that would be confused with a marker', () => {
    expect(collidesWithMarker('precio §§12§§')).toBe(true);
    expect(collidesWithMarker('§ 12')).toBe(false);
  });
});
