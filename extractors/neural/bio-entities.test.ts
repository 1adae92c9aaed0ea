import { describe, expect, it } from 'vitest';
import { bioEntities, entityTypeOf, parseBioLabel, type LabelledPiece } from './bio-entities.js';

/** Builds pieces for whitespace-separated words of `text`, labelled in order. */
function labelledWords(text: string, labels: string[]): LabelledPiece[] {
  return [...text.matchAll(/\S+/g)].map((m, i) => ({
    label: labels[i] ?? 'O',
    score: 0.9,
    offsets: { start: m.index, end: m.index + m[0].length },
    continuesWord: false,
  }));
}

describe('bioEntities', () => {
  it('joins B- and I- words of one type into a span with offsets and a platform type', () => {
    const text = 'Marie Curie visited New York';
    const entities = bioEntities(text, labelledWords(text, ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC']));
    expect(entities.map(({ text: t, type, start, end }) => ({ t, type, start, end }))).toEqual([
      { t: 'Marie Curie', type: 'Person', start: 0, end: 11 },
      { t: 'New York', type: 'Location', start: 20, end: 28 },
    ]);
  });

  it('starts a new entity at B- even when the type repeats, and at a type change', () => {
    const text = 'Paris London Acme';
    const entities = bioEntities(text, labelledWords(text, ['B-LOC', 'B-LOC', 'I-ORG']));
    expect(entities.map((e) => [e.text, e.type])).toEqual([['Paris', 'Location'], ['London', 'Location'], ['Acme', 'Organization']]);
  });

  it('labels a word by its first piece and spans all its pieces', () => {
    const text = 'London';
    const pieces: LabelledPiece[] = [
      { label: 'B-LOC', score: 0.8, offsets: { start: 0, end: 3 }, continuesWord: false },
      { label: 'O', score: 0.6, offsets: { start: 3, end: 6 }, continuesWord: true },
    ];
    expect(bioEntities(text, pieces)).toEqual([{ start: 0, end: 6, text: 'London', type: 'Location', label: 'LOC', score: 0.8 }]);
  });

  it('maps MISC to Concept, reads BIOES and IO tags, and drops tags without a platform type', () => {
    const text = 'Nobel Prize Berlin Bob 1999';
    const entities = bioEntities(text, labelledWords(text, ['B-MISC', 'E-MISC', 'S-LOC', 'PER', 'B-DATE']));
    expect(entities.map((e) => [e.text, e.type, e.label])).toEqual([
      ['Nobel Prize', 'Concept', 'MISC'],
      ['Berlin', 'Location', 'LOC'],
      ['Bob', 'Person', 'PER'],
    ]);
  });

  it('drops an entity none of whose words could be aligned', () => {
    const pieces: LabelledPiece[] = [{ label: 'B-PER', score: 1, offsets: null, continuesWord: false }];
    expect(bioEntities('x', pieces)).toEqual([]);
  });
});

describe('label helpers', () => {
  it('parses BIO prefixes', () => {
    expect(parseBioLabel('B-ORG')).toEqual({ position: 'begin', tag: 'ORG' });
    expect(parseBioLabel('O')).toEqual({ position: 'outside', tag: 'O' });
    expect(parseBioLabel('LOC')).toEqual({ position: 'inside', tag: 'LOC' });
  });

  it('maps CoNLL and OntoNotes tags to platform types', () => {
    expect(['PER', 'org', 'GPE', 'MISC', 'DATE'].map(entityTypeOf)).toEqual(['Person', 'Organization', 'Location', 'Concept', undefined]);
  });
});
